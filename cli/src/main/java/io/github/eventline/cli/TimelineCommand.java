package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline timeline FILE}: prints a story's events in time order. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Prints a story's events in time order.",
        "",
        "One line per event: the date as a person would say it"
            + " (6 Aug 2024, early Aug 2024, after 6 Aug 2024, unknown date...), the event's id and"
            + " its summary.",
        "Events are ordered by the earliest start the story states for them; events without a"
            + " date come last; ties go by id."},
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {EventlineCommand.EXIT_OK, EventlineCommand.EXIT_PROBLEMS, EventlineCommand.EXIT_USAGE},
    footer = "")
final class TimelineCommand implements Callable<Integer> {

  private final StoryReader reader;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The story file (JSON, format eventline/1).")
  Path file;

  /**
   * Creates the command.
   *
   * @param reader  reads the story file, not null
   */
  TimelineCommand(StoryReader reader) {
    this.reader = requireNonNull(reader, "reader");
  }

  @Override
  public Integer call() {
    Story story = StoryFiles.load(reader, file);
    TimelineText text = new TimelineText(
        StatedOrder.sort(story.events()), id -> story.event(id).flatMap(Event::when));
    PrintWriter out = spec.commandLine().getOut();
    text.lines().forEach(out::println);
    out.flush();
    return Main.OK;
  }
}
