package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import java.io.PrintStream;
import java.util.Random;

/**
 * Prints everything a timeline and its reconciliation say of a few generated stories, so that two
 * versions of the code can be compared by hand ({@code diff}): a check that an optimisation keeps
 * the output identical. Not a test.
 */
final class GoldenDump {

  private GoldenDump() {}

  public static void main(String[] args) throws Exception {
    try (PrintStream out = new PrintStream(args[0], "UTF-8")) {
      for (int seed = 0; seed < 40; seed++) {
        dump(out, "claims" + seed, RandomClaims.story(new Random(seed), 20 + seed * 5));
      }
      for (int seed = 0; seed < 200; seed++) {
        dump(out, "random" + seed, RandomStories.generate(seed, seed % 2 == 0, seed % 4).story);
      }
      dump(out, "large", LargeStories.generate(20_000, 2, 3));
      dump(out, "scale", ReconciliationScaleTest.story(new Random(5), 4_000, 50, 20_000));
      dump(out, "seed", SeedStory.story());
    }
  }

  private static void dump(PrintStream out, String name, Story story) {
    for (ReconciliationPolicy.Method m : ReconciliationPolicy.Method.values()) {
      ReconciliationPolicy policy = ReconciliationPolicy.builder().method(m).build();
      Timeline t = Timeline.build(story, policy);
      out.println("== " + name + " " + m + " " + t);
      for (Verdict v : t.verdicts()) {
        out.println(v);
        for (Weighed w : v.explanation()) {
          out.println("  " + w + " counted=" + w.isCounted());
        }
      }
      out.println("trust " + t.reconciliation().trust() + " merged " + t.reconciliation().mergedEvents());
      for (Assertion a : story.assertions()) {
        out.print(t.reconciliation().isAccepted(a.id()) ? '+' : '-');
      }
      out.println();
      for (Event e : t.events()) {
        out.println(e.id() + " " + t.derivedBounds(e.id()));
      }
      t.conflicts().forEach(c -> out.println("conflict " + c));
    }
  }
}
