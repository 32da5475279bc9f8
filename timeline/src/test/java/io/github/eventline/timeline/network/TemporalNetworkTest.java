package io.github.eventline.timeline.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network's topological order and its propagation of bounds, on random graphs numbered as a
 * story's network numbers its points (edges mostly from later points to earlier ones), against the
 * scan (edges mostly the other way), and at random.
 */
class TemporalNetworkTest {

  /** How the edges of a random acyclic graph run between point numbers. */
  private static final int DOWN = 0;
  private static final int UP = 1;
  private static final int RANDOM = 2;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void acyclicGraph_isSortedTopologically(int direction) {
    for (int seed = 0; seed < 100; seed++) {
      Random random = new Random(31L * seed + direction);
      int size = 1 + random.nextInt(60);
      int[][] edges = acyclic(random, size, direction);
      TemporalNetwork net = network(size, edges);
      String why = "seed " + seed + ", direction " + direction;

      assertThat(net.isAcyclic()).as(why).isTrue();
      assertThat(net.components).as(why).isEqualTo(size);
      int[] sorted = net.members.clone();
      Arrays.sort(sorted);
      int[] all = new int[size];
      Arrays.setAll(all, i -> i);
      assertThat(sorted).as("%s: every point once", why).isEqualTo(all);
      for (int c = 0; c < size; c++) {
        assertThat(net.component[net.members[c]]).as(why).isEqualTo(c);
      }
      for (int[] e : edges) {
        assertThat(net.component[e[0]]).as("%s: edge %d -> %d", why, e[0], e[1]).isGreaterThan(net.component[e[1]]);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void propagation_givesTheShortestPathBounds(int direction) {
    for (int seed = 0; seed < 100; seed++) {
      Random random = new Random(17L * seed + direction);
      int size = 1 + random.nextInt(40);
      int[][] edges = acyclic(random, size, direction);
      TemporalNetwork net = network(size, edges);
      long[] upper = new long[size];
      long[] lower = new long[size];
      Arrays.fill(upper, TemporalNetwork.INF);
      Arrays.fill(lower, TemporalNetwork.NEG_INF);
      for (int p = 0; p < size; p++) {
        if (random.nextInt(3) == 0) {
          lower[p] = random.nextInt(100);
          upper[p] = lower[p] + 100 + random.nextInt(100);
        }
      }
      long[] expectedUpper = upper.clone();
      long[] expectedLower = lower.clone();
      // Bellman-Ford: as many passes over every edge as there are points.
      for (int pass = 0; pass < size; pass++) {
        for (int[] e : edges) {
          if (expectedUpper[e[0]] < TemporalNetwork.INF) {
            expectedUpper[e[1]] = Math.min(expectedUpper[e[1]], expectedUpper[e[0]] + e[2]);
          }
          if (expectedLower[e[1]] > TemporalNetwork.NEG_INF) {
            expectedLower[e[0]] = Math.max(expectedLower[e[0]], expectedLower[e[1]] - e[2]);
          }
        }
      }

      net.propagateUpper(upper, new int[size]);
      net.propagateLower(lower, new int[size]);

      assertThat(upper).as("seed %d, direction %d", seed, direction).isEqualTo(expectedUpper);
      assertThat(lower).as("seed %d, direction %d", seed, direction).isEqualTo(expectedLower);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void graphWithACycle_isNotAcyclic_andTheCycleIsOneComponent(int direction) {
    for (int seed = 0; seed < 50; seed++) {
      Random random = new Random(7L * seed + direction);
      int size = 3 + random.nextInt(40);
      int[][] dag = acyclic(random, size, direction);
      // A cycle through three distinct points, of weight 0 so that it is consistent.
      int a = random.nextInt(size);
      int b = (a + 1 + random.nextInt(size - 1)) % size;
      int c = a;
      while (c == a || c == b) {
        c = random.nextInt(size);
      }
      int[][] edges = Arrays.copyOf(dag, dag.length + 3);
      edges[dag.length] = new int[] {a, b, 0};
      edges[dag.length + 1] = new int[] {b, c, 0};
      edges[dag.length + 2] = new int[] {c, a, 0};
      TemporalNetwork net = network(size, edges);
      String why = "seed " + seed + ", direction " + direction;

      assertThat(net.isAcyclic()).as(why).isFalse();
      assertThat(net.component[a]).as(why).isEqualTo(net.component[b]).isEqualTo(net.component[c]);
      for (int[] e : edges) {
        assertThat(net.component[e[0]]).as("%s: edge %d -> %d", why, e[0], e[1]).isGreaterThanOrEqualTo(net.component[e[1]]);
      }
    }
  }

  /**
   * On random graphs of weights 0 and -1, as a story's relations translate: a component holds a
   * strict edge exactly when Bellman-Ford finds a negative cycle, and the cycle through that edge
   * has negative weight, joins up, and has as few edges as the fewest-hops path back (Floyd-Warshall
   * over hop counts).
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void negativeEdge_isFoundExactlyWhenThereIsANegativeCycle_andItsCycleIsShortest(int direction) {
    for (int seed = 0; seed < 200; seed++) {
      Random random = new Random(13L * seed + direction);
      int size = 2 + random.nextInt(30);
      int[][] dag = acyclic(random, size, direction);
      int back = random.nextInt(4);
      int[][] edges = Arrays.copyOf(dag, dag.length + back);
      for (int k = 0; k < dag.length; k++) {
        edges[k] = new int[] {dag[k][0], dag[k][1], random.nextInt(3) == 0 ? 0 : -1};
      }
      for (int k = 0; k < back; k++) {
        edges[dag.length + k] = new int[] {random.nextInt(size), random.nextInt(size), random.nextBoolean() ? 0 : -1};
      }
      TemporalNetwork net = network(size, edges);
      String why = "seed " + seed + ", direction " + direction + ", edges " + Arrays.deepToString(edges);

      boolean strict = false;
      int[][] hops = hops(net);
      TemporalNetwork.CycleSearch search = new TemporalNetwork.CycleSearch(size);
      for (int c = 0; c < net.components; c++) {
        int e = net.negativeEdge(c, f -> false);
        if (e < 0) {
          continue;
        }
        strict = true;
        assertThat(net.weight[e]).as(why).isEqualTo(-1);
        int[] cycle = net.shortestCycle(e, Integer.MAX_VALUE, Integer.MAX_VALUE, f -> false, search);
        assertThat(cycle).as(why).isNotNull();
        assertThat(cycle[0]).as(why).isEqualTo(e);
        long total = 0;
        for (int i = 0; i < cycle.length; i++) {
          total += net.weight[cycle[i]];
          assertThat(net.to[cycle[i]]).as(why).isEqualTo(net.from[cycle[(i + 1) % cycle.length]]);
        }
        assertThat(total).as(why).isNegative();
        assertThat(cycle.length).as(why).isEqualTo(1 + hops[net.to[e]][net.from[e]]);
      }
      assertThat(strict).as(why).isEqualTo(hasNegativeCycle(size, edges));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void shortestCycle_keepsToItsLimitsAndSkipsWhatIsSetAside(int skipShortPath) {
    // Edge 0: 0 -> 1, strict. Back from 1 to 0: directly (edge 1), or through 2, 3 and 4.
    int[][] edges = {{0, 1, -1}, {1, 0, 0}, {1, 2, 0}, {2, 3, 0}, {3, 4, 0}, {4, 0, 0}};
    TemporalNetwork net = network(5, edges);
    TemporalNetwork.CycleSearch search = new TemporalNetwork.CycleSearch(5);
    int e = net.negativeEdge(net.component[0], f -> false);
    int shortPath = edgeIndex(net, 1, 0);
    java.util.function.IntPredicate skip = f -> skipShortPath == 1 && f == shortPath;

    int[] cycle = net.shortestCycle(e, Integer.MAX_VALUE, Integer.MAX_VALUE, skip, search);

    assertThat(cycle).hasSize(skipShortPath == 1 ? 5 : 2);
    assertThat(net.shortestCycle(e, cycle.length - 1, Integer.MAX_VALUE, skip, search)).isNull();
    assertThat(net.shortestCycle(e, cycle.length, Integer.MAX_VALUE, skip, search)).isEqualTo(cycle);
    assertThat(net.shortestCycle(e, Integer.MAX_VALUE, 1, skip, search)).isNull();
  }

  private static int edgeIndex(TemporalNetwork net, int from, int to) {
    for (int e = 0; e < net.to.length; e++) {
      if (net.from[e] == from && net.to[e] == to) {
        return e;
      }
    }
    throw new AssertionError("no edge " + from + " -> " + to);
  }

  /** The fewest edges from each point to each other inside its component, by Floyd-Warshall. */
  private static int[][] hops(TemporalNetwork net) {
    int n = net.size;
    int[][] d = new int[n][n];
    for (int[] row : d) {
      Arrays.fill(row, Integer.MAX_VALUE / 2);
    }
    for (int u = 0; u < n; u++) {
      d[u][u] = 0;
    }
    for (int e = 0; e < net.to.length; e++) {
      if (net.component[net.from[e]] == net.component[net.to[e]]) {
        d[net.from[e]][net.to[e]] = Math.min(d[net.from[e]][net.to[e]], 1);
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        }
      }
    }
    return d;
  }

  /** Bellman-Ford from a virtual source: true if the distances do not settle. */
  private static boolean hasNegativeCycle(int size, int[][] edges) {
    long[] dist = new long[size];
    for (int pass = 0; pass <= size; pass++) {
      boolean changed = false;
      for (int[] e : edges) {
        if (dist[e[0]] + e[2] < dist[e[1]]) {
          dist[e[1]] = dist[e[0]] + e[2];
          changed = true;
        }
      }
      if (!changed) {
        return false;
      }
    }
    return true;
  }

  /**
   * A random acyclic graph: each edge {from, to, weight} runs between points of a hidden random
   * rank, from the higher to the lower; the points are numbered by rank ({@link #DOWN}: edges from
   * higher numbers to lower, as in a story's network), against it ({@link #UP}), or at random.
   */
  /**
   * Setting edges aside, as a round of solving does after a conflict: the network made from the
   * previous one's components ({@link TemporalNetwork#without}) has the same edges in the same
   * order, the same partition into components and the same acyclicity as one made afresh, and its
   * components are still in reverse topological order.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void without_findsTheComponentsOfANetworkMadeAfresh(int direction) {
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(31L * seed + direction);
      int size = 2 + random.nextInt(40);
      int[][] dag = acyclic(random, size, direction);
      int back = random.nextInt(6);
      int[][] edges = Arrays.copyOf(dag, dag.length + back);
      for (int k = 0; k < back; k++) {
        edges[dag.length + k] = new int[] {random.nextInt(size), random.nextInt(size), 0};
      }
      TemporalNetwork before = network(size, edges);
      boolean[] kept = new boolean[before.from.length];
      for (int e = 0; e < kept.length; e++) {
        kept[e] = random.nextInt(4) != 0;
      }
      int count = 0;
      for (boolean k : kept) {
        count += k ? 1 : 0;
      }
      int[][] keptEdges = new int[count][];
      for (int e = 0, k = 0; e < kept.length; e++) {
        if (kept[e]) {
          keptEdges[k++] = new int[] {before.from[e], before.to[e], before.weight[e]};
        }
      }
      String why = "seed " + seed + ", direction " + direction + ", edges " + Arrays.deepToString(edges);

      TemporalNetwork after = before.without(e -> kept[e]);
      TemporalNetwork afresh = network(size, keptEdges);

      assertThat(after.from).as(why).isEqualTo(afresh.from);
      assertThat(after.to).as(why).isEqualTo(afresh.to);
      assertThat(after.isAcyclic()).as(why).isEqualTo(afresh.isAcyclic());
      assertThat(after.components).as(why).isEqualTo(afresh.components);
      for (int u = 0; u < size; u++) {
        for (int v = 0; v < size; v++) {
          assertThat(after.component[u] == after.component[v])
              .as("%s: points %d and %d", why, u, v)
              .isEqualTo(afresh.component[u] == afresh.component[v]);
        }
      }
      for (int e = 0; e < after.from.length; e++) {
        assertThat(after.component[after.from[e]]).as(why).isGreaterThanOrEqualTo(after.component[after.to[e]]);
      }
      for (int c = 0; c < after.components; c++) {
        for (int m = after.memberStart[c]; m < after.memberStart[c + 1]; m++) {
          assertThat(after.component[after.members[m]]).as(why).isEqualTo(c);
        }
      }
    }
  }

  private static int[][] acyclic(Random random, int size, int direction) {
    int[] numberOfRank = new int[size];
    Arrays.setAll(numberOfRank, i -> direction == UP ? size - 1 - i : i);
    if (direction == RANDOM) {
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = numberOfRank[i];
        numberOfRank[i] = numberOfRank[j];
        numberOfRank[j] = t;
      }
    }
    int count = size < 2 ? 0 : random.nextInt(3 * size);
    int[][] edges = new int[count][];
    for (int k = 0; k < count; k++) {
      int high = 1 + random.nextInt(size - 1);
      int low = random.nextInt(high);
      edges[k] = new int[] {numberOfRank[high], numberOfRank[low], random.nextInt(50) - 10};
    }
    return edges;
  }

  private static TemporalNetwork network(int size, int[][] edges) {
    int n = edges.length;
    int[] src = new int[n];
    int[] dst = new int[n];
    int[] weight = new int[n];
    for (int k = 0; k < n; k++) {
      src[k] = edges[k][0];
      dst[k] = edges[k][1];
      weight[k] = edges[k][2];
    }
    return TemporalNetwork.of(size, n, src, dst, weight, new int[n], null);
  }
}
