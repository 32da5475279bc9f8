package io.github.eventline.timeline.points;

import io.github.eventline.core.time.IntervalRelation;
import java.util.ArrayList;
import java.util.List;

/**
 * Allen's relations as constraints between the four end points of two intervals.
 *
 * <p>Points are numbered {@code 0 = x.start, 1 = x.end, 2 = y.start, 3 = y.end}; a matrix entry
 * {@code m[i][j]} is an upper bound on {@code p_j - p_i}, in whole time units. A relation is
 * defined by the conditions of Allen (1983) stated on points (BEFORE: {@code x.end < y.start};
 * MEETS: {@code x.end = y.start}; ...), with {@code start <= end} for both intervals, so that an
 * instantaneous event ({@code start == end}) can still stand in relations.
 *
 * <p>Immutable and thread-safe: only static tables and pure functions.
 */
public final class AllenPoints {

  /** A bound meaning "no constraint"; large, but far from overflow when two are added. */
  public static final long INF = Long.MAX_VALUE / 4;

  public static final int RELATIONS = 13;
  public static final int ALL = (1 << RELATIONS) - 1;

  /** The point pairs whose signs describe a relation: (x.s, y.s), (x.s, y.e), (x.e, y.s), (x.e, y.e). */
  static final int[][] PAIRS = {{0, 2}, {0, 3}, {1, 2}, {1, 3}};

  static final int LT = 1;
  static final int EQ = 2;
  static final int GT = 4;

  private static final IntervalRelation[] VALUES = IntervalRelation.values();
  /** The defining constraints of each relation, as 4x4 matrices closed under {@code start <= end}. */
  private static final long[][][] DEFINING = new long[RELATIONS][][];
  /** The signs each pair may take under a relation, degenerate intervals allowed. */
  private static final int[][] POSSIBLE_SIGNS = new int[RELATIONS][4];

  static {
    for (int r = 0; r < RELATIONS; r++) {
      long[][] m = durations(0);
      define(VALUES[r], m);
      close(m, 4);
      DEFINING[r] = m;
      for (int k = 0; k < 4; k++) {
        POSSIBLE_SIGNS[r][k] = signs(m, PAIRS[k][0], PAIRS[k][1]);
      }
    }
  }

  private AllenPoints() {}

  /** A matrix with only {@code start <= end} (or {@code <} when {@code duration} is -1) for both intervals. */
  static long[][] durations(long duration) {
    long[][] m = new long[4][4];
    for (long[] row : m) {
      java.util.Arrays.fill(row, INF);
    }
    for (int i = 0; i < 4; i++) {
      m[i][i] = 0;
    }
    m[1][0] = Math.min(m[1][0], duration);
    m[3][2] = Math.min(m[3][2], duration);
    return m;
  }

  private static void define(IntervalRelation r, long[][] m) {
    switch (r) {
      case BEFORE -> lt(m, 1, 2);
      case MEETS -> eq(m, 1, 2);
      case OVERLAPS -> {
        lt(m, 0, 2);
        lt(m, 2, 1);
        lt(m, 1, 3);
      }
      case STARTS -> {
        eq(m, 0, 2);
        lt(m, 1, 3);
      }
      case DURING -> {
        lt(m, 2, 0);
        lt(m, 1, 3);
      }
      case FINISHES -> {
        lt(m, 2, 0);
        eq(m, 1, 3);
      }
      case EQUALS -> {
        eq(m, 0, 2);
        eq(m, 1, 3);
      }
      case FINISHED_BY -> {
        lt(m, 0, 2);
        eq(m, 1, 3);
      }
      case CONTAINS -> {
        lt(m, 0, 2);
        lt(m, 3, 1);
      }
      case STARTED_BY -> {
        eq(m, 0, 2);
        lt(m, 3, 1);
      }
      case OVERLAPPED_BY -> {
        lt(m, 2, 0);
        lt(m, 0, 3);
        lt(m, 3, 1);
      }
      case MET_BY -> eq(m, 3, 0);
      case AFTER -> lt(m, 3, 0);
    }
  }

