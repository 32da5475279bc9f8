package io.github.eventline.timeline.order;

import io.github.eventline.core.EventId;
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
public final class KeyRanks {

  /** At most this many bits per radix digit: 8,192 counters, small enough to stay in cache. */
  private static final int MAX_DIGIT = 13;

  /** Runs of equal bounds up to this length are sorted by id by insertion, longer ones by radix. */
  private static final int SMALL_RUN = 16;

  /**
   * The ids are packed by blocks of this many: their lengths read first, in a loop that only
   * loads, then their characters, from the cache.
   */
  private static final int PACK_BLOCK = 512;

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
      sortRunsById(idx, runEnd, ids, key, idxTmp, keyTmp);
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
   * Returns the events in the order of their ids, as the runs of equal bounds are sorted: made apart
   * from the bounds, it can be made while they are derived.
   *
   * @param ids  the id of each event, all distinct
   * @return the events (their indexes) in id order
   */
  public static int[] idOrder(EventId[] ids) {
    int n = ids.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    int[] runEnd = new int[Math.max(n, 1)];
    runEnd[0] = n;
    sortRunsById(idx, runEnd, ids, new long[n], new int[n], new long[n]);
    return idx;
  }

  /**
   * Sorts each run of events of equal bounds by id. The ids are first packed, eight characters in a
   * long, all of them, in the events' own order: that in which they most often lie in memory. By
   * blocks of {@link #PACK_BLOCK}: a loop that only reads the ids' lengths lets their loads overlap,
   * then the packing finds them in the cache; packed in one loop, each id's loads waited on the
   * previous one's characters, four times slower when the events are not in memory order. In the
   * order of the sorts the loads went all over memory; picking only the events in runs, they waited
   * on a branch and a pass to mark them: both slower at a million events, though they load fewer.
   * The runs then compare longs, and ids only where the packed characters tie.
   *
   * @param runEnd  at the first position of each run, the position after it
   * @param key  overwritten
   * @param keyTmp  overwritten
   */
  private static void sortRunsById(int[] idx, int[] runEnd, EventId[] ids, long[] key, int[] idxTmp, long[] keyTmp) {
    int n = idx.length;
    long[] packed = keyTmp;
    int[] length = new int[Math.min(n, PACK_BLOCK)];
    for (int b = 0; b < n; b += PACK_BLOCK) {
      int e = Math.min(n, b + PACK_BLOCK);
      for (int i = b; i < e; i++) {
        length[i - b] = ids[i].value().length();
      }
      for (int i = b; i < e; i++) {
        packed[i] = pack(ids[i].value(), 0, length[i - b]);
      }
    }
    for (int k = 0; k < n; k++) {
      key[k] = packed[idx[k]];
    }
    for (int k = 0; k < n; k = runEnd[k]) {
      int end = runEnd[k];
      if (end - k > SMALL_RUN) {
        sortLongRun(idx, k, end, ids, key, idxTmp, keyTmp);
      } else if (end - k > 1) {
        insertionSort(idx, key, k, end, ids);
      }
    }
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
   * Sorts {@code idx} by the unsigned {@code key} as {@link #radixSort} does; with each key and its
   * index packed in a long when they fit, so that each pass moves one array rather than two.
   */
  static void sort(int[] idx, long[] key, int bits, int[] idxTmp, long[] keyTmp) {
    int n = idx.length;
    int indexBits = 32 - Integer.numberOfLeadingZeros(n);
    if (bits + indexBits > 64) {
      radixSort(idx, key, 0, n, bits, idxTmp, keyTmp);
      return;
    }
    long[] packed = keyTmp;
    for (int k = 0; k < n; k++) {
      packed[k] = key[k] << indexBits | idx[k];
    }
    radixSort(packed, indexBits, bits, key);
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < n; k++) {
      long v = packed[k];
      idx[k] = (int) (v & mask);
      key[k] = v >>> indexBits;
    }
  }

  /**
   * Sorts longs by their bits {@code low .. low+bits-1}, unsigned, stably, least significant digit
   * first; a digit all share is skipped.
   *
   * @param tmp  scratch space as long as the longs
   */
  static void radixSort(long[] a, int low, int bits, long[] tmp) {
    int n = a.length;
    if (n < 2 || bits == 0) {
      return;
    }
    int passes = (bits + MAX_DIGIT - 1) / MAX_DIGIT;
    int digit = (bits + passes - 1) / passes;
    int mask = (1 << digit) - 1;
    int[] count = new int[mask + 1];
    long[] src = a;
    long[] dst = tmp;
    for (int shift = low; shift < low + bits; shift += digit) {
      Arrays.fill(count, 0);
      for (long v : src) {
        count[(int) (v >>> shift) & mask]++;
      }
      if (count[(int) (src[0] >>> shift) & mask] == n) {
        continue;
      }
      int at = 0;
      for (int d = 0; d <= mask; d++) {
        int c = count[d];
        count[d] = at;
        at += c;
      }
      for (long v : src) {
        dst[count[(int) (v >>> shift) & mask]++] = v;
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  /**
   * Sorts {@code idx[from..to)} by the unsigned {@code key[from..to)}, stably, least significant
   * digit first; a digit all keys share is skipped. A digit has about as many values as there are
   * keys, up to {@link #MAX_DIGIT} bits: a run of a hundred ids then clears and sums 128 counters a
   * pass rather than 8,192 (more passes, but the run's share of the whole sort fell from a quarter
   * to a few percent).
   *
   * @param bits  how many low bits of the keys can differ
   * @param idxTmp  scratch space as long as idx
   * @param keyTmp  scratch space as long as key
   */
  static void radixSort(int[] idx, long[] key, int from, int to, int bits, int[] idxTmp, long[] keyTmp) {
    int length = to - from;
    if (length < 2 || bits == 0) {
      return;
    }
    int maxDigit = Math.min(MAX_DIGIT, 32 - Integer.numberOfLeadingZeros(length));
    int passes = (bits + maxDigit - 1) / maxDigit;
    int digit = (bits + passes - 1) / passes;
    int mask = (1 << digit) - 1;
    int[] count = new int[mask + 2];
    int[] srcIdx = idx;
    long[] srcKey = key;
    int[] dstIdx = idxTmp;
    long[] dstKey = keyTmp;
    for (int shift = 0; shift < bits; shift += digit) {
      Arrays.fill(count, 0);
      for (int k = from; k < to; k++) {
        count[(int) (srcKey[k] >>> shift) & mask]++;
      }
      if (count[(int) (srcKey[from] >>> shift) & mask] == length) {
        continue;
      }
      int at = from;
      for (int d = 0; d <= mask; d++) {
        int c = count[d];
        count[d] = at;
        at += c;
      }
      for (int k = from; k < to; k++) {
        long v = srcKey[k];
        int pos = count[(int) (v >>> shift) & mask]++;
        dstIdx[pos] = srcIdx[k];
        dstKey[pos] = v;
      }
      int[] i = srcIdx;
      srcIdx = dstIdx;
      dstIdx = i;
      long[] l = srcKey;
      srcKey = dstKey;
      dstKey = l;
    }
    if (srcIdx != idx) {
      System.arraycopy(srcIdx, from, idx, from, length);
      System.arraycopy(srcKey, from, key, from, length);
    }
  }

  /**
   * Sorts a long run by id: by radix over the packed ids, then where they tie by id, by insertion
   * or, for as long a run of ties, by merge.
   */
  private static void sortLongRun(int[] idx, int from, int to, EventId[] ids, long[] key, int[] idxTmp, long[] keyTmp) {
    long min = min(key, from, to);
    long max = max(key, from, to);
    if (min == max) {
      // Ids that all share their first eight characters: packed past the prefix they share.
      String first = ids[idx[from]].value();
      int shared = first.length();
      for (int k = from + 1; k < to; k++) {
        String s = ids[idx[k]].value();
        int c = 0;
        while (c < shared && c < s.length() && s.charAt(c) == first.charAt(c)) {
          c++;
        }
        shared = c;
      }
      for (int k = from; k < to; k++) {
        key[k] = pack(ids[idx[k]].value(), shared);
      }
      min = min(key, from, to);
      max = max(key, from, to);
    }
    for (int k = from; k < to; k++) {
      key[k] -= min;
    }
    radixSort(idx, key, from, to, 64 - Long.numberOfLeadingZeros(max - min), idxTmp, keyTmp);
    for (int k = from; k < to; ) {
      int end = k + 1;
      while (end < to && key[end] == key[k]) {
        end++;
      }
      if (end - k > SMALL_RUN) {
        Integer[] run = new Integer[end - k];
        for (int r = 0; r < run.length; r++) {
          run[r] = idx[k + r];
        }
        Arrays.sort(run, (x, y) -> ids[x].compareTo(ids[y]));
        for (int r = 0; r < run.length; r++) {
          idx[k + r] = run[r];
        }
      } else if (end - k > 1) {
        insertionSort(idx, key, k, end, ids);
      }
      k = end;
    }
  }

  /** Returns the smallest of {@code key[from..to)}, unsigned. */
  private static long min(long[] key, int from, int to) {
    long min = -1L;
    for (int k = from; k < to; k++) {
      if (Long.compareUnsigned(key[k], min) < 0) {
        min = key[k];
      }
    }
    return min;
  }

  /** Returns the largest of {@code key[from..to)}, unsigned. */
  private static long max(long[] key, int from, int to) {
    long max = 0;
    for (int k = from; k < to; k++) {
      if (Long.compareUnsigned(key[k], max) > 0) {
        max = key[k];
      }
    }
    return max;
  }

  /**
   * Packs eight characters of an id from an offset in a long, zeros past its end: ids are ASCII
   * without a zero character, so that the packed order, unsigned, of ids that share the characters
   * before the offset is their order where it is strict.
   */
  static long pack(String s, int offset) {
    return pack(s, offset, s.length());
  }

  /** Packs as {@link #pack(String, int)} does, {@code s} of the given length. */
  private static long pack(String s, int offset, int idLength) {
    long p = 0;
    int length = Math.max(0, Math.min(8, idLength - offset));
    for (int c = offset; c < offset + length; c++) {
      p = p << 8 | s.charAt(c);
    }
    return length == 0 ? 0 : p << 8 * (8 - length);
  }

  /** Sorts {@code idx[from..to)} by the unsigned packed ids in {@code key}, then by id where they tie. */
  private static void insertionSort(int[] idx, long[] key, int from, int to, EventId[] ids) {
    for (int k = from + 1; k < to; k++) {
      int x = idx[k];
      long p = key[k];
      int j = k - 1;
      while (j >= from && precedes(p, x, key[j], idx[j], ids)) {
        idx[j + 1] = idx[j];
        key[j + 1] = key[j];
        j--;
      }
      idx[j + 1] = x;
      key[j + 1] = p;
    }
  }

  /** Checks if event x, of packed id p, comes before event y, of packed id q. */
  private static boolean precedes(long p, int x, long q, int y, EventId[] ids) {
    int c = Long.compareUnsigned(p, q);
    return c != 0 ? c < 0 : ids[x].compareTo(ids[y]) < 0;
  }
}
