package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.network.SolvedNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A few contradictions in a large, dated story: each is reported with its own constraints, the
 * rest of the story stays in force, and the build does not search the whole story for them.
 *
 * <p>The story: every event dated (twelve a day), each said to come BEFORE two events among the
 * next 64, so that the relations chain the whole story together. A contradiction added to it
 * joins events far apart: with the chains, its cycle's strongly connected component is most of
 * the story.
 */
class ConflictsAtScaleTest {

  private static final int EVENTS = 60_000;
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

  private static EventId id(int i) {
    return EventId.of(String.format("e%06d", i));
  }

  private static Assertion before(String id, String source, int first, int second) {
    return Assertion.builder(id, source, Claim.Relation.of(id(first), EnumSet.of(IntervalRelation.BEFORE), id(second)))
        .build();
  }

  /** The consistent story's events and relations (assertions {@code r<k>}, source wire). */
  private static Story.Builder consistent(int events, List<Assertion> extra) {
    Random random = new Random(20_261_207L);
    List<Event> list = new ArrayList<>(events);
    for (int i = 0; i < events; i++) {
      list.add(Event.builder(id(i), "Event " + i).when(TimeBounds.on(FIRST.plusDays(i / 12))).build());
    }
    List<Assertion> assertions = new ArrayList<>(2 * events + extra.size());
    int k = 0;
    for (int i = 0; i < events; i++) {
      for (int r = 0; r < 2; r++) {
        // A later day: twelve events a day, so at least the next twelve.
        int j = (i / 12 + 1) * 12 + random.nextInt(64);
        if (j < events) {
          assertions.add(before("r" + k++, "wire", i, j));
        }
      }
    }
    assertions.addAll(extra);
    return Story.builder()
        .source(Source.builder("wire", "A wire service").build())
        .source(Source.builder("rumour", "A rumour mill").build())
        .events(list)
        .assertions(assertions);
  }

  private static TimelineOptions acceptAll() {
    return TimelineOptions.builder().accepting(a -> true).build();
  }

