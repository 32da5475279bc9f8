package io.github.eventline.benchmarks;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.IntervalRelation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The ordering of a story written plainly, as the baselines of {@link OrderingBenchmark}: events
 * sorted by earliest start, the relation claims' edges read at the positions the story's
 * validation resolved and made distinct by a primitive sort, then Kahn's topological sort over int
 * arrays (or over a JGraphT graph), ties broken by the start order. It does not
 * propagate bounds: it is the floor of what ordering costs, not a rival timeline.
 *
 * <p>Not instantiable.
 */
public final class PlainOrdering {

  private PlainOrdering() {}

  /** The start order and the "before" edges of a story, ready for a topological sort. */
  record Prepared(int n, int[] rank, int[] from, int[] to) {}

  /**
   * Sorts by earliest start and collects the distinct "before" edges of the accepted relation
   * claims, reading each claim's events at the positions the story's validation resolved (as
   * {@code Timeline.build} does), so that neither side hashes an id.
   *
   * @param story  the story, validated by its builder
   * @return the rank of each event in the start order and the distinct edges, earlier to later
   * @throws IllegalStateException if the story keeps no positions (it was not built validated)
   */
  static Prepared prepare(Story story) {
    List<Event> events = story.events();
    int n = events.size();
    long[] start = new long[n];
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      start[i] = e.when().isPresent() ? seconds(e.when().get().earliestStart()) : Long.MIN_VALUE;
    }
    int[] rank = startRank(start);

    AssertionPositions positions = StoryAccess.get().assertionPositions(story);
    if (positions == null) {
      throw new IllegalStateException("the story keeps no positions: build it with Story.builder()");
    }
    int[] event = positions.event();
    int[] other = positions.other();
    // Each accepted relation as one edge packed in a long (earlier << 32 | later), then sorted and
    // made distinct: the group-by of the claims on the same pair of events.
    List<Assertion> assertions = story.assertions();
    long[] edges = new long[assertions.size()];
    int m = 0;
    for (int i = 0; i < assertions.size(); i++) {
      Assertion a = assertions.get(i);
      if (a.claim() instanceof Claim.Relation r && a.factuality().polarity() == Polarity.POSITIVE) {
        if (r.relations().equals(IntervalRelation.PRECEDES)) {
          edges[m++] = (long) event[i] << 32 | other[i];
        } else if (r.relations().equals(IntervalRelation.FOLLOWS)) {
          edges[m++] = (long) other[i] << 32 | event[i];
        }
      }
    }
    Arrays.sort(edges, 0, m);
    int[] from = new int[m];
    int[] to = new int[m];
    int distinct = 0;
    for (int e = 0; e < m; e++) {
      if (e == 0 || edges[e] != edges[e - 1]) {
        from[distinct] = (int) (edges[e] >>> 32);
        to[distinct++] = (int) edges[e];
      }
    }
    return new Prepared(n, rank, Arrays.copyOf(from, distinct), Arrays.copyOf(to, distinct));
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
    int n = p.n();
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
    int n = p.n();
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
