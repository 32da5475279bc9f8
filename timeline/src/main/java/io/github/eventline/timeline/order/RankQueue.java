package io.github.eventline.timeline.order;

/**
 * A set of ranks {@code 0..capacity-1} that gives up its smallest first: a tree of bit sets, 64
 * children to a node, so that adding and removing read and write a few words, with no comparison.
 * Not public, by design.
 *
 * <p>Level 0 has a bit per rank; each word of a level has its bit set in the level above if it is
 * not empty. The smallest rank is found from the top, lowest set bit by lowest set bit.
 */
final class RankQueue {

  /** The levels, the ranks' own bits first; the last has a single word. */
  private final long[][] levels;
  private int size;

  /**
   * Creates an empty queue.
   *
   * @param capacity  the number of ranks, at least 0
   */
  RankQueue(int capacity) {
    int depth = 1;
    for (int words = (capacity + 63) >>> 6; words > 1; words = (words + 63) >>> 6) {
      depth++;
    }
    levels = new long[depth][];
    int words = Math.max(1, (capacity + 63) >>> 6);
    for (int k = 0; k < depth; k++) {
      levels[k] = new long[words];
      words = (words + 63) >>> 6;
    }
  }

  /** Returns the number of ranks held. */
  int size() {
    return size;
  }

  /**
   * Adds a rank not held.
   *
   * @param rank  the rank, in {@code 0..capacity-1}
   */
  void add(int rank) {
    size++;
    int r = rank;
    for (long[] level : levels) {
      int w = r >>> 6;
      long before = level[w];
      level[w] = before | 1L << r;
      if (before != 0) {
        return;
      }
      r = w;
    }
  }

  /**
   * Removes the smallest rank held; the queue must not be empty.
   *
   * @return the rank removed
   */
  int poll() {
    int r = 0;
    for (int k = levels.length - 1; k >= 0; k--) {
      r = r << 6 | Long.numberOfTrailingZeros(levels[k][r]);
    }
    size--;
    int at = r;
    for (long[] level : levels) {
      int w = at >>> 6;
      long after = level[w] & ~(1L << at);
      level[w] = after;
      if (after != 0) {
        break;
      }
      at = w;
    }
    return r;
  }
}