  /** Three cycles of BEFORE, each over three events years apart: x before y before z before x. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void build_reportsExactlyTheFewCyclesOfALargeStory() {
    List<Assertion> cycles = new ArrayList<>();
    List<Set<AssertionId>> expected = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      // Overlapping spans: one component of relations holds the three cycles.
      int x = 1_000 + 5_000 * c;
      int y = x + 20_000;
      int z = y + 20_000;
      cycles.add(before("c" + c + "xy", "rumour", x, y));
      cycles.add(before("c" + c + "yz", "rumour", y, z));
      cycles.add(before("c" + c + "zx", "rumour", z, x));
      expected.add(Set.of(AssertionId.of("c" + c + "xy"), AssertionId.of("c" + c + "yz"), AssertionId.of("c" + c + "zx")));
    }
    Story story = consistent(EVENTS, cycles).build();

    Timeline timeline = Timeline.build(story, acceptAll());

    assertThat(timeline.conflicts()).hasSize(3);
    List<Set<AssertionId>> found = new ArrayList<>();
    for (TemporalConflict conflict : timeline.conflicts()) {
      found.add(conflict.assertions());
      assertThat(conflict.setAside()).as(conflict.message()).containsExactlyInAnyOrderElementsOf(conflict.assertions());
      assertThat(conflict.setAsideDates()).as(conflict.message()).isEmpty();
      assertThat(conflict.sources()).containsExactly(SourceId.of("rumour"));
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    // Nothing of the wire is set aside: the cycles' claims stay the only ones out of force.
    assertThat(timeline.events()).hasSize(EVENTS);
  }

  /**
   * One claim of the rumour mill puts a late event before an early one that the wire's relations
   * put before it: no short cycle of relations holds the claim, so it is explained by the two
   * events' dates, not by a cycle through the thousands of relations between them.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void build_explainsAContradictionOfDistantEventsByTheirDates() {
    int early = 1_000;
    int late = 41_000;
    SolvedNetwork chains = SolvedNetwork.inIdOrder(consistent(EVENTS, List.of()).build(), acceptAll());
    long chain = chains.network().distances(2 * late, 2 * early + 1)[0];
    assertThat(chain).as("the wire's relations alone put the early event before the late one").isLessThan(-1_000);
    Story story = consistent(EVENTS, List.of(before("late-first", "rumour", late, early))).build();

    Timeline timeline = Timeline.build(story, acceptAll());

    assertThat(timeline.conflicts()).hasSize(1);
    TemporalConflict conflict = timeline.conflicts().get(0);
    assertThat(conflict.message())
        .isEqualTo(
            "e001000 must start by 1990-03-26T00:00:00Z (the editor's date of e001000, \"1990-03-25\"), but"
                + " e001000 must start after e041000 ends (assertion late-first, source rumour),"
                + " and e041000 cannot end before 1999-05-10T00:00:00Z (the editor's date of e041000,"
                + " \"1999-05-10\"). Set aside: the editor's date of e001000, \"1990-03-25\";"
                + " assertion late-first (source rumour); the editor's date of e041000, \"1999-05-10\".");
    assertThat(conflict.assertions()).containsExactly(AssertionId.of("late-first"));
  }

  /**
   * The same large story with cycles and misdated claims, its events and assertions listed in
   * another order: the same conflicts, found and explained alike, with the same constraints set
   * aside, and the same derived bounds. Large enough that the build takes its parallel paths.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void build_findsTheSameConflicts_whateverTheOrderTheStoryListsThemIn() {
    List<Assertion> extra = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      int x = 2_000 + 9_000 * c;
      extra.add(before("c" + c + "xy", "rumour", x, x + 12_000));
      extra.add(before("c" + c + "yz", "rumour", x + 12_000, x + 20_000));
      extra.add(before("c" + c + "zx", "rumour", x + 20_000, x));
      // A late event said to come before an early one.
      extra.add(before("m" + c, "rumour", 50_000 + 100 * c, 1_500 + 100 * c));
    }
    Story story = consistent(EVENTS, extra).build();
    List<Event> events = new ArrayList<>(story.events());
    List<Assertion> assertions = new ArrayList<>(story.assertions());
    java.util.Collections.shuffle(events, new Random(7));
    java.util.Collections.reverse(assertions);
    Story reordered = Story.builder().sources(story.sources()).events(events).assertions(assertions).build();

    Timeline one = Timeline.build(story);
    Timeline two = Timeline.build(reordered);

    assertThat(one.conflicts()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(two.conflicts()).isEqualTo(one.conflicts());
    assertThat(two.events()).isEqualTo(one.events());
    for (int i = 0; i < EVENTS; i += 997) {
      assertThat(two.derivedBounds(id(i))).as("e%06d", i).isEqualTo(one.derivedBounds(id(i)));
    }
  }

  /**
   * A bound conflict through relations: the lower bound comes from one event's date along two
   * claims, the upper bound from another event's date along a third. The explanation names both
   * paths, each constraint with its assertion and source, in reading order.
   */
  @Test
  void build_explainsAnEmptiedDomainByBothPaths() {
    Story story = Story.builder()
        .source(Source.builder("s1", "Source one").build())
        .source(Source.builder("s2", "Source two").build())
        .source(Source.builder("s3", "Source three").build())
        .event(Event.builder("early", "Early").when(TimeBounds.on(LocalDate.of(2024, 3, 1))).build())
        .event(Event.builder("middle", "Middle").build())
        .event(Event.builder("gap", "Gap").build())
        .event(Event.builder("late", "Late").when(TimeBounds.on(LocalDate.of(2024, 3, 10))).build())
        .assertion(Assertion.builder("a1", "s1", Claim.Relation.of(EventId.of("late"), EnumSet.of(IntervalRelation.BEFORE), EventId.of("middle"))).build())
        .assertion(Assertion.builder("a2", "s2", Claim.Relation.of(EventId.of("middle"), EnumSet.of(IntervalRelation.BEFORE), EventId.of("gap"))).build())
        .assertion(Assertion.builder("a3", "s3", Claim.Relation.of(EventId.of("gap"), EnumSet.of(IntervalRelation.BEFORE), EventId.of("early"))).build())
        .build();

    Timeline timeline = Timeline.build(story, acceptAll());

    assertThat(timeline.conflicts()).hasSize(1);
    TemporalConflict conflict = timeline.conflicts().get(0);
    List<String> bases = new ArrayList<>();
    conflict.cycle().forEach(c -> bases.add(c.basis()));
    // The upper path: early's date, then a3, a2 towards the emptied point; the lower: a1, late's date.
    assertThat(bases)
        .filteredOn(b -> !b.startsWith("every event"))
        .containsExactly(
            "the editor's date of early, \"2024-03-01\"",
            "assertion a3, source s3",
            "assertion a2, source s2",
            "assertion a1, source s1",
            "the editor's date of late, \"2024-03-10\"");
    assertThat(conflict.sources()).containsExactly(
        SourceId.of("editor"), SourceId.of("s1"), SourceId.of("s2"), SourceId.of("s3"));
    assertThat(new TreeSet<>(conflict.events())).containsExactly(
        EventId.of("early"), EventId.of("gap"), EventId.of("late"), EventId.of("middle"));
  }
}
