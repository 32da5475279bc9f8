package io.github.eventline.timeline;

import io.github.eventline.core.ClaimType;
import java.util.Arrays;

/**
 * The groups of assertions by key, in the order they were made, with the story index of each
 * key's event; found by an open-addressing table over the parts of the key (the type, the indices
 * of the events, packed in a long, and the actor or measure), so that no key is made, hashed or
 * compared whole. The table holds each slot's packed key beside its group: most lookups read one
 * place in memory.
 */
final class ClaimGroups {
  /** The accumulation of each group; null, when judging timings and relations only, for a group of one. */
  ClaimAccumulator[] accumulators;
  /** The index of each group's key event. */
  int[] bucket;
  /** The position of the first assertion of each group, or {@code -1 - event} for an occurred question. */
  int[] first;
  /** How many assertions each group has. */
  int[] count;
  private long[] keys;
  private Object[] rests;
  int size;
  /** Per slot, the packed key and the group + 1 (0 for an empty slot); a power of two slots. */
  private long[] table;
  /** The positions of the assertions alone on their question, when judging timings and relations only. */
  int[] singles = new int[0];
  int singleCount;

  ClaimGroups(int capacity) {
    int n = Math.max(16, capacity);
    bucket = new int[n];
    first = new int[n];
    count = new int[n];
    keys = new long[n];
    rests = new Object[n];
    // Half full at most: grows with the groups.
    table = new long[2 * Integer.highestOneBit(2 * n - 1) * 2];
  }

  /** Packs the parts of a key but the actor or measure; events are fewer than 2^28. */
  static long pack(ClaimType type, int event, int other) {
    return (long) event << 32 | (long) (other + 1) << 3 | type.ordinal();
  }

  private static int hash(long key, Object rest) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x >>> 32) ^ (rest == null ? 0 : rest.hashCode() * 0x85EBCA6B);
  }

  /** Returns the group of a key, made if new with {@code first} as its first position. */
  int findOrAdd(long key, Object rest, int event, int firstPosition) {
    long[] t = table;
    int mask = t.length / 2 - 1;
    int slot = hash(key, rest) & mask;
    while (true) {
      int g = (int) t[2 * slot + 1] - 1;
      if (g < 0) {
        break;
      }
      if (t[2 * slot] == key && (rest == null || rest.equals(rests[g]))) {
        return g;
      }
      slot = (slot + 1) & mask;
    }
    int g = append(key, event, firstPosition);
    rests[g] = rest;
    if (size * 2 > t.length / 2) {
      table = new long[t.length * 2];
      for (int k = 0; k < size; k++) {
        place(k);
      }
    } else {
      t[2 * slot] = key;
      t[2 * slot + 1] = g + 1;
    }
    return g;
  }

  private void place(int g) {
    int mask = table.length / 2 - 1;
    int slot = hash(keys[g], rests[g]) & mask;
    while (table[2 * slot + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = keys[g];
    table[2 * slot + 1] = g + 1;
  }

  /**
   * Adds a group without entering it in the table: {@link #findOrAdd} enters it, and a grouping
   * that finds its groups by other means never calls that.
   */
  int append(long key, int event, int firstPosition) {
    int g = size;
    if (g == keys.length) {
      int n = g * 2;
      bucket = Arrays.copyOf(bucket, n);
      first = Arrays.copyOf(first, n);
      count = Arrays.copyOf(count, n);
      keys = Arrays.copyOf(keys, n);
      rests = Arrays.copyOf(rests, n);
    }
    bucket[g] = event;
    first[g] = firstPosition;
    keys[g] = key;
    size++;
    return g;
  }

  void single(int position) {
    if (singleCount == singles.length) {
      singles = Arrays.copyOf(singles, Math.max(16, singleCount * 2));
    }
    singles[singleCount++] = position;
  }
}
