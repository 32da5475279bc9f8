package io.github.eventline.timeline;

import io.github.eventline.core.EventId;
import java.util.Arrays;

/**
 * The timeline order: a topological order of "necessarily before", ties broken by derived earliest
 * start, then latest end, then id. Not public, by design.
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
final class TimelineOrder {

  private TimelineOrder() {}

  /**
   * Orders the events of a consistent network.
   *
   * @param net  the network, with no negative cycle
   * @param lower  the derived lower bound of each point
   * @param upper  the derived upper bound of each point
   * @param ids  the id of each event
   * @return the event indexes in timeline order
   */
  static int[] order(TemporalNetwork net, long[] lower, long[] upper, EventId[] ids) {
    return order(net, lower, upper, new Keys(ids), false);
  }

  /** Orders as {@link #order(TemporalNetwork, long[], long[], EventId[])} does, always over components: for tests. */
  static int[] orderOverComponents(TemporalNetwork net, long[] lower, long[] upper, EventId[] ids) {
    return order(net, lower, upper, new Keys(ids), true);
  }

  private static int[] order(TemporalNetwork net, long[] lower, long[] upper, Keys ids, boolean components) {
    int[] order = components ? null : kahnAcyclic(net, lower, upper, ids);
    return order != null ? order : orderOverComponents(net, lower, upper, ids);
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
   * component is computed, as the "before" graph of most stories is acyclic, and the graph is not
   * built: the successors of a point are read from the network's edges into it, and those of an
   * anchor from the starts it precedes.
   *
   * @return the event indexes in timeline order, or null if the graph has a cycle
   */
  private static int[] kahnAcyclic(TemporalNetwork net, long[] lower, long[] upper, Keys ids) {
    int n = ids.ids.length;
    int points = 2 * n;
    Anchors anchors = new Anchors(lower, upper, n);
    int nodes = points + anchors.count;
    // The "before" graph reverses the network's edges: the successors of point x are the sources
    // of the edges into x, its in-degree the number of edges out of x, plus one for an anchor.
    int[] offsets = net.offsets;
    int[] from = net.from;
    int[] to = net.to;
    int[] inStart = new int[points + 1];
    for (int v : to) {
      inStart[v]++;
    }
    for (int x = 1; x < points; x++) {
      inStart[x] += inStart[x - 1];
    }
    inStart[points] = to.length;
    int[] inFrom = new int[to.length];
    for (int e = to.length - 1; e >= 0; e--) {
      inFrom[--inStart[to[e]]] = from[e];
    }
    int[] indegree = new int[nodes];
    for (int x = 0; x < points; x++) {
      indegree[x] = offsets[x + 1] - offsets[x];
    }
    for (int i = 0; i < n; i++) {
      if (anchors.ofStart[i] >= 0) {
        indegree[2 * i]++;
      }
      if (anchors.ofEnd[i] >= 0) {
        indegree[points + anchors.ofEnd[i]]++;
      }
    }
    IntStack eager = new IntStack();
    KeyHeap heap = new KeyHeap(lower, upper, ids);
    for (int u = 0; u < nodes; u++) {
      if (indegree[u] == 0) {
        if (u < points && u % 2 == 0) {
          heap.push(u / 2);
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
      } else if (heap.size > 0) {
        int event = heap.pop();
        order[emitted++] = event;
        u = 2 * event;
      } else {
        break;
      }
      processed++;
      if (u >= points) {
        int a = u - points;
        for (int k = anchors.startsFrom[a]; k < anchors.startsFrom[a + 1]; k++) {
          int v = 2 * anchors.starts[k];
          if (--indegree[v] == 0) {
            heap.push(v / 2);
          }
        }
        continue;
      }
      if (u % 2 == 1 && anchors.ofEnd[u / 2] >= 0) {
        int v = points + anchors.ofEnd[u / 2];
        if (--indegree[v] == 0) {
          eager.push(v);
        }
      }
      for (int k = inStart[u]; k < inStart[u + 1]; k++) {
        int v = inFrom[k];
        if (--indegree[v] == 0) {
          if (v % 2 == 0) {
            heap.push(v / 2);
          } else {
            eager.push(v);
          }
        }
      }
    }
    return processed == nodes ? order : null;
  }

  /**
   * The anchors of the "before" graph, found by hashing rather than sorting: each instant at which
   * some end is bounded above and some start below, numbered as first met among the starts.
   */
  private static final class Anchors {
    /** The anchor each event's end precedes, -1 if none. */
    final int[] ofEnd;
    /** The anchor that precedes each event's start, -1 if none. */
    final int[] ofStart;
    final int count;
    /** The events whose start anchor a precedes are {@code starts[startsFrom[a] .. startsFrom[a+1]-1]}. */
    final int[] startsFrom;
    final int[] starts;

    Anchors(long[] lower, long[] upper, int n) {
      ofEnd = new int[n];
      ofStart = new int[n];
      // The ends' latest instants, none an anchor yet.
      LongIntMap times = new LongIntMap();
      for (int i = 0; i < n; i++) {
        long t = upper[2 * i + 1];
        if (t < TemporalNetwork.INF) {
          times.putIfAbsent(t, -1);
        }
      }
      int anchors = 0;
      int linked = 0;
      for (int i = 0; i < n; i++) {
        long t = lower[2 * i];
        int slot = t > TemporalNetwork.NEG_INF ? times.find(t) : -1;
        if (slot < 0) {
          ofStart[i] = -1;
          continue;
        }
        int a = times.value(slot);
        if (a < 0) {
          a = anchors++;
          times.setValue(slot, a);
        }
        ofStart[i] = a;
        linked++;
      }
      for (int i = 0; i < n; i++) {
        long t = upper[2 * i + 1];
        ofEnd[i] = t < TemporalNetwork.INF ? times.value(times.find(t)) : -1;
      }
      count = anchors;
      startsFrom = new int[anchors + 1];
      for (int i = 0; i < n; i++) {
        if (ofStart[i] >= 0) {
          startsFrom[ofStart[i]]++;
        }
      }
      for (int a = 1; a < anchors; a++) {
        startsFrom[a] += startsFrom[a - 1];
      }
      startsFrom[anchors] = linked;
      starts = new int[linked];
      for (int i = n - 1; i >= 0; i--) {
        if (ofStart[i] >= 0) {
          starts[--startsFrom[ofStart[i]]] = i;
        }
      }
    }
  }

  /**
   * An open-addressing map from instants to ints, growing as it fills, so that it stays as small
   * as the number of distinct instants. Slots are stable between growths only.
   */
  private static final class LongIntMap {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & (keys.length - 1);
    }

    /** Puts a key if it is absent. */
    void putIfAbsent(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int s = slot(key);
      while (used[s]) {
        if (keys[s] == key) {
          return;
        }
        s = (s + 1) & mask;
      }
      used[s] = true;
      keys[s] = key;
      values[s] = value;
      size++;
    }

    /** Returns the slot of a key, -1 if it is absent; valid until the next put. */
    int find(long key) {
      int mask = keys.length - 1;
      int s = slot(key);
      while (used[s]) {
        if (keys[s] == key) {
          return s;
        }
        s = (s + 1) & mask;
      }
      return -1;
    }

    int value(int slot) {
      return values[slot];
    }

    void setValue(int slot, int value) {
      values[slot] = value;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[2 * oldKeys.length];
      values = new int[keys.length];
      used = new boolean[keys.length];
      int mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s]) {
          int t = slot(oldKeys[s]);
          while (used[t]) {
            t = (t + 1) & mask;
          }
          used[t] = true;
          keys[t] = oldKeys[s];
          values[t] = oldValues[s];
        }
      }
    }
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
    int components = g.components;
    int[] indegree = new int[components];
    for (int e = 0; e < g.to.length; e++) {
      int cf = g.component[g.from[e]];
      int ct = g.component[g.to[e]];
      if (cf != ct) {
        indegree[ct]++;
      }
    }
    // The representative event of each component: its start point of the smallest key, -1 if none.
    int[] rep = new int[components];
    Arrays.fill(rep, -1);
    for (int p = 0; p < points; p += 2) {
      int c = g.component[p];
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
      for (int m = g.memberStart[c]; m < g.memberStart[c + 1]; m++) {
        int u = g.members[m];
        for (int e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
          int d = g.component[g.to[e]];
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
    for (int m = g.memberStart[c]; m < g.memberStart[c + 1]; m++) {
      int u = g.members[m];
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

  /** Compares events by derived earliest start, then latest end, then id. */
  static int compare(int a, int b, long[] lower, long[] upper, Keys ids) {
    int c = Long.compare(lower[2 * a], lower[2 * b]);
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

  /**
   * A binary min-heap of events, keyed by derived earliest start, then latest end, then id, as
   * {@link #compare}: the keys are held in the heap next to the events, so that comparing two reads
   * no array indexed by event (the id itself only when the keys and the ids' prefixes tie). Grows
   * as needed.
   */
  private static final class KeyHeap {
    private final long[] lower;
    private final long[] upper;
    private final Keys ids;
    private int[] items = new int[64];
    private long[] start = new long[64];
    private long[] end = new long[64];
    private long[] prefix = new long[64];
    int size;

    KeyHeap(long[] lower, long[] upper, Keys ids) {
      this.lower = lower;
      this.upper = upper;
      this.ids = ids;
    }

    /** Compares the entry at i with an event of the given keys, as {@link TimelineOrder#compare}. */
    private int compare(int i, long s, long e, long p, int event) {
      if (start[i] != s) {
        return start[i] < s ? -1 : 1;
      }
      if (end[i] != e) {
        return end[i] < e ? -1 : 1;
      }
      if (prefix[i] != p) {
        return Long.compareUnsigned(prefix[i], p);
      }
      return ids.ids[items[i]].compareTo(ids.ids[event]);
    }

    private int compare(int i, int j) {
      return compare(i, start[j], end[j], prefix[j], items[j]);
    }

    private void set(int i, int event, long s, long e, long p) {
      items[i] = event;
      start[i] = s;
      end[i] = e;
      prefix[i] = p;
    }

    void push(int event) {
      if (size == items.length) {
        int capacity = 2 * size;
        items = Arrays.copyOf(items, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        prefix = Arrays.copyOf(prefix, capacity);
      }
      long s = lower[2 * event];
      long e = upper[2 * event + 1];
      long p = ids.prefix[event];
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (compare(parent, s, e, p, event) <= 0) {
          break;
        }
        set(i, items[parent], start[parent], end[parent], prefix[parent]);
        i = parent;
      }
      set(i, event, s, e, p);
    }

    int pop() {
      int top = items[0];
      int last = --size;
      int event = items[last];
      long s = start[last];
      long e = end[last];
      long p = prefix[last];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && compare(child + 1, child) < 0) {
          child++;
        }
        if (compare(child, s, e, p, event) >= 0) {
          break;
        }
        set(i, items[child], start[child], end[child], prefix[child]);
        i = child;
      }
      if (size > 0) {
        set(i, event, s, e, p);
      }
      return top;
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
