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
 * date as a person would say it, its status, its id and its summary, in aligned columns. Events
 * with no date information at all follow in a separate "Undated" section, in the same order.
 *
 * <pre>{@code
 * early Aug 2024     UNCONTESTED  kursk-offensive  Ukrainian offensive into Kursk Oblast
 * after 1 Aug 2024   UNCONTESTED  putin-asks-kim   Putin asks Kim Jong-un for help
 *
 * Undated
 *   CONTESTED    nk-troops-in-assaults  North Korean troops take part in assaults
 * }</pre>
 *
 * <p>It neither orders nor reasons: the caller gives the order, the bounds and the status to show.
 */
final class TimelineText {

  private static final String GAP = "  ";

  private final ImmutableList<Event> events;
  private final Function<EventId, Optional<TimeBounds>> bounds;
  private final Function<EventId, String> status;

  /**
   * Creates the renderer.
   *
   * @param events  the events, in the order to show them
   * @param bounds  the bounds to show for each event, empty for an unknown date
   * @param status  the status to show for each event, such as {@code CONTESTED}
   */
  TimelineText(List<Event> events, Function<EventId, Optional<TimeBounds>> bounds, Function<EventId, String> status) {
    this.events = ImmutableList.copyOf(events);
    this.bounds = requireNonNull(bounds, "bounds");
    this.status = requireNonNull(status, "status");
  }

  /**
   * Returns the lines of the timeline, without line terminators.
   *
   * @return one line per dated event, then a blank line, {@code Undated} and one indented line per
   *     undated event if there are any; or the single line {@code (no events)}
   */
  List<String> lines() {
    if (events.isEmpty()) {
      return List.of("(no events)");
    }
    List<String[]> dated = new ArrayList<>();
    List<String[]> undated = new ArrayList<>();
    for (Event e : events) {
      String date = HumanDates.format(bounds.apply(e.id()));
      String[] row = {date, status.apply(e.id()), e.id().value(), oneLine(e.summary())};
      (date.equals(HumanDates.UNKNOWN) ? undated : dated).add(row);
    }
    List<String> lines = new ArrayList<>(events.size() + 2);
    lines.addAll(table(dated, 0, ""));
    if (!undated.isEmpty()) {
      if (!dated.isEmpty()) {
        lines.add("");
      }
      lines.add("Undated");
      lines.addAll(table(undated, 1, "  "));
    }
    return lines;
  }

  /** Aligns the columns from {@code first} on; the last column is not padded. */
  private static List<String> table(List<String[]> rows, int first, String indent) {
    int columns = 4;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = first; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    List<String> lines = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = first; c < columns - 1; c++) {
        line.append(row[c]).append(" ".repeat(widths[c] - row[c].length())).append(GAP);
      }
      lines.add(line.append(row[columns - 1]).toString());
    }
    return lines;
  }

  /** Keeps one event on one line, whatever its summary holds. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
