package io.github.eventline.export.json;

import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes {@link TimeBounds} in story files: an EDTF string, an object of bounds, or
 * {@code {"ongoingAt": "stated"}}. Not public, by design.
 *
 * <p>In the object form, each bound is an EDTF date or an ISO 8601 instant ({@code
 * 2024-08-06T12:00:00Z}, with {@code Z} or an offset). An instant is taken exactly. An EDTF date
 * gives its start to a lower bound ({@code earliestStart}, {@code earliestEnd}) and its (exclusive)
 * end to an upper bound ({@code latestStart}, {@code latestEnd}): {@code "latestEnd": "2024-08-10"}
 * means over by the end of 10 August.
 */
final class TimeJson {

  static final String ONGOING_AT = "ongoingAt";
  static final String STATED = "stated";
  static final List<String> BOUNDS = List.of("earliestStart", "latestStart", "earliestEnd", "latestEnd");
  static final List<String> FIELDS =
      List.of("earliestStart", "latestStart", "earliestEnd", "latestEnd", "label", "precision", ONGOING_AT);

  private TimeJson() {}

  /** Where a time is read: whether {@code ongoingAt} may be used, and against which stated time. */
  interface Stated {
    /** Returns the stated time to resolve {@code ongoingAt} against, or a problem message. */
    Optional<TimeBounds> statedTime();

    /** Returns why {@code ongoingAt} cannot be used here, or empty if it can. */
    Optional<String> refusal();
  }

  /** A place where {@code ongoingAt} is not allowed. */
  static Stated notRelative(String why) {
    return new Stated() {
      @Override
      public Optional<TimeBounds> statedTime() {
        return Optional.empty();
      }

      @Override
      public Optional<String> refusal() {
        return Optional.of(why);
      }
    };
  }

  /** Reads a time value; reports problems and returns empty on any. */
  static Optional<TimeBounds> read(Problems problems, Node node, String pointer, Stated stated) {
    if (node.kind == Node.Kind.STRING) {
      try {
        return Optional.of(problems.memo(TimeBounds.class, TimeBounds::parse).apply(node.text));
      } catch (IllegalArgumentException e) {
        problems.add(node, pointer, e.getMessage());
        return Optional.empty();
      }
    }
    if (node.kind != Node.Kind.OBJECT) {
      problems.add(node, pointer, "expected an EDTF string or an object of bounds but found " + node.kind.description);
      return Optional.empty();
    }
    Fields f = new Fields(problems, new LinkedHashMap<>(), node, pointer, "a time", FIELDS, false);
    if (f.has(ONGOING_AT)) {
      return ongoingAt(problems, f, stated);
    }
    return bounds(problems, f);
  }

  private static Optional<TimeBounds> ongoingAt(Problems problems, Fields f, Stated stated) {
    if (f.node.size() != 1) {
      problems.add(f.node, f.pointer, "\"ongoingAt\" stands alone: remove the other fields of this time");
      return Optional.empty();
    }
    Optional<String> value = f.string(ONGOING_AT);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Node at = f.node.get(ONGOING_AT);
    if (!value.get().equals(STATED)) {
      problems.add(at, f.pointer(ONGOING_AT), "unknown ongoingAt \"" + value.get() + "\"",
          Optional.of("the only value is \"stated\": ongoing at the assertion's stated time"));
      return Optional.empty();
    }
    Optional<String> refusal = stated.refusal();
    if (refusal.isPresent()) {
      problems.add(f.node, f.pointer, refusal.get());
      return Optional.empty();
    }
    Optional<TimeBounds> statedTime = stated.statedTime();
    if (statedTime.isEmpty()) {
      problems.add(f.node, f.pointer, "\"ongoingAt\": \"stated\" needs a stated time",
          Optional.of("give the assertion a \"stated\" time or its source a \"published\" time"));
      return Optional.empty();
    }
    try {
      return Optional.of(ongoingAt(statedTime.get()));
    } catch (IllegalArgumentException e) {
      problems.add(f.node, f.pointer, e.getMessage());
      return Optional.empty();
    }
  }

  /** Returns the bounds of something ongoing at the given stated time. */
  static TimeBounds ongoingAt(TimeBounds stated) {
    return TimeBounds.ongoingAt(stated);
  }

