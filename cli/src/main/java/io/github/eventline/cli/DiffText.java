package io.github.eventline.cli;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBoundsFormatter;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.TimelineDiff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The text of the {@code diff} command: what changed from one as-of view of a story to another. */
final class DiffText {

  private DiffText() {}

  /**
   * Returns the lines of the diff.
   *
   * @param fromText  {@code --from} as given, such as {@code 2006}
   * @param toText  {@code --to} as given
   * @param dates  how dates read, in the display zone
   */
  static List<String> lines(Timeline before, Timeline after, Instant from, Instant to, String fromText, String toText,
      String policy, TimeBoundsFormatter dates) {
    TimelineDiff diff = TimelineDiff.between(before, after);
    List<String> lines = new ArrayList<>();
    lines.add("From " + view(fromText, from) + " to " + view(toText, to) + "; policy " + policy + "; times in "
        + (dates.zone().equals(java.time.ZoneOffset.UTC) ? "UTC" : dates.zone().getId()));
    lines.add("");
    if (diff.isEmpty()) {
      lines.add("No change.");
      return lines;
    }
    section(lines, "Events added", diff.eventsAdded().size());
    for (EventId id : diff.eventsAdded()) {
      lines.add("  + " + id + "  " + summary(after, id));
    }
    section(lines, "Events removed", diff.eventsRemoved().size());
    for (EventId id : diff.eventsRemoved()) {
      lines.add("  - " + id + "  " + summary(before, id));
    }
    section(lines, "Verdicts changed", diff.verdictsChanged().size());
    boolean none = false;
    for (TimelineDiff.VerdictChange change : diff.verdictsChanged()) {
      lines.add("  " + verdictChange(change, dates));
      none = none || change.before().isEmpty() || change.after().isEmpty();
    }
    if (none) {
      lines.add("  (none: no verdict in that view; nothing stated by then bore on the claim, or its event was"
          + " merged into another by same-as)");
    }
    section(lines, "Dates changed", diff.boundsChanged().size());
    for (TimelineDiff.BoundsChange change : diff.boundsChanged()) {
      lines.add("  " + change.event() + ": " + change.kind().name().toLowerCase(Locale.ROOT) + ", "
          + dates.format(change.before()) + " -> " + dates.format(change.after()));
    }
    section(lines, "Order changed", diff.orderChanged().size());
    for (TimelineDiff.OrderChange change : diff.orderChanged()) {
      lines.add("  " + change.event() + ": position " + (change.before() + 1) + " -> " + (change.after() + 1));
    }
    return lines;
  }

  /** Says what a time given on the command line was read as: {@code 2006 (as known at the end of it, 2007-01-01T00:00:00Z)}. */
  private static String view(String given, Instant instant) {
    return given.equals(instant.toString())
        ? given + " (as known then)"
        : given + " (as known at the end of it, " + instant + ")";
  }

  /**
   * Says a verdict change: {@code key: BEFORE -> AFTER}, and the values held before and after when
   * they differ, so that a change of value under the same status shows.
   */
  private static String verdictChange(TimelineDiff.VerdictChange change, TimeBoundsFormatter dates) {
    String text = change.key() + ": " + change.before().map(v -> v.status().name()).orElse("none") + " -> "
        + change.after().map(v -> v.status().name()).orElse("none");
    Optional<String> was = change.before().flatMap(v -> TimelineReport.heldText(v, dates));
    Optional<String> is = change.after().flatMap(v -> TimelineReport.heldText(v, dates));
    if (was.equals(is) || is.isEmpty()) {
      return text;
    }
    return text + ", value " + (was.isEmpty() ? is.get() : was.get() + " -> " + is.get());
  }

  private static void section(List<String> lines, String title, int count) {
    if (count > 0) {
      if (lines.size() > 2) {
        lines.add("");
      }
      lines.add(title + " (" + count + "):");
    }
  }

  private static String summary(Timeline timeline, EventId id) {
    return timeline.story().event(id).map(Event::summary).orElse("").strip().replaceAll("\\s+", " ");
  }
}
