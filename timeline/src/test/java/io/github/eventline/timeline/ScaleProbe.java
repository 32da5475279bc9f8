package io.github.eventline.timeline;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.order.TimelineOrder;

/**
 * Measures building a timeline of a large story; run by hand, prints its figures:
 * {@code java -cp ... io.github.eventline.timeline.ScaleProbe 1000000 2}. Not a test.
 */
final class ScaleProbe {

  private ScaleProbe() {}

  public static void main(String[] args) {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int per = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long t0 = System.nanoTime();
    Story story = LargeStories.generate(events, per, 42);
    long t1 = System.nanoTime();
    System.out.printf("story of %d events, %d assertions generated and validated in %d ms%n",
        story.events().size(), story.assertions().size(), (t1 - t0) / 1_000_000);
    for (int run = 0; run < 6; run++) {
      long s = System.nanoTime();
      SolvedNetwork net = SolvedNetwork.inStoryOrder(story, TimelineOptions.defaults());
      long m = System.nanoTime();
      io.github.eventline.core.EventId[] ids = new io.github.eventline.core.EventId[net.eventCount()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = net.event(i).id();
      }
      int[] order = TimelineOrder.order(net.network(), net.lowerBounds(), net.upperBounds(), ids);
      long o = System.nanoTime();
      Timeline timeline = Timeline.build(story);
      long b = System.nanoTime();
      System.out.printf(
          "run %d: network (translate + SCC + propagate) %d ms, order %d ms, Timeline.build total %d ms;"
              + " %d points, %d edges, %d components, %d conflicts, first %s%n",
          run, (m - s) / 1_000_000, (o - m) / 1_000_000, (b - o) / 1_000_000, net.network().size,
          net.network().to.length, net.network().componentCount(), timeline.conflicts().size(), order.length > 0 ? ids[order[0]] : "-");
    }
  }
}
