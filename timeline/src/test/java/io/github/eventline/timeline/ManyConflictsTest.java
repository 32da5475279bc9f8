package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A story with many conflicts, some independent and some sharing an assertion: each is reported
 * once, with its own events, and what is set aside leaves the rest of the story in force.
 */
class ManyConflictsTest {

  private static final int PAIRS = 3_000;
  private static final LocalDate FIRST = LocalDate.of(2001, 1, 1);

  /**
   * Pair i: events {@code a<i>} and {@code b<i>}, {@code a} dated 100 days after {@code b} and a
   * wire saying {@code a} PRECEDES {@code b}: a conflict of the pair alone. Every tenth pair also
   * has {@code c<i>}, dated after {@code a<i>} and said to precede it: a second cycle through
   * {@code a<i>}'s date: one conflict is reported for the pair, whose cycle may take in all three
   * events, and the other cycle no longer conflicts once it is set aside. Each pair's
   * {@code b} also precedes the next pair's {@code a} (claim {@code n<i>}), which holds.
   */
  private static Story story() {
    List<Event> events = new ArrayList<>();
    List<Assertion> assertions = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      LocalDate day = FIRST.plusDays(200L * i);
      events.add(Event.builder(id("a", i), "A " + i).when(TimeBounds.on(day.plusDays(100))).build());
      events.add(Event.builder(id("b", i), "B " + i).when(TimeBounds.on(day)).build());
      assertions.add(relation("p" + i, id("a", i), id("b", i)));
      if (i % 10 == 0) {
        events.add(Event.builder(id("c", i), "C " + i).when(TimeBounds.on(day.plusDays(150))).build());
        assertions.add(relation("q" + i, id("c", i), id("a", i)));
      }
      if (i + 1 < PAIRS) {
        assertions.add(relation("n" + i, id("b", i), id("a", i + 1)));
      }
    }
    return Story.builder()
        .source(Source.builder("wire", "A wire service").build())
        .events(events)
        .assertions(assertions)
        .build();
  }

  private static EventId id(String prefix, int i) {
    return EventId.of(String.format("%s%05d", prefix, i));
  }

  private static Assertion relation(String id, EventId first, EventId second) {
    return Assertion.builder(id, "wire", Claim.Relation.of(first, IntervalRelation.PRECEDES, second)).build();
  }

  @Test
  void build_reportsEachPairsConflictOnceWithItsOwnEvents() {
    Timeline timeline = Timeline.build(story(), TimelineOptions.builder().accepting(a -> true).build());

    List<TemporalConflict> conflicts = timeline.conflicts();
    assertThat(conflicts).hasSize(PAIRS);
    Set<String> pairs = new TreeSet<>();
    List<AssertionId> setAside = new ArrayList<>();
    for (TemporalConflict c : conflicts) {
      Set<EventId> events = c.events();
      String pair = events.iterator().next().value().substring(1);
      assertThat(events)
          .as("conflict %s", c.message())
          .allSatisfy(e -> assertThat(e.value().substring(1)).isEqualTo(pair));
      assertThat(pairs.add(pair)).as("pair %s reported twice", pair).isTrue();
      setAside.addAll(c.setAside());
    }
    // A pair's claims are set aside once; the claims joining the pairs never conflict.
    assertThat(setAside).doesNotHaveDuplicates();
    assertThat(setAside).allMatch(a -> a.value().startsWith("p") || a.value().startsWith("q"));
    assertThat(setAside).filteredOn(a -> a.value().startsWith("p")).hasSizeGreaterThanOrEqualTo(PAIRS - PAIRS / 10);
  }

  @Test
  void build_keepsTheClaimsOutsideTheConflictsInForce() {
    Timeline timeline = Timeline.build(story(), TimelineOptions.builder().accepting(a -> true).build());

    for (int i = 0; i + 1 < PAIRS; i += 97) {
      assertThat(timeline.isNecessarilyBefore(id("b", i), id("a", i + 1))).as("b%d before a%d", i, i + 1).isTrue();
      assertThat(timeline.isNecessarilyBefore(id("a", i), id("b", i))).as("p%d set aside", i).isFalse();
    }
  }
}
