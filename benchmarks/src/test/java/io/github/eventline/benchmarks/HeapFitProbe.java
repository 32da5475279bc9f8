package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;

/**
 * Tries whether the ordering story of a size ({@link StoryShape#ordering(int)}: n events, 2n
 * {@code PRECEDES} relations) fits in this JVM's heap with its timeline, and with every verdict
 * too. Run by hand in a JVM without {@code -Xmx} to try the default heap; prints what it reached.
 * Not a test: {@code java -cp benchmarks/target/test-classes:benchmarks/target/benchmarks.jar
 * io.github.eventline.benchmarks.HeapFitProbe 2500000}.
 */
final class HeapFitProbe {

  private HeapFitProbe() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    boolean verdicts = args.length > 1 && args[1].equals("verdicts");
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("max heap %d MB, %d events%n", runtime.maxMemory() >> 20, n);
    Story story = SyntheticStories.generate(StoryShape.ordering(n));
    System.out.printf("story made: %d assertions, %d MB used%n", story.assertions().size(), used(runtime));
    long t0 = System.nanoTime();
    Timeline timeline = Timeline.build(story);
    long t1 = System.nanoTime();
    System.out.printf("Timeline.build %d ms, %d events ordered, %d MB used%n",
        (t1 - t0) / 1_000_000, timeline.events().size(), used(runtime));
    if (verdicts) {
      int count = timeline.verdicts().size();
      System.out.printf("verdicts %d ms, %d verdicts, %d MB used%n",
          (System.nanoTime() - t1) / 1_000_000, count, used(runtime));
    }
  }

  private static long used(Runtime runtime) {
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }
}
