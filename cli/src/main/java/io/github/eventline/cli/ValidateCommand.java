package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline validate FILE}: checks a story file and summarises it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Checks a story file and prints its summary or every problem.",
        "",
        "The summary gives the story's title, how many actors, places, sources, events and"
            + " assertions it holds, and its time span.",
        "Problems go to stderr, one per line, as FILE:line:column pointer: message (hint)."},
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {EventlineCommand.EXIT_OK, EventlineCommand.EXIT_PROBLEMS, EventlineCommand.EXIT_USAGE},
    footer = "")
final class ValidateCommand implements Callable<Integer> {

  private final StoryLoader reader;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The story file (JSON, format eventline/1).")
  Path file;

  /**
   * Creates the command.
   *
   * @param reader  reads the story file, not null
   */
  ValidateCommand(StoryLoader reader) {
    this.reader = requireNonNull(reader, "reader");
  }

  @Override
  public Integer call() {
    Story story = StoryFiles.load(reader, file);
    PrintWriter out = spec.commandLine().getOut();
    out.println(Messages.escape(file + ": valid story"));
    Messages.println(out, new StorySummary(story).lines().stream());
    out.flush();
    return Main.OK;
  }
}
