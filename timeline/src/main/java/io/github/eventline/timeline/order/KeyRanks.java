package io.github.eventline.timeline.order;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.index.IdSort;
import io.github.eventline.timeline.network.TemporalNetwork;
import java.util.Arrays;

/**
 * The events ranked by the key that breaks the timeline order's ties (the order rule of {@link
 * TimelineOrder#compare}: place, open starts first, latest end, id), with the anchors of the
 * order's "before" graph read off the same sorts. Not public, by design.
 *
 * <p>An event's key does not change while the order is computed, so the events are ranked once and
 * the order's queue then compares ranks, single ints, rather than two bounds and an id. The ranks
 * come from stable radix sorts over primitive arrays: by latest end, then by place and open start
 * (the place computed once per event, {@link TimelineOrder#place}), each mapped to an unsigned
 * number of as few digits as its spread allows (the unbounded values set apart, the trailing zero
 * bits all finite values share dropped), the open-start bit below the place's digits; then each run
 * of events with the same keys is sorted by id. Sorted by end, the events give the distinct instants
 * at which an end is bounded above; sorted by place, those at which a start is bounded below (an
 * event with a bounded start is placed at it, after the open-started ones placed there): an instant
 * of both is an anchor, and the starts it precedes are the run of ranks with that earliest start.
 */
final class KeyRanks {

  /** The rank of each event. */
  final int[] rank;
  /** The event of each rank. */
  final int[] byRank;
  /** The number of anchors. */
  final int anchors;
  /** The anchor each event's end precedes, -1 if none. */
  final int[] ofEnd;
  /** The anchor that precedes each event's start, -1 if none. */
  final int[] ofStart;
  /** The starts anchor a precedes are those of ranks {@code startsFrom[a] .. startsTo[a]-1}. */
  final int[] startsFrom;
  /** See {@link #startsFrom}. */
  final int[] startsTo;

  /**
   * Ranks the events.
   *
   * @param lower  the derived lower bound of each point (event i has points 2i and 2i+1)
   * @param upper  the derived upper bound of each point
   * @param ids  the id of each event, all distinct
   */
  KeyRanks(long[] lower, long[] upper, EventId[] ids) {
    this(lower, upper, ids, null);
  }

