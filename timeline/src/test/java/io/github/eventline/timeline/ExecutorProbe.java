package io.github.eventline.timeline;

import io.github.eventline.core.Story;

/**
 * Times {@link Timeline#build(Story)} on the common pool against the same build on the calling
 * thread alone ({@code executor(Runnable::run)}), alternating, on {@link LargeStories}. Run by hand;
 * prints its figures. Not a test:
 * {@code java -Xmx3g -cp ... io.github.eventline.timeline.ExecutorProbe 200000 6}.
 */
final class ExecutorProbe {

  private ExecutorProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Story story = LargeStories.generate(n, 2, 42);
    System.out.printf("%d events, %d assertions%n", story.events().size(), story.assertions().size());
    long bestPool = Long.MAX_VALUE;
    long bestAlone = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Timeline pool = Timeline.build(story);
      long t1 = System.nanoTime();
      Timeline alone = Timeline.builder(story).executor(Runnable::run).build();
      long t2 = System.nanoTime();
      if (!pool.events().equals(alone.events())) {
        throw new AssertionError("the two builds disagree on the order");
      }
      bestPool = Math.min(bestPool, t1 - t0);
      bestAlone = Math.min(bestAlone, t2 - t1);
      System.out.printf("run %d: common pool %d ms, calling thread %d ms%n", run, (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000);
    }
    System.out.printf("best: common pool %d ms, calling thread %d ms%n", bestPool / 1_000_000, bestAlone / 1_000_000);
  }
}
