package io.github.eventline.timeline;

import io.github.eventline.core.Story;

/**
 * Times {@link Timeline#build(Story)} with path consistency on {@link QualitativeStories}, against
 * a baseline in the same JVM ({@code Timeline.build} of the same events with no relation claims).
 * Run by hand; prints its figures. Not a test:
 * {@code java ... io.github.eventline.timeline.QualitativeProbe dense 300 3000 5} or
 * {@code ... QualitativeProbe sparse 2500 2 64 3}.
 */
final class QualitativeProbe {

  private QualitativeProbe() {}

  /** The process's CPU time: under load, steadier than the wall clock (JIT and GC threads included). */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  public static void main(String[] args) {
    String shape = args[0];
    int n = Integer.parseInt(args[1]);
    int m = Integer.parseInt(args[2]);
    Story story;
    int runs;
    if (shape.equals("dense")) {
      story = QualitativeStories.dense(n, m, 42);
      runs = Integer.parseInt(args[3]);
    } else {
      story = QualitativeStories.sparse(n, m, Integer.parseInt(args[3]), 42).story();
      runs = Integer.parseInt(args[4]);
    }
    Story bare = Story.builder().sources(story.sources()).events(story.events()).build();
    System.out.printf("%s: %d events, %d relation claims%n", shape, story.events().size(), story.assertions().size());
    long bestCpu = Long.MAX_VALUE;
    long best = Long.MAX_VALUE;
    long bestBare = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Timeline b = Timeline.build(bare);
      long t1 = System.nanoTime();
      long c1 = cpuNanos();
      Timeline t = Timeline.build(story);
      long c2 = cpuNanos();
      long t2 = System.nanoTime();
      bestCpu = Math.min(bestCpu, c2 - c1);
      best = Math.min(best, t2 - t1);
      bestBare = Math.min(bestBare, t1 - t0);
      System.out.printf("run %d: Timeline.build %d ms, cpu %d ms (no relations: %d ms); %d conflicts, %d events%n",
          run, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000, (t1 - t0) / 1_000_000, t.conflicts().size(), b.events().size());
    }
    // Queries: relation of random pairs (most of them outside the chordal graph), events possibly overlapping one.
    Timeline timeline = Timeline.build(story);
    java.util.Random random = new java.util.Random(42);
    long q0 = System.nanoTime();
    int kept = 0;
    for (int k = 0; k < 1_000; k++) {
      kept += timeline.relation(story.events().get(random.nextInt(n)).id(), story.events().get(random.nextInt(n)).id()).size();
    }
    long q1 = System.nanoTime();
    int overlapping = timeline.eventsPossiblyOverlapping(story.events().get(n / 2).id()).size();
    long q2 = System.nanoTime();
    System.out.printf("1,000 relation queries: %d ms (%d relations); eventsPossiblyOverlapping: %d ms (%d events)%n",
        (q1 - q0) / 1_000_000, kept, (q2 - q1) / 1_000_000, overlapping);
    System.out.printf("best: Timeline.build %d ms, process cpu %d ms (no relations: %d ms)%n",
        best / 1_000_000, bestCpu / 1_000_000, bestBare / 1_000_000);
  }
}
