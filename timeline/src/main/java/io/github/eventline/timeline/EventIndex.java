package io.github.eventline.timeline;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import java.util.HashMap;
import java.util.Map;

/**
 * The positions of events in an array, by id: open addressing over an int array holding each id's
 * hash next to its position, and an array of the ids themselves; no object per event. Not public,
 * by design.
 *
 * <p>A lookup reads the hash and the position from one cache line and compares ids only when the
 * hashes match, first by reference (claims mostly hold the very id objects of their events). Ids
 * alike in all but their last characters have hashes close together, which land in nearby slots:
 * the probe is quadratic (triangular), so that such runs do not merge into long clusters. Ids whose
 * hashes still collide so that a probe runs long (crafted colliding ids) are indexed by a {@link
 * HashMap} instead, which bounds the cost of collisions.
 *
 * <p>Built once, then read only: safe to share between threads once published.
 */
final class EventIndex {

  /** The longest probe tolerated before falling back to a {@link HashMap}. */
  static final int MAX_PROBE = 256;

  /** Slot s holds the hash of an id at {@code 2s} and its position plus one at {@code 2s + 1}; 0 if free. */
  private final int[] table;
  /** The id in each slot. */
  private final EventId[] ids;
  private final int mask;
  /** The index when the hashes cluster, else null. */
  private final Map<EventId, Integer> fallback;
  /** What each index stands for in this view of another index ({@link #remapped}); null if itself. */
  private final int[] remap;

  /**
   * Indexes events by id; if ids repeat, the last position counts.
   *
   * @param events  the events, not modified
   */
  EventIndex(Event[] events) {
    int slots = Integer.highestOneBit(Math.max(4, 2 * events.length - 1)) << 1;
    int[] table = new int[2 * slots];
    EventId[] ids = new EventId[slots];
    int mask = slots - 1;
    boolean clustered = false;
    for (int i = 0; i < events.length && !clustered; i++) {
      clustered = !put(table, ids, mask, events[i].id(), i);
    }
    if (clustered) {
      Map<EventId, Integer> map = new HashMap<>(2 * events.length);
      for (int i = 0; i < events.length; i++) {
        map.put(events[i].id(), i);
      }
      this.table = null;
      this.ids = null;
      this.mask = 0;
      this.fallback = map;
      this.remap = null;
    } else {
      this.table = table;
      this.ids = ids;
      this.mask = mask;
      this.fallback = null;
      this.remap = null;
    }
  }

  private EventIndex(EventIndex base, int[] remap) {
    this.table = base.table;
    this.ids = base.ids;
    this.mask = base.mask;
    this.fallback = base.fallback;
    this.remap = remap;
  }

  /**
   * Returns a view of this index in which the id found at index {@code i} is at {@code remap[i]}:
   * the index of the same events in another order, sharing this one's table.
   *
   * @param remap  the new index of each index of this one, not null, not modified after
   */
  EventIndex remapped(int[] remap) {
    return new EventIndex(this, remap);
  }

  /** Checks if the ids' hashes clustered so that the index fell back to a hash map: for tests. */
  boolean isFallback() {
    return fallback != null;
  }

  private static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** Puts an id; false if its probe ran longer than {@link #MAX_PROBE}. */
  private static boolean put(int[] table, EventId[] ids, int mask, EventId id, int position) {
    int hash = id.hashCode();
    int s = slot(hash, mask);
    for (int probe = 1; probe <= MAX_PROBE; probe++) {
      if (table[2 * s + 1] == 0 || table[2 * s] == hash && ids[s].equals(id)) {
        table[2 * s] = hash;
        table[2 * s + 1] = position + 1;
        ids[s] = id;
        return true;
      }
      s = (s + probe) & mask;
    }
    return false;
  }

  /**
   * Returns the position of an event.
   *
   * @param id  the event's id, not null
   * @return the position, -1 if no event has that id
   */
  int indexOf(EventId id) {
    if (fallback != null) {
      Integer i = fallback.get(id);
      return i == null ? -1 : remap == null ? i : remap[i];
    }
    int hash = id.hashCode();
    int[] table = this.table;
    int s = slot(hash, mask);
    for (int probe = 1; ; probe++) {
      int at = table[2 * s + 1];
      if (at == 0) {
        return -1;
      }
      if (table[2 * s] == hash) {
        EventId known = ids[s];
        if (known == id || known.equals(id)) {
          return remap == null ? at - 1 : remap[at - 1];
        }
      }
      s = (s + probe) & mask;
    }
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