  /** Adds {@code p_a < p_b}, that is {@code p_a - p_b <= -1}. */
  private static void lt(long[][] m, int a, int b) {
    m[b][a] = Math.min(m[b][a], -1);
  }

  /** Adds {@code p_a = p_b}. */
  private static void eq(long[][] m, int a, int b) {
    m[b][a] = Math.min(m[b][a], 0);
    m[a][b] = Math.min(m[a][b], 0);
  }

  /** Closes a distance matrix (Floyd-Warshall). @return false if it has a negative cycle */
  public static boolean close(long[][] m, int size) {
    for (int k = 0; k < size; k++) {
      for (int i = 0; i < size; i++) {
        if (m[i][k] >= INF) {
          continue;
        }
        for (int j = 0; j < size; j++) {
          if (m[k][j] < INF && m[i][k] + m[k][j] < m[i][j]) {
            m[i][j] = m[i][k] + m[k][j];
          }
        }
      }
    }
    for (int i = 0; i < size; i++) {
      if (m[i][i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the signs {@code p_a - p_b} can take under a closed matrix, as LT|EQ|GT bits. */
  static int signs(long[][] m, int a, int b) {
    long upper = m[b][a];
    long lower = m[a][b] >= INF ? -INF : -m[a][b];
    int bits = 0;
    if (lower <= -1) {
      bits |= LT;
    }
    if (lower <= 0 && upper >= 0) {
      bits |= EQ;
    }
    if (upper >= 1) {
      bits |= GT;
    }
    return bits;
  }

  /** Returns the bit of a relation in a mask. */
  public static int bit(IntervalRelation r) {
    return 1 << r.ordinal();
  }

  /**
   * The masks of the last two sets of relations asked for, by identity: relation claims mostly
   * share a few set objects ({@code PRECEDES}, {@code FOLLOWS}...), so that most claims need no
   * pass over their set. One per pass over claims; not thread-safe.
   */
  public static final class MaskCache {
    private Object last;
    private int lastMask;
    private Object other;
    private int otherMask;

    /** Returns the mask of a set of relations, as {@link AllenPoints#mask} does. */
    public int mask(java.util.Set<IntervalRelation> relations) {
      if (relations == last) {
        return lastMask;
      }
      int mask = relations == other ? otherMask : AllenPoints.mask(relations);
      other = last;
      otherMask = lastMask;
      last = relations;
      lastMask = mask;
      return mask;
    }
  }

  /** Returns the mask of a set of relations. */
  public static int mask(Iterable<IntervalRelation> relations) {
    int mask = 0;
    for (IntervalRelation r : relations) {
      mask |= bit(r);
    }
    return mask;
  }

  /** Returns the relations of a mask, in their natural order. */
  public static java.util.EnumSet<IntervalRelation> relations(int mask) {
    java.util.EnumSet<IntervalRelation> set = java.util.EnumSet.noneOf(IntervalRelation.class);
    for (int r = 0; r < RELATIONS; r++) {
      if ((mask & (1 << r)) != 0) {
        set.add(VALUES[r]);
      }
    }
    return set;
  }

  /** Returns the mask of the inverses of the relations of a mask. */
  public static int inverse(int mask) {
    int inverse = 0;
    for (int r = 0; r < RELATIONS; r++) {
      if ((mask & (1 << r)) != 0) {
        inverse |= 1 << (RELATIONS - 1 - r);
      }
    }
    return inverse;
  }

  /**
   * Translates a set of relations into the tightest convex point constraints that cover it.
   *
   * @param mask  the relations, not empty
   * @return the translation, not null
   */
  public static Translation translate(int mask) {
    int[] hull = new int[4];
    for (int r = 0; r < RELATIONS; r++) {
      if ((mask & (1 << r)) != 0) {
        for (int k = 0; k < 4; k++) {
          hull[k] |= POSSIBLE_SIGNS[r][k];
        }
      }
    }
    List<long[]> constraints = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      int a = PAIRS[k][0];
      int b = PAIRS[k][1];
      int s = hull[k];
      if ((s & GT) == 0) {
        // p_a - p_b <= 0 or -1: an edge b -> a.
        constraints.add(new long[] {b, a, (s & EQ) != 0 ? 0 : -1});
      }
      if ((s & LT) == 0) {
        // p_b - p_a <= 0 or -1: an edge a -> b.
        constraints.add(new long[] {a, b, (s & EQ) != 0 ? 0 : -1});
      }
    }
    prune(constraints);
    return new Translation(constraints, isExact(mask, constraints));
  }

  /**
   * Checks if the point constraints admit only configurations in which some relation of the mask
   * holds: every order of the four points (values 0 to 3 suffice), with {@code start <= end}.
   */
  private static boolean isExact(int mask, List<long[]> constraints) {
    int[] p = new int[4];
    for (int code = 0; code < 256; code++) {
      for (int i = 0; i < 4; i++) {
        p[i] = (code >> (2 * i)) & 3;
      }
      if (p[0] > p[1] || p[2] > p[3]) {
        continue;
      }
      boolean admitted = true;
      for (long[] c : constraints) {
        admitted &= p[(int) c[1]] - p[(int) c[0]] <= c[2];
      }
      if (admitted && (holding(p) & mask) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The relations whose defining conditions hold between {@code [p0, p1]} and {@code [p2, p3]}. */
  static int holding(int[] p) {
    int mask = 0;
    for (int r = 0; r < RELATIONS; r++) {
      boolean holds = true;
      for (int i = 0; i < 4 && holds; i++) {
        for (int j = 0; j < 4 && holds; j++) {
          holds = DEFINING[r][i][j] >= INF || p[j] - p[i] <= DEFINING[r][i][j];
        }
      }
      if (holds) {
        mask |= 1 << r;
      }
    }
    return mask;
  }

  /** Drops the constraints the others already imply (with {@code start <= end}), in a fixed order. */
  private static void prune(List<long[]> constraints) {
    for (int i = constraints.size() - 1; i >= 0; i--) {
      long[][] m = durations(0);
      for (int j = 0; j < constraints.size(); j++) {
        if (j != i) {
          long[] c = constraints.get(j);
          m[(int) c[0]][(int) c[1]] = Math.min(m[(int) c[0]][(int) c[1]], c[2]);
        }
      }
      close(m, 4);
      long[] c = constraints.get(i);
      if (m[(int) c[0]][(int) c[1]] <= c[2]) {
        constraints.remove(i);
      }
    }
  }

  /**
   * Returns the relations whose defining conditions are satisfiable together with what is known
   * about the four points: a closed 5x5 distance matrix over the points 0-3 and a time origin 4
   * ({@code m[4][p]} the latest value of point p, {@code -m[p][4]} its earliest).
   *
   * @param known  the closed matrix of what is known, not modified
   * @return the mask of possible relations
   */
  public static int possible(long[][] known) {
    int mask = 0;
    long[][] m = new long[5][5];
    for (int r = 0; r < RELATIONS; r++) {
      for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 5; j++) {
          m[i][j] = i < 4 && j < 4 ? Math.min(known[i][j], DEFINING[r][i][j]) : known[i][j];
        }
      }
      if (close(m, 5)) {
        mask |= 1 << r;
      }
    }
    return mask;
  }

  /**
   * Point constraints standing for a set of relations.
   *
   * @param edges  each {@code {from, to, weight}}: {@code p_to - p_from <= weight}
   * @param exact  true if every configuration the constraints admit satisfies a relation of the set
   */
  public record Translation(List<long[]> edges, boolean exact) {}
}
