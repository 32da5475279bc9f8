package io.github.eventline.timeline;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.network.TemporalNetwork;
import io.github.eventline.timeline.order.TimelineOrder;
import java.util.Arrays;
import java.util.Random;

/**
 * Measures the network alone on primitive arrays (no story objects): 1,000,000 events, 2,000,000
 * PRECEDES edges, a third of the events dated. Run by hand; prints its figures. Not a test.
 */
final class NetworkProbe {

  private NetworkProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Random random = new Random(42);
    int points = 2 * n;
    int max = n + 2 * n;
    int[] src = new int[max];
    int[] dst = new int[max];
    int[] w = new int[max];
    int[] org = new int[max];
    int count = 0;
    for (int i = 0; i < n; i++) {
      src[count] = 2 * i + 1;
      dst[count] = 2 * i;
      org[count] = -1;
      count++;
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 2; k++) {
        int j = i + 1 + random.nextInt(64);
        if (j < n) {
          src[count] = 2 * j; // j.start -> i.end, weight 0: i.end <= j.start
          dst[count] = 2 * i + 1;
          org[count] = n + count;
          count++;
        }
      }
    }
    long[] lowerStated = new long[points];
    long[] upperStated = new long[points];
    Arrays.fill(lowerStated, TemporalNetwork.NEG_INF);
    Arrays.fill(upperStated, TemporalNetwork.INF);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(3) == 0) {
        long day = (i / 12) * 86_400L;
        lowerStated[2 * i] = day;
        upperStated[2 * i] = day + 86_400;
        lowerStated[2 * i + 1] = day;
        upperStated[2 * i + 1] = day + 86_400;
      }
    }
    EventId[] ids = new EventId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = EventId.of(String.format("e%07d", i));
    }
    for (int run = 0; run < 8; run++) {
      long t0 = System.nanoTime();
      TemporalNetwork net = TemporalNetwork.of(points, count, src, dst, w, org, null);
      long t1 = System.nanoTime();
      long[] lower = lowerStated.clone();
      long[] upper = upperStated.clone();
      int[] pred = new int[points];
      net.propagateUpper(upper, pred);
      net.propagateLower(lower, pred);
      long t2 = System.nanoTime();
      int[] order = TimelineOrder.order(net, lower, upper, ids);
      long t3 = System.nanoTime();
      System.out.printf(
          "run %d: CSR + topological order %d ms, bounds forward + backward %d ms, timeline order %d ms;"
              + " %d points, %d edges, first %s%n",
          run, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, points, count, ids[order[0]]);
    }
  }
}
