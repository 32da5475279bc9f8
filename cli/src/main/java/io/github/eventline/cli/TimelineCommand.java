package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.export.view.HtmlOptions;
import io.github.eventline.export.view.HtmlTimeline;
import io.github.eventline.export.view.MermaidTimeline;
import io.github.eventline.export.view.TimelineJs;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline timeline FILE}: the story's reconciled timeline, as text, JSON or CSV. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Prints a story's events in time order.",
        "",
        "Text (the default): one line per event with its date as a person would say it"
            + " (6 Aug 2024, early Aug 2024, after 6 Aug 2024...), the status of the claim that it"
            + " occurred (UNCONTESTED, CORROBORATED, UNVERIFIED, CONTESTED, REFUTED, SUPERSEDED, or"
            + " 'no source' when only the modeller states it), its id and summary, and under it the"
            + " values held (figures, who took part, where); events with no date at all under"
            + " 'Undated'; then a legend of the statuses, the temporal conflicts and the disputed"
            + " claims.",
        "Events are in timeline order, the same in every format: every accepted relation is"
            + " respected (after, before, during...), then each event is placed at the first"
            + " instant known of it (its earliest start, or for an open start such as 'ongoing as"
            + " of 15 Dec 2024' its latest start or earliest end), then by latest end and id;"
            + " events of which nothing is known come last. Dates are the bounds derived from"
            + " everything the story states and reconciliation accepts.",
        "JSON: format eventline-timeline/1, to stdout, or with --out to a file (to DIR/timeline.json"
            + " if --out names an existing directory).",
        "CSV: the eight tables (events, actors, places, sources, assertions, timeline, verdicts,"
            + " conflicts) into the directory --out, which is created if needed.",
        "HTML: one self-contained page (no network) drawing the timeline in SVG, with a legend,"
            + " zoom, sources and quotes on hover or click; --relations draws the relations.",
        "timelinejs: the JSON of the TimelineJS3 widget. mermaid: a Mermaid timeline block for"
            + " Markdown.",
        "text, html, timelinejs and mermaid go to stdout, or with --out to a file (to"
            + " DIR/timeline.txt, DIR/timeline.html, DIR/timelinejs.json or DIR/timeline.mmd if --out"
            + " names an existing directory). FORMAT is case-insensitive."},
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {EventlineCommand.EXIT_OK, EventlineCommand.EXIT_PROBLEMS, EventlineCommand.EXIT_USAGE},
    footer = "")
