package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a timeline as one self-contained HTML page: inline CSS and script, no network, no CDN.
 *
 * <p>The page draws a horizontal timeline in SVG. Events are placed in lanes so that events that
 * may overlap never share one: greedily, by earliest start, each event takes the lane that frees
 * first if it is free by then, else a new lane. Each event is drawn as a light range from its
 * earliest start to its latest end (the derived outer bounds) with its core darker, from its
 * latest start to its earliest end when that is not empty: the time it surely covers. The verdict
 * on its occurrence shows as a colour and a symbol, explained by a legend. Hovering an event shows
 * its summary, bounds, status, and its sources with their quotes; clicking it shows the same in a
 * panel. A checkbox draws the stated relations between events (assertions of {@code Relation}
 * claims) as arrows.
 *
 * <p>The events are embedded as JSON in a {@code <script type="application/json">} block, every
 * {@code <}, {@code >} and {@code &} written as a JSON escape so that no text can close the
 * block. The page zooms (buttons, mouse wheel) and pans (drag): while more events are in view than
 * {@link HtmlOptions#densityThreshold()}, it draws a density histogram of them instead of the
 * events, so a timeline of a million events stays readable. Events whose earliest start is
 * unbounded are drawn from their place in the timeline order ({@link Timeline#place}); events of
 * which nothing is known are listed under the timeline as undated; an unbounded end is drawn to the
 * edge.
 *
 * <p>All story text is HTML-escaped in the page, and set as text (never as markup) by its script.
 * The output is deterministic. Dates read as a person says them, times of day in the display zone
 * ({@link HtmlOptions#zone()}, else the story's {@code zone}, else UTC), named under the title; the
 * details panel of an event shows the values held about it.
 */
public final class HtmlTimeline {

  private HtmlTimeline() {}

  /**
   * Writes a timeline as an HTML page, UTF-8, with the default options; the stream is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Timeline timeline, OutputStream out) {
    write(timeline, out, HtmlOptions.defaults());
  }

  /**
   * Writes a timeline as an HTML page to a file with the default options, replacing it.
   *
   * @param timeline  the timeline, not null
   * @param file  the file to write, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Timeline timeline, Path file) throws IOException {
    write(timeline, file, HtmlOptions.defaults());
  }

  /**
   * Writes a timeline as an HTML page to a file, replacing it.
   *
   * @param timeline  the timeline, not null
   * @param file  the file to write, not null
   * @param options  the options, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Timeline timeline, Path file, HtmlOptions options) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(timeline, out, options);
    }
  }

  /**
   * Writes a timeline as an HTML page, UTF-8; the stream is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @param options  the options, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Timeline timeline, OutputStream out, HtmlOptions options) {
    requireNonNull(timeline, "timeline");
    requireNonNull(out, "out");
    requireNonNull(options, "options");
    try {
      out.write(page(timeline, options).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a timeline as an HTML page, as {@link #write(Timeline, OutputStream, HtmlOptions)}
   * writes it.
   *
   * @param timeline  the timeline, not null
   * @param options  the options, not null
   * @return the page, not null
   */
  public static String toHtml(Timeline timeline, HtmlOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(timeline, out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns a timeline as an HTML page with the default options.
   *
   * @param timeline  the timeline, not null
   * @return the page, not null
   */
  public static String toHtml(Timeline timeline) {
    return toHtml(timeline, HtmlOptions.defaults());
  }

  private static String page(Timeline timeline, HtmlOptions options) {
    Story story = timeline.story();
    ZoneId zone = options.zone().orElse(Html.zone(timeline));
    List<ViewEvent> events = ViewEvent.of(timeline, zone);
    String title = Html.escape(story.title().orElse("Timeline"));
    StringBuilder s = new StringBuilder(16384);
    s.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(story.language().orElse("en")))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title).append("</title>\n<style>\n")
        .append(resource("timeline.css")).append("</style>\n</head>\n<body>\n<header><h1>").append(title)
        .append("</h1>\n");
    story.description().ifPresent(d -> s.append("<p class=\"description\">").append(Html.escape(d)).append("</p>\n"));
    s.append("<p class=\"zone\">Times of day in ").append(Html.escape(zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()))
        .append("; dates as stated.</p>\n");
    s.append("</header>\n<nav class=\"controls\">\n")
        .append("<button type=\"button\" id=\"zoom-in\">Zoom in</button>\n")
        .append("<button type=\"button\" id=\"zoom-out\">Zoom out</button>\n")
        .append("<button type=\"button\" id=\"zoom-reset\">Whole timeline</button>\n")
        .append("<label><input type=\"checkbox\" id=\"relations\"").append(options.isRelations() ? " checked" : "")
        .append("> Relations between events</label>\n<span id=\"view-info\"></span>\n</nav>\n")
        .append("<svg id=\"timeline\" role=\"img\" aria-label=\"").append(title)
        .append("\" width=\"1200\" height=\"200\"></svg>\n");
    legend(s);
    s.append("<section id=\"details\" hidden><h2 id=\"details-title\"></h2><p id=\"details-when\"></p>"
        + "<ul id=\"details-values\"></ul><ul id=\"details-sources\"></ul></section>\n");
    undated(s, events);
    s.append("<script type=\"application/json\" id=\"timeline-data\">")
        .append(data(timeline, events, options, zone)).append("</script>\n<script>\n")
        .append(resource("timeline.js")).append("</script>\n</body>\n</html>\n");
    return s.toString();
  }

  private static void legend(StringBuilder s) {
    s.append("<section id=\"legend\"><h2>Legend</h2><ul>\n");
    for (VerdictStatus status : VerdictStatus.values()) {
      String name = Html.statusName(status);
      s.append("<li class=\"status-").append(name).append("\" data-status=\"").append(name)
          .append("\"><span class=\"symbol\">").append(symbol(status)).append("</span> ").append(name)
          .append("</li>\n");
    }
    s.append("<li class=\"range\"><span class=\"swatch outer\"></span> possible range: earliest start to latest end</li>\n")
        .append("<li class=\"range\"><span class=\"swatch core\"></span> derived core: latest start to earliest end</li>\n")
        .append("</ul></section>\n");
  }

  private static void undated(StringBuilder s, List<ViewEvent> events) {
    StringBuilder items = new StringBuilder();
    for (ViewEvent v : events) {
      if (!v.isDated()) {
        items.append("<li class=\"status-").append(Html.statusName(v.status())).append("\"><span class=\"symbol\">")
            .append(symbol(v.status())).append("</span> ").append(Html.escape(v.event().summary())).append("</li>\n");
      }
    }
    if (items.length() > 0) {
      s.append("<section id=\"undated\"><h2>Undated</h2><ul>\n").append(items).append("</ul></section>\n");
    }
  }

  /** Returns the symbol of a status, as the page and its legend draw it. */
  static String symbol(VerdictStatus status) {
    switch (status) {
      case CORROBORATED:
        return "\u2714";
      case UNCONTESTED:
        return "\u25cf";
      case UNVERIFIED:
        return "?";
      case CONTESTED:
        return "!";
      case REFUTED:
        return "\u2716";
      case SUPERSEDED:
        return "\u21bb";
      default:
        throw new AssertionError(status);
    }
  }

  /** Returns the page's data as compact JSON, safe inside a script element. */
  private static String data(Timeline timeline, List<ViewEvent> events, HtmlOptions options, ZoneId zone) {
    List<ViewEvent> dated = new ArrayList<>();
    for (ViewEvent v : events) {
      if (v.isDated()) {
        dated.add(v);
      }
    }
    int[] lanes = lanes(dated);
    Map<EventId, Integer> index = new HashMap<>();
    for (int i = 0; i < dated.size(); i++) {
      index.put(dated.get(i).event().id(), i);
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator g = ViewGenerators.compact(text)) {
      g.writeStartObject();
      g.writeNumberProperty("densityThreshold", options.densityThreshold());
      g.writeNumberProperty("axisOffset", axisOffset(dated, zone));
      g.writeName("statuses");
      g.writeStartArray();
      for (VerdictStatus status : VerdictStatus.values()) {
        g.writeStartObject();
        g.writeStringProperty("name", Html.statusName(status));
        g.writeStringProperty("symbol", symbol(status));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("events");
      g.writeStartArray();
      for (int i = 0; i < dated.size(); i++) {
        event(g, dated.get(i), lanes[i]);
      }
      g.writeEndArray();
      g.writeName("relations");
      g.writeStartArray();
      for (int[] r : relations(timeline.story(), index)) {
        g.writeStartArray();
        g.writeNumber(r[0]);
        g.writeNumber(r[1]);
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeName("relationLabels");
      g.writeStartArray();
      for (String label : relationLabels(timeline.story(), index)) {
        g.writeString(label);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static void event(JsonGenerator g, ViewEvent v, int lane) {
    g.writeStartObject();
    g.writeStringProperty("id", v.event().id().toString());
    g.writeStringProperty("summary", v.event().summary());
    g.writeStringProperty("status", Html.statusName(v.status()));
    g.writeNumberProperty("lane", lane);
    g.writeNumberProperty("es", seconds(requireNonNull(v.start())));
    writeSeconds(g, "ls", v.latestStart());
    writeSeconds(g, "ee", v.earliestEnd());
    writeSeconds(g, "le", v.end());
    g.writeStringProperty("when", v.when());
    g.writeStringProperty("statusText", v.statusText());
    g.writeName("values");
    g.writeStartArray();
    for (String line : v.values()) {
      g.writeString(line);
    }
    g.writeEndArray();
    g.writeName("sources");
    g.writeStartArray();
    for (String line : v.sources()) {
      g.writeString(line);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Returns the offset from UTC, in seconds, in which the axis labels its ticks: the zone's offset at
   * the middle of the dated events (one offset for the whole axis; a tick may read an hour off across
   * a change of summer time). 0 for UTC or no dated event.
   */
  private static int axisOffset(List<ViewEvent> dated, ZoneId zone) {
    if (dated.isEmpty() || zone.equals(ZoneOffset.UTC)) {
      return 0;
    }
    long first = seconds(requireNonNull(dated.get(0).start()));
    long last = first;
    for (ViewEvent v : dated) {
      long t = seconds(requireNonNull(v.start()));
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    return zone.getRules().getOffset(java.time.Instant.ofEpochSecond(first / 2 + last / 2)).getTotalSeconds();
  }

  private static void writeSeconds(JsonGenerator g, String name, @Nullable LocalDateTime t) {
    if (t == null) {
      g.writeNullProperty(name);
    } else {
      g.writeNumberProperty(name, seconds(t));
    }
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /**
   * Returns each dated event's lane: by earliest start (then timeline order), the lane that frees
   * first if it is free by the event's start, else a new lane. Lanes free at an event's latest end.
   */
  static int[] lanes(List<ViewEvent> dated) {
    Integer[] order = new Integer[dated.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = requireNonNull(dated.get(a).start()).compareTo(requireNonNull(dated.get(b).start()));
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] lanes = new int[dated.size()];
    // each entry: {lane, index of the event that last took it}; ordered by when the lane frees
    PriorityQueue<int[]> free = new PriorityQueue<>((x, y) -> {
      int c = compareEnds(dated.get(x[1]), dated.get(y[1]));
      return c != 0 ? c : Integer.compare(x[0], y[0]);
    });
    int count = 0;
    for (int i : order) {
      LocalDateTime start = requireNonNull(dated.get(i).start());
      int[] first = free.peek();
      if (first != null && endsBy(dated.get(first[1]), start)) {
        free.poll();
        lanes[i] = first[0];
      } else {
        lanes[i] = count++;
      }
      free.add(new int[] {lanes[i], i});
    }
    return lanes;
  }

  private static int compareEnds(ViewEvent a, ViewEvent b) {
    LocalDateTime x = a.end();
    LocalDateTime y = b.end();
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : 1) : -1;
    }
    return x.compareTo(y);
  }

  private static boolean endsBy(ViewEvent v, LocalDateTime start) {
    LocalDateTime end = v.end();
    return end != null && !end.isAfter(start) && !requireNonNull(v.start()).equals(start);
  }

  /** Returns the distinct stated relations between dated events, as pairs of indexes. */
  private static List<int[]> relations(Story story, Map<EventId, Integer> index) {
    List<int[]> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : statedRelations(story, index).entrySet()) {
      String[] pair = e.getKey().split(" ");
      out.add(new int[] {Integer.parseInt(pair[0]), Integer.parseInt(pair[1])});
    }
    return out;
  }

  private static List<String> relationLabels(Story story, Map<EventId, Integer> index) {
    List<String> out = new ArrayList<>();
    for (Set<String> labels : statedRelations(story, index).values()) {
      StringJoiner j = new StringJoiner(" or ");
      labels.forEach(j::add);
      out.add(j.toString());
    }
    return out;
  }

  private static Map<String, Set<String>> statedRelations(Story story, Map<EventId, Integer> index) {
    Map<String, Set<String>> pairs = new java.util.LinkedHashMap<>();
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Relation) {
        Claim.Relation r = (Claim.Relation) a.claim();
        Integer from = index.get(r.event());
        Integer to = index.get(r.other());
        if (from != null && to != null) {
          Set<String> labels = pairs.computeIfAbsent(from + " " + to, k -> new LinkedHashSet<>());
          for (IntervalRelation rel : r.relations()) {
            labels.add(rel.name().toLowerCase(Locale.ROOT).replace('_', ' '));
          }
        }
      }
    }
    return pairs;
  }

  private static String resource(String name) {
    try (InputStream in = HtmlTimeline.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + name + " of the HTML view is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
