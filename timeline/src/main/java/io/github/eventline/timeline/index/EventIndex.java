package io.github.eventline.timeline.index;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.internal.IdPositions;
import java.util.Map;

/**
 * The positions of events in an array, by id: core's {@link IdPositions}, open addressing over an
 * int array with no object per event, which falls back to a hash map when ids' hashes collide so
 * that a probe runs long. Either made here, or a story's own, which its validation made.
 * Not exported.
 *
 * <p>Built once, then read only: safe to share between threads once published.
 */
public final class EventIndex {

  private final IdPositions<EventId> positions;
  /** What each position stands for in this view of another index ({@link #remapped}); null if itself. */
  private final int[] remap;

  /**
   * Indexes events by id; if ids repeat, the last position counts.
   *
   * @param events  the events, not modified
   */
  public EventIndex(Event[] events) {
    IdPositions<EventId> positions = new IdPositions<>(events.length);
    for (int i = 0; i < events.length; i++) {
      positions.put(events[i].id(), i);
    }
    this.positions = positions;
    this.remap = null;
  }

  /**
   * Reads events' positions from an index made already, such as a story's.
   *
   * @param positions  the positions of the events by id
   */
  EventIndex(IdPositions<EventId> positions) {
    this.positions = positions;
    this.remap = null;
  }

  private EventIndex(EventIndex base, int[] remap) {
    this.positions = base.positions;
    this.remap = remap;
  }

  /**
   * Returns a view of this index in which the id found at position {@code i} is at {@code
   * remap[i]}: the index of the same events in another order, sharing this one's table.
   *
   * @param remap  the new position of each position of this one, not null, not modified after
   */
  EventIndex remapped(int[] remap) {
    return new EventIndex(this, remap);
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
  public int indexOf(EventId id) {
    int i = positions.indexOf(id);
    return remap == null || i < 0 ? i : remap[i];
  }

  /**
   * Returns the position of an event, as {@link Map#get} would.
   *
   * @param id  the event's id, not null
   * @return the position, null if no event has that id
   */
  public Integer get(EventId id) {
    int i = indexOf(id);
    return i < 0 ? null : i;
  }
}
