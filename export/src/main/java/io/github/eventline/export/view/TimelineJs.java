package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.Precision;
import io.github.eventline.timeline.Timeline;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a timeline in the TimelineJS3 JSON format, so that a story goes straight into that widget:
 *
 * <pre>{@code
 * {"title": {"text": {"headline": "...", "text": "..."}},
 *  "events": [{"start_date": {"year": 2024, "month": 8, "day": 6},
 *              "end_date": {"year": 2024, "month": 8, "day": 9},
 *              "text": {"headline": "...", "text": "..."},
 *              "group": "...", "unique_id": "kursk-offensive"}]}
 * }</pre>
 *
 * <p>Each event is placed by its derived bounds: {@code start_date} is the earliest start and
 * {@code end_date} the last moment before the latest (exclusive) end, written at the precision of
 * the bounds: the year alone for year precision; year and month for a season or a month; year,
 * month and day for a day; the hour and minute, then the second, for finer precisions. Bounds
 * without calendar precision (stated as instants, or derived by the timeline from constraints
 * alone) are written to the day, with the time of day when it is not midnight. {@code end_date} is
 * left out when it reads as the start at that precision, or when the end is unbounded. An event
 * whose start is open ("ongoing as of 15 Dec 2024") starts at its place in the timeline order
 * ({@link Timeline#place}), as in every other output; events of which nothing is known cannot be
 * placed: the title slide lists them under "Not on the timeline". Times of day are read in the
 * display zone (the story's {@code zone}, or the one given, else UTC); dates as stated.
 *
 * <p><b>Years before the common era.</b> java.time counts proleptic years, where year 0 is 1 BCE
 * and year -1 is 2 BCE; TimelineJS shows year -500 as "500 BCE", so it has no year 0. A proleptic
 * year {@code y <= 0} is written as {@code y - 1}; years from 1 on are written unchanged (see
 * {@link #year(int)}).
 *
 * <p>{@code text.headline} is the event's summary, {@code text.text} an HTML paragraph with its
 * date as a person says it ({@code after 1 Aug 2024}) and the verdict on its occurrence, the
 * values held about it, and one line per assertion on it (its source's name and quote); TimelineJS reads both as HTML, so every piece of story text is HTML-escaped. {@code
 * group} is the summary of the larger event the event is part of, absent otherwise; {@code
 * unique_id} is the event's id. The title slide carries the story's title (or "Timeline") and
 * description. Events come in timeline order; the output is deterministic.
 */
public final class TimelineJs {

  private TimelineJs() {}

  /**
   * Writes a timeline as TimelineJS3 JSON, UTF-8, pretty-printed; the stream is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @throws tools.jackson.core.JacksonException if writing fails
   */
  public static void write(Timeline timeline, OutputStream out) {
    write(timeline, out, Html.zone(timeline));
  }

  /**
   * Writes a timeline as TimelineJS3 JSON, UTF-8, pretty-printed, times of day in a zone; the stream
   * is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @param zone  the display zone, not null
   * @throws tools.jackson.core.JacksonException if writing fails
   */
  public static void write(Timeline timeline, OutputStream out, ZoneId zone) {
    requireNonNull(timeline, "timeline");
    requireNonNull(out, "out");
    requireNonNull(zone, "zone");
    try (JsonGenerator g = ViewGenerators.pretty(out)) {
      write(g, timeline, zone);
    }
  }

  /**
   * Writes a timeline as TimelineJS3 JSON to a file, replacing it, as {@link #write(Timeline,
   * OutputStream)} writes it.
   *
   * @param timeline  the timeline, not null
   * @param file  the file to write, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Timeline timeline, Path file) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(timeline, out);
    }
  }

  /**
   * Returns a timeline as TimelineJS3 JSON text, as {@link #write(Timeline, OutputStream)} writes it.
   *
   * @param timeline  the timeline, not null
   * @return the JSON text, not null
   */
  public static String toJson(Timeline timeline) {
    return toJson(timeline, Html.zone(timeline));
  }

  /**
   * Returns a timeline as TimelineJS3 JSON text, times of day in a zone.
   *
   * @param timeline  the timeline, not null
   * @param zone  the display zone, not null
   * @return the JSON text, not null
   */
  public static String toJson(Timeline timeline, ZoneId zone) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(timeline, out, zone);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the TimelineJS year of a proleptic (java.time) year: the same year from 1 on, one less
   * for year 0 and before, since proleptic year 0 is 1 BCE, which TimelineJS writes as -1.
   *
   * <pre>{@code
   * year(2024) == 2024; year(1) == 1; year(0) == -1; year(-1) == -2; year(-499) == -500
   * }</pre>
   *
   * @param prolepticYear  the year as java.time counts it
   * @return the year as TimelineJS counts it
   * @throws ArithmeticException if the year is {@link Integer#MIN_VALUE}
   */
  public static int year(int prolepticYear) {
    return prolepticYear >= 1 ? prolepticYear : Math.subtractExact(prolepticYear, 1);
  }

  private static void write(JsonGenerator g, Timeline timeline, ZoneId zone) {
    Story story = timeline.story();
    List<ViewEvent> events = ViewEvent.of(timeline, zone);
    StringBuilder undated = new StringBuilder();
    for (ViewEvent v : events) {
      if (!v.isDated()) {
        undated.append(undated.length() == 0 ? "" : "; ").append(Html.escape(v.event().summary()));
      }
    }
    Map<EventId, String> summaries = new HashMap<>();
    for (Event e : story.events()) {
      summaries.put(e.id(), e.summary());
    }
    g.writeStartObject();
    g.writeName("title");
    g.writeStartObject();
    g.writeName("text");
    g.writeStartObject();
    g.writeStringProperty("headline", Html.escape(story.title().orElse("Timeline")));
    g.writeStringProperty("text", story.description().map(d -> "<p>" + Html.escape(d) + "</p>").orElse("")
        + (undated.length() == 0 ? "" : "<p>Not on the timeline, no date known: " + undated + ".</p>"));
    g.writeEndObject();
    g.writeEndObject();
    g.writeName("events");
    g.writeStartArray();
    for (ViewEvent v : events) {
      if (v.isDated()) {
        event(g, v, summaries, zone);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, ViewEvent v, Map<EventId, String> summaries, ZoneId zone) {
    LocalDateTime start = local(requireNonNull(v.start()), v.precision(), zone);
    LocalDateTime utcLast = v.lastMoment();
    LocalDateTime last = utcLast == null ? null : local(utcLast, v.precision(), zone);
    g.writeStartObject();
    g.writeName("start_date");
    date(g, start, v.precision());
    if (last != null && !DateText.of(last, v.precision()).equals(DateText.of(start, v.precision()))) {
      g.writeName("end_date");
      date(g, last, v.precision());
    }
    g.writeName("text");
    g.writeStartObject();
    g.writeStringProperty("headline", Html.escape(v.event().summary()));
    g.writeStringProperty("text", text(v));
    g.writeEndObject();
    @Nullable String group = v.event().partOf().map(summaries::get).orElse(null);
    if (group != null) {
      g.writeStringProperty("group", Html.escape(group));
    }
    g.writeStringProperty("unique_id", v.event().id().toString());
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, LocalDateTime t, Precision p) {
    g.writeStartObject();
    g.writeNumberProperty("year", year(t.getYear()));
    boolean none = p == Precision.NONE;
    boolean timeOfDay = none && !t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    if (p != Precision.YEAR) {
      g.writeNumberProperty("month", t.getMonthValue());
    }
    if (p.compareTo(Precision.DAY) >= 0) {
      g.writeNumberProperty("day", t.getDayOfMonth());
    }
    if ((p.compareTo(Precision.HOUR) >= 0 && !none) || timeOfDay) {
      g.writeNumberProperty("hour", t.getHour());
      g.writeNumberProperty("minute", t.getMinute());
    }
    if (p == Precision.SECOND || (timeOfDay && t.getSecond() != 0)) {
      g.writeNumberProperty("second", t.getSecond());
    }
    g.writeEndObject();
  }

  /** Reads a UTC time in the zone when it is a time of day; dates stay as stated. */
  private static LocalDateTime local(LocalDateTime utc, Precision precision, ZoneId zone) {
    boolean clock = precision.compareTo(Precision.HOUR) >= 0 && precision != Precision.NONE
        || precision == Precision.NONE && !utc.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    return clock ? utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime() : utc;
  }

  private static String text(ViewEvent v) {
    StringBuilder s = new StringBuilder();
    s.append("<p>").append(Html.escape(v.when())).append(" \u00b7 ")
        .append(Html.escape(v.statusText())).append("</p>");
    if (!v.values().isEmpty()) {
      s.append("<p>");
      for (int i = 0; i < v.values().size(); i++) {
        s.append(i == 0 ? "" : "<br>").append(Html.escape(v.values().get(i)));
      }
      s.append("</p>");
    }
    if (!v.sources().isEmpty()) {
      s.append("<ul>");
      for (String line : v.sources()) {
        s.append("<li>").append(Html.escape(line)).append("</li>");
      }
      s.append("</ul>");
    }
    return s.toString();
  }
}
