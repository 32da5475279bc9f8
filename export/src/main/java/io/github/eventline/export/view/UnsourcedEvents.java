package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.util.HashSet;
import java.util.Set;

/**
 * The events only the story's modeller states: no assertion of the story mentions them, so the
 * claim that they happened is {@code UNVERIFIED} for want of any source, not for doubt. Readers take
 * a bare "unverified" for doubt, so the text timeline and the views say {@value #NO_SOURCE}.
 */
public final class UnsourcedEvents {

  /** What the text timeline and the views say for such an event, instead of its status. */
  public static final String NO_SOURCE = "no source";

  private UnsourcedEvents() {}

  /**
   * Returns the events of a timeline whose occurrence is unverified and that no assertion mentions.
   * O(a + e) in the number of assertions and events.
   *
   * @param timeline  the timeline, not null
   * @return the events, unmodifiable, not null
   */
  public static Set<EventId> of(Timeline timeline) {
    requireNonNull(timeline, "timeline");
    Set<EventId> mentioned = new HashSet<>();
    for (Assertion a : timeline.story().assertions()) {
      mentioned.addAll(a.claim().events());
    }
    Set<EventId> unsourced = new HashSet<>();
    for (Event e : timeline.events()) {
      if (!mentioned.contains(e.id()) && timeline.occurrence(e.id()).status() == VerdictStatus.UNVERIFIED) {
        unsourced.add(e.id());
      }
    }
    return Set.copyOf(unsourced);
  }
}
