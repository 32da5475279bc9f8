package io.github.eventline.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The positions of elements in a list, by id. Not API: exported only to Eventline's own modules,
 * it may change or go at any release.
 *
 * <p>Open addressing over an int array holding each id's hash next to its position, and an array
 * of the ids themselves; no object per element, no boxed position. A lookup reads the hash and the
 * position from one cache line and compares ids only when the hashes match, first by reference
 * (references mostly hold the very id objects of their elements). Ids alike in all but their last
 * characters have hashes close together, which land in nearby slots: the probe is quadratic
 * (triangular), so that such runs do not merge into long clusters. Once a probe runs longer than
 * {@link #MAX_PROBE} (crafted colliding ids), the ids are indexed by a {@link HashMap} instead,
 * which bounds the cost of collisions.
 *
 * <p>Filled once, then read only: safe to share between threads once published (through a final
 * field, for instance).
 *
 * @param <K> the type of the ids
 */
public final class IdPositions<K> {

  /** The longest probe tolerated before falling back to a {@link HashMap}. */
  public static final int MAX_PROBE = 256;

  /** Slot s holds the hash of an id at {@code 2s} and its position plus one at {@code 2s + 1}; 0 if free. */
  private int[] table;
  /** The id in each slot. */
  private Object[] ids;
  private int mask;
  /** The positions when the hashes cluster, else null. */
  private Map<Object, Integer> fallback;
  private int size;

  /**
   * Makes an empty index, sized for a number of ids.
   *
   * @param expected  how many ids it will hold
   */
  public IdPositions(int expected) {
    int slots = Integer.highestOneBit(Math.max(4, 2 * expected - 1)) << 1;
    this.table = new int[2 * slots];
    this.ids = new Object[slots];
    this.mask = slots - 1;
  }

  /**
   * Indexes the elements of a list by id; if ids repeat, the first position counts.
   *
   * @param <V> the type of the elements
   * @param <K> the type of the ids
   * @param values  the elements
   * @param id  an element's id, never null
   * @return the index
   */
  public static <V, K> IdPositions<K> of(List<V> values, Function<? super V, K> id) {
    IdPositions<K> positions = new IdPositions<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      positions.putIfAbsent(id.apply(values.get(i)), i);
    }
    return positions;
  }

  /**
   * Checks if the ids' hashes clustered so that the index fell back to a hash map.
   *
   * @return true if a probe ran longer than {@link #MAX_PROBE}
   */
  public boolean isFallback() {
    return fallback != null;
  }

  /**
   * Returns how many different ids it holds.
   *
   * @return the count, not negative
   */
  public int size() {
    return size;
  }

  private static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /**
   * Puts an id at a position unless it is there already.
   *
   * @param id  the id, not null
   * @param position  its position, not negative
   * @return the position the id already had, or -1 if it is new (and now at {@code position})
   */
  public int putIfAbsent(K id, int position) {
    return put(id, position, false);
  }

  /**
   * Puts an id at a position, replacing the position it had.
   *
   * @param id  the id, not null
   * @param position  its position, not negative
   * @return the position the id had, or -1 if it is new
   */
  public int put(K id, int position) {
    return put(id, position, true);
  }

  private int put(Object id, int position, boolean replace) {
    if (fallback == null) {
      int hash = id.hashCode();
      int s = slot(hash, mask);
      for (int probe = 1; probe <= MAX_PROBE; probe++) {
        int at = table[2 * s + 1];
        if (at == 0) {
          table[2 * s] = hash;
          table[2 * s + 1] = position + 1;
          ids[s] = id;
          size++;
          return -1;
        }
        if (table[2 * s] == hash && ids[s].equals(id)) {
          if (replace) {
            table[2 * s + 1] = position + 1;
          }
          return at - 1;
        }
        s = (s + probe) & mask;
      }
      toFallback();
    }
    Integer earlier = replace ? fallback.put(id, position) : fallback.putIfAbsent(id, position);
    if (earlier == null) {
      size++;
      return -1;
    }
    return earlier;
  }

  /** Moves every id to a hash map, which bounds the cost of colliding hashes. */
  private void toFallback() {
    Map<Object, Integer> map = new HashMap<>(2 * ids.length);
    for (int s = 0; s < ids.length; s++) {
      if (table[2 * s + 1] != 0) {
        map.put(ids[s], table[2 * s + 1] - 1);
      }
    }
    fallback = map;
    table = null;
    ids = null;
    mask = 0;
  }

  /**
   * Returns the position of an id.
   *
   * @param id  the id, not null
   * @return the position, -1 if the index does not hold the id
   */
  public int indexOf(Object id) {
    if (fallback != null) {
      Integer i = fallback.get(id);
      return i == null ? -1 : i;
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
        Object known = ids[s];
        if (known == id || known.equals(id)) {
          return at - 1;
        }
      }
      s = (s + probe) & mask;
    }
  }
}
