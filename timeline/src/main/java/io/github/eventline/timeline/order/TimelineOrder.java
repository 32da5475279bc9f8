package io.github.eventline.timeline.order;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.index.IdSort;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.network.TemporalNetwork;
import java.util.Arrays;

/**
 * The timeline order: a topological order of "necessarily before", ties broken by the order rule
 * ({@link #compare}): an event's place in time ({@link #place}), then events whose start is open
 * before those that start at that place, then latest end, then id.
 * Not exported.
 *
 * <p>The order rule, the one every output of a timeline follows: an event is placed at the first
 * instant known of it, the earliest of its four derived bounds that is bounded. That is its earliest
 * start when known; for an event whose start is open ("ongoing as of 15 Dec 2024", "before 6 Aug
 * 2024") the earlier of its latest start (it had begun by then) and its earliest end (it was still
 * going on then), else its latest end. An event of which nothing is known comes after every other.
 *
 * <p>Event a is necessarily before b when {@code a.end <= b.start} in every solution: either a path
 * of constraints says so, or {@code a.latestEnd <= b.earliestStart}. The order is computed over
 * points, in a "before" graph: each constraint edge reversed, plus, for each instant t at which some
 * end is bounded above and some start below, an anchor node between them. Kahn's algorithm then
 * emits end points and anchors as soon as they are free and picks, among free start points, the
 * one of the smallest key; an event takes the place of its start. A key order alone already puts a
 * before b when {@code a.latestEnd < b.earliestStart} (every point that must precede a has a smaller
 * earliest start); the anchors settle the ties at equality. Points that must coincide (a cycle of
 * zero-weight constraints) are emitted together.
 */
public final class TimelineOrder {

  private TimelineOrder() {}

  /**
   * Orders the events of a solved network. O(points + edges) plus the sorts of the keys.
   *
   * @param net  the solved network, not null
   * @return the event numbers in timeline order, not null
   */
  public static int[] order(SolvedNetwork net) {
    return order(net.network(), net.lowerBounds(), net.upperBounds(), net.ids(), net.idOrder().orElse(null));
  }

  /**
   * Orders the events of a consistent network.
   *
   * @param net  the network, with no negative cycle
   * @param lower  the derived lower bound of each point
   * @param upper  the derived upper bound of each point
   * @param ids  the id of each event
   * @return the event indexes in timeline order
   */
  public static int[] order(TemporalNetwork net, long[] lower, long[] upper, EventId[] ids) {
    return order(net, lower, upper, ids, null);
  }

  /**
   * Orders as {@link #order(TemporalNetwork, long[], long[], EventId[])} does, knowing already the
   * events' order by id ({@link IdSort#idOrder}); null if not known.
   */
  public static int[] order(TemporalNetwork net, long[] lower, long[] upper, EventId[] ids, int[] byId) {
    int[] order = kahnAcyclic(net, new KeyRanks(lower, upper, ids, byId));
    return order != null ? order : orderOverComponents(net, lower, upper, new Keys(ids));
  }

  /** Orders as {@link #order(TemporalNetwork, long[], long[], EventId[])} does, always over components: for tests. */
  public static int[] orderOverComponents(TemporalNetwork net, long[] lower, long[] upper, EventId[] ids) {
    return orderOverComponents(net, lower, upper, new Keys(ids));
  }

  /** Orders over the components of the "before" graph, anchors included: the reference order. */
  private static int[] orderOverComponents(TemporalNetwork net, long[] lower, long[] upper, Keys ids) {
    int n = ids.ids.length;
    int points = 2 * n;
    long[] anchors = anchorTimes(lower, upper, n);
    int nodes = points + anchors.length;
    int edges = net.to.length;
    int[] src = new int[edges + points];
    int[] dst = new int[edges + points];
    int count = 0;
    for (int e = 0; e < edges; e++) {
      src[count] = net.to[e];
      dst[count] = net.from[e];
      count++;
    }
    if (anchors.length > 0) {
      LongIndex index = new LongIndex(anchors);
      for (int i = 0; i < n; i++) {
        int a = index.get(upper[2 * i + 1]);
        if (upper[2 * i + 1] < TemporalNetwork.INF && a >= 0) {
          src[count] = 2 * i + 1;
          dst[count] = points + a;
          count++;
        }
        int b = index.get(lower[2 * i]);
        if (lower[2 * i] > TemporalNetwork.NEG_INF && b >= 0) {
          src[count] = points + b;
          dst[count] = 2 * i;
          count++;
        }
      }
    }
    TemporalNetwork before = TemporalNetwork.of(nodes, count, src, dst, new int[count], new int[count], null);
    return kahn(before, lower, upper, ids);
  }

