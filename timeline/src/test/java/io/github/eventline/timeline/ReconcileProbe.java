package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures {@link Reconciliation#of(Story)} on the story of {@link ReconciliationScaleTest}
 * (1,000,000 assertions, 200,000 events, 1,000 sources by default) against a plain hash group-by of
 * the same records, alternating them in one JVM. Run by hand; prints its figures. Not a test:
 * {@code java -XX:+AlwaysPreTouch -Xms8g -Xmx8g -cp ... io.github.eventline.timeline.ReconcileProbe 1000000 8}.
 */
final class ReconcileProbe {

  private ReconcileProbe() {}

  public static void main(String[] args) {
    int assertions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Story story = ReconciliationScaleTest.story(new Random(42), assertions / 5, 1_000, assertions);
    long bestGroupBy = Long.MAX_VALUE;
    long bestReconcile = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Map<ClaimKey, List<Assertion>> grouped = new HashMap<>();
      for (Assertion a : story.assertions()) {
        grouped.computeIfAbsent(a.claim().key(), k -> new ArrayList<>(2)).add(a);
      }
      long t1 = System.nanoTime();
      int verdicts = Reconciliation.of(story).verdicts().size();
      long t2 = System.nanoTime();
      bestGroupBy = Math.min(bestGroupBy, t1 - t0);
      bestReconcile = Math.min(bestReconcile, t2 - t1);
      System.out.printf("run %d: group-by %d ms (%d groups), reconcile %d ms (%d verdicts), ratio %.2f%n",
          run, (t1 - t0) / 1_000_000, grouped.size(), (t2 - t1) / 1_000_000, verdicts, (double) (t2 - t1) / (t1 - t0));
    }
    System.out.printf("best: group-by %d ms, reconcile %d ms, ratio of bests %.2f%n",
        bestGroupBy / 1_000_000, bestReconcile / 1_000_000, (double) bestReconcile / bestGroupBy);
  }
}
