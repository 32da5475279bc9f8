package io.github.eventline.timeline.network;

import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.points.AllenComposition;
import io.github.eventline.timeline.points.AllenPoints;
import java.util.Arrays;
import java.util.BitSet;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A chordal completion of the graph of relation claims among the local events, made partially
 * path consistent by {@link #enforce}.
 */
final class ChordalGraph {

  private static final int EQUALS = AllenPoints.bit(IntervalRelation.EQUALS);

  private final int k;
  /** The new index of each local event: events renumbered so that each component is contiguous. */
  final int[] renumbered;
  /** The first index of the component of each (renumbered) event, and one past its last. */
  private final int[] componentStart;
  private final int[] componentEnd;

  // Edges, lo < hi: the label is the relations of lo to hi.
  private int edges;
  private int[] lo = new int[16];
  private int[] hi = new int[16];
  private int[] label = new int[16];
  private long[] keys;
  private int[] slots;

  // The origins of the claims on each edge: a linked list per edge.
  private int[] claimHead;
  private int[] claimOrigin;
  private int[] claimNext;

  // Adjacency, sorted by neighbour: CSR. Each edge has a slot in the list of each of its events,
  // which holds its label from that event: the labels a revision reads come in list order.
  private int[] start;
  private int[] node;
  private int[] edgeOf;
  private int[] slotLabel;
  private int[] twin;
  /** The slot of each edge in the list of its lower event. */
  private int[] lowSlot;

  // The log of narrowings: edge narrowed, the two edges composed, the edge's previous entry.
  private int logged;
  private int[] logEdge = new int[64];
  private int[] logFirst = new int[64];
  private int[] logSecond = new int[64];
  private int[] logPrevious = new int[64];
  private int[] lastEntry;

  /**
   * Builds the chordal graph of claims {@code (a[c], b[c], mask[c], origin[c])}, {@code c <
   * count}, over local events {@code 0..k-1}.
   */
  ChordalGraph(int k, int[] a, int[] b, int[] mask, int[] origin, int count) {
    this.k = k;
    // Components, by union-find; numbered by their first event, events in order within each.
    int[] parent = new int[k];
    for (int v = 0; v < k; v++) {
      parent[v] = v;
    }
    for (int c = 0; c < count; c++) {
      int x = find(parent, a[c]);
      int y = find(parent, b[c]);
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    int[] size = new int[k];
    for (int v = 0; v < k; v++) {
      size[find(parent, v)]++;
    }
    int[] next = new int[k];
    int at = 0;
    for (int v = 0; v < k; v++) {
      if (parent[v] == v) {
        next[v] = at;
        at += size[v];
      }
    }
    renumbered = new int[k];
    componentStart = new int[k];
    componentEnd = new int[k];
    for (int v = 0; v < k; v++) {
      int root = parent[v];
      renumbered[v] = next[root]++;
    }
    for (int v = 0; v < k; v++) {
      int root = parent[v];
      componentEnd[renumbered[v]] = next[root];
      componentStart[renumbered[v]] = next[root] - size[root];
    }
    // Edges from the claims, in claim order.
    keys = new long[Integer.highestOneBit(Math.max(16, 4 * count)) * 2];
    Arrays.fill(keys, -1);
    slots = new int[keys.length];
    claimHead = new int[Math.max(16, count)];
    claimOrigin = new int[count];
    claimNext = new int[count];
    for (int c = 0; c < count; c++) {
      int x = renumbered[a[c]];
      int y = renumbered[b[c]];
      if (x == y) {
        continue; // a claim of an event to itself composes with nothing
      }
      int e = edge(x, y, true);
      label[e] &= x < y ? mask[c] : AllenComposition.inverse(mask[c]);
      claimOrigin[c] = origin[c];
      claimNext[c] = claimHead[e];
      claimHead[e] = c + 1;
    }
    triangulate();
    adjacency();
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  /** The edge between two events; if absent, a new edge labelled AllenPoints.ALL when {@code add}, else -1. */
  private int edge(int x, int y, boolean add) {
    int u = Math.min(x, y);
    int v = Math.max(x, y);
    long key = (long) u * k + v;
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (keys[slot] != -1) {
      if (keys[slot] == key) {
        return slots[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (!add) {
      return -1;
    }
    if (edges == lo.length) {
      int grown = lo.length * 2;
      lo = Arrays.copyOf(lo, grown);
      hi = Arrays.copyOf(hi, grown);
      label = Arrays.copyOf(label, grown);
      claimHead = Arrays.copyOf(claimHead, Math.max(grown, claimHead.length));
    }
    if (edges == claimHead.length) {
      claimHead = Arrays.copyOf(claimHead, edges * 2);
    }
    int e = edges++;
    lo[e] = u;
    hi[e] = v;
    label[e] = AllenPoints.ALL;
    keys[slot] = key;
    slots[slot] = e;
    if (2 * edges > keys.length) {
      rehash();
    }
    return e;
  }

  private void rehash() {
    long[] old = keys;
    int[] oldSlots = slots;
    keys = new long[old.length * 2];
    Arrays.fill(keys, -1);
    slots = new int[keys.length];
    int mask = keys.length - 1;
    for (int s = 0; s < old.length; s++) {
      if (old[s] != -1) {
        int slot = (int) (mix(old[s]) & mask);
        while (keys[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = old[s];
        slots[slot] = oldSlots[s];
      }
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /**
   * Makes the graph chordal: eliminates its events in min-degree order (ties by index), joining
   * the remaining neighbours of each with fill edges labelled AllenPoints.ALL.
   */
  private void triangulate() {
    int[][] adjacent = new int[k][];
    int[] degree = new int[k];
    for (int e = 0; e < edges; e++) {
      degree[lo[e]]++;
      degree[hi[e]]++;
    }
    for (int v = 0; v < k; v++) {
      adjacent[v] = new int[Math.max(4, degree[v])];
    }
    int[] length = new int[k];
    for (int e = 0; e < edges; e++) {
      adjacent[lo[e]][length[lo[e]]++] = hi[e];
      adjacent[hi[e]][length[hi[e]]++] = lo[e];
    }
    // Up to 4,096 events, the graph is also a bit matrix (k * k bits): the missing fill edges of an
    // elimination are found a word at a time rather than by a lookup per pair.
    long[][] matrix = null;
    int words = (k + 63) >>> 6;
    if (k <= 4096) {
      matrix = new long[k][words];
      for (int v = 0; v < k; v++) {
        matrix[v][v >>> 6] |= 1L << v; // so that a row covers the remaining neighbours, itself included
      }
      for (int e = 0; e < edges; e++) {
        matrix[lo[e]][hi[e] >>> 6] |= 1L << hi[e];
        matrix[hi[e]][lo[e] >>> 6] |= 1L << lo[e];
      }
    }
    long[] remainingBits = matrix == null ? null : new long[words];
    boolean[] eliminated = new boolean[k];
    PriorityQueue<Long> queue = new PriorityQueue<>();
    for (int v = 0; v < k; v++) {
      queue.add((long) degree[v] << 32 | v);
    }
    int[] remaining = new int[k];
    while (!queue.isEmpty()) {
      long top = queue.poll();
      int v = (int) top;
      if (eliminated[v] || degree[v] != (int) (top >>> 32)) {
        continue; // stale
      }
      eliminated[v] = true;
      int r = 0;
      for (int p = 0; p < length[v]; p++) {
        int w = adjacent[v][p];
        if (!eliminated[w]) {
          remaining[r++] = w;
        }
      }
      if (matrix != null) {
        for (int p = 0; p < r; p++) {
          remainingBits[remaining[p] >>> 6] |= 1L << remaining[p];
        }
      }
      for (int p = 0; p < r; p++) {
        int x = remaining[p];
        if (matrix != null) {
          boolean missing = false;
          for (int w = 0; w < words && !missing; w++) {
            missing = (remainingBits[w] & ~matrix[x][w]) != 0;
          }
          if (!missing) {
            continue; // x is joined to every remaining neighbour (and to itself, below)
          }
        }
        for (int q = p + 1; q < r; q++) {
          int y = remaining[q];
          if (matrix != null && (matrix[x][y >>> 6] & 1L << y) != 0) {
            continue;
          }
          int before = edges;
          edge(x, y, true);
          if (edges != before) {
            if (matrix != null) {
              matrix[x][y >>> 6] |= 1L << y;
              matrix[y][x >>> 6] |= 1L << x;
            }
            if (length[x] == adjacent[x].length) {
              adjacent[x] = Arrays.copyOf(adjacent[x], 2 * length[x]);
            }
            adjacent[x][length[x]++] = y;
            if (length[y] == adjacent[y].length) {
              adjacent[y] = Arrays.copyOf(adjacent[y], 2 * length[y]);
            }
            adjacent[y][length[y]++] = x;
            degree[x]++;
            degree[y]++;
          }
        }
      }
      if (matrix != null) {
        for (int p = 0; p < r; p++) {
          remainingBits[remaining[p] >>> 6] = 0;
        }
      }
      for (int p = 0; p < r; p++) {
        int x = remaining[p];
        degree[x]--;
        queue.add((long) degree[x] << 32 | x);
      }
    }
  }

  /** The adjacency of the chordal graph, each event's neighbours in increasing order. */
  private void adjacency() {
    start = new int[k + 1];
    for (int e = 0; e < edges; e++) {
      start[lo[e] + 1]++;
      start[hi[e] + 1]++;
    }
    for (int v = 0; v < k; v++) {
      start[v + 1] += start[v];
    }
    long[] sorted = new long[2 * edges];
    int[] fill = Arrays.copyOf(start, k);
    for (int e = 0; e < edges; e++) {
      sorted[fill[lo[e]]++] = (long) hi[e] << 32 | e;
      sorted[fill[hi[e]]++] = (long) lo[e] << 32 | e;
    }
    node = new int[2 * edges];
    edgeOf = new int[2 * edges];
    slotLabel = new int[2 * edges];
    twin = new int[2 * edges];
    lowSlot = new int[edges];
    int[] highSlot = new int[edges];
    for (int v = 0; v < k; v++) {
      Arrays.sort(sorted, start[v], start[v + 1]);
      for (int p = start[v]; p < start[v + 1]; p++) {
        int w = (int) (sorted[p] >>> 32);
        int e = (int) sorted[p];
        node[p] = w;
        edgeOf[p] = e;
        slotLabel[p] = v < w ? label[e] : AllenComposition.inverse(label[e]);
        if (v < w) {
          lowSlot[e] = p;
        } else {
          highSlot[e] = p;
        }
      }
    }
    for (int e = 0; e < edges; e++) {
      twin[lowSlot[e]] = highSlot[e];
      twin[highSlot[e]] = lowSlot[e];
    }
    label = null; // the slots hold the labels from now on
    lastEntry = new int[edges];
    Arrays.fill(lastEntry, -1);
  }


  /**
   * Enforces path consistency on the triangles of the graph (PC-2 over a queue of edges); returns
   * null when it holds, else the origins of the claims behind the first label it empties.
   */
  BitSet enforce() {
    int[] queue = new int[edges + 1];
    boolean[] queued = new boolean[edges];
    int head = 0;
    int tail = 0;
    // Edges in order of their events; an edge labelled AllenPoints.ALL narrows nothing until it is narrowed and queued.
    for (int v = 0; v < k; v++) {
      for (int p = start[v]; p < start[v + 1]; p++) {
        int e = edgeOf[p];
        if (node[p] > v) {
          if (slotLabel[p] == 0) {
            return support(-1, e);
          }
          if (slotLabel[p] != AllenPoints.ALL) {
            queue[tail++] = e;
            queued[e] = true;
          }
        }
      }
    }
    int size = queue.length;
    while (head != tail) {
      int e = queue[head];
      head = head + 1 == size ? 0 : head + 1;
      queued[e] = false;
      int i = lo[e];
      int j = hi[e];
      int ij = slotLabel[lowSlot[e]];
      int ji = AllenComposition.inverse(ij);
      // Each common neighbour m: (i, m) through j, and (j, m) through i.
      int p = start[i];
      int pEnd = start[i + 1];
      int q = start[j];
      int qEnd = start[j + 1];
      while (p < pEnd && q < qEnd) {
        int m = node[p];
        int n = node[q];
        if (m < n) {
          p++;
        } else if (n < m) {
          q++;
        } else {
          int jm = slotLabel[q];
          if (jm != AllenPoints.ALL) {
            int im = slotLabel[p];
            int narrowed = im & AllenComposition.compose(ij, jm);
            if (narrowed != im) {
              slotLabel[p] = narrowed;
              slotLabel[twin[p]] = AllenComposition.inverse(narrowed);
              log(edgeOf[p], e, edgeOf[q]);
              if (narrowed == 0) {
                return support(logged - 1, edgeOf[p]);
              }
              if (!queued[edgeOf[p]]) {
                queued[edgeOf[p]] = true;
                queue[tail] = edgeOf[p];
                tail = tail + 1 == size ? 0 : tail + 1;
              }
            }
          }
          int im = slotLabel[p];
          if (im != AllenPoints.ALL) {
            // (j, m) through i: the inverse of (m, j) through i.
            jm = slotLabel[q];
            int narrowed = jm & AllenComposition.compose(ji, im);
            if (narrowed != jm) {
              slotLabel[q] = narrowed;
              slotLabel[twin[q]] = AllenComposition.inverse(narrowed);
              log(edgeOf[q], edgeOf[p], e);
              if (narrowed == 0) {
                return support(logged - 1, edgeOf[q]);
              }
              if (!queued[edgeOf[q]]) {
                queued[edgeOf[q]] = true;
                queue[tail] = edgeOf[q];
                tail = tail + 1 == size ? 0 : tail + 1;
              }
            }
          }
          p++;
          q++;
        }
      }
    }
    // Done with what only the conflicts need.
    logEdge = logFirst = logSecond = logPrevious = lastEntry = null;
    keys = null;
    slots = null;
    claimHead = claimOrigin = claimNext = null;
    return null;
  }

  private void log(int e, int first, int second) {
    if (logged == logEdge.length) {
      int grown = 2 * logged;
      logEdge = Arrays.copyOf(logEdge, grown);
      logFirst = Arrays.copyOf(logFirst, grown);
      logSecond = Arrays.copyOf(logSecond, grown);
      logPrevious = Arrays.copyOf(logPrevious, grown);
    }
    logEdge[logged] = e;
    logFirst[logged] = first;
    logSecond[logged] = second;
    logPrevious[logged] = lastEntry[e];
    lastEntry[e] = logged;
    logged++;
  }

  /**
   * The origins of the claims behind a label: those on its edge and, through the log, behind
   * every label that narrowed it as they stood then. {@code entry} is the edge's last narrowing,
   * -1 if none.
   */
  private BitSet support(int entry, int e) {
    BitSet origins = new BitSet();
    BitSet seenEntries = new BitSet();
    BitSet seenEdges = new BitSet();
    int[] stack = new int[16];
    int top = 0;
    // A state is a log entry (>= 0) or the claims of an edge, -(edge + 1).
    stack[top++] = entry >= 0 ? entry : -(e + 1);
    while (top > 0) {
      int s = stack[--top];
      if (s < 0) {
        int edge = -s - 1;
        if (!seenEdges.get(edge)) {
          seenEdges.set(edge);
          for (int c = claimHead[edge]; c != 0; c = claimNext[c - 1]) {
            origins.set(claimOrigin[c - 1]);
          }
        }
        continue;
      }
      if (seenEntries.get(s)) {
        continue;
      }
      seenEntries.set(s);
      if (top + 3 > stack.length) {
        stack = Arrays.copyOf(stack, 2 * stack.length + 3);
      }
      stack[top++] = logPrevious[s] >= 0 ? logPrevious[s] : -(logEdge[s] + 1);
      stack[top++] = stateBefore(logFirst[s], s);
      stack[top++] = stateBefore(logSecond[s], s);
    }
    return origins;
  }

  /** The state of an edge before log entry {@code t}: its last narrowing before, else its claims. */
  private int stateBefore(int e, int t) {
    int entry = lastEntry[e];
    while (entry >= t) {
      entry = logPrevious[entry];
    }
    return entry >= 0 ? entry : -(e + 1);
  }

  /** The relations of x to y, two events of the graph, not equal. */
  int label(int x, int y) {
    if (componentStart[x] != componentStart[y]) {
      return AllenPoints.ALL;
    }
    int p = Arrays.binarySearch(node, start[x], start[x + 1], y);
    if (p >= 0) {
      return slotLabel[p];
    }
    return x < y ? composed(x, y) : AllenComposition.inverse(composed(y, x));
  }

  /**
   * The relations of x to y composed along the paths of the graph from x: labels from x narrowed
   * by composition with each edge until none changes.
   */
  private int composed(int x, int y) {
    int from = componentStart[x];
    int size = componentEnd[x] - from;
    int[] row = new int[size];
    Arrays.fill(row, AllenPoints.ALL);
    row[x - from] = EQUALS;
    int[] queue = new int[size + 1];
    boolean[] queued = new boolean[size];
    int head = 0;
    int tail = 0;
    queue[tail++] = x;
    queued[x - from] = true;
    while (head != tail) {
      int u = queue[head];
      head = head + 1 == queue.length ? 0 : head + 1;
      queued[u - from] = false;
      int xu = row[u - from];
      for (int p = start[u]; p < start[u + 1]; p++) {
        int v = node[p];
        int uv = slotLabel[p];
        if (v == x || uv == AllenPoints.ALL) {
          continue;
        }
        int narrowed = row[v - from] & AllenComposition.compose(xu, uv);
        if (narrowed != row[v - from]) {
          row[v - from] = narrowed;
          if (!queued[v - from]) {
            queued[v - from] = true;
            queue[tail] = v;
            tail = tail + 1 == queue.length ? 0 : tail + 1;
          }
        }
      }
    }
    return row[y - from];
  }

  /** The number of edges of the chordal graph, fill included. */
  int edges() {
    return edges;
  }
}