  /**
   * Kahn's algorithm over the points themselves, as {@link #kahn} does over components when each
   * point is its own: end points and anchors are emitted as soon as they are free, and among free
   * start points the one of the smallest key. Between two picks every free end point and anchor is
   * emitted, so the set to pick from, hence the order, does not depend on the order in which they
   * are, nor on how the anchors are numbered: the result is the same as {@link #kahn}'s. No
   * component is computed, as the "before" graph of most stories is acyclic, and only the points'
   * successors are listed, the sources of the network's edges into them: those of an anchor are
   * read from the starts it precedes. The keys are ranked once ({@link KeyRanks}), so that the
   * free starts wait in a {@link RankQueue} of ranks rather than a heap that compares keys. The
   * points are renumbered by rank, the start of the event of rank r 2r and its end 2r+1: as the
   * order mostly follows the ranks, the loop then reads and writes nearby in-degrees and successor
   * lists, where in the network's numbering it would go all over them.
   *
   * @return the event indexes in timeline order, or null if the graph has a cycle
   */
  private static int[] kahnAcyclic(TemporalNetwork net, KeyRanks ranks) {
    int n = ranks.rank.length;
    int points = 2 * n;
    int nodes = points + ranks.anchors;
    int[] rank = ranks.rank;
    int[] byRank = ranks.byRank;
    int[] ofEnd = ranks.ofEnd;
    int[] ofStart = ranks.ofStart;
    // Nodes by rank: 2r is the start of the event of rank r, 2r+1 its end, points+a anchor a.
    // The "before" graph reverses the network's edges: the successors of point x are the sources
    // of the edges into x, its in-degree the number of edges out of x, plus one for an anchor.
    int[] offsets = net.offsets;
    int[] to = net.to;
    int edges = to.length;
    int[] head = new int[edges];
    int[] succStart = new int[points + 1];
    for (int e = 0; e < edges; e++) {
      int v = to[e];
      int x = 2 * rank[v >>> 1] + (v & 1);
      head[e] = x;
      succStart[x]++;
    }
    for (int x = 1; x < points; x++) {
      succStart[x] += succStart[x - 1];
    }
    succStart[points] = edges;
    int[] succ = new int[edges];
    int[] indegree = new int[nodes];
    int[] endAnchor = new int[n];
    for (int i = 0; i < n; i++) {
      int r = rank[i];
      int s = 2 * r;
      int in = offsets[2 * i + 1] - offsets[2 * i];
      indegree[s] = ofStart[i] >= 0 ? in + 1 : in;
      for (int e = offsets[2 * i]; e < offsets[2 * i + 1]; e++) {
        succ[--succStart[head[e]]] = s;
      }
      indegree[s + 1] = offsets[2 * i + 2] - offsets[2 * i + 1];
      for (int e = offsets[2 * i + 1]; e < offsets[2 * i + 2]; e++) {
        succ[--succStart[head[e]]] = s + 1;
      }
      int a = ofEnd[i];
      endAnchor[r] = a;
      if (a >= 0) {
        indegree[points + a]++;
      }
    }
    IntStack eager = new IntStack();
    RankQueue queue = new RankQueue(n);
    for (int u = 0; u < nodes; u++) {
      if (indegree[u] == 0) {
        if (u < points && (u & 1) == 0) {
          queue.add(u >>> 1);
        } else {
          eager.push(u);
        }
      }
    }
    int[] order = new int[n];
    int emitted = 0;
    int processed = 0;
    while (true) {
      int u;
      if (eager.size > 0) {
        u = eager.pop();
      } else if (queue.size() > 0) {
        int r = queue.poll();
        order[emitted++] = byRank[r];
        u = 2 * r;
      } else {
        break;
      }
      processed++;
      if (u >= points) {
        int a = u - points;
        for (int r = ranks.startsFrom[a]; r < ranks.startsTo[a]; r++) {
          if (--indegree[2 * r] == 0) {
            queue.add(r);
          }
        }
        continue;
      }
      if ((u & 1) == 1 && endAnchor[u >>> 1] >= 0) {
        int v = points + endAnchor[u >>> 1];
        if (--indegree[v] == 0) {
          eager.push(v);
        }
      }
      for (int k = succStart[u]; k < succStart[u + 1]; k++) {
        int v = succ[k];
        if (--indegree[v] == 0) {
          if ((v & 1) == 0) {
            queue.add(v >>> 1);
          } else {
            eager.push(v);
          }
        }
      }
    }
    return processed == nodes ? order : null;
  }

