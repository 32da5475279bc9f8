package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.points.AllenPoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random stories on a grid of seconds 0..GRID, and a brute-force oracle over the grid. */
public final class RandomStories {

  public static final int GRID = 3;

  final int events;
  final int[][] bounds; // per statement: event, es, ls, ee, le
  final int[][] relations; // per claim: a, mask, b
  public final Story story;

  private RandomStories(int events, int[][] bounds, int[][] relations, Story story) {
    this.events = events;
    this.bounds = bounds;
    this.relations = relations;
    this.story = story;
  }

  /**
   * Generates a story.
   *
   * @param exactOnly  true to use only relation sets that difference constraints state exactly
   * @param timings  how many extra timing claims to add
   */
  public static RandomStories generate(long seed, boolean exactOnly, int timings) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(3);
    List<int[]> bounds = new ArrayList<>();
    Story.Builder story = Story.builder();
    story.source(Source.builder("s1", "Source one").reliability(0.9).build(), Source.builder("s2", "Source two").build());
    for (int i = 0; i < n; i++) {
      int[] b = randomBounds(random, i);
      bounds.add(b);
      story.event(Event.builder("e" + i, "Event " + i).when(toBounds(b)).build());
    }
    int assertion = 0;
    for (int t = 0; t < timings; t++) {
      int[] b = randomBounds(random, random.nextInt(n));
      bounds.add(b);
      story.assertion(
          Assertion.builder("a" + assertion++, random.nextBoolean() ? "s1" : "s2", new Claim.Timing(id(b[0]), toBounds(b)))
              .build());
    }
    int claims = random.nextInt(5);
    List<int[]> relations = new ArrayList<>();
    for (int c = 0; c < claims; c++) {
      int a = random.nextInt(n);
      int b = (a + 1 + random.nextInt(n - 1)) % n;
      int mask = randomMask(random, exactOnly);
      relations.add(new int[] {a, mask, b});
      story.assertion(
          Assertion.builder(
                  "a" + assertion++,
                  random.nextBoolean() ? "s1" : "s2",
                  Claim.Relation.of(id(a), AllenPoints.relations(mask), id(b)))
              .build());
    }
    return new RandomStories(n, bounds.toArray(new int[0][]), relations.toArray(new int[0][]), story.build());
  }

  public static EventId id(int i) {
    return EventId.of("e" + i);
  }

  private static int[] randomBounds(Random random, int event) {
    if (random.nextInt(4) == 0) {
      return new int[] {event, 0, GRID, 0, GRID};
    }
    int es = random.nextInt(GRID + 1);
    int ls = es + random.nextInt(GRID + 1 - es);
    int ee = es + random.nextInt(GRID + 1 - es);
    int lo = Math.max(ee, ls);
    int le = lo + random.nextInt(GRID + 1 - lo);
    return new int[] {event, es, ls, ee, le};
  }

  private static int randomMask(Random random, boolean exactOnly) {
    for (int tries = 0; tries < 50; tries++) {
      int mask = 0;
      int parts = 1 + random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        mask |= 1 << random.nextInt(13);
      }
      if (!exactOnly || AllenPoints.translate(mask).exact()) {
        return mask;
      }
    }
    return 1 << random.nextInt(13);
  }

  public static TimeBounds toBounds(int[] b) {
    return TimeBounds.of(
        Instant.ofEpochSecond(b[1]),
        Instant.ofEpochSecond(b[2]),
        Instant.ofEpochSecond(b[3]),
        Instant.ofEpochSecond(b[4]),
        Precision.SECOND,
        b[1] + "-" + b[2] + "/" + b[3] + "-" + b[4]);
  }

  /** Every solution on the grid: {s0, e0, s1, e1, ...}. */
  List<int[]> solutions() {
    List<int[]> result = new ArrayList<>();
    enumerate(new int[2 * events], 0, result);
    return result;
  }

  private void enumerate(int[] x, int i, List<int[]> out) {
    if (i == events) {
      if (satisfies(x)) {
        out.add(x.clone());
      }
      return;
    }
    for (int s = 0; s <= GRID; s++) {
      for (int e = s; e <= GRID; e++) {
        x[2 * i] = s;
        x[2 * i + 1] = e;
        enumerate(x, i + 1, out);
      }
    }
  }

  private boolean satisfies(int[] x) {
    for (int[] b : bounds) {
      int s = x[2 * b[0]];
      int e = x[2 * b[0] + 1];
      if (s < b[1] || s > b[2] || e < b[3] || e > b[4]) {
        return false;
      }
    }
    for (int[] r : relations) {
      if ((holding(x, r[0], r[2]) & r[1]) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The relations of a to b whose defining conditions hold in a solution (Allen 1983, on points). */
  public static int holding(int[] x, int a, int b) {
    int as = x[2 * a];
    int ae = x[2 * a + 1];
    int bs = x[2 * b];
    int be = x[2 * b + 1];
    int mask = 0;
    mask |= bit(IntervalRelation.BEFORE, ae < bs);
    mask |= bit(IntervalRelation.MEETS, ae == bs);
    mask |= bit(IntervalRelation.OVERLAPS, as < bs && bs < ae && ae < be);
    mask |= bit(IntervalRelation.STARTS, as == bs && ae < be);
    mask |= bit(IntervalRelation.DURING, bs < as && ae < be);
    mask |= bit(IntervalRelation.FINISHES, bs < as && ae == be);
    mask |= bit(IntervalRelation.EQUALS, as == bs && ae == be);
    mask |= bit(IntervalRelation.FINISHED_BY, as < bs && ae == be);
    mask |= bit(IntervalRelation.CONTAINS, as < bs && be < ae);
    mask |= bit(IntervalRelation.STARTED_BY, as == bs && be < ae);
    mask |= bit(IntervalRelation.OVERLAPPED_BY, bs < as && as < be && be < ae);
    mask |= bit(IntervalRelation.MET_BY, as == be);
    mask |= bit(IntervalRelation.AFTER, be < as);
    return mask;
  }

  private static int bit(IntervalRelation r, boolean holds) {
    return holds ? 1 << r.ordinal() : 0;
  }

  /** The solutions the queries on a and b consider: each event taken to last if it can. */
  public static List<int[]> lasting(List<int[]> solutions, int a, int b) {
    for (boolean[] mode : new boolean[][] {{true, true}, {true, false}, {false, true}}) {
      List<int[]> kept = new ArrayList<>();
      for (int[] x : solutions) {
        if ((!mode[0] || x[2 * a] < x[2 * a + 1]) && (!mode[1] || x[2 * b] < x[2 * b + 1])) {
          kept.add(x);
        }
      }
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    return solutions;
  }

  @Override
  public String toString() {
    return story.events() + " " + story.assertions();
  }
}
