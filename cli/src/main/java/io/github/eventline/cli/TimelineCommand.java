package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
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
        "Events are in timeline order: every stated relation is respected (after, before,"
            + " during...), then by derived earliest start, latest end and id. Dates are the"
            + " bounds derived from everything the story states."},
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
    Timeline timeline = Timeline.build(story);
    TimelineText text = new TimelineText(timeline.events(), id -> Optional.of(timeline.derivedBounds(id)));
    PrintWriter out = spec.commandLine().getOut();
    text.lines().forEach(out::println);
    out.flush();
    return Main.OK;
  }
}
