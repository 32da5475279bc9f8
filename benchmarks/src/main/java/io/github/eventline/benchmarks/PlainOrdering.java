package io.github.eventline.benchmarks;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The ordering of a story written plainly, as the baselines of {@link OrderingBenchmark}: events
 * sorted by earliest start, relation claims grouped by key in a hash map, then Kahn's topological
 * sort over int arrays (or over a JGraphT graph), ties broken by the start order. It does not
 * propagate bounds: it is the floor of what ordering costs, not a rival timeline.
 *
 * <p>Not instantiable.
 */
public final class PlainOrdering {

  private PlainOrdering() {}

  /** The start order and the "before" edges of a story, ready for a topological sort. */
  record Prepared(EventId[] ids, int[] rank, int[] from, int[] to) {}

  /**
   * Sorts by earliest start and groups the relation claims.
   *
   * @param story  the story
   * @return the rank of each event in the start order and the distinct edges, earlier to later
   */
  static Prepared prepare(Story story) {
    List<Event> events = story.events();
    int n = events.size();
    EventId[] ids = new EventId[n];
    Map<EventId, Integer> index = new HashMap<>(2 * n);
    long[] start = new long[n];
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      ids[i] = e.id();
      index.put(e.id(), i);
      start[i] = e.when().isPresent() ? seconds(e.when().get().earliestStart()) : Long.MIN_VALUE;
    }
    int[] rank = startRank(start);

    // Hash group-by of the accepted relation claims: bit 1 for key.event before key.other, bit 2 after.
    Map<ClaimKey, Integer> groups = new HashMap<>();
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Relation r && a.factuality().polarity() == Polarity.POSITIVE) {
        boolean keyOrder = r.key().event().equals(r.event());
        int direction;
        if (r.relations().equals(IntervalRelation.PRECEDES)) {
          direction = keyOrder ? 1 : 2;
        } else if (r.relations().equals(IntervalRelation.FOLLOWS)) {
          direction = keyOrder ? 2 : 1;
        } else {
          continue;
        }
        groups.merge(r.key(), direction, (x, y) -> x | y);
      }
    }
    int[] from = new int[2 * groups.size()];
    int[] to = new int[2 * groups.size()];
    int m = 0;
    for (Map.Entry<ClaimKey, Integer> group : groups.entrySet()) {
      int a = index.get(group.getKey().event());
      int b = index.get(group.getKey().other().orElseThrow());
      if ((group.getValue() & 1) != 0) {
        from[m] = a;
        to[m++] = b;
      }
      if ((group.getValue() & 2) != 0) {
        from[m] = b;
        to[m++] = a;
      }
    }
    return new Prepared(ids, rank, Arrays.copyOf(from, m), Arrays.copyOf(to, m));
  }

  private static long seconds(Instant instant) {
    return instant.equals(Instant.MIN) ? Long.MIN_VALUE : instant.getEpochSecond();
  }

  /** The rank of each event by (earliest start, index), with two primitive sorts. */
  private static int[] startRank(long[] start) {
    int n = start.length;
    long[] distinct = start.clone();
    Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (long) Arrays.binarySearch(distinct, 0, d, start[i]) << 32 | i;
    }
    Arrays.sort(packed);
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[(int) packed[r]] = r;
    }
    return rank;
  }

  /**
   * Orders a story plainly: start order, group-by, Kahn's algorithm over int arrays with a binary
   * heap of ranks.
   *
   * @param story  the story
   * @return the event indexes in order; shorter than the story if the relations have a cycle
   */
  public static int[] order(Story story) {
    Prepared p = prepare(story);
    int n = p.ids().length;
    int m = p.from().length;
    int[] offset = new int[n + 1];
    int[] indegree = new int[n];
    for (int e = 0; e < m; e++) {
      offset[p.from()[e] + 1]++;
      indegree[p.to()[e]]++;
    }
    for (int i = 0; i < n; i++) {
      offset[i + 1] += offset[i];
    }
    int[] next = new int[m];
    int[] fill = Arrays.copyOf(offset, n);
    for (int e = 0; e < m; e++) {
      next[fill[p.from()[e]]++] = p.to()[e];
    }
    // A binary min-heap of ranks; byRank maps a rank back to its event.
    int[] byRank = new int[n];
    for (int i = 0; i < n; i++) {
      byRank[p.rank()[i]] = i;
    }
    int[] heap = new int[n];
    int size = 0;
    for (int r = 0; r < n; r++) {
      if (indegree[byRank[r]] == 0) {
        heap[size++] = r; // ranks in increasing order: already a heap
      }
    }
    int[] order = new int[n];
    int count = 0;
    while (size > 0) {
      int r = heap[0];
      heap[0] = heap[--size];
      siftDown(heap, size);
      int v = byRank[r];
      order[count++] = v;
      for (int e = offset[v]; e < offset[v + 1]; e++) {
        int w = next[e];
        if (--indegree[w] == 0) {
          heap[size] = p.rank()[w];
          siftUp(heap, size++);
        }
      }
    }
    return count == n ? order : Arrays.copyOf(order, count);
  }

  private static void siftDown(int[] heap, int size) {
    int i = 0;
    int x = heap[0];
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && heap[c + 1] < heap[c]) {
        c++;
      }
      if (heap[c] >= x) {
        break;
      }
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = x;
  }

  private static void siftUp(int[] heap, int at) {
    int i = at;
    int x = heap[i];
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heap[parent] <= x) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = x;
  }

  /**
   * Orders a story with JGraphT: the same start order and group-by, then a
   * {@link TopologicalOrderIterator} over a {@link SimpleDirectedGraph} of event indexes, ties
   * broken by the start order.
   *
   * @param story  the story
   * @return the event indexes in order
   */
  public static int[] orderWithJGraphT(Story story) {
    Prepared p = prepare(story);
    int n = p.ids().length;
    Graph<Integer, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < n; i++) {
      graph.addVertex(i);
    }
    for (int e = 0; e < p.from().length; e++) {
      graph.addEdge(p.from()[e], p.to()[e]);
    }
    int[] rank = p.rank();
    TopologicalOrderIterator<Integer, DefaultEdge> it =
        new TopologicalOrderIterator<>(graph, (x, y) -> Integer.compare(rank[x], rank[y]));
    int[] order = new int[n];
    int count = 0;
    while (it.hasNext()) {
      order[count++] = it.next();
    }
    return order;
  }
}
