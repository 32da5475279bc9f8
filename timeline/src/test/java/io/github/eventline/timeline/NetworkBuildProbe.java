package io.github.eventline.timeline;

import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.order.TimelineOrder;
import java.util.BitSet;

/**
 * Measures the network ({@link SolvedNetwork#inStoryOrder}) and the order ({@link TimelineOrder#order}) of
 * {@link Timeline#build} on {@link LargeStories}, without the reconciliation, against
 * {@link BuildProbe#baseline} in the same JVM; then the heap they retain. Run by hand; prints its
 * figures. Not a test: {@code java -XX:+AlwaysPreTouch -Xms6g -Xmx6g -cp ...
 * io.github.eventline.timeline.NetworkBuildProbe 1000000 5 [profile]}.
 */
final class NetworkBuildProbe {

  private NetworkBuildProbe() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    // "profile" skips the baseline, to spend the samples of a profile on the two phases (ratios
    // are then to 1 ms).
    boolean baseline = args.length <= 2 || !args[2].equals("profile");
    Story story = LargeStories.generate(n, 2, 42);
    System.out.printf("%d events, %d assertions%n", story.events().size(), story.assertions().size());
    BitSet all = new BitSet();
    all.set(0, story.assertions().size());
    TimelineOptions options = TimelineOptions.defaults();
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    long[] bestCpu = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    SolvedNetwork net = null;
    int[] order = null;
    for (int run = 0; run < runs; run++) {
      net = null;
      order = null;
      long c0 = cpuTime();
      long t0 = System.nanoTime();
      int[] plain = baseline ? BuildProbe.baseline(story) : new int[0];
      long t1 = System.nanoTime();
      long c1 = cpuTime();
      net = SolvedNetwork.inStoryOrder(story, options, all::get);
      long t2 = System.nanoTime();
      long c2 = cpuTime();
      EventId[] ids = new EventId[net.eventCount()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = net.event(i).id();
      }
      order = TimelineOrder.order(net.network(), net.lowerBounds(), net.upperBounds(), ids);
      long t3 = System.nanoTime();
      long c3 = cpuTime();
      long[] t = {t1 - t0, t2 - t1, t3 - t2};
      long[] c = {c1 - c0, c2 - c1, c3 - c2};
      if (!baseline) {
        t[0] = 1_000_000;
        c[0] = 1_000_000;
      }
      for (int k = 0; k < t.length; k++) {
        best[k] = Math.min(best[k], t[k]);
        bestCpu[k] = Math.min(bestCpu[k], c[k]);
      }
      System.out.printf(
          "run %d: baseline %d ms | network %d ms (%.2f) | order %d ms (%.2f); cpu %d | %d | %d ms; %d/%d, %d conflicts%n",
          run, t[0] / 1_000_000, t[1] / 1_000_000, (double) t[1] / t[0], t[2] / 1_000_000, (double) t[2] / t[0],
          c[0] / 1_000_000, c[1] / 1_000_000, c[2] / 1_000_000, plain.length, order.length, net.conflicts().size());
    }
    System.out.printf(
        "best: baseline %d ms | network %d ms (%.2f) | order %d ms (%.2f)%n",
        best[0] / 1_000_000, best[1] / 1_000_000, (double) best[1] / best[0], best[2] / 1_000_000,
        (double) best[2] / best[0]);
    System.out.printf(
        "best cpu: baseline %d ms | network %d ms (%.2f) | order %d ms (%.2f)%n",
        bestCpu[0] / 1_000_000, bestCpu[1] / 1_000_000, (double) bestCpu[1] / bestCpu[0], bestCpu[2] / 1_000_000,
        (double) bestCpu[2] / bestCpu[0]);
    long with = usedAfterGc();
    int length = order.length + net.lowerBounds().length;
    net = null;
    order = null;
    long without = usedAfterGc();
    System.out.printf(
        "retained by network and order: %d MB, %d bytes per event (%d)%n",
        (with - without) >> 20, (with - without) / n, length);
    // The story stays reachable through both measurements: only the network and the order differ.
    java.lang.ref.Reference.reachabilityFence(story);
  }

  /**
   * The CPU time of this thread, which the load of other processes does not inflate as it does the
   * elapsed time; by reflection, as the test module does not read java.management.
   */
  private static long cpuTime() throws ReflectiveOperationException {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    return (Long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(threads);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
