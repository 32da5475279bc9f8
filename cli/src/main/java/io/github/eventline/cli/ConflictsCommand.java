package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline conflicts FILE}: temporal conflicts and disputed claims, with their reasons. */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Lists a story's conflicts and disputed claims, with their reasons.",
        "",
        "Temporal conflicts: statements of when events happened that cannot all hold, each with"
            + " the assertions and sources behind it and what the timeline set aside.",
        "Disputed claims: the verdicts CONTESTED (supported and opposed) or REFUTED (denials"
            + " outweigh support), each with every assertion weighed, its weight and why."},
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {
        "0:no conflict (temporal or link) and no contested or refuted claim",
        EventlineCommand.EXIT_PROBLEMS,
        EventlineCommand.EXIT_USAGE,
        "3:the story has temporal conflicts, link conflicts, or contested or refuted claims"},
    footer = "")
final class ConflictsCommand implements Callable<Integer> {

  private final StoryLoader reader;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The story file (JSON, format eventline/1).")
  Path file;

  @Mixin
  ViewOptions view;

  @Mixin
  FilterOptions filters;

  ConflictsCommand(StoryLoader reader) {
    this.reader = requireNonNull(reader, "reader");
  }

  @Override
  public Integer call() {
    Progress progress = Progress.of(spec.commandLine().getErr(), file);
    progress.step("reading " + file);
    Story story = StoryFiles.load(reader, file);
    progress.step("building the timeline of " + story.events().size() + " events");
    Timeline timeline = view.timeline(story);
    TimelineReport report = new TimelineReport(timeline, view.asOf(), Policies.name(view.policy), view.dates(story),
        filters.description(), filters.kept(timeline, spec));
    PrintWriter out = spec.commandLine().getOut();
    Messages.println(out, report.conflictsLines().stream());
    out.flush();
    return report.conflicts().isEmpty() && timeline.linkConflicts().isEmpty() && report.disputed().isEmpty()
        ? Main.OK : Main.CONFLICTS;
  }
}