  private static Optional<TimeBounds> bounds(Problems problems, Fields f) {
    Map<String, String> given = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < BOUNDS.size(); i++) {
      String name = BOUNDS.get(i);
      if (!f.has(name)) {
        continue;
      }
      boolean upper = i % 2 == 1;
      if (f.value(name, text -> bound(text, upper)).isPresent()) {
        given.put(name, f.node.get(name).text);
      } else {
        ok = false;
      }
    }
    Optional<String> label = f.has("label") ? f.typed("label", Node.Kind.STRING).map(n -> n.text) : Optional.of(label(given));
    Optional<Precision> precision = f.has("precision")
        ? f.value("precision", TimeJson::precision)
        : Optional.of(Precision.NONE);
    if (!ok || label.isEmpty() || precision.isEmpty()) {
      return Optional.empty();
    }
    try {
      Instant[] instants = instants(given);
      return Optional.of(TimeBounds.of(instants[0], instants[1], instants[2], instants[3], precision.get(), label.get()));
    } catch (IllegalArgumentException e) {
      problems.add(f.node, f.pointer, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Returns the four instants of bounds given by name. A missing {@code earliestStart} is
   * unbounded, a missing {@code latestEnd} too; a missing {@code earliestEnd} is the earliest start
   * (it cannot end before it starts), a missing {@code latestStart} the latest end.
   */
  static Instant[] instants(Map<String, String> given) {
    Instant[] instants = new Instant[4];
    for (int i = 0; i < BOUNDS.size(); i++) {
      String text = given.get(BOUNDS.get(i));
      instants[i] = text == null ? null : bound(text, i % 2 == 1);
    }
    if (instants[0] == null) {
      instants[0] = Instant.MIN;
    }
    if (instants[3] == null) {
      instants[3] = Instant.MAX;
    }
    if (instants[2] == null) {
      instants[2] = instants[0];
    }
    if (instants[1] == null) {
      instants[1] = instants[3];
    }
    return instants;
  }

  /** Reads one bound: an instant exactly, or the start (lower bound) or end (upper bound) of an EDTF date. */
  static Instant bound(String text, boolean upper) {
    if (text.indexOf('T') >= 0) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "Invalid instant \"" + text + "\": expected ISO 8601 with an offset, such as 2024-08-06T12:00:00Z", e);
      }
    }
    TimeBounds date = TimeBounds.parse(text);
    return upper ? date.latestEnd() : date.earliestStart();
  }

  private static Precision precision(String text) {
    for (Precision p : Precision.values()) {
      if (p.name().toLowerCase(Locale.ROOT).equals(text)) {
        return p;
      }
    }
    throw new IllegalArgumentException("Unknown precision \"" + text
        + "\": expected year, season, month, day, hour, minute, second or none");
  }

  /** The label of bounds given as an object: {@code earliestStart 2024-08-01, latestEnd 2024-08-10}. */
  static String label(Map<String, String> given) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : given.entrySet()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    }
    return sb.toString();
  }

  /**
   * Writes a time value in the shortest form that reads back equal: its EDTF label, {@code
   * ongoingAt}, or the object of bounds.
   *
   * @throws IllegalArgumentException if the value cannot be written losslessly
   */
  static void write(JsonGenerator g, TimeBounds time, Optional<TimeBounds> stated) {
    if (stated.isPresent() && isOngoingAt(time, stated.get())) {
      g.writeStartObject();
      g.writeStringProperty(ONGOING_AT, STATED);
      g.writeEndObject();
      return;
    }
    if (parsesBack(time)) {
      g.writeString(time.label());
      return;
    }
    if (time.isUncertain() || time.isApproximate()) {
      throw new IllegalArgumentException("Time \"" + time.label()
          + "\" is marked uncertain or approximate but its label is not the EDTF text it was read from;"
          + " it cannot be written losslessly");
    }
    Map<String, String> given = fromLabel(time).orElseGet(() -> fromInstants(time));
    g.writeStartObject();
    for (Map.Entry<String, String> e : given.entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    if (!time.label().equals(label(given))) {
      g.writeStringProperty("label", time.label());
    }
    if (time.precision() != Precision.NONE) {
      g.writeStringProperty("precision", time.precision().name().toLowerCase(Locale.ROOT));
    }
    g.writeEndObject();
  }

  private static boolean parsesBack(TimeBounds time) {
    try {
      return TimeBounds.parse(time.label()).equals(time);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isOngoingAt(TimeBounds time, TimeBounds stated) {
    try {
      return ongoingAt(stated).equals(time);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns the bounds as written in a canonical label, if the label is one and reads back to the same instants. */
  private static Optional<Map<String, String>> fromLabel(TimeBounds time) {
    if (time.precision() != Precision.NONE || time.label().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> given = new LinkedHashMap<>();
    int last = -1;
    for (String part : time.label().split(", ", -1)) {
      int space = part.indexOf(' ');
      int index = space < 0 ? -1 : BOUNDS.indexOf(part.substring(0, space));
      if (index <= last) {
        return Optional.empty();
      }
      last = index;
      given.put(BOUNDS.get(index), part.substring(space + 1));
    }
    try {
      Instant[] instants = instants(given);
      boolean same = instants[0].equals(time.earliestStart()) && instants[1].equals(time.latestStart())
          && instants[2].equals(time.earliestEnd()) && instants[3].equals(time.latestEnd());
      return same ? Optional.of(given) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> fromInstants(TimeBounds time) {
    Map<String, String> given = new LinkedHashMap<>();
    if (!time.earliestStart().equals(Instant.MIN)) {
      given.put("earliestStart", text(time.earliestStart(), false));
    }
    if (!time.latestStart().equals(time.latestEnd())) {
      given.put("latestStart", text(time.latestStart(), true));
    }
    if (!time.earliestEnd().equals(time.earliestStart())) {
      given.put("earliestEnd", text(time.earliestEnd(), false));
    }
    if (!time.latestEnd().equals(Instant.MAX)) {
      given.put("latestEnd", text(time.latestEnd(), true));
    }
    return given;
  }

  /**
   * Returns the text of a bound: a date when the instant is a midnight UTC (for an upper bound, the
   * day before, whose end it is), else the instant.
   */
  private static String text(Instant instant, boolean upper) {
    try {
      if (instant.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)) {
        LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        String date = (upper ? day.minusDays(1) : day).toString();
        if (date.length() == 10 && bound(date, upper).equals(instant)) {
          return date;
        }
      }
    } catch (java.time.DateTimeException e) {
      // out of the range of dates: the instant's text below is exact
    }
    return instant.toString();
  }
}