final class TimelineCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { text, json, csv, html, timelinejs, mermaid }

  private final StoryLoader reader;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The story file (JSON, format eventline/1).")
  Path file;

  @Mixin
  ViewOptions view;

  @Mixin
  FilterOptions filters;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, csv, html, timelinejs or mermaid. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--relations",
      description = "For html: draw the relations between events when the page opens.")
  boolean relations;

  @Option(names = "--out", paramLabel = "PATH",
      description = "For text, json, html, timelinejs and mermaid: the file to write (or an existing"
          + " directory, for PATH/timeline.txt, timeline.json, timeline.html, timelinejs.json or"
          + " timeline.mmd); stdout if absent. For csv: the directory of the tables; required.")
  Path out;

  /**
   * Creates the command.
   *
   * @param reader  reads the story file, not null
   */
  TimelineCommand(StoryLoader reader) {
    this.reader = requireNonNull(reader, "reader");
  }

  @Override
  public Integer call() throws IOException {
    checkOut();
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = Progress.of(spec.commandLine().getErr(), file);
    progress.step("reading " + file);
    Story story = StoryFiles.load(reader, file);
    progress.step("building the timeline of " + story.events().size() + " events");
    Timeline timeline = view.timeline(story);
    progress.step("writing the " + format + " timeline");
    switch (format) {
      case json:
        writeJson(timeline, stdout);
        break;
      case csv:
        outputTarget().writeDirectory(tables(), directory -> CsvTables.write(timeline, directory, CsvOptions.defaults()));
        stdout.println("wrote " + String.join(", ", tables()) + " to " + out);
        break;
      case html:
        HtmlOptions options = HtmlOptions.defaults().withRelations(relations).withZone(view.zone(story));
        writeView(stdout, "timeline.html", HtmlTimeline.toHtml(timeline, options),
            stream -> HtmlTimeline.write(timeline, stream, options));
        break;
      case timelinejs:
        writeView(stdout, "timelinejs.json", TimelineJs.toJson(timeline, view.zone(story)),
            stream -> TimelineJs.write(timeline, stream, view.zone(story)));
        break;
      case mermaid:
        String diagram;
        try {
          diagram = MermaidTimeline.toMermaid(timeline, view.zone(story));
        } catch (IllegalArgumentException e) {
          throw new CommandFailure(Main.PROBLEMS, List.of("eventline: " + e.getMessage()), e);
        }
        writeView(stdout, "timeline.mmd", diagram, stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          writer.write(diagram);
          writer.flush();
        });
        break;
      default:
        List<String> lines = new TimelineReport(timeline, view.asOf(), Policies.name(view.policy), view.dates(story),
            filters.description(), filters.kept(timeline, spec)).timelineLines(file.toString())
            .stream().map(Messages::escape).collect(Collectors.toList());
        writeView(stdout, "timeline.txt", String.join("\n", lines) + "\n", stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          for (String line : lines) {
            writer.write(line);
            writer.write('\n');
          }
          writer.flush();
        });
        break;
    }
    stdout.flush();
    return Main.OK;
  }

  private void checkOut() {
    if (format == Format.csv && out == null) {
      throw new ParameterException(spec.commandLine(), "--format csv needs --out DIR, the directory of the tables");
    }
    if (format != Format.text && filters.isSet()) {
      throw new ParameterException(spec.commandLine(),
          "--actor, --source and --event filter the text timeline; the other formats hold every event");
    }
    if (format != Format.html && relations) {
      throw new ParameterException(spec.commandLine(), "--relations is for --format html");
    }
    if (format == Format.csv && Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a directory");
    }
    if (out != null) {
      // The folder to write in (or to create) must not lie under a file.
      Path folder = format == Format.csv || Files.isDirectory(out) ? out : out.toAbsolutePath().getParent();
      for (Path p = folder == null ? null : folder.toAbsolutePath(); p != null; p = p.getParent()) {
        if (Files.exists(p)) {
          if (!Files.isDirectory(p)) {
            throw new ParameterException(spec.commandLine(),
                "--out " + out + " cannot be written: " + p + " is a file, not a directory");
          }
          break;
        }
      }
    }
  }

  private void writeJson(Timeline timeline, PrintWriter stdout) throws IOException {
    if (out == null) {
      TimelineJson.write(timeline, view.asOf(), stdout);
      return;
    }
    OutputTarget output = outputTarget();
    Path target = output.file("timeline.json");
    output.write(target, stream -> TimelineJson.write(timeline, view.asOf(), stream));
    stdout.println("wrote " + target);
  }

  /** Writes one of the view formats to stdout, or to the file or directory {@code --out} names. */
  private void writeView(PrintWriter stdout, String fileName, String text, ViewWriter writer) throws IOException {
    if (out == null) {
      stdout.print(text);
      return;
    }
    OutputTarget output = outputTarget();
    Path target = output.file(fileName);
    output.write(target, writer::write);
    stdout.println("wrote " + target);
  }

  /** Returns where {@code --out} writes, with the text the user typed (which may end with a slash). */
  private OutputTarget outputTarget() {
    List<String> typed = spec.findOption("--out").originalStringValues();
    return new OutputTarget(out, typed.isEmpty() ? out.toString() : typed.get(typed.size() - 1), file);
  }

  /** Writes a view to a stream. */
  private interface ViewWriter {
    void write(OutputStream stream) throws IOException;
  }

  private static List<String> tables() {
    List<String> names = new java.util.ArrayList<>(CsvTables.storyFileNames());
    names.addAll(CsvTables.timelineFileNames());
    return names;
  }
}
