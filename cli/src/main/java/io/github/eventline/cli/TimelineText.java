package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.core.time.TimeBoundsFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders events, already in timeline order, as a terminal timeline: one line per event with its
 * date as a person would say it, its status, its id and its summary, in aligned columns, and under
 * it, indented to its id, one line per value held about it (a figure, who took part, where).
 * Events with no date information at all follow in a separate "Undated" section, in the same order.
 *
 * <pre>{@code
 * early Aug 2024     UNCONTESTED  kursk-offensive  Ukrainian offensive into Kursk Oblast
 *                                                  where: Kursk Oblast
 * after 1 Aug 2024   UNCONTESTED  putin-asks-kim   Putin asks Kim Jong-un for help
 *
 * Undated
 *   CONTESTED    nk-troops-in-assaults  North Korean troops take part in assaults
 * }</pre>
 *
 * <p>It neither orders nor reasons: the caller gives the order, the bounds, the status and the
 * values to show.
 */
final class TimelineText {

  private static final String GAP = "  ";

  private final ImmutableList<Event> events;
  private final Function<EventId, TimeBounds> bounds;
  private final Function<EventId, String> status;
  private final Function<EventId, List<String>> details;
  private final TimeBoundsFormatter dates;

  /**
   * Creates the renderer.
   *
   * @param events  the events, in the order to show them
   * @param bounds  the bounds to show for each event, unbounded for an unknown date
   * @param status  the status to show for each event, such as {@code CONTESTED}
   * @param details  the lines to show under each event, such as {@code where: Kursk Oblast}
   * @param dates  how dates read
   */
  TimelineText(List<Event> events, Function<EventId, TimeBounds> bounds, Function<EventId, String> status,
      Function<EventId, List<String>> details, TimeBoundsFormatter dates) {
    this.events = ImmutableList.copyOf(events);
    this.bounds = requireNonNull(bounds, "bounds");
    this.status = requireNonNull(status, "status");
    this.details = requireNonNull(details, "details");
    this.dates = requireNonNull(dates, "dates");
  }

  /**
   * Returns the lines of the timeline, without line terminators.
   *
   * @return one line per dated event and its values, then a blank line, {@code Undated} and one
   *     indented line per undated event and its values if there are any; or the single line
   *     {@code (no events)}
   */
  List<String> lines() {
    if (events.isEmpty()) {
      return List.of("(no events)");
    }
    List<Row> dated = new ArrayList<>();
    List<Row> undated = new ArrayList<>();
    for (Event e : events) {
      String date = dates.format(bounds.apply(e.id()));
      Row row = new Row(new String[] {date, status.apply(e.id()), e.id().value(), oneLine(e.summary())},
          details.apply(e.id()));
      (date.equals(TimeBoundsFormatter.UNKNOWN) ? undated : dated).add(row);
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

  /** An event's cells and the lines under it. */
  private static final class Row {
    final String[] cells;
    final List<String> details;

    Row(String[] cells, List<String> details) {
      this.cells = cells;
      this.details = details;
    }
  }

  /** Aligns the columns from {@code first} on; the last column is not padded; details under the id. */
  private static List<String> table(List<Row> rows, int first, String indent) {
    int columns = 4;
    int[] widths = new int[columns];
    for (Row row : rows) {
      for (int c = first; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.cells[c].length());
      }
    }
    int idColumn = indent.length();
    for (int c = first; c < 2; c++) {
      idColumn += widths[c] + GAP.length();
    }
    List<String> lines = new ArrayList<>(rows.size());
    for (Row row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = first; c < columns - 1; c++) {
        line.append(row.cells[c]).append(" ".repeat(widths[c] - row.cells[c].length())).append(GAP);
      }
      lines.add(line.append(row.cells[columns - 1]).toString());
      for (String detail : row.details) {
        lines.add(" ".repeat(idColumn) + oneLine(detail));
      }
    }
    return lines;
  }

  /** Keeps one event on one line, whatever its summary holds. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
