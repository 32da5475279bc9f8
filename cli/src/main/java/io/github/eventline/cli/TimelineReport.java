package io.github.eventline.cli;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import io.github.eventline.timeline.Weighed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text the commands print about a timeline: the {@code timeline} command's header, timeline and
 * conflicts; the {@code conflicts} command's conflicts and disputed claims with their reasons.
 */
final class TimelineReport {

  /** Verdicts by their event's id, then by question. */
  static final Comparator<Verdict> BY_EVENT =
      Comparator.comparing((Verdict v) -> v.key().event().value()).thenComparing(Verdict::key);

  private final Timeline timeline;
  private final Optional<Instant> asOf;
  private final String policy;

  TimelineReport(Timeline timeline, Optional<Instant> asOf, String policy) {
    this.timeline = timeline;
    this.asOf = asOf;
    this.policy = policy;
  }

  /** Returns the verdicts that are contested or refuted, by event then question. */
  List<Verdict> disputed() {
    List<Verdict> disputed = new ArrayList<>();
    for (Verdict v : timeline.verdicts()) {
      if (v.status() == VerdictStatus.CONTESTED || v.status() == VerdictStatus.REFUTED) {
        disputed.add(v);
      }
    }
    disputed.sort(BY_EVENT);
    return disputed;
  }

  /** The first lines: the title and what view of the story this is. */
  List<String> header() {
    Story story = timeline.story();
    List<String> lines = new ArrayList<>();
    story.title().ifPresent(lines::add);
    int n = timeline.events().size();
    lines.add(n + (n == 1 ? " event" : " events")
        + asOf.map(t -> ", as known at " + t).orElse(", everything the story states")
        + "; policy " + policy);
    lines.add("");
    return lines;
  }

  /** The {@code timeline} command's text: header, events, conflicts. */
  List<String> timelineLines(String file) {
    List<String> lines = header();
    lines.addAll(new TimelineText(timeline.events(), id -> Optional.of(timeline.derivedBounds(id)),
        id -> timeline.occurrence(id).status().name()).lines());
    lines.add("");
    lines.addAll(conflictLines());
    List<Verdict> disputed = disputed();
    if (!disputed.isEmpty()) {
      List<String> keys = new ArrayList<>();
      for (Verdict v : disputed) {
        keys.add(v.key() + " " + v.status());
      }
      lines.add("Disputed claims (" + disputed.size() + "): " + String.join(", ", keys));
      lines.add("Run 'eventline conflicts " + file + "' for the reasons.");
    }
    return lines;
  }

  /** The temporal conflicts, numbered, or a line saying there are none. */
  List<String> conflictLines() {
    List<TemporalConflict> conflicts = timeline.conflicts();
    List<String> lines = new ArrayList<>();
    if (conflicts.isEmpty()) {
      lines.add("Conflicts: none");
      return lines;
    }
    lines.add("Conflicts (" + conflicts.size() + "):");
    for (int i = 0; i < conflicts.size(); i++) {
      lines.add("  " + (i + 1) + ". " + oneLine(conflicts.get(i).message()));
    }
    return lines;
  }

  /**
   * The modeller's links that the values disagree with ({@code Timeline.linkConflicts()}),
   * numbered under a heading; no line at all when there are none.
   */
  List<String> linkConflictLines() {
    List<LinkConflict> conflicts = timeline.linkConflicts();
    List<String> lines = new ArrayList<>();
    if (conflicts.isEmpty()) {
      return lines;
    }
    lines.add("Link conflicts (" + conflicts.size() + "):");
    for (int i = 0; i < conflicts.size(); i++) {
      lines.add("  " + (i + 1) + ". " + oneLine(conflicts.get(i).message()));
    }
    return lines;
  }

  /**
   * The {@code conflicts} command's text: temporal conflicts, link conflicts (if any), then disputed
   * claims and their reasons.
   */
  List<String> conflictsLines() {
    List<String> lines = header();
    lines.addAll(conflictLines());
    lines.addAll(linkConflictLines());
    lines.add("");
    List<Verdict> disputed = disputed();
    if (disputed.isEmpty()) {
      lines.add("Contested or refuted claims: none");
      return lines;
    }
    lines.add("Contested or refuted claims (" + disputed.size() + "):");
    for (Verdict v : disputed) {
      lines.add("  " + describe(v.key()) + ": " + v.status() + ", confidence " + number(v.confidence())
          + value(v));
      for (Weighed w : v.explanation()) {
        lines.add("    " + w.assertion() + " (" + w.source() + ") " + w.reason());
      }
    }
    return lines;
  }

  private static String describe(ClaimKey key) {
    return key.toString();
  }

  /** Says the value a verdict holds, for claims that hold more than yes or no. */
  private static String value(Verdict v) {
    if (v.value().isEmpty()) {
      return "";
    }
    Claim claim = v.value().get();
    String held;
    if (claim instanceof Claim.Timing t) {
      held = HumanDates.format(t.when());
    } else if (claim instanceof Claim.Location l) {
      held = l.place().value();
    } else if (claim instanceof Claim.Participation p) {
      held = p.role().value();
    } else if (claim instanceof Claim.Quantity q) {
      held = (q.approximate() ? "about " : "") + number(q.low())
          + (q.isSingleValue() ? "" : "-" + number(q.high())) + q.unit().map(u -> " " + u).orElse("");
    } else if (claim instanceof Claim.Relation r) {
      List<String> names = new ArrayList<>();
      r.relations().forEach(x -> names.add(x.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      held = String.join(" or ", names);
    } else {
      return "";
    }
    return ", value held: " + held;
  }

  static String number(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
