package io.github.eventline.timeline.network;

import io.github.eventline.timeline.parallel.Parallel;
import io.github.eventline.timeline.points.AllenPoints;
import java.util.Arrays;

/**
 * A simple temporal network over primitive arrays: time points {@code 0..size-1}, difference
 * constraints as a distance graph in compressed sparse rows (CSR), and per-point bounds.
 *
 * <p>An edge {@code u -> v} of weight {@code w} says {@code p_v - p_u <= w}. Bounds are propagated
 * as shortest paths: upper bounds along the edges, lower bounds against them. The graph is split
 * into strongly connected components ({@link StrongComponents}); the components are processed in
 * topological order in one pass, and
 * Bellman-Ford, with a pass cap, runs only inside components of more than one point.
 *
 * <p>The edges are relations between points only, never stated bounds (those are each point's
 * domain, propagated along the edges). In a story's network their weights are 0 or -1 ({@code <=}
 * or {@code <}, as {@link AllenPoints} translates relations): a component is inconsistent exactly when it holds an
 * edge of negative weight ({@link #negativeEdge}), and a conflict is explained by the cycle of
 * fewest edges through it ({@link #shortestCycle}), a breadth-first search that visits only the
 * points near it. No object per edge or per point.
 *
 * <p>Built once, then read only: safe to share between threads once published.
 */
public final class TemporalNetwork {

  public static final long INF = AllenPoints.INF;
  public static final long NEG_INF = -INF;

  /** The number of points. */
  public final int size;
  /** Out-edges of point u are {@code offsets[u] .. offsets[u+1]-1}. Not to be modified. */
  public final int[] offsets;
  /** The source point of each edge. Not to be modified. */
  public final int[] from;
  /** The target point of each edge. Not to be modified. */
  public final int[] to;
  final int[] weight;
  /** The index of the constraint origin of each edge, -1 for {@code start <= end}. */
  final int[] origin;

  /** The strongly connected component of each point; edges go from higher to lower or equal numbers. */
  final int[] component;
  final int components;
  /** Members of component c are {@code members[memberStart[c] .. memberStart[c+1]-1]}. */
  final int[] memberStart;
  final int[] members;
  /** True if every component is a single point without a loop: members is then a topological order. */
  private final boolean acyclic;
  private final StrongComponents strong;

  private TemporalNetwork(
      int size, int[] offsets, int[] from, int[] to, int[] weight, int[] origin, StrongComponents strong) {
    this.size = size;
    this.offsets = offsets;
    this.from = from;
    this.to = to;
    this.weight = weight;
    this.origin = origin;
    this.strong = strong;
    this.component = strong.component;
    this.components = strong.count;
    this.memberStart = strong.memberStart;
    this.members = strong.members;
    this.acyclic = strong.acyclic;
  }

  /**
   * Returns the strongly connected component of a point. Components are numbered so that every
   * edge goes from a component to one of lower or equal number. O(1).
   *
   * @param point  the point
   * @return its component, from 0 to {@link #componentCount()} exclusive
   */
  public int componentOf(int point) {
    return component[point];
  }

  /**
   * Returns the number of strongly connected components.
   *
   * @return the number of components
   */
  public int componentCount() {
    return components;
  }

  /**
   * Returns where the members of a component start in the list of members: the members of
   * component c are {@code member(m)} for m from {@code memberStart(c)} to {@code memberStart(c +
   * 1)} exclusive. O(1).
   *
   * @param c  the component, from 0 to {@link #componentCount()} inclusive
   * @return the position of its first member
   */
  public int memberStart(int c) {
    return memberStart[c];
  }

  /**
   * Returns a member of a component, by its position in the list of members ({@link #memberStart}).
   *
   * @param m  the position
   * @return the point
   */
  public int member(int m) {
    return members[m];
  }

  /**
   * Builds the CSR graph from edge lists, keeping the given order of the edges of each point.
   *
   * @param size  the number of points
   * @param count  the number of edges to read from the arrays
   * @param keep  which edges to keep, by index, or null for all
   */
  public static TemporalNetwork of(
      int size, int count, int[] src, int[] dst, int[] w, int[] org, java.util.function.IntPredicate keep) {
    return of(size, count, src, dst, w, org, keep, null);
  }

