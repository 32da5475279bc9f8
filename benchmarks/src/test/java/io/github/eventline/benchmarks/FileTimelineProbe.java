package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;

/**
 * Times {@code Timeline.build} of the file stories ({@link StoryShape#file(int)}: dates off now and
 * then, so about one conflict per 180 events) at each size given, to show how the build grows with
 * the number of conflicts. Run by hand; prints its figures. Not a test:
 * {@code java -Xmx6g -cp benchmarks/target/test-classes:benchmarks/target/benchmarks.jar
 * io.github.eventline.benchmarks.FileTimelineProbe 20000 80000 160000}.
 */
final class FileTimelineProbe {

  private FileTimelineProbe() {}

  public static void main(String[] args) {
    for (String arg : args) {
      int n = Integer.parseInt(arg);
      Story story = SyntheticStories.generate(StoryShape.file(n));
      long t0 = System.nanoTime();
      Timeline timeline = Timeline.build(story);
      long t1 = System.nanoTime();
      System.out.printf("%d events, %d assertions: Timeline.build %d ms, %d conflicts%n",
          n, story.assertions().size(), (t1 - t0) / 1_000_000, timeline.conflicts().size());
    }
  }
}
