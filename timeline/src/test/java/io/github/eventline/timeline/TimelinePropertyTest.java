package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.network.Link;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.points.AllenPoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Soundness and completeness against brute force over a small grid of seconds. The network is
 * checked on every positive assertion ({@link TimelineOptions#defaults()}), not on the ones
 * reconciliation accepts, so that brute force and timeline see the same constraints.
 */
class TimelinePropertyTest {

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 250).map(i -> 7919 * i + 17);
  }

  static java.util.stream.LongStream fewerSeeds() {
    return seeds().limit(100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derivedBounds_areAttainedAndHoldEverySolution(long seed) {
    RandomStories r = RandomStories.generate(seed, true, 0);
    List<int[]> solutions = r.solutions();
    Timeline timeline = Timeline.build(r.story, TimelineOptions.defaults());
    String why = "seed " + seed + ": " + r;

    assertThat(timeline.conflicts().isEmpty()).as(why).isEqualTo(!solutions.isEmpty());
    if (solutions.isEmpty()) {
      return;
    }
    for (int i = 0; i < r.events; i++) {
      TimeBounds b = timeline.derivedBounds(RandomStories.id(i));
      int[] minMax = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
      for (int[] x : solutions) {
        minMax[0] = Math.min(minMax[0], x[2 * i]);
        minMax[1] = Math.max(minMax[1], x[2 * i]);
        minMax[2] = Math.min(minMax[2], x[2 * i + 1]);
        minMax[3] = Math.max(minMax[3], x[2 * i + 1]);
      }
      assertThat(new long[] {
              b.earliestStart().getEpochSecond(),
              b.latestStart().getEpochSecond(),
              b.earliestEnd().getEpochSecond(),
              b.latestEnd().getEpochSecond()})
          .as(why + ", event e" + i)
          .containsExactly(minMax[0], minMax[1], minMax[2], minMax[3]);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void queries_matchTheSolutions(long seed) {
    RandomStories r = RandomStories.generate(seed, true, 0);
    List<int[]> solutions = r.solutions();
    if (solutions.isEmpty()) {
      return;
    }
    Timeline timeline = Timeline.build(r.story, TimelineOptions.defaults());
    List<EventId> order = timeline.events().stream().map(Event::id).toList();
    for (int a = 0; a < r.events; a++) {
      for (int b = 0; b < r.events; b++) {
        if (a == b) {
          continue;
        }
        String why = "seed " + seed + ", e" + a + " to e" + b + ": " + r;
        List<int[]> considered = RandomStories.lasting(solutions, a, b);
        int relations = 0;
        boolean necessarily = true;
        boolean possibly = false;
        for (int[] x : considered) {
          relations |= RandomStories.holding(x, a, b);
          necessarily &= x[2 * a + 1] <= x[2 * b];
          possibly |= x[2 * a + 1] <= x[2 * b];
        }
        EventId ea = RandomStories.id(a);
        EventId eb = RandomStories.id(b);
        assertThat(timeline.relation(ea, eb)).as(why).isEqualTo(AllenPoints.relations(relations));
        assertThat(timeline.isNecessarilyBefore(ea, eb)).as(why).isEqualTo(necessarily);
        assertThat(timeline.isPossiblyBefore(ea, eb)).as(why).isEqualTo(possibly);

        boolean always = true;
        boolean reverse = true;
        for (int[] x : solutions) {
          always &= x[2 * a + 1] <= x[2 * b];
          reverse &= x[2 * b + 1] <= x[2 * a];
        }
        if (always && !reverse) {
          assertThat(order.indexOf(ea)).as("order, " + why).isLessThan(order.indexOf(eb));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derivedBounds_holdEverySolutionWhateverTheRelationSets(long seed) {
    RandomStories r = RandomStories.generate(seed, false, 0);
    List<int[]> solutions = r.solutions();
    Timeline timeline = Timeline.build(r.story, TimelineOptions.defaults());
    if (!timeline.conflicts().isEmpty()) {
      // Path consistency reasons on Allen's relations, for events of positive length.
      assertThat(solutions.stream().filter(x -> lasts(x, r.events)))
          .as("seed " + seed + ": " + r)
          .isEmpty();
      return;
    }
    TimeBounds[] bounds = new TimeBounds[r.events];
    Set<?>[][] relations = new Set<?>[r.events][r.events];
    for (int i = 0; i < r.events; i++) {
      bounds[i] = timeline.derivedBounds(RandomStories.id(i));
      for (int j = 0; j < r.events; j++) {
        relations[i][j] = i == j ? Set.of() : timeline.relation(RandomStories.id(i), RandomStories.id(j));
      }
    }
    String why = "seed " + seed + ": " + r;
    for (int[] x : solutions) {
      for (int i = 0; i < r.events; i++) {
        TimeBounds b = bounds[i];
        boolean inside =
            b.earliestStart().getEpochSecond() <= x[2 * i]
                && x[2 * i] <= b.latestStart().getEpochSecond()
                && b.earliestEnd().getEpochSecond() <= x[2 * i + 1]
                && x[2 * i + 1] <= b.latestEnd().getEpochSecond();
        if (!inside) {
          fail(why + ": solution " + Arrays.toString(x) + " outside the bounds of e" + i + ", " + b);
        }
        for (int j = 0; j < r.events; j++) {
          if (j != i && x[2 * i] < x[2 * i + 1] && x[2 * j] < x[2 * j + 1]) {
            Set<IntervalRelation> holding = AllenPoints.relations(RandomStories.holding(x, i, j));
            if (!relations[i][j].containsAll(holding)) {
              fail(why + ": solution " + Arrays.toString(x) + " has e" + i + " " + holding + " e" + j);
            }
          }
        }
      }
    }
  }

  private static boolean lasts(int[] x, int events) {
    for (int i = 0; i < events; i++) {
      if (x[2 * i] >= x[2 * i + 1]) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void conflicts_areReportedExactlyWhenThereIsNoSolution_andTheirCyclesAreNegative(long seed) {
    RandomStories r = RandomStories.generate(seed, true, 2);
    boolean solvable = !r.solutions().isEmpty();
    String why = "seed " + seed + ": " + r;
    for (TimelineOptions options : List.of(TimelineOptions.defaults(), TimelineOptions.builder().dropWeakest().build())) {
      SolvedNetwork net = SolvedNetwork.inIdOrder(r.story, options);
      assertThat(net.conflicts().isEmpty()).as(why).isEqualTo(solvable);
      for (List<Link> cycle : net.cycles()) {
        long total = 0;
        for (Link link : cycle) {
          total += link.weight();
        }
        assertThat(total).as(why + ", cycle " + cycle).isNegative();
      }
      Timeline timeline = Timeline.build(r.story, options);
      assertThat(timeline.conflicts().isEmpty()).as(why).isEqualTo(solvable);
      for (TemporalConflict c : timeline.conflicts()) {
        assertThat(c.setAside().size() + c.setAsideDates().size()).as(why).isPositive();
        if (options.isDropWeakest()) {
          // One claim or one date: the assertions set aside all state the same claim.
          Set<Object> claims = new java.util.HashSet<>(c.setAsideDates());
          c.setAside().forEach(id -> claims.add(r.story.assertion(id).orElseThrow().claim()));
          assertThat(claims).as(why).hasSize(1);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void build_doesNotDependOnTheStoryOrder(long seed) {
    RandomStories r = RandomStories.generate(seed, false, 2);
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>(r.story.events());
    List<Assertion> assertions = new ArrayList<>(r.story.assertions());
    Collections.shuffle(events, random);
    Collections.shuffle(assertions, random);
    Story shuffled = Story.builder().sources(r.story.sources()).events(events).assertions(assertions).build();
    String why = "seed " + seed + ": " + r;
    for (TimelineOptions options : List.of(TimelineOptions.defaults(), TimelineOptions.builder().dropWeakest().build())) {
      Timeline one = Timeline.build(r.story, options);
      Timeline two = Timeline.build(shuffled, options);
      assertThat(two.events()).as(why).isEqualTo(one.events());
      assertThat(two.conflicts()).as(why).isEqualTo(one.conflicts());
      assertThat(events.stream().map(e -> two.derivedBounds(e.id())).toList())
          .as(why)
          .isEqualTo(events.stream().map(e -> one.derivedBounds(e.id())).toList());
    }
  }
}