  /**
   * Builds the network of this one's edges that are kept, in the same order: as {@link #of}, its
   * components found from this one's ({@link StrongComponents#without}), since setting edges aside
   * only splits components.
   *
   * @param keep  which edges to keep, by index
   * @return the network, not null
   */
  TemporalNetwork without(java.util.function.IntPredicate keep) {
    return of(size, from.length, from, to, weight, origin, keep, strong);
  }

  private static TemporalNetwork of(
      int size, int count, int[] src, int[] dst, int[] w, int[] org, java.util.function.IntPredicate keep,
      StrongComponents before) {
    // Which edges are kept, asked once per edge.
    boolean[] kept = null;
    if (keep != null) {
      kept = new boolean[count];
      for (int e = 0; e < count; e++) {
        kept[e] = keep.test(e);
      }
    }
    // offsets[u] counts the edges of points 0..u, then, filled from the last edge back, is where
    // the edges of u start: a stable counting sort with no second array.
    int[] offsets = new int[size + 1];
    int keptCount = 0;
    for (int e = 0; e < count; e++) {
      if (kept == null || kept[e]) {
        offsets[src[e]]++;
        keptCount++;
      }
    }
    for (int u = 1; u < size; u++) {
      offsets[u] += offsets[u - 1];
    }
    offsets[size] = keptCount;
    int[] from = new int[keptCount];
    int[] to = new int[keptCount];
    int[] weight = new int[keptCount];
    int[] origin = new int[keptCount];
    for (int e = count - 1; e >= 0; e--) {
      if (kept == null || kept[e]) {
        int at = --offsets[src[e]];
        from[at] = src[e];
        to[at] = dst[e];
        weight[at] = w[e];
        origin[at] = org[e];
      }
    }
    StrongComponents strong = before == null ? StrongComponents.of(offsets, to) : StrongComponents.without(before, offsets, to);
    return new TemporalNetwork(size, offsets, from, to, weight, origin, strong);
  }

  /** Checks if every component is a single point without a loop, as in most large stories. */
  boolean isAcyclic() {
    return acyclic;
  }

  /** Checks if a component is a single point without a loop: nothing to iterate there. */
  boolean isTrivial(int c) {
    return memberStart[c + 1] - memberStart[c] == 1;
  }

