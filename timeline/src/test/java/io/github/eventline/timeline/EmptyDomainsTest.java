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
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates that relations make impossible, with no cycle of relations: a claim that a late event came
 * before an early one empties the domains of both events and of every event the relations carry
 * its date to. Each such claim is one conflict, however many domains it empties.
 */
class EmptyDomainsTest {

  private static final LocalDate FIRST = LocalDate.of(2024, 3, 1);

  private static EventId id(int i) {
    return EventId.of(String.format("e%02d", i));
  }

  private static Assertion before(String id, int first, int second) {
    return Assertion.builder(id, "s", Claim.Relation.of(id(first), EnumSet.of(IntervalRelation.BEFORE), id(second))).build();
  }

  /**
   * Thirty events a day apart; each of the misdated claims puts a late event before an early one,
   * and the early one before the next five (claims that hold), so that each misdated claim empties
   * the domains of seven events.
   */
  private static Story story(int... misdated) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.add(Event.builder(id(i), "Event " + i).when(TimeBounds.on(FIRST.plusDays(i))).build());
    }
    List<Assertion> assertions = new ArrayList<>();
    for (int early : misdated) {
      assertions.add(before("late-" + early, early + 8, early));
      for (int k = 1; k <= 5; k++) {
        assertions.add(before("after-" + early + "-" + k, early, early + k));
      }
    }
    return Story.builder().source(Source.builder("s", "Source").build()).events(events).assertions(assertions).build();
  }

  private static TimelineOptions acceptAll() {
    return TimelineOptions.builder().accepting(a -> true).build();
  }

  @Test
  void aMisdatedClaim_isOneConflict_howeverManyDomainsItEmpties() {
    Timeline timeline = Timeline.build(story(1), acceptAll());

    assertThat(timeline.conflicts()).hasSize(1);
    assertThat(timeline.conflicts().get(0).assertions()).contains(AssertionId.of("late-1"));
  }

  @Test
  void twoMisdatedClaims_areTwoConflicts_eachNamingItsOwnClaim() {
    Timeline timeline = Timeline.build(story(1, 16), acceptAll());

    assertThat(timeline.conflicts()).hasSize(2);
    assertThat(timeline.conflicts()).anySatisfy(c -> assertThat(c.assertions()).contains(AssertionId.of("late-1")));
    assertThat(timeline.conflicts()).anySatisfy(c -> assertThat(c.assertions()).contains(AssertionId.of("late-16")));
  }

  @Test
  void withDropWeakest_eachMisdatedClaimStillGivesOneConflict() {
    TimelineOptions options = TimelineOptions.builder().accepting(a -> true).dropWeakest().build();

    Timeline timeline = Timeline.build(story(1, 16), options);

    assertThat(timeline.conflicts()).hasSize(2);
    for (TemporalConflict conflict : timeline.conflicts()) {
      assertThat(conflict.setAside().size() + conflict.setAsideDates().size()).as(conflict.message()).isEqualTo(1);
    }
  }
}
