package io.github.eventline.cli;

import io.github.eventline.core.Event;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Orders events by what the story states, before any reasoning: by the earliest start of their
 * {@code when}, events without one last, ties by id. Used until the timeline module orders events.
 */
final class StatedOrder {

  /** By stated earliest start (an unbounded start first among dated events), then by id. */
  static final Comparator<Event> BY_STATED_START = Comparator
      .comparing((Event e) -> e.when().map(TimeBounds::earliestStart).orElse(Instant.MAX))
      .thenComparing((Event e) -> e.when().isEmpty())
      .thenComparing(e -> e.id().value());

  private StatedOrder() {}

  /**
   * Returns the events in stated order.
   *
   * @param events  the events, in any order
   * @return a new list, sorted
   */
  static List<Event> sort(List<Event> events) {
    return events.stream().sorted(BY_STATED_START).toList();
  }
}
