package io.github.eventline.timeline;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.internal.IdPositions;
import java.util.Map;

/**
 * The positions of events in an array, by id: core's {@link IdPositions}, open addressing over an
 * int array with no object per event, which falls back to a hash map when ids' hashes collide so
 * that a probe runs long. Either made here, or a story's own, which its validation made. Not
 * public, by design.
 *
 * <p>Built once, then read only: safe to share between threads once published.
 */
final class EventIndex {

  private final IdPositions<EventId> positions;

  /**
   * Indexes events by id; if ids repeat, the last position counts.
   *
   * @param events  the events, not modified
   */
  EventIndex(Event[] events) {
    IdPositions<EventId> positions = new IdPositions<>(events.length);
    for (int i = 0; i < events.length; i++) {
      positions.put(events[i].id(), i);
    }
    this.positions = positions;
  }

  /**
   * Reads events' positions from an index made already, such as a story's.
   *
   * @param positions  the positions of the events by id
   */
  EventIndex(IdPositions<EventId> positions) {
    this.positions = positions;
  }

  /** Checks if the ids' hashes clustered so that the index fell back to a hash map: for tests. */
  boolean isFallback() {
    return positions.isFallback();
  }

  /**
   * Returns the position of an event.
   *
   * @param id  the event's id, not null
   * @return the position, -1 if no event has that id
   */
  int indexOf(EventId id) {
    return positions.indexOf(id);
  }

  /**
   * Returns the position of an event, as {@link Map#get} would.
   *
   * @param id  the event's id, not null
   * @return the position, null if no event has that id
   */
  Integer get(EventId id) {
    int i = indexOf(id);
    return i < 0 ? null : i;
  }
}
