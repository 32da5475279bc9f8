package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders events, already in timeline order, as a terminal timeline: one line per event with its
 * date as a person would say it, its id and its summary, in aligned columns.
 *
 * <pre>{@code
 * early Aug 2024   kursk-offensive   Ukrainian offensive into Kursk Oblast
 * after 10 Aug 2024 ...
 * }</pre>
 *
 * <p>It neither orders nor reasons: the caller gives the order and the bounds to show, so that the
 * stated order of today and the derived order of {@code Timeline} plug in the same way.
 */
final class TimelineText {

  private static final String GAP = "  ";

  private final ImmutableList<Event> events;
  private final Function<EventId, Optional<TimeBounds>> bounds;

  /**
   * Creates the renderer.
   *
   * @param events  the events, in the order to show them
   * @param bounds  the bounds to show for each event, empty for an unknown date
   */
  TimelineText(List<Event> events, Function<EventId, Optional<TimeBounds>> bounds) {
    this.events = ImmutableList.copyOf(events);
    this.bounds = requireNonNull(bounds, "bounds");
  }

  /**
   * Returns the lines of the timeline, without line terminators.
   *
   * @return one line per event, or the single line {@code (no events)}
   */
  List<String> lines() {
    if (events.isEmpty()) {
      return List.of("(no events)");
    }
    List<String> dates = new ArrayList<>(events.size());
    int dateWidth = 0;
    int idWidth = 0;
    for (Event e : events) {
      String date = HumanDates.format(bounds.apply(e.id()));
      dates.add(date);
      dateWidth = Math.max(dateWidth, date.length());
      idWidth = Math.max(idWidth, e.id().value().length());
    }
    List<String> lines = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      lines.add(pad(dates.get(i), dateWidth) + GAP + pad(e.id().value(), idWidth) + GAP + oneLine(e.summary()));
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  /** Keeps one event on one line, whatever its summary holds. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
