package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.core.time.TimeBoundsFormatter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one-screen summary {@code eventline validate} prints for a valid story: its title, how many
 * actors, places, sources, events and assertions it holds, and its time span.
 *
 * <p>The time span runs from the earliest to the latest bound the story states, among its events'
 * {@code when} and its assertions' stated times (an assertion's own, else its source's
 * publication); unbounded ends are ignored.
 */
final class StorySummary {

  private final Story story;

  /**
   * Creates the summary of a story.
   *
   * @param story  the story, not null
   */
  StorySummary(Story story) {
    this.story = requireNonNull(story, "story");
  }

  /**
   * Returns the lines of the summary, without line terminators.
   *
   * @return the lines
   */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("title:       " + story.title().orElse("(untitled)"));
    lines.add("actors:      " + story.actors().size());
    lines.add("places:      " + story.places().size());
    lines.add("sources:     " + story.sources().size());
    lines.add("events:      " + story.events().size());
    lines.add("assertions:  " + story.assertions().size());
    lines.add("time span:   " + timeSpan());
    return lines;
  }

  /**
   * Returns the time span as text, such as {@code 1 Aug 2024 to 14 Dec 2024}.
   *
   * @return the text, {@code unknown} if the story states no bounded time
   */
  String timeSpan() {
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;
    for (TimeBounds b : statedTimes()) {
      Optional<Instant> from = firstInstant(b);
      Optional<Instant> to = lastInstant(b);
      if (from.isPresent() && from.get().isBefore(first)) {
        first = from.get();
      }
      if (to.isPresent() && to.get().isAfter(last)) {
        last = to.get();
      }
    }
    return first.equals(Instant.MAX) ? "unknown" : TimeBoundsFormatter.ENGLISH_UTC.day(first) + " to " + TimeBoundsFormatter.ENGLISH_UTC.day(last);
  }

  /**
   * Returns the first instant the bounds allow, or the earliest one they state if unbounded below
   * (an upper bound on the start or the end is exclusive).
   */
  private static Optional<Instant> firstInstant(TimeBounds b) {
    Optional<Instant> lower = Stream.of(b.earliestStart(), b.earliestEnd()).filter(StorySummary::finite).findFirst();
    return lower.or(() -> Stream.of(b.latestStart(), b.latestEnd())
        .filter(StorySummary::finite)
        .findFirst()
        .map(upper -> upper.minusNanos(1)));
  }

  /**
   * Returns the last instant the bounds allow (the latest end is exclusive, unless the bounds are a
   * point), or the latest one they state if unbounded above.
   */
  private static Optional<Instant> lastInstant(TimeBounds b) {
    if (finite(b.latestEnd())) {
      return Optional.of(b.latestEnd().isAfter(b.earliestStart()) ? b.latestEnd().minusNanos(1) : b.latestEnd());
    }
    // The factories bound a start by the end of its day or month, exclusive like an end.
    Instant latestStart = finite(b.latestStart()) && b.latestStart().isAfter(b.earliestEnd())
        ? b.latestStart().minusNanos(1)
        : b.latestStart();
    return Stream.of(latestStart, b.earliestEnd(), b.earliestStart())
        .filter(StorySummary::finite)
        .max(Comparator.naturalOrder());
  }

  private static boolean finite(Instant instant) {
    return !instant.equals(Instant.MIN) && !instant.equals(Instant.MAX);
  }

  private List<TimeBounds> statedTimes() {
    List<TimeBounds> times = new ArrayList<>();
    for (Event e : story.events()) {
      e.when().ifPresent(times::add);
    }
    for (Assertion a : story.assertions()) {
      Optional<TimeBounds> stated = story.statedTime(a);
      stated.ifPresent(times::add);
    }
    return times;
  }
}
