package io.github.eventline.timeline.index;

import io.github.eventline.core.EventId;
import java.util.Arrays;

/**
 * Events sorted by id, without comparing most ids: the ids packed eight characters to a long and
 * sorted by radix, compared as strings only where the packed characters tie; and the stable radix
 * sorts of unsigned keys the timeline order's ranks use. O(n) passes of at most {@link #MAX_DIGIT}
 * bits per digit, plus the ties. Static methods over primitive arrays.
 */
public final class IdSort {

  /** At most this many bits per radix digit: 8,192 counters, small enough to stay in cache. */
  private static final int MAX_DIGIT = 13;

  /** Runs of equal bounds up to this length are sorted by id by insertion, longer ones by radix. */
  private static final int SMALL_RUN = 16;

  /**
   * The ids are packed by blocks of this many: their lengths read first, in a loop that only
   * loads, then their characters, from the cache.
   */
  private static final int PACK_BLOCK = 512;

  private IdSort() {}

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
   * long, all of them, in the events' own order (that in which they most often lie in memory), by
   * blocks of {@link #PACK_BLOCK}: a loop that only reads the ids' lengths, so that their loads
   * overlap, then one that packs them from the cache. The runs then compare longs, and ids only
   * where the packed characters tie. O(n) plus the ties.
   *
   * @param runEnd  at the first position of each run, the position after it
   * @param key  overwritten
   * @param keyTmp  overwritten
   */
  public static void sortRunsById(int[] idx, int[] runEnd, EventId[] ids, long[] key, int[] idxTmp, long[] keyTmp) {
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
   * Sorts longs by their bits {@code low .. low+bits-1}, unsigned, stably, least significant digit
   * first; a digit all share is skipped.
   *
   * @param tmp  scratch space as long as the longs
   */
  public static void radixSort(long[] a, int low, int bits, long[] tmp) {
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
   * keys, up to {@link #MAX_DIGIT} bits: a short run then clears and sums few counters a pass.
   *
   * @param bits  how many low bits of the keys can differ
   * @param idxTmp  scratch space as long as idx
   * @param keyTmp  scratch space as long as key
   */
  public static void radixSort(int[] idx, long[] key, int from, int to, int bits, int[] idxTmp, long[] keyTmp) {
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
