package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Undated stories whose relation claims are disjunctions of two to four Allen relations holding
 * the relation of hidden true intervals (often non-convex, such as {@code {BEFORE, OVERLAPS,
 * AFTER}}): consistent by construction.
 */
public final class QualitativeStories {

  private static final IntervalRelation[] RELATIONS = IntervalRelation.values();

  private QualitativeStories() {}

  /** As the benchmarks' {@code SyntheticStories.qualitative}: constraints on random distinct pairs. */
  public static Story dense(int events, int constraints, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] truth = truth(events, random, 1_000);
    Set<Long> pairs = new HashSet<>();
    List<Assertion> assertions = new ArrayList<>();
    for (int c = 0; c < constraints; c++) {
      int a;
      int b;
      do {
        a = random.nextInt(events);
        b = random.nextInt(events);
      } while (a == b || !pairs.add((long) Math.min(a, b) * events + Math.max(a, b)));
      assertions.add(claim(c, a, b, truth, random));
    }
    return story(events, assertions);
  }

  /**
   * Sparse and long: event i (true start about i) is related to {@code perEvent} events among the
   * next {@code reach}, as a news story relates each episode to the ones soon after it.
   */
  public static Generated sparse(int events, int perEvent, int reach, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] truth = new long[events][2];
    for (int i = 0; i < events; i++) {
      truth[i][0] = 10L * i + random.nextInt(40);
      truth[i][1] = truth[i][0] + 1 + random.nextInt(60);
    }
    Set<Long> pairs = new HashSet<>();
    List<Assertion> assertions = new ArrayList<>();
    int c = 0;
    for (int a = 0; a < events; a++) {
      for (int k = 0; k < perEvent; k++) {
        int b = a + 1 + random.nextInt(reach);
        if (b < events && pairs.add((long) a * events + b)) {
          assertions.add(claim(c++, a, b, truth, random));
        }
      }
    }
    return new Generated(story(events, assertions), truth);
  }

  /** A story and the true start and end of each of its events, {@code truth[i] = {start, end}}. */
  public record Generated(Story story, long[][] truth) {

    /** The relation of the true intervals of two events. */
    IntervalRelation relation(int a, int b) {
      return IntervalRelation.between(truth[a][0], truth[a][1], truth[b][0], truth[b][1]);
    }
  }

  private static long[][] truth(int events, SplittableRandom random, int span) {
    long[][] truth = new long[events][2];
    for (int i = 0; i < events; i++) {
      truth[i][0] = random.nextInt(span);
      truth[i][1] = truth[i][0] + 1 + random.nextInt(50);
    }
    return truth;
  }

  private static Assertion claim(int c, int a, int b, long[][] truth, SplittableRandom random) {
    EnumSet<IntervalRelation> set =
        EnumSet.of(IntervalRelation.between(truth[a][0], truth[a][1], truth[b][0], truth[b][1]));
    int extra = 1 + random.nextInt(3);
    for (int k = 0; k < extra; k++) {
      set.add(RELATIONS[random.nextInt(RELATIONS.length)]);
    }
    return Assertion.builder("q" + c, "s" + random.nextInt(10), Claim.Relation.of(id(a), set, id(b))).build();
  }

  private static Story story(int events, List<Assertion> assertions) {
    Story.Builder story = Story.builder().title("Qualitative constraints");
    for (int s = 0; s < 10; s++) {
      story.source(Source.builder("s" + s, "Witness " + s).build());
    }
    for (int i = 0; i < events; i++) {
      story.event(Event.builder(id(i), "Episode " + i).build());
    }
    return story.assertions(assertions).build();
  }

  public static EventId id(int i) {
    return EventId.of(String.format("ev%05d", i));
  }
}
