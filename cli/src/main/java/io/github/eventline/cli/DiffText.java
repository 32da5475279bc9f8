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

/** The text of the {@code diff} command: what changed from one as-of view of a story to another. */
final class DiffText {

  private static final TimeBoundsFormatter DATES = TimeBoundsFormatter.ENGLISH_UTC;

  private DiffText() {}

  static List<String> lines(Timeline before, Timeline after, Instant from, Instant to, String policy) {
    TimelineDiff diff = TimelineDiff.between(before, after);
    List<String> lines = new ArrayList<>();
    lines.add("From " + from + " to " + to + " (as known at each); policy " + policy);
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
    for (TimelineDiff.VerdictChange change : diff.verdictsChanged()) {
      lines.add("  " + change);
    }
    section(lines, "Dates changed", diff.boundsChanged().size());
    for (TimelineDiff.BoundsChange change : diff.boundsChanged()) {
      lines.add("  " + change.event() + ": " + change.kind().name().toLowerCase(Locale.ROOT) + ", "
          + DATES.format(change.before()) + " -> " + DATES.format(change.after()));
    }
    section(lines, "Order changed", diff.orderChanged().size());
    for (TimelineDiff.OrderChange change : diff.orderChanged()) {
      lines.add("  " + change.event() + ": position " + (change.before() + 1) + " -> " + (change.after() + 1));
    }
    return lines;
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
