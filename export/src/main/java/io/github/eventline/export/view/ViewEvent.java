package io.github.eventline.export.view;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Quote;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.core.time.TimeBoundsFormatter;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One event as the views draw it: its derived bounds read as calendar times, its status, its date
 * as a person says it, the values held about it, and what its sources say.
 *
 * <p>An event is drawn from its earliest start; an event whose start is open ("ongoing as of 15 Dec
 * 2024") from its place in the timeline order ({@link Timeline#place}), so that every view puts it
 * where the order does. An event of which nothing is known is undated.
 *
 * @param event  the event
 * @param bounds  its derived bounds
 * @param status  the verdict on whether it occurred
 * @param statusText  how the views name it: its status, or {@value UnsourcedEvents#NO_SOURCE}
 * @param start  where it is drawn from, in UTC: its earliest start, or its place if its start is
 *     open; null if undated (or beyond the calendar)
 * @param latestStart  the latest start in UTC, null if unbounded
 * @param earliestEnd  the earliest end (exclusive) in UTC, null if unbounded
 * @param end  the latest end (exclusive) in UTC, null if unbounded
 * @param when  its date as a person says it ({@link TimeBoundsFormatter}), in the display zone
 * @param values  the values held about it ({@link HeldValues})
 * @param sources  one line per assertion on the event: the source's name and the quote, if any
 */
record ViewEvent(
    Event event,
    TimeBounds bounds,
    VerdictStatus status,
    String statusText,
    @Nullable LocalDateTime start,
    @Nullable LocalDateTime latestStart,
    @Nullable LocalDateTime earliestEnd,
    @Nullable LocalDateTime end,
    String when,
    List<String> values,
    List<String> sources) {

  /** Returns the events of a timeline in timeline order, each with what the views need, dates in UTC. */
  static List<ViewEvent> of(Timeline timeline) {
    return of(timeline, ZoneOffset.UTC);
  }

  /** Returns the events of a timeline in timeline order, each with what the views need. */
  static List<ViewEvent> of(Timeline timeline, ZoneId zone) {
    Story story = timeline.story();
    TimeBoundsFormatter dates = TimeBoundsFormatter.of(Locale.ENGLISH, zone);
    Map<EventId, List<String>> held = HeldValues.of(timeline);
    java.util.Set<EventId> unsourced = UnsourcedEvents.of(timeline);
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (Assertion a : story.assertions()) {
      String name = story.source(a.source()).map(Source::name).orElse(a.source().toString());
      Optional<Quote> quote = a.quote();
      String line = quote.isPresent()
          ? name + ": \u201c" + quote.get().text() + "\u201d"
          : name + ": " + a.claim().type().toString().toLowerCase(java.util.Locale.ROOT);
      for (var id : a.claim().events()) {
        sources.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(line);
      }
    }
    List<ViewEvent> out = new ArrayList<>();
    for (Event e : timeline.events()) {
      TimeBounds b = timeline.derivedBounds(e.id());
      Instant drawnFrom = b.earliestStart().equals(Instant.MIN) ? timeline.place(e.id()).orElse(Instant.MIN)
          : b.earliestStart();
      out.add(new ViewEvent(
          e,
          b,
          timeline.occurrence(e.id()).status(),
          unsourced.contains(e.id()) ? UnsourcedEvents.NO_SOURCE : Html.statusName(timeline.occurrence(e.id()).status()),
          calendar(drawnFrom),
          calendar(b.latestStart()),
          calendar(b.earliestEnd()),
          calendar(b.latestEnd()),
          dates.format(b),
          held.getOrDefault(e.id(), List.of()),
          List.copyOf(sources.getOrDefault(e.id().toString(), List.of()))));
    }
    return List.copyOf(out);
  }

  /** Checks if the event has a place on an axis: something is known of when it happened. */
  boolean isDated() {
    return start != null;
  }

  /** Returns the precision the bounds were stated with, NONE read as to the second. */
  Precision precision() {
    return bounds.precision();
  }

  /**
   * Returns the last moment the event may still go on, for display: the latest end less a
   * nanosecond (ends are exclusive), never before the start; null if unbounded.
   */
  @Nullable LocalDateTime lastMoment() {
    LocalDateTime s = start;
    LocalDateTime e = end;
    if (e == null) {
      return null;
    }
    if (bounds.precision() == Precision.NONE) {
      return e;
    }
    LocalDateTime last = e.minusNanos(1);
    return s != null && last.isBefore(s) ? s : last;
  }

  private static @Nullable LocalDateTime calendar(Instant instant) {
    if (instant.equals(Instant.MIN) || instant.equals(Instant.MAX)) {
      return null;
    }
    try {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null; // beyond the years LocalDateTime holds: no place on a calendar axis
    }
  }
}
