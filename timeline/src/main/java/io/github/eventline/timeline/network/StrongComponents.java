package io.github.eventline.timeline.network;

import java.util.Arrays;

/**
 * The strongly connected components of a {@link TemporalNetwork}'s graph, numbered so that every
 * edge goes from a component to one of lower or equal number (a reverse topological order of the
 * components), with the members of each listed together.
 *
 * <p>Two ways to find them, each O(points + edges) of what it examines:
 *
 * <ul>
 *   <li>{@link #of}: a topological sort (Kahn) first, as most large stories have no cycle; if some
 *       points are left on or behind a cycle, Tarjan's algorithm over those alone, the sorted points
 *       kept as they came;
 *   <li>{@link #without}: for a network made from another by setting edges aside, as each round of
 *       solving does after a conflict: setting edges aside makes no cycle, so a network without
 *       cycles keeps its order as it is.
 * </ul>
 *
 * <p>Immutable once made; the arrays are shared with the network, which never modifies them.
 */
final class StrongComponents {

  /** The component of each point. */
  final int[] component;
  /** The number of components. */
  final int count;
  /** Members of component c are {@code members[memberStart[c] .. memberStart[c+1]-1]}. */
  final int[] memberStart;
  final int[] members;
  /** True if every component is a single point without a loop: members is then a topological order. */
  final boolean acyclic;

  private StrongComponents(int[] component, int count, boolean acyclic) {
    this.component = component;
    this.count = count;
    this.acyclic = acyclic;
    int size = component.length;
    memberStart = new int[count + 1];
    for (int u = 0; u < size; u++) {
      memberStart[component[u] + 1]++;
    }
    for (int c = 0; c < count; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    members = new int[size];
    int[] fill = Arrays.copyOf(memberStart, count);
    for (int u = 0; u < size; u++) {
      members[fill[component[u]]++] = u;
    }
  }

  /**
   * Finds the components of a graph in compressed sparse rows: a topological sort, then Tarjan's
   * algorithm over the points it could not sort. O(points + edges).
   *
   * @param offsets  the out-edges of point u are {@code offsets[u] .. offsets[u+1]-1}
   * @param to  the target point of each edge
   */
  static StrongComponents of(int[] offsets, int[] to) {
    int size = offsets.length - 1;
    int[] order = new int[size];
    int sorted = sortTopologically(offsets, to, order);
    int[] component = new int[size];
    if (sorted == size) {
      for (int k = 0; k < size; k++) {
        component[order[k]] = size - 1 - k;
      }
      return new StrongComponents(component, size, true);
    }
    // No edge leads from a point left unsorted to a sorted one (a sorted point had every edge into
    // it from a sorted point): the unsorted points' components come first, then the sorted points,
    // each its own component, the first sorted the highest.
    boolean[] left = new boolean[size];
    Arrays.fill(left, true);
    for (int k = 0; k < sorted; k++) {
      left[order[k]] = false;
    }
    Tarjan tarjan = new Tarjan(offsets, to, component);
    int next = 0;
    for (int root = 0; root < size; root++) {
      if (left[root] && !tarjan.visited(root)) {
        next = tarjan.from(root, next);
      }
    }
    for (int k = 0; k < sorted; k++) {
      component[order[k]] = next + sorted - 1 - k;
    }
    return new StrongComponents(component, next + sorted, false);
  }

  /**
   * Finds the components of a graph whose edges are some of another's: the other's as they are if
   * it had no cycle (setting edges aside makes none), else as {@link #of}. O(1), or O(points +
   * edges).
   *
   * @param before  the components of the graph before edges were set aside
   * @param offsets  the out-edges of point u are {@code offsets[u] .. offsets[u+1]-1}
   * @param to  the target point of each edge
   */
  static StrongComponents without(StrongComponents before, int[] offsets, int[] to) {
    return before.acyclic ? before : of(offsets, to);
  }

  /**
   * Kahn's algorithm, taking the free points as a scan down the point numbers meets them, and a
   * point freed behind the scan at once: where the points are numbered by time and edges mostly go
   * from later points to earlier ones, as in a story's network, the order, hence the passes that
   * follow it, then read the arrays mostly in order rather than breadth first.
   *
   * @param order  filled with the points sorted, sources first
   * @return how many points were sorted: all of them unless there is a cycle
   */
  private static int sortTopologically(int[] offsets, int[] to, int[] order) {
    int size = offsets.length - 1;
    int[] indegree = new int[size];
    for (int v : to) {
      indegree[v]++;
    }
    int[] stack = new int[size];
    int tail = 0;
    for (int s = size - 1; s >= 0; s--) {
      if (indegree[s] != 0) {
        continue;
      }
      // Free when the scan meets it: emitted, then every point it frees behind the scan.
      int top = 0;
      stack[top++] = s;
      while (top > 0) {
        int u = stack[--top];
        order[tail++] = u;
        for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          int v = to[e];
          if (--indegree[v] == 0 && v > s) {
            stack[top++] = v;
          }
        }
      }
    }
    return tail;
  }

  /**
   * Tarjan's algorithm, iteratively (no recursion), from one root at a time: components are
   * numbered in the order they complete, which is a reverse topological order.
   */
  private static final class Tarjan {
    private final int[] offsets;
    private final int[] to;
    private final int[] component;
    private final int[] index;
    private final int[] low;
    private final int[] stack;
    private final boolean[] onStack;
    private final int[] callNode;
    private final int[] callEdge;
    private int next;
    private int stackTop;

    Tarjan(int[] offsets, int[] to, int[] component) {
      int size = offsets.length - 1;
      this.offsets = offsets;
      this.to = to;
      this.component = component;
      this.index = new int[size];
      Arrays.fill(index, -1);
      this.low = new int[size];
      this.stack = new int[size];
      this.onStack = new boolean[size];
      this.callNode = new int[size];
      this.callEdge = new int[size];
    }

    boolean visited(int u) {
      return index[u] >= 0;
    }

    /**
     * Finds the components reachable from a root not visited yet.
     *
     * @param count  the number of the first component found
     * @return the number after the last component found
     */
    int from(int root, int count) {
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = offsets[root];
      index[root] = low[root] = next++;
      stack[stackTop++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int u = callNode[depth];
        int e = callEdge[depth];
        if (e < offsets[u + 1]) {
          callEdge[depth] = e + 1;
          int v = to[e];
          if (index[v] < 0) {
            index[v] = low[v] = next++;
            stack[stackTop++] = v;
            onStack[v] = true;
            depth++;
            callNode[depth] = v;
            callEdge[depth] = offsets[v];
          } else if (onStack[v] && index[v] < low[u]) {
            low[u] = index[v];
          }
          continue;
        }
        if (low[u] == index[u]) {
          int v;
          do {
            v = stack[--stackTop];
            onStack[v] = false;
            component[v] = count;
          } while (v != u);
          count++;
        }
        depth--;
        if (depth >= 0) {
          int parent = callNode[depth];
          if (low[u] < low[parent]) {
            low[parent] = low[u];
          }
        }
      }
      return count;
    }
  }
}