  /**
   * Ranks the events, knowing already their order by id.
   *
   * @param lower  the derived lower bound of each point (event i has points 2i and 2i+1)
   * @param upper  the derived upper bound of each point
   * @param ids  the id of each event, all distinct
   * @param byId  the events in the order of their ids ({@link #idOrder}), not modified; null to
   *     sort the runs of equal bounds by id here
   */
  KeyRanks(long[] lower, long[] upper, EventId[] ids, int[] byId) {
    int n = ids.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = byId != null ? byId[i] : i;
    }
    int[] idxTmp = new int[n];
    long[] key = new long[n];
    long[] keyTmp = new long[n];
    // By latest end, ties in index order (or id order: both sorts are stable, so that the runs of
    // equal bounds are then in id order already).
    int bits;
    if (byId != null) {
      bits = digits(upper, 1, 2, n, keyTmp);
      for (int k = 0; k < n; k++) {
        key[k] = keyTmp[idx[k]];
      }
    } else {
      bits = digits(upper, 1, 2, n, key);
    }
    sort(idx, key, bits, idxTmp, keyTmp);
    // The distinct latest ends, numbered in order; those bounded are the candidate anchor instants.
    int[] endGroup = new int[n];
    long[] endTimes = new long[n];
    int groups = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || key[k] != key[k - 1]) {
        endTimes[groups++] = upper[2 * idx[k] + 1];
      }
      endGroup[idx[k]] = groups - 1;
    }
    // By place, open starts first, ties by latest end then index: the sort is stable.
    for (int i = 0; i < n; i++) {
      key[i] = TimelineOrder.place(lower, upper, i);
    }
    bits = digits(key, 0, 1, n, keyTmp);
    if (bits < 64) {
      for (int k = 0; k < n; k++) {
        int i = idx[k];
        key[k] = keyTmp[i] << 1 | (TimelineOrder.isStartOpen(lower, i) ? 0 : 1);
      }
      sort(idx, key, bits + 1, idxTmp, keyTmp);
    } else {
      // Places of a full 64-bit spread (no network makes them): by open start, then by place.
      long[] placeKey = key;
      System.arraycopy(keyTmp, 0, placeKey, 0, n);
      key = new long[n];
      for (int k = 0; k < n; k++) {
        key[k] = TimelineOrder.isStartOpen(lower, idx[k]) ? 0 : 1;
      }
      sort(idx, key, 1, idxTmp, keyTmp);
      for (int k = 0; k < n; k++) {
        key[k] = placeKey[idx[k]];
      }
      sort(idx, key, bits, idxTmp, keyTmp);
      // Numbered runs of equal place and open start, as the keys of the other branch tell them.
      long run = 0;
      for (int k = 0; k < n; k++) {
        if (k > 0 && (key[k] != key[k - 1]
            || TimelineOrder.isStartOpen(lower, idx[k]) != TimelineOrder.isStartOpen(lower, idx[k - 1]))) {
          run++;
        }
        placeKey[k] = run;
      }
      key = placeKey;
    }
    // The runs of equal place and open start; those of a bounded start t are the events of earliest
    // start t: the anchors, each an instant that is the earliest start of some events and the latest
    // end (bounded) of others; and within the runs, the runs of equal bounds.
    int[] anchorOfGroup = new int[groups];
    Arrays.fill(anchorOfGroup, -1);
    int[] from = new int[n];
    int[] until = new int[n];
    int[] runEnd = new int[n];
    int count = 0;
    int g = 0;
    ofStart = new int[n];
    for (int k = 0; k < n; ) {
      int end = k + 1;
      while (end < n && key[end] == key[k]) {
        end++;
      }
      long t = lower[2 * idx[k]];
      int a = -1;
      if (t > TemporalNetwork.NEG_INF) {
        while (g < groups && endTimes[g] < t) {
          g++;
        }
        if (g < groups && endTimes[g] == t && t < TemporalNetwork.INF) {
          a = count++;
          anchorOfGroup[g] = a;
          from[a] = k;
          until[a] = end;
        }
      }
      for (int r = k; r < end; r++) {
        ofStart[idx[r]] = a;
      }
      for (int run = k; run < end; ) {
        int same = run + 1;
        while (same < end && endGroup[idx[same]] == endGroup[idx[run]]) {
          same++;
        }
        runEnd[run] = same;
        run = same;
      }
      k = end;
    }
    if (byId == null) {
      IdSort.sortRunsById(idx, runEnd, ids, key, idxTmp, keyTmp);
    }
    anchors = count;
    startsFrom = Arrays.copyOf(from, count);
    startsTo = Arrays.copyOf(until, count);
    ofEnd = new int[n];
    for (int i = 0; i < n; i++) {
      ofEnd[i] = anchorOfGroup[endGroup[i]];
    }
    rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[idx[r]] = r;
    }
    byRank = idx;
  }

  /**
   * Maps one bound of each event to an unsigned number in the same order: unbounded values set
   * apart, then the finite ones less their minimum, less the trailing zero bits they all share.
   *
   * @param bounds  the bounds, event i's at {@code stride * i + point}
   * @param point  with stride 2, 0 for the events' starts, 1 for their ends; with stride 1, 0
   * @param stride  2 for the bounds of points, 1 for one bound per event
   * @param n  the number of events
   * @param key  set to the mapped bound of each event
   * @return how many low bits of the mapped bounds can differ
   */
  static int digits(long[] bounds, int point, int stride, int n, long[] key) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long finiteMin = Long.MAX_VALUE;
    long finiteMax = Long.MIN_VALUE;
    // The bits in which finite values differ from the first: their differences to the smallest
    // share as many trailing zeros.
    boolean first = true;
    long reference = 0;
    long differ = 0;
    for (int i = 0; i < n; i++) {
      long v = bounds[stride * i + point];
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (v != TemporalNetwork.NEG_INF && v != TemporalNetwork.INF) {
        finiteMin = Math.min(finiteMin, v);
        finiteMax = Math.max(finiteMax, v);
        if (first) {
          reference = v;
          first = false;
        }
        differ |= v - reference;
      }
    }
    if (finiteMin <= TemporalNetwork.NEG_INF || finiteMax >= TemporalNetwork.INF) {
      // Finite values beyond the unbounded ones (no network makes them): their full spread.
      for (int i = 0; i < n; i++) {
        key[i] = bounds[stride * i + point] - min;
      }
      return 64 - Long.numberOfLeadingZeros(max - min);
    }
    if (finiteMin > finiteMax) {
      // No finite value: 0 for unbounded below, 1 for unbounded above.
      for (int i = 0; i < n; i++) {
        key[i] = bounds[stride * i + point] == TemporalNetwork.NEG_INF ? 0 : 1;
      }
      return 1;
    }
    int shift = differ == 0 ? 0 : Long.numberOfTrailingZeros(differ);
    long top = ((finiteMax - finiteMin) >>> shift) + 2;
    for (int i = 0; i < n; i++) {
      long v = bounds[stride * i + point];
      key[i] = v == TemporalNetwork.NEG_INF ? 0 : v == TemporalNetwork.INF ? top : ((v - finiteMin) >>> shift) + 1;
    }
    return 64 - Long.numberOfLeadingZeros(top);
  }

  /**
   * Sorts {@code idx} by the unsigned {@code key} as {@link IdSort#radixSort} does; with each key and its
   * index packed in a long when they fit, so that each pass moves one array rather than two.
   */
  static void sort(int[] idx, long[] key, int bits, int[] idxTmp, long[] keyTmp) {
    int n = idx.length;
    int indexBits = 32 - Integer.numberOfLeadingZeros(n);
    if (bits + indexBits > 64) {
      IdSort.radixSort(idx, key, 0, n, bits, idxTmp, keyTmp);
      return;
    }
    long[] packed = keyTmp;
    for (int k = 0; k < n; k++) {
      packed[k] = key[k] << indexBits | idx[k];
    }
    IdSort.radixSort(packed, indexBits, bits, key);
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < n; k++) {
      long v = packed[k];
      idx[k] = (int) (v & mask);
      key[k] = v >>> indexBits;
    }
  }

}