  /** The instants at which some end is bounded above and some start below. */
  private static long[] anchorTimes(long[] lower, long[] upper, int n) {
    long[] ends = new long[n];
    long[] starts = new long[n];
    int ne = 0;
    int ns = 0;
    for (int i = 0; i < n; i++) {
      if (upper[2 * i + 1] < TemporalNetwork.INF) {
        ends[ne++] = upper[2 * i + 1];
      }
      if (lower[2 * i] > TemporalNetwork.NEG_INF) {
        starts[ns++] = lower[2 * i];
      }
    }
    Arrays.sort(ends, 0, ne);
    Arrays.sort(starts, 0, ns);
    long[] common = new long[Math.min(ne, ns)];
    int nc = 0;
    for (int i = 0, j = 0; i < ne && j < ns; ) {
      if (ends[i] < starts[j]) {
        i++;
      } else if (ends[i] > starts[j]) {
        j++;
      } else {
        long t = ends[i];
        common[nc++] = t;
        while (i < ne && ends[i] == t) {
          i++;
        }
        while (j < ns && starts[j] == t) {
          j++;
        }
      }
    }
    return Arrays.copyOf(common, nc);
  }

  private static int[] kahn(TemporalNetwork g, long[] lower, long[] upper, Keys ids) {
    int n = ids.ids.length;
    int points = 2 * n;
    int components = g.componentCount();
    int[] indegree = new int[components];
    for (int e = 0; e < g.to.length; e++) {
      int cf = g.componentOf(g.from[e]);
      int ct = g.componentOf(g.to[e]);
      if (cf != ct) {
        indegree[ct]++;
      }
    }
    // The representative event of each component: its start point of the smallest key, -1 if none.
    int[] rep = new int[components];
    Arrays.fill(rep, -1);
    for (int p = 0; p < points; p += 2) {
      int c = g.componentOf(p);
      int i = p / 2;
      if (rep[c] < 0 || compare(i, rep[c], lower, upper, ids) < 0) {
        rep[c] = i;
      }
    }
    Heap heap = new Heap(components, rep, lower, upper, ids);
    int[] eager = new int[components];
    int eagerTop = 0;
    for (int c = 0; c < components; c++) {
      if (indegree[c] == 0) {
        if (rep[c] < 0) {
          eager[eagerTop++] = c;
        } else {
          heap.push(c);
        }
      }
    }
    int[] order = new int[n];
    int emitted = 0;
    boolean[] done = new boolean[components];
    while (true) {
      int c;
      if (eagerTop > 0) {
        c = eager[--eagerTop];
      } else if (heap.size > 0) {
        c = heap.pop();
        emitted = emit(g, c, order, emitted, lower, upper, ids);
      } else {
        break;
      }
      done[c] = true;
      for (int m = g.memberStart(c); m < g.memberStart(c + 1); m++) {
        int u = g.member(m);
        for (int e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
          int d = g.componentOf(g.to[e]);
          if (d != c && --indegree[d] == 0) {
            if (rep[d] < 0) {
              eager[eagerTop++] = d;
            } else {
              heap.push(d);
            }
          }
        }
      }
    }
    if (emitted < n) {
      // Not reached for a consistent network; kept so that the order is always total.
      for (int c = components - 1; c >= 0; c--) {
        if (!done[c] && rep[c] >= 0) {
          emitted = emit(g, c, order, emitted, lower, upper, ids);
        }
      }
    }
    return order;
  }

  private static int emit(TemporalNetwork g, int c, int[] order, int emitted, long[] lower, long[] upper, Keys ids) {
    int first = emitted;
    for (int m = g.memberStart(c); m < g.memberStart(c + 1); m++) {
      int u = g.member(m);
      if (u < lower.length && u % 2 == 0) {
        order[emitted++] = u / 2;
      }
    }
    if (emitted - first > 1) {
      Integer[] group = new Integer[emitted - first];
      for (int k = 0; k < group.length; k++) {
        group[k] = order[first + k];
      }
      Arrays.sort(group, (a, b) -> compare(a, b, lower, upper, ids));
      for (int k = 0; k < group.length; k++) {
        order[first + k] = group[k];
      }
    }
    return emitted;
  }