  /**
   * Returns the first edge of negative weight between two points of a component, in the order of
   * its members and their edges, or -1 if there is none. If every weight is 0 or -1, a component
   * with such an edge holds a cycle of negative weight through it (the edge and a path back), and a
   * component without one holds none: its points are all equal. O(edges of the component).
   *
   * @param c  the component
   * @param skip  the edges to ignore (set aside), by index
   */
  int negativeEdge(int c, java.util.function.IntPredicate skip) {
    for (int i = memberStart[c]; i < memberStart[c + 1]; i++) {
      int u = members[i];
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        if (weight[e] < 0 && component[to[e]] == c && !skip.test(e)) {
          return e;
        }
      }
    }
    return -1;
  }

  /**
   * Returns the cycle through an edge with the fewest edges: the edge, then a shortest path from
   * its head back to its tail inside its component, found breadth first. O(edges of the points
   * visited), at most those of the component.
   *
   * @param e  the edge
   * @param maxEdges  the most edges the cycle may have
   * @param maxVisits  the most points the search may visit
   * @param skip  the edges to ignore (set aside), by index
   * @param search  the scratch space, for {@link #size} points
   * @return the edges of the cycle in order, {@code e} first; null if there is none within the limits
   */
  int[] shortestCycle(int e, int maxEdges, int maxVisits, java.util.function.IntPredicate skip, CycleSearch search) {
    int start = to[e];
    int target = from[e];
    if (start == target) {
      return new int[] {e};
    }
    int c = component[start];
    int stamp = ++search.stamp;
    int[] seen = search.seen;
    int[] via = search.via;
    int[] queue = search.queue;
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen[start] = stamp;
    // The points of queue[levelEnd..] are one edge further from the start than those before.
    int levelEnd = tail;
    int depth = 1;
    while (head < tail && depth < maxEdges && tail < maxVisits) {
      int u = queue[head++];
      for (int f = offsets[u]; f < offsets[u + 1]; f++) {
        int v = to[f];
        if (seen[v] == stamp || component[v] != c || skip.test(f)) {
          continue;
        }
        seen[v] = stamp;
        via[v] = f;
        if (v == target) {
          return cycle(e, start, target, via, depth + 1);
        }
        queue[tail++] = v;
      }
      if (head == levelEnd) {
        levelEnd = tail;
        depth++;
      }
    }
    return null;
  }

  /** The cycle of {@code e} and the path of {@code via} edges from {@code start} to {@code target}. */
  private int[] cycle(int e, int start, int target, int[] via, int length) {
    int[] cycle = new int[length];
    cycle[0] = e;
    int n = length;
    for (int v = target; v != start; v = from[via[v]]) {
      cycle[--n] = via[v];
    }
    return n == 1 ? cycle : java.util.Arrays.copyOfRange(cycle, n - 1, length);
  }

  /** Scratch space for {@link #shortestCycle}, reused from one search to the next. */
  static final class CycleSearch {
    final int[] seen;
    final int[] via;
    final int[] queue;
    int stamp;

    CycleSearch(int size) {
      seen = new int[size];
      via = new int[size];
      queue = new int[size];
    }
  }

  /**
   * Propagates stated bounds over the network, both ways: O(points + edges) each way, plus the
   * iterations inside strongly connected components. The upper bounds are propagated by the
   * executor and the lower on this thread (with {@code Runnable::run}, one after the other): each
   * reads the network and writes only its own arrays.
   *
   * @param upper  the stated upper bound of each point, replaced by the derived one
   * @param upperPred  set to the edge that last lowered each upper bound, -1 if none
   * @param lower  the stated lower bound of each point, replaced by the derived one
   * @param lowerPred  set to the edge that last raised each lower bound, -1 if none
   * @param executor  where the upper bounds are propagated, not null
   */
  public void propagate(long[] upper, int[] upperPred, long[] lower, int[] lowerPred, java.util.concurrent.Executor executor) {
    Parallel.both(executor, () -> propagateUpper(upper, upperPred), () -> propagateLower(lower, lowerPred));
  }


  /**
   * Tightens upper bounds along the edges: {@code ub[v] = min(ub[v], ub[u] + w)}, in topological
   * order, iterating only inside components. The network must have no negative cycle.
   *
   * @param ub  the stated upper bounds, {@link #INF} if none; tightened in place
   * @param pred  set to the edge that last tightened each point, -1 if its bound is as stated
   */
  public void propagateUpper(long[] ub, int[] pred) {
    Arrays.fill(pred, -1);
    if (acyclic) {
      propagateUpperAcyclic(ub, pred);
      return;
    }
    for (int c = components - 1; c >= 0; c--) {
      if (!isTrivial(c)) {
        iterate(c, ub, pred, true);
      }
      for (int i = memberStart[c]; i < memberStart[c + 1]; i++) {
        int u = members[i];
        long bu = ub[u];
        if (bu >= INF) {
          continue;
        }
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          int v = to[e];
          if (bu + weight[e] < ub[v] && component[v] != c) {
            ub[v] = bu + weight[e];
            pred[v] = e;
          }
        }
      }
    }
  }

  /**
   * Tightens lower bounds against the edges: {@code lb[u] = max(lb[u], lb[v] - w)}, in reverse
   * topological order, iterating only inside components. The network must have no negative cycle.
   *
   * @param lb  the stated lower bounds, {@link #NEG_INF} if none; tightened in place
   * @param pred  set to the edge that last tightened each point, -1 if its bound is as stated
   */
  public void propagateLower(long[] lb, int[] pred) {
    Arrays.fill(pred, -1);
    if (acyclic) {
      propagateLowerAcyclic(lb, pred);
      return;
    }
    for (int c = 0; c < components; c++) {
      for (int i = memberStart[c]; i < memberStart[c + 1]; i++) {
        int u = members[i];
        long bu = lb[u];
        int best = -1;
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          int v = to[e];
          long lv = lb[v];
          if (lv > NEG_INF && lv - weight[e] > bu && component[v] != c) {
            bu = lv - weight[e];
            best = e;
          }
        }
        if (best >= 0) {
          lb[u] = bu;
          pred[u] = best;
        }
      }
      if (!isTrivial(c)) {
        iterate(c, lb, pred, false);
      }
    }
  }

  /**
   * As {@link #propagateUpper} when each point is its own component: the same visits in the same
   * order, without the tests of components (no edge stays inside one).
   */
  private void propagateUpperAcyclic(long[] ub, int[] pred) {
    int[] members = this.members;
    int[] offsets = this.offsets;
    int[] to = this.to;
    int[] weight = this.weight;
    for (int c = components - 1; c >= 0; c--) {
      int u = members[c];
      long bu = ub[u];
      if (bu >= INF) {
        continue;
      }
      for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
        int v = to[e];
        long b = bu + weight[e];
        if (b < ub[v]) {
          ub[v] = b;
          pred[v] = e;
        }
      }
    }
  }

  /** As {@link #propagateLower} when each point is its own component, as {@link #propagateUpperAcyclic}. */
  private void propagateLowerAcyclic(long[] lb, int[] pred) {
    int[] members = this.members;
    int[] offsets = this.offsets;
    int[] to = this.to;
    int[] weight = this.weight;
    for (int c = 0; c < components; c++) {
      int u = members[c];
      long bu = lb[u];
      int best = -1;
      for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
        long lv = lb[to[e]];
        if (lv > NEG_INF && lv - weight[e] > bu) {
          bu = lv - weight[e];
          best = e;
        }
      }
      if (best >= 0) {
        lb[u] = bu;
        pred[u] = best;
      }
    }
  }

  /** Bellman-Ford inside one component, capped at as many passes as it has points. */
  private void iterate(int c, long[] bound, int[] pred, boolean upper) {
    int start = memberStart[c];
    int end = memberStart[c + 1];
    for (int pass = 0; pass <= end - start; pass++) {
      boolean changed = false;
      for (int i = start; i < end; i++) {
        int u = members[i];
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          int v = to[e];
          if (component[v] != c) {
            continue;
          }
          if (upper) {
            if (bound[u] < INF && bound[u] + weight[e] < bound[v]) {
              bound[v] = bound[u] + weight[e];
              pred[v] = e;
              changed = true;
            }
          } else if (bound[v] > NEG_INF && bound[v] - weight[e] > bound[u]) {
            bound[u] = bound[v] - weight[e];
            pred[u] = e;
            changed = true;
          }
        }
      }
      if (!changed) {
        return;
      }
    }
    throw new IllegalStateException("Bound propagation did not settle in component " + c + ": a negative cycle");
  }

  /**
   * Returns the shortest distances from one point to others over the edges ({@code p_target -
   * p_source <= distance}), {@link #INF} where a target is not reachable. Visits only points whose
   * component lies between the source's and the lowest target's, in topological order.
   *
   * @param source  the source point
   * @param targets  the target points
   * @return the distances, one per target
   */
  public long[] distances(int source, int... targets) {
    int low = Integer.MAX_VALUE;
    for (int t : targets) {
      low = Math.min(low, component[t]);
    }
    java.util.HashMap<Integer, Long> dist = new java.util.HashMap<>();
    dist.put(source, 0L);
    if (component[source] >= low) {
      // Max-heap on component number: topological order; a point is improved again only from
      // inside its own component.
      java.util.PriorityQueue<long[]> queue = new java.util.PriorityQueue<>((x, y) -> Long.compare(y[0], x[0]));
      queue.add(new long[] {component[source], source, 0});
      while (!queue.isEmpty()) {
        long[] head = queue.poll();
        int u = (int) head[1];
        long du = head[2];
        if (dist.get(u) != du) {
          continue;
        }
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          int v = to[e];
          if (component[v] < low) {
            continue;
          }
          long dv = du + weight[e];
          Long known = dist.get(v);
          if (known == null || dv < known) {
            dist.put(v, dv);
            queue.add(new long[] {component[v], v, dv});
          }
        }
      }
    }
    long[] result = new long[targets.length];
    for (int i = 0; i < targets.length; i++) {
      Long d = dist.get(targets[i]);
      result[i] = d == null ? INF : d;
    }
    return result;
  }
}
