package io.github.eventline.timeline;

import io.github.eventline.core.time.IntervalRelation;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The qualitative constraints of a network: sets of Allen relations that no difference constraint
 * states exactly, such as {@code {BEFORE, AFTER}}. They are checked by path consistency (PC-2) over
 * Allen's composition table, on the events they touch and their direct neighbours by relation
 * claims, together with every accepted relation claim among those events. Each label keeps the claims it rests on, so that an empty label names the
 * claims that cannot all hold. Not public, by design.
 *
 * <p>Composition is Allen's, for intervals of positive length.
 */
final class QualitativeNetwork {

  private static final int[][] COMPOSE = new int[AllenPoints.RELATIONS][AllenPoints.RELATIONS];
  /** Each basic relation composed with each set of relations: 13 x 8192 ints, so a composition is at most 13 lookups. */
  private static final int[][] COMPOSE_WITH = new int[AllenPoints.RELATIONS][AllenPoints.ALL + 1];

  static {
    IntervalRelation[] values = IntervalRelation.values();
    for (int a = 0; a < values.length; a++) {
      for (int b = 0; b < values.length; b++) {
        COMPOSE[a][b] = AllenPoints.mask(IntervalRelation.compose(values[a], values[b]));
      }
    }
    // COMPOSE_WITH[a][mask]: a basic relation composed with a set, built from the set without its lowest bit.
    for (int a = 0; a < AllenPoints.RELATIONS; a++) {
      for (int mask = 1; mask <= AllenPoints.ALL; mask++) {
        COMPOSE_WITH[a][mask] = COMPOSE_WITH[a][mask & (mask - 1)] | COMPOSE[a][Integer.numberOfTrailingZeros(mask)];
      }
    }
  }

  private final Map<Long, Integer> labels;

  private QualitativeNetwork(Map<Long, Integer> labels) {
    this.labels = labels;
  }

  /**
   * Checks the qualitative constraints of a solved network; on a conflict, reports it, sets aside
   * its claims and solves the network again, until path consistency holds.
   */
  static QualitativeNetwork check(StoryNetwork net) {
    while (true) {
      QualitativeNetwork q = attempt(net);
      if (q != null) {
        return q;
      }
    }
  }

  static int compose(int first, int second) {
    int result = 0;
    for (int rest = first; rest != 0 && result != AllenPoints.ALL; rest &= rest - 1) {
      result |= COMPOSE_WITH[Integer.numberOfTrailingZeros(rest)][second];
    }
    return result;
  }

  /** One round of path consistency; null if a conflict was found and resolved. */
  private static QualitativeNetwork attempt(StoryNetwork net) {
    TreeMap<Integer, Integer> local = new TreeMap<>();
    for (int[] q : net.qualitative) {
      if (!net.dropped.get(q[3])) {
        local.putIfAbsent(q[0], local.size());
        local.putIfAbsent(q[1], local.size());
      }
    }
    if (local.isEmpty()) {
      return new QualitativeNetwork(Map.of());
    }
    // With their direct neighbours by relation claims, through which compositions run.
    java.util.TreeSet<Integer> neighbours = new java.util.TreeSet<>();
    for (int[] r : net.relationClaims()) {
      if (!net.dropped.get(r[3]) && (local.containsKey(r[0]) || local.containsKey(r[1]))) {
        neighbours.add(r[0]);
        neighbours.add(r[1]);
      }
    }
    for (int e : neighbours) {
      local.putIfAbsent(e, local.size());
    }
    int k = local.size();
    int[] event = new int[k];
    local.forEach((e, i) -> event[i] = e);
    int[][] label = new int[k][k];
    BitSet[][] support = new BitSet[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        label[i][j] = i == j ? AllenPoints.bit(IntervalRelation.EQUALS) : AllenPoints.ALL;
        support[i][j] = new BitSet();
      }
    }
    for (int[] r : net.relationClaims()) {
      Integer i = local.get(r[0]);
      Integer j = local.get(r[1]);
      if (i != null && j != null && !net.dropped.get(r[3])) {
        label[i][j] &= r[2];
        label[j][i] &= AllenPoints.inverse(r[2]);
        support[i][j].set(r[3]);
        support[j][i].set(r[3]);
      }
    }
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    boolean[][] queued = new boolean[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j) {
          if (label[i][j] == 0) {
            net.resolveQualitative(support[i][j]);
            return null;
          }
          if (label[i][j] != AllenPoints.ALL) {
            queue.add(new int[] {i, j}); // a pair labelled ALL narrows nothing until it is narrowed and queued
            queued[i][j] = true;
          }
        }
      }
    }
    while (!queue.isEmpty()) {
      int[] pair = queue.poll();
      int i = pair[0];
      int j = pair[1];
      queued[i][j] = false;
      for (int m = 0; m < k; m++) {
        if (m == i || m == j) {
          continue;
        }
        // (i, m) through j, and (m, j) through i.
        if (revise(label, support, i, m, i, j, j, m, queue, queued)
            || revise(label, support, m, j, m, i, i, j, queue, queued)) {
          int[] emptied = label[i][m] == 0 ? new int[] {i, m} : new int[] {m, j};
          net.resolveQualitative(support[emptied[0]][emptied[1]]);
          return null;
        }
      }
    }
    Map<Long, Integer> labels = new HashMap<>();
    long n = net.events.length;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j && label[i][j] != AllenPoints.ALL) {
          labels.put(event[i] * n + event[j], label[i][j]);
        }
      }
    }
    return new QualitativeNetwork(Map.copyOf(labels));
  }

  /** Narrows (x, y) by (a, b) composed with (c, d); true if it became empty. */
  private static boolean revise(
      int[][] label, BitSet[][] support, int x, int y, int a, int b, int c, int d, ArrayDeque<int[]> queue,
      boolean[][] queued) {
    if (label[a][b] == AllenPoints.ALL || label[c][d] == AllenPoints.ALL) {
      return false; // anything composed with ALL is ALL: nothing to narrow, and most pairs are unconstrained
    }
    int narrowed = label[x][y] & compose(label[a][b], label[c][d]);
    if (narrowed == label[x][y]) {
      return false;
    }
    label[x][y] = narrowed;
    label[y][x] = AllenPoints.inverse(narrowed);
    support[x][y].or(support[a][b]);
    support[x][y].or(support[c][d]);
    support[y][x] = support[x][y];
    if (narrowed == 0) {
      return true;
    }
    if (!queued[x][y]) {
      queue.add(new int[] {x, y});
      queued[x][y] = true;
    }
    return false;
  }

  Map<Long, Integer> labels() {
    return labels;
  }

}
