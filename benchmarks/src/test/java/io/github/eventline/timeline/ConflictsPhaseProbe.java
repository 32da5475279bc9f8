package io.github.eventline.timeline;

import io.github.eventline.benchmarks.StoryShape;
import io.github.eventline.benchmarks.SyntheticStories;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.network.SolvedNetwork;

/**
 * Times {@link Timeline#build} of the ordering story with contradictions added and without, then
 * the network of the story with them solved alone, as the build solves it. Not a test: run by hand,
 * in this package to reach the parts:
 * {@code java -Xmx6g -cp benchmarks/target/test-classes:benchmarks/target/benchmarks.jar
 * io.github.eventline.timeline.ConflictsPhaseProbe 200000 3 5}.
 */
final class ConflictsPhaseProbe {

  private ConflictsPhaseProbe() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    Story consistent = SyntheticStories.generate(StoryShape.ordering(n));
    Story contradicted = SyntheticStories.withConflicts(consistent, count, count, StoryShape.SEED);
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Timeline none = Timeline.build(consistent);
      long t1 = System.nanoTime();
      Timeline some = Timeline.build(contradicted);
      long t2 = System.nanoTime();
      SolvedNetwork.forTimeline(contradicted, TimelineOptions.builder().accepting(a -> true).build());
      long t3 = System.nanoTime();
      System.out.printf("without %d ms (%d conflicts), with %d ms (%d conflicts); network alone %d ms%n",
          (t1 - t0) / 1_000_000, none.conflicts().size(), (t2 - t1) / 1_000_000, some.conflicts().size(),
          (t3 - t2) / 1_000_000);
    }
  }
}
