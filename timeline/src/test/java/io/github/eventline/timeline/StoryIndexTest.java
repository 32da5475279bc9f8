package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.parallel.Parallel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The numbering of events for the network, by stated start: a permutation in date order, the
 * undated last, ties by id; and a timeline built on it answers as one built in the story's order.
 */
class StoryIndexTest {

  private static final long BASE_SEED = 0x51_0E_2026L;
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

  @RepeatedTest(40)
  void byStatedStart_ordersByDayOfEarliestStart_undatedLast_tiesById(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    // Days over fewer days than events: the numbering is exact. The story lists its events in no
    // order of their ids.
    int n = 50 + random.nextInt(400);
    List<Event> shuffled = new ArrayList<>(List.of(events(random, n, n - 1)));
    java.util.Collections.shuffle(shuffled, random);
    Event[] events = shuffled.toArray(new Event[0]);

    int[] position = byStatedStart(events);

    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, Comparator.comparingLong((Integer i) -> day(events[i])).thenComparing(i -> events[i].id()));
    int[] got = new int[n];
    for (int i = 0; i < n; i++) {
      got[position[i]] = i;
    }
    assertThat(got).as("seed %d", seed).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
  }

  @RepeatedTest(20)
  void byStatedStart_overMoreDaysThanEvents_isAPermutationInCoarseDateOrder(RepetitionInfo repetition) {
    long seed = BASE_SEED + 100 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = 2 + random.nextInt(300);
    // Up to about 30 million days: far more than events.
    int span = 1_000 + random.nextInt(30_000_000);
    Event[] events = events(random, n, span);

    int[] position = byStatedStart(events);

    int[] at = new int[n];
    Arrays.fill(at, -1);
    for (int i = 0; i < n; i++) {
      assertThat(position[i]).as("seed %d", seed).isBetween(0, n - 1);
      assertThat(at[position[i]]).as("seed %d: two events numbered %d", seed, position[i]).isEqualTo(-1);
      at[position[i]] = i;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Event e : events) {
      if (day(e) != Long.MAX_VALUE) {
        min = Math.min(min, day(e));
        max = Math.max(max, day(e));
      }
    }
    // Days are grouped in spans of fewer than 2 (max - min) / n days: no event comes after one
    // more than that later, and the undated come last.
    long slack = 2 * (max - min) / n;
    for (int p = 1; p < n; p++) {
      long previous = day(events[at[p - 1]]);
      long next = day(events[at[p]]);
      assertThat(next).as("seed %d, position %d", seed, p).isGreaterThanOrEqualTo(previous == Long.MAX_VALUE ? previous : previous - slack);
    }
  }

  @Test
  void byStatedStart_withNoEarliestStart_ordersById() {
    Event[] events = {
      Event.builder("c", "c").build(),
      Event.builder("a", "a").when(TimeBounds.parse("../2024-05-01")).build(),
      Event.builder("b", "b").build(),
    };

    assertThat(byStatedStart(events)).containsExactly(2, 0, 1);
  }

  @Test
  void byStatedStart_putsTheUndatedAfterTheDated() {
    Event[] events = {
      Event.builder("c", "c").build(),
      Event.builder("a", "a").when(TimeBounds.in(Year.of(2024))).build(),
      Event.builder("b", "b").when(TimeBounds.on(LocalDate.of(2023, 12, 31))).build(),
      Event.builder("d", "d").when(TimeBounds.parse("../2024-05-01")).build(),
    };

    assertThat(byStatedStart(events)).containsExactly(2, 1, 0, 3);
  }

  @RepeatedTest(15)
  void timeline_numberedByStatedStart_answersAsOneInTheStoryOrder(RepetitionInfo repetition) {
    long seed = BASE_SEED + 200 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = 30 + random.nextInt(120);
    // A consistent story, so that both numberings find no conflict: each event happens within one day, stated by that day, its month, its year, or not at all; the
    // relations and timings say what is true of those days.
    int[] day = new int[n];
    Event[] events = new Event[n];
    for (int i = 0; i < n; i++) {
      day[i] = random.nextInt(400);
      LocalDate d = FIRST.plusDays(day[i]);
      Event.Builder e = Event.builder("e" + i, "Event " + i);
      switch (random.nextInt(5)) {
        case 0, 1 -> e.when(TimeBounds.on(d));
        case 2 -> e.when(TimeBounds.in(YearMonth.from(d)));
        case 3 -> e.when(TimeBounds.in(Year.from(d)));
        default -> { }
      }
      events[i] = e.build();
    }
    Story.Builder story = Story.builder().source(Source.builder("agency", "Agency").build()).event(events);
    for (int k = 0; k < 2 * n; k++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      Claim claim;
      if (random.nextInt(6) == 0) {
        claim = new Claim.Timing(events[a].id(), TimeBounds.in(YearMonth.from(FIRST.plusDays(day[a]))));
      } else if (day[a] != day[b]) {
        EnumSet<IntervalRelation> set = EnumSet.of(day[a] < day[b] ? IntervalRelation.BEFORE : IntervalRelation.AFTER);
        if (random.nextInt(3) == 0) {
          set.add(day[a] < day[b] ? IntervalRelation.MEETS : IntervalRelation.MET_BY);
        }
        claim = Claim.Relation.of(events[a].id(), set, events[b].id());
      } else {
        continue;
      }
      story.assertion(Assertion.builder("a" + k, "agency", claim).build());
    }
    Story built = story.build();

    // Built with the verdicts, the network numbers events by stated start; with options, it keeps
    // the story's order.
    Timeline numbered = Timeline.build(built);
    Reconciliation full = Reconciliation.of(built);
    Timeline inOrder = Timeline.build(built, TimelineOptions.builder().accepting(x -> full.isAccepted(x.id())).build());

    String why = "seed " + seed;
    // The network itself, not only the timeline (which a conflict would make rebuild by id).
    TimelineOptions all = TimelineOptions.builder().accepting(x -> true).build();
    SolvedNetwork byStart = SolvedNetwork.byStatedStart(built, all, p -> true, new StoryIndex(built, Parallel.CALLER));
    SolvedNetwork byStory = SolvedNetwork.inStoryOrder(built, all);
    assertThat(byStart.conflicts()).as(why).isEmpty();
    assertThat(byStory.conflicts()).as(why).isEmpty();
    for (int i = 0; i < n; i++) {
      int x = byStart.indexOf(events[i].id());
      assertThat(byStart.event(x)).as(why).isSameAs(events[i]);
      assertThat(new long[] {byStart.lower(2 * x), byStart.upper(2 * x), byStart.lower(2 * x + 1), byStart.upper(2 * x + 1)})
          .as("%s, %s", why, events[i].id())
          .containsExactly(byStory.lower(2 * i), byStory.upper(2 * i), byStory.lower(2 * i + 1), byStory.upper(2 * i + 1));
    }
    assertThat(numbered.conflicts()).as(why).isEmpty();
    assertThat(numbered.events()).as(why).isEqualTo(inOrder.events());
    assertThat(numbered.conflicts()).as(why).isEqualTo(inOrder.conflicts());
    for (int i = 0; i < n; i++) {
      EventId e = events[i].id();
      assertThat(numbered.derivedBounds(e)).as("%s, %s", why, e).isEqualTo(inOrder.derivedBounds(e));
      assertThat(numbered.eventsPossiblyOverlapping(e)).as("%s, %s", why, e).isEqualTo(inOrder.eventsPossiblyOverlapping(e));
      EventId o = events[random.nextInt(n)].id();
      if (!o.equals(e)) {
        assertThat(numbered.relation(e, o)).as("%s, %s %s", why, e, o).isEqualTo(inOrder.relation(e, o));
        assertThat(numbered.isNecessarilyBefore(e, o)).as("%s, %s %s", why, e, o).isEqualTo(inOrder.isNecessarilyBefore(e, o));
      }
    }
    Instant from = FIRST.plusDays(100).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    assertThat(numbered.eventsIn(from, from.plusSeconds(30 * 86_400L))).as(why)
        .isEqualTo(inOrder.eventsIn(from, from.plusSeconds(30 * 86_400L)));
  }

  /** The network's numbering of events, as a timeline built on a story of them numbers them. */
  private static int[] byStatedStart(Event[] events) {
    return StoryIndex.Numbering.of(new StoryIndex(Story.builder().event(events).build(), Parallel.CALLER)).position;
  }

  /** Events dated over {@code days} days from 2024 by day, month or year, some undated or open-ended. */
  private static Event[] events(Random random, int n, int days) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Event.Builder e = Event.builder("e" + i, "Event " + i);
      LocalDate day = FIRST.plusDays(random.nextInt(days + 1));
      switch (random.nextInt(6)) {
        case 0 -> e.when(TimeBounds.on(day));
        case 1 -> e.when(TimeBounds.on(day));
        case 2 -> e.when(TimeBounds.in(YearMonth.from(day)));
        case 3 -> e.when(TimeBounds.in(Year.from(day)));
        case 4 -> e.when(TimeBounds.parse("../" + day));
        default -> { }
      }
      events.add(e.build());
    }
    return events.toArray(new Event[0]);
  }

  /** The day of an event's earliest start; {@link Long#MAX_VALUE} if it has none. */
  private static long day(Event e) {
    if (e.when().isEmpty() || e.when().get().earliestStart().equals(Instant.MIN)) {
      return Long.MAX_VALUE;
    }
    return Math.floorDiv(e.when().get().earliestStart().getEpochSecond(), 86_400L);
  }
}
