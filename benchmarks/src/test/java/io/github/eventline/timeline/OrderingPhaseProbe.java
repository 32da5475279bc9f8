package io.github.eventline.timeline;

import io.github.eventline.benchmarks.StoryShape;
import io.github.eventline.benchmarks.SyntheticStories;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.order.TimelineOrder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Times {@link Timeline#build} on the benchmarks' ordering story (n events, 2n relations between
 * events of random story positions and close dates), then its parts one after the other, in wall
 * and this thread's CPU time: the story index (on two threads, as a build makes it), the up-front
 * verdicts, the network, the order. Not a test: run by hand (see benchmarks/README.md), in this
 * package to reach the parts.
 */
final class OrderingPhaseProbe {

  private OrderingPhaseProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Story story = SyntheticStories.generate(StoryShape.ordering(n));
    System.out.printf("%d events, %d assertions%n", story.events().size(), story.assertions().size());
    long[] build = new long[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Timeline timeline = Timeline.build(story);
      build[r] = (System.nanoTime() - t0) / 1_000_000;
      if (timeline.events().size() != n) {
        throw new IllegalStateException("the timeline lost events");
      }
    }
    long[] sorted = build.clone();
    Arrays.sort(sorted, Math.min(2, runs), runs);
    System.out.printf("Timeline.build ms: %s; after 2 warm-ups best %d, median %d%n",
        Arrays.toString(build), sorted[Math.min(2, runs - 1)], sorted[Math.min(2, runs - 1) + (runs - Math.min(2, runs)) / 2]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < 3; r++) {
      long[] wall = new long[5];
      long[] cpu = new long[5];
      wall[0] = System.nanoTime();
      cpu[0] = mx.getCurrentThreadCpuTime();
      StoryIndex index = new StoryIndex(story, java.util.concurrent.ForkJoinPool.commonPool());
      wall[1] = System.nanoTime();
      cpu[1] = mx.getCurrentThreadCpuTime();
      BitSet accepted = Reconciliation.acceptedTimesAndRelations(story, ReconciliationPolicy.defaults(), index);
      wall[2] = System.nanoTime();
      cpu[2] = mx.getCurrentThreadCpuTime();
      TimelineOptions options = TimelineOptions.builder().accepting(a -> true).build();
      SolvedNetwork net = SolvedNetwork.byStatedStart(story, options, accepted::get, index);
      wall[3] = System.nanoTime();
      cpu[3] = mx.getCurrentThreadCpuTime();
      int[] order = TimelineOrder.order(net);
      wall[4] = System.nanoTime();
      cpu[4] = mx.getCurrentThreadCpuTime();
      System.out.printf("parts, one after the other (ms wall / this thread's CPU): index %d/%d, verdicts %d/%d,"
              + " network %d/%d, order %d/%d (%d events)%n",
          (wall[1] - wall[0]) / 1_000_000, (cpu[1] - cpu[0]) / 1_000_000, (wall[2] - wall[1]) / 1_000_000,
          (cpu[2] - cpu[1]) / 1_000_000, (wall[3] - wall[2]) / 1_000_000, (cpu[3] - cpu[2]) / 1_000_000,
          (wall[4] - wall[3]) / 1_000_000, (cpu[4] - cpu[3]) / 1_000_000, order.length);
    }
  }
}
