package io.github.eventline.cli;

import com.google.common.collect.ImmutableMap;
import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import io.github.eventline.core.StoryValidationException;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.imports.BadRows;
import io.github.eventline.imports.ImportException;
import io.github.eventline.imports.ImportProblem;
import io.github.eventline.imports.AcledReader;
import io.github.eventline.imports.GdeltReader;
import io.github.eventline.imports.MeantimeReader;
import io.github.eventline.imports.TimemlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventline import --from FORMAT PATH... --out story.json}: reads files of the field's formats
 * into one story and writes it as {@code eventline/1}.
 *
 * <p>Without {@code --skip-bad-rows}, the first bad row or element stops the command: one line
 * {@code FILE:line: column NAME: message} on stderr, exit code 1, nothing written. With it, each bad
 * row is reported so, the story of the others is written, and the exit code is 1 if any was
 * skipped.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Reads files of another format into one story and writes it as eventline/1 JSON.",
        "",
        "A bad row or element stops the command, named as FILE:line: column NAME: message, unless"
            + " --skip-bad-rows is given."},
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {EventlineCommand.EXIT_OK,
        "1:a bad row (every skipped one listed on stderr), a file that cannot be read, or the output cannot be written",
        EventlineCommand.EXIT_USAGE},
    footer = "")
final class ImportCommand implements Callable<Integer> {

  /** The formats, one line each: its name for {@code --from}, and its reader. */
  static final Map<String, Importer> FORMATS = ImmutableMap.<String, Importer>builder()
      .put("timeml", TimemlReader::read)
      .put("meantime", MeantimeReader::read)
      .put("gdelt", GdeltReader::read)
      .put("acled", AcledReader::read)
      .build();

  /** Reads files of one format into a story. */
  @FunctionalInterface
  interface Importer {
    Story read(List<Path> files, BadRows badRows) throws IOException;
  }

  /** The names of the formats, for picocli's completion and help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return FORMATS.keySet().iterator();
    }
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of the files: ${COMPLETION-CANDIDATES}.")
  String format;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "The files to read: for timeml and meantime a directory stands for its files of the format"
          + " (.tml, .xml), in name order; for gdelt, the Events exports and the Mentions exports (a name holding"
          + " .mentions.), zipped or not; for acled, CSV exports with their header.")
  List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The story file to write (or an existing directory, for FILE/story.json).")
  Path out;

  @Option(names = "--skip-bad-rows",
      description = "Report each bad row or element on stderr and import the others, rather than stop at the first.")
  boolean skipBadRows;

  @Override
  public Integer call() {
    Importer importer = FORMATS.get(format);
    if (importer == null) {
      throw new ParameterException(spec.commandLine(), "Unknown format '" + format + "' for --from: expected one of "
          + String.join(", ", FORMATS.keySet()));
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new CommandFailure(Main.USAGE, List.of(path + ": no such file"), null);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    List<ImportProblem> skipped = new ArrayList<>();
    BadRows badRows = skipBadRows ? BadRows.skip(p -> {
      skipped.add(p);
      err.println(Messages.escape(p.toString()));
    }) : BadRows.stop();
    Story story = read(importer, badRows);
    OutputTarget target = null;
    Path file = null;
    // --out naming any input is refused, as naming the story file is in the other commands
    for (Path input : paths) {
      target = new OutputTarget(out, typedOut(), input);
      file = target.file("story.json");
    }
    target.write(file, stream -> StoryJson.write(story, stream));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(Messages.escape("wrote " + file + ": " + story.sources().size() + " sources, " + story.events().size()
        + " events, " + story.assertions().size() + " assertions"));
    stdout.flush();
    if (skipped.isEmpty()) {
      return Main.OK;
    }
    err.println("eventline: " + skipped.size() + (skipped.size() == 1 ? " bad row" : " bad rows")
        + " skipped (listed above); the story holds the others");
    err.flush();
    return Main.PROBLEMS;
  }

  private Story read(Importer importer, BadRows badRows) {
    try {
      return importer.read(paths, badRows);
    } catch (ImportException e) {
      throw new CommandFailure(Main.PROBLEMS, List.of(e.getMessage()), e);
    } catch (StoryValidationException e) {
      List<String> lines = new ArrayList<>();
      for (StoryProblem p : e.problems()) {
        lines.add("eventline: the imported story is not valid: " + p);
      }
      throw new CommandFailure(Main.PROBLEMS, lines, e);
    } catch (IOException e) {
      throw new CommandFailure(Main.PROBLEMS, List.of("eventline: cannot read the files: " + Messages.reason(e)), e);
    }
  }

  /** Returns the text of {@code --out} as typed, which may end with a slash. */
  private String typedOut() {
    List<String> typed = spec.findOption("--out").originalStringValues();
    return typed.isEmpty() ? out.toString() : typed.get(typed.size() - 1);
  }
}