  /**
   * Returns the place of an event in time, by the order rule: the earliest of its derived bounds
   * that is bounded, {@link TemporalNetwork#INF} if none is. O(1).
   *
   * @param lower  the derived lower bound of each point (event i has points 2i and 2i+1)
   * @param upper  the derived upper bound of each point
   * @param i  the event
   * @return its earliest start if bounded, else the least of its latest start, earliest end and
   *     latest end that is bounded, else {@link TemporalNetwork#INF}
   */
  public static long place(long[] lower, long[] upper, int i) {
    long earliestStart = lower[2 * i];
    if (earliestStart > TemporalNetwork.NEG_INF) {
      return earliestStart;
    }
    long later = Math.min(upper[2 * i], upper[2 * i + 1]);
    long earliestEnd = lower[2 * i + 1];
    return earliestEnd > TemporalNetwork.NEG_INF ? Math.min(later, earliestEnd) : later;
  }

  /**
   * Checks if an event's start is open: unbounded below. At the same place, such an event (begun by
   * then) comes before one that starts there.
   */
  static boolean isStartOpen(long[] lower, int i) {
    return lower[2 * i] <= TemporalNetwork.NEG_INF;
  }

  /**
   * Compares events by the order rule: by {@link #place}, then open starts first, then latest end,
   * then id.
   */
  static int compare(int a, int b, long[] lower, long[] upper, Keys ids) {
    int c = Long.compare(place(lower, upper, a), place(lower, upper, b));
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(!isStartOpen(lower, a), !isStartOpen(lower, b));
    if (c != 0) {
      return c;
    }
    c = Long.compare(upper[2 * a + 1], upper[2 * b + 1]);
    return c != 0 ? c : ids.compare(a, b);
  }

  /** Event ids with their first eight characters packed in a long: ids are ASCII, so packed order is id order. */
  static final class Keys {
    final EventId[] ids;
    private final long[] prefix;

    Keys(EventId[] ids) {
      this.ids = ids;
      this.prefix = new long[ids.length];
      for (int i = 0; i < ids.length; i++) {
        String s = ids[i].value();
        long key = 0;
        for (int k = 0; k < 8; k++) {
          key = (key << 8) | (k < s.length() ? s.charAt(k) & 0xFF : 0);
        }
        prefix[i] = key;
      }
    }

    int compare(int a, int b) {
      int c = Long.compareUnsigned(prefix[a], prefix[b]);
      return c != 0 ? c : ids[a].compareTo(ids[b]);
    }
  }

  /** An open-addressing map from the sorted anchor instants to their positions. */
  private static final class LongIndex {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIndex(long[] sorted) {
      int capacity = Integer.highestOneBit(Math.max(4, sorted.length * 2 - 1)) << 1;
      keys = new long[capacity];
      values = new int[capacity];
      Arrays.fill(values, -1);
      mask = capacity - 1;
      for (int i = 0; i < sorted.length; i++) {
        int slot = slot(sorted[i]);
        while (values[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = sorted[i];
        values[slot] = i;
      }
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }

    int get(long key) {
      int slot = slot(key);
      while (values[slot] >= 0) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }
  }

  /** A binary min-heap of ints, ordered by {@link #less}. */
  private abstract static class IntHeap {
    final int[] items;
    int size;

    IntHeap(int capacity) {
      this.items = new int[capacity];
    }

    abstract boolean less(int x, int y);

    void push(int value) {
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!less(value, items[parent])) {
          break;
        }
        items[i] = items[parent];
        i = parent;
      }
      items[i] = value;
    }

    int pop() {
      int top = items[0];
      int last = items[--size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && less(items[child + 1], items[child])) {
          child++;
        }
        if (!less(items[child], last)) {
          break;
        }
        items[i] = items[child];
        i = child;
      }
      if (size > 0) {
        items[i] = last;
      }
      return top;
    }
  }

  /** A stack of ints that grows as needed. */
  private static final class IntStack {
    int[] items = new int[64];
    int size;

    void push(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = value;
    }

    int pop() {
      return items[--size];
    }
  }

  /** A binary min-heap of components, keyed by their representative event. */
  private static final class Heap extends IntHeap {
    final int[] rep;
    final long[] lower;
    final long[] upper;
    final Keys ids;

    Heap(int capacity, int[] rep, long[] lower, long[] upper, Keys ids) {
      super(capacity);
      this.rep = rep;
      this.lower = lower;
      this.upper = upper;
      this.ids = ids;
    }

    @Override
    boolean less(int x, int y) {
      return compare(rep[x], rep[y], lower, upper, ids) < 0;
    }
  }
}
