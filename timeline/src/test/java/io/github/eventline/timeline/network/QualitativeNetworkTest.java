package io.github.eventline.timeline.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.points.AllenPoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partial path consistency over a chordal completion against full path consistency
 * ({@link FullPathConsistency}, the oracle) on random small networks.
 */
class QualitativeNetworkTest {

  private static final int ALL = AllenPoints.ALL;
  /** The sets of relations that difference constraints state exactly: convex, hence ORD-Horn. */
  private static final int[] CONVEX;

  static {
    List<Integer> convex = new ArrayList<>();
    for (int mask = 1; mask <= ALL; mask++) {
      if (AllenPoints.translate(mask).exact()) {
        convex.add(mask);
      }
    }
    CONVEX = convex.stream().mapToInt(Integer::intValue).toArray();
  }

  static LongStream seeds() {
    return LongStream.range(0, 250).map(i -> 104_729 * i + 11);
  }

  /** A random network: n events, claims {a, b, mask}. */
  private record Network(int n, int[] a, int[] b, int[] mask, int count) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(n + " events:");
      for (int c = 0; c < count; c++) {
        s.append(" e").append(a[c]).append(' ').append(AllenPoints.relations(mask[c])).append(" e").append(b[c]).append(';');
      }
      return s.toString();
    }
  }

  private enum Shape { CONSISTENT, ANY, CONVEX, FOREST }

  private static Network generate(long seed, Shape shape) {
    Random random = new Random(seed);
    int n = 3 + random.nextInt(6);
    long[][] truth = new long[n][2];
    for (int i = 0; i < n; i++) {
      truth[i][0] = random.nextInt(12);
      truth[i][1] = truth[i][0] + 1 + random.nextInt(6);
    }
    List<int[]> pairs = new ArrayList<>();
    if (shape == Shape.FOREST) {
      for (int v = 1; v < n; v++) {
        if (random.nextInt(5) != 0) {
          pairs.add(random.nextBoolean() ? new int[] {random.nextInt(v), v} : new int[] {v, random.nextInt(v)});
        }
      }
    } else {
      for (int x = 0; x < n; x++) {
        for (int y = x + 1; y < n; y++) {
          if (random.nextInt(3) != 0) {
            pairs.add(random.nextBoolean() ? new int[] {x, y} : new int[] {y, x});
          }
        }
      }
    }
    int count = pairs.size();
    int[] a = new int[count];
    int[] b = new int[count];
    int[] mask = new int[count];
    for (int c = 0; c < count; c++) {
      a[c] = pairs.get(c)[0];
      b[c] = pairs.get(c)[1];
      int real = AllenPoints.bit(IntervalRelation.between(truth[a[c]][0], truth[a[c]][1], truth[b[c]][0], truth[b[c]][1]));
      mask[c] = switch (shape) {
        case CONSISTENT -> real | randomSet(random, 1 + random.nextInt(3));
        case ANY, FOREST -> randomSet(random, 1 + random.nextInt(4));
        case CONVEX -> random.nextBoolean() ? convexWith(random, real) : CONVEX[random.nextInt(CONVEX.length)];
      };
    }
    return new Network(n, a, b, mask, count);
  }

  private static int randomSet(Random random, int size) {
    int mask = 0;
    for (int k = 0; k < size; k++) {
      mask |= 1 << random.nextInt(AllenPoints.RELATIONS);
    }
    return mask;
  }

  private static int convexWith(Random random, int real) {
    while (true) {
      int mask = CONVEX[random.nextInt(CONVEX.length)];
      if ((mask & real) != 0) {
        return mask;
      }
    }
  }

  private static ChordalGraph graph(Network net) {
    int[] origin = new int[net.count];
    Arrays.setAll(origin, c -> c);
    return new ChordalGraph(net.n, net.a, net.b, net.mask, origin, net.count);
  }

  /** The labels of the graph, [x][y] in the network's numbering. */
  private static int[][] labels(ChordalGraph graph, int n) {
    int[][] label = new int[n][n];
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        label[x][y] = x == y ? AllenPoints.bit(IntervalRelation.EQUALS) : graph.label(graph.renumbered[x], graph.renumbered[y]);
      }
    }
    return label;
  }

  private static void check(long seed, Shape shape) {
    Network net = generate(seed, shape);
    String why = "seed " + seed + ", " + shape + ": " + net;
    int[][] full = FullPathConsistency.labels(net.n, net.a, net.b, net.mask, net.count);
    ChordalGraph graph = graph(net);
    BitSet conflict = graph.enforce();
    if (conflict != null) {
      // Sound: full path consistency empties a label too, and the claims named are inconsistent by themselves.
      assertThat(full).as(why).isNull();
      assertThat(FullPathConsistency.labels(net.n, pick(net.a, conflict), pick(net.b, conflict), pick(net.mask, conflict),
              conflict.cardinality()))
          .as(why + ", conflict " + conflict)
          .isNull();
    }
    if (shape == Shape.CONVEX || shape == Shape.FOREST || complete(graph, net)) {
      // Partial path consistency decides as full path consistency does.
      assertThat(conflict == null).as(why).isEqualTo(full != null);
    }
    if (full == null || conflict != null) {
      assertThat(conflict != null || shape == Shape.ANY).as(why + ": a consistent-by-construction network").isTrue();
      return;
    }
    int[][] partial = labels(graph, net.n);
    for (int x = 0; x < net.n; x++) {
      for (int y = 0; y < net.n; y++) {
        String pair = why + ", e" + x + " to e" + y;
        assertThat(partial[y][x]).as(pair).isEqualTo(AllenPoints.inverse(partial[x][y]));
        // Never stronger than full path consistency (which is sound) ...
        assertThat(partial[x][y] & full[x][y]).as(pair).isEqualTo(full[x][y]);
        if (shape == Shape.FOREST || complete(graph, net)) {
          // ... and as strong, through a tree or on a complete graph.
          assertThat(AllenPoints.relations(partial[x][y])).as(pair).isEqualTo(AllenPoints.relations(full[x][y]));
        }
      }
    }
  }

  private static boolean complete(ChordalGraph graph, Network net) {
    return graph.edges() == net.n * (net.n - 1) / 2;
  }

  private static int[] pick(int[] values, BitSet chosen) {
    return chosen.stream().map(c -> values[c]).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void partialPathConsistency_agreesWithFullOnConsistentNetworks(long seed) {
    check(seed, Shape.CONSISTENT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void partialPathConsistency_isSoundOnAnyNetwork(long seed) {
    check(seed, Shape.ANY);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void partialPathConsistency_decidesAsFullOnConvexRelations(long seed) {
    check(seed, Shape.CONVEX);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void partialPathConsistency_composesAlongTreesAsFullDoes(long seed) {
    check(seed, Shape.FOREST);
  }
}
