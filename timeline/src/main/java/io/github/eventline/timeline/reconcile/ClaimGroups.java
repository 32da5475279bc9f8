package io.github.eventline.timeline.reconcile;

import java.util.Arrays;

/**
 * The groups of assertions by key that {@link ClaimGrouping} makes, in the order it made them,
 * with the story index of each key's first event, and the assertions alone on their question when
 * only timings and relations are grouped.
 */
final class ClaimGroups {
  /** The accumulation of each group. */
  Accumulation[] accumulators;
  /** The index of each group's key event. */
  int[] bucket;
  /** The position of the first assertion of each group, or {@code -1 - event} for an occurred question nobody answers. */
  int[] first;
  /** How many entries each group has. */
  int[] count;
  int size;
  /** The positions of the assertions alone on their question, when judging timings and relations only. */
  int[] singles = new int[0];
  int singleCount;

  ClaimGroups(int capacity) {
    int n = Math.max(16, capacity);
    bucket = new int[n];
    first = new int[n];
    count = new int[n];
  }

  /** Adds a group of the given key event and first position; returns its index. */
  int append(int event, int firstPosition) {
    int g = size;
    if (g == bucket.length) {
      int n = g * 2;
      bucket = Arrays.copyOf(bucket, n);
      first = Arrays.copyOf(first, n);
      count = Arrays.copyOf(count, n);
    }
    bucket[g] = event;
    first[g] = firstPosition;
    size++;
    return g;
  }

  /** Notes an assertion alone on its question, judged without a group. */
  void single(int position) {
    if (singleCount == singles.length) {
      singles = Arrays.copyOf(singles, Math.max(16, singleCount * 2));
    }
    singles[singleCount++] = position;
  }
}
