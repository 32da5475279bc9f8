package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import io.github.eventline.core.time.TimeBoundsFormatter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline diff FILE --from T1 --to T2}: what changed between two as-of views of a story. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Shows what changed between two as-of views of a story.",
        "",
        "Compares what was known at T1 with what was known at T2: events added and removed, verdicts whose status or value changed"
            + " (UNVERIFIED -> CONTESTED...), dates tightened, widened or moved, and events that"
            + " moved in the order. T1 and T2 are instants (2024-12-14T18:00:00Z) or EDTF dates"
            + " (2024-12-14), a date meaning as known at its end."},
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {EventlineCommand.EXIT_OK, EventlineCommand.EXIT_PROBLEMS, EventlineCommand.EXIT_USAGE},
    footer = "")
final class DiffCommand implements Callable<Integer> {

  private final StoryLoader reader;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The story file (JSON, format eventline/1).")
  Path file;

  @Option(names = "--from", paramLabel = "T1", required = true, converter = AsOf.class,
      description = "The earlier view: as known at T1.")
  Instant from;

  @Option(names = "--to", paramLabel = "T2", required = true, converter = AsOf.class,
      description = "The later view: as known at T2.")
  Instant to;

  @Option(names = "--policy", paramLabel = "NAME", converter = Policies.class,
      completionCandidates = Policies.class, defaultValue = Policies.DEFAULT,
      description = "How conflicting assertions are weighed: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ReconciliationPolicy policy;

  @Option(names = "--zone", paramLabel = "ZONE", converter = ViewOptions.ZoneConverter.class,
      description = "Show times of day in ZONE, an IANA time zone such as America/Chicago or UTC."
          + " Default: the story's own zone (its \"zone\" field), else UTC.")
  ZoneId zone;

  /** Returns an option's value as given on the command line, else the instant's text. */
  private String given(String option, Instant value) {
    picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed != null && parsed.hasMatchedOption(option)) {
      List<String> texts = parsed.matchedOption(option).originalStringValues();
      if (!texts.isEmpty()) {
        return texts.get(texts.size() - 1);
      }
    }
    return value.toString();
  }

  DiffCommand(StoryLoader reader) {
    this.reader = requireNonNull(reader, "reader");
  }

  @Override
  public Integer call() {
    Progress progress = Progress.of(spec.commandLine().getErr(), file);
    progress.step("reading " + file);
    Story story = StoryFiles.load(reader, file);
    progress.step("building the timelines of " + story.events().size() + " events as known at " + from + " and " + to);
    Timeline before = Timeline.build(story.asKnownAt(from), policy);
    Timeline after = Timeline.build(story.asKnownAt(to), policy);
    PrintWriter out = spec.commandLine().getOut();
    TimeBoundsFormatter dates =
        TimeBoundsFormatter.of(Locale.ENGLISH, zone != null ? zone : story.zone().orElse(ZoneOffset.UTC));
    Messages.println(
        out,
        DiffText.lines(before, after, from, to, given("--from", from), given("--to", to), Policies.name(policy), dates)
            .stream());
    out.flush();
    return Main.OK;
  }
}
