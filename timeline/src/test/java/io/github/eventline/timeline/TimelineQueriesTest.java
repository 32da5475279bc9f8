package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The queries of a {@link Timeline} at their edges: window ends, nested places and actors, claims. */
class TimelineQueriesTest {

  private static final EventId AUGUST = EventId.of("august");
  private static final EventId SEPTEMBER = EventId.of("september");
  private static final EventId UNDATED = EventId.of("undated");
  private static final Instant AUG_1 = Instant.parse("2024-08-01T00:00:00Z");
  private static final Instant SEP_1 = Instant.parse("2024-09-01T00:00:00Z");
  private static final Instant OCT_1 = Instant.parse("2024-10-01T00:00:00Z");

  private static Story.Builder story() {
    return Story.builder()
        .actor(
            Actor.builder("state", "State").build(),
            Actor.builder("army", "Army").memberOf("state").build(),
            Actor.builder("brigade", "Brigade").memberOf("army").build(),
            Actor.builder("other", "Other").build())
        .place(
            Place.builder("country", "Country").build(),
            Place.builder("region", "Region").within("country").build(),
            Place.builder("town", "Town").within("region").build(),
            Place.builder("abroad", "Abroad").build())
        .source(Source.builder("s", "Source").build())
        .event(
            Event.builder(AUGUST, "In August").when(TimeBounds.parse("2024-08")).place("town")
                .participant("brigade", Role.AGENT).build(),
            Event.builder(SEPTEMBER, "In September").when(TimeBounds.parse("2024-09")).place("abroad").build(),
            Event.builder(UNDATED, "Some time").build());
  }

  @Test
  void eventsIn_takesTheWindowHalfOpen() {
    Timeline timeline = Timeline.build(story().build());

    assertThat(timeline.eventsIn(SEP_1, OCT_1)).extracting(Event::id).containsExactlyInAnyOrder(SEPTEMBER, UNDATED);
    assertThat(timeline.eventsIn(Instant.parse("2024-07-01T00:00:00Z"), AUG_1)).extracting(Event::id)
        .containsExactlyInAnyOrder(UNDATED);
    assertThat(timeline.eventsIn(Instant.parse("2024-08-31T23:59:59Z"), SEP_1)).extracting(Event::id)
        .containsExactlyInAnyOrder(AUGUST, UNDATED);
    assertThat(timeline.eventsIn(AUG_1, OCT_1)).extracting(Event::id).containsExactlyInAnyOrder(AUGUST, SEPTEMBER, UNDATED);
  }

  @Test
  void eventsIn_rejectsAWindowEndingBeforeItStarts() {
    Timeline timeline = Timeline.build(story().build());

    assertThatThrownBy(() -> timeline.eventsIn(SEP_1, AUG_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Window ends before it starts: 2024-09-01T00:00:00Z to 2024-08-01T00:00:00Z");
  }

  @Test
  void eventsInvolving_followsMemberOfUpward_andNotDownward() {
    Timeline timeline = Timeline.build(story().build());

    assertThat(timeline.eventsInvolving(ActorId.of("state"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST);
    assertThat(timeline.eventsInvolving(ActorId.of("army"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST);
    assertThat(timeline.eventsInvolving(ActorId.of("brigade"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST);
    assertThat(timeline.eventsInvolving(ActorId.of("other"))).isEmpty();
  }

  @Test
  void eventsInvolving_countsAcceptedParticipationClaims_notDeniedOnes() {
    Timeline timeline = Timeline.build(story()
        .assertion(
            Assertion.builder("p1", "s", new Claim.Participation(SEPTEMBER, ActorId.of("army"), Role.AGENT)).build(),
            Assertion.builder("p2", "s", new Claim.Participation(UNDATED, ActorId.of("army"), Role.AGENT))
                .factuality(Factuality.DENIED).build())
        .build());

    assertThat(timeline.eventsInvolving(ActorId.of("state"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST, SEPTEMBER);
    assertThat(timeline.eventsInvolving(ActorId.of("brigade"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST);
    assertThat(timeline.eventsInvolving(ActorId.of("other"))).isEmpty();
  }

  @Test
  void eventsAt_followsWithinUpward_andCountsAcceptedLocationClaims() {
    Timeline timeline = Timeline.build(story()
        .assertion(
            Assertion.builder("l1", "s", new Claim.Location(UNDATED, PlaceId.of("region"))).build(),
            Assertion.builder("l2", "s", new Claim.Location(SEPTEMBER, PlaceId.of("town")))
                .factuality(Factuality.DENIED).build())
        .build());

    assertThat(timeline.eventsAt(PlaceId.of("country"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST, UNDATED);
    assertThat(timeline.eventsAt(PlaceId.of("region"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST, UNDATED);
    assertThat(timeline.eventsAt(PlaceId.of("town"))).extracting(Event::id).containsExactlyInAnyOrder(AUGUST);
    assertThat(timeline.eventsAt(PlaceId.of("abroad"))).extracting(Event::id).containsExactlyInAnyOrder(SEPTEMBER);
  }

  @Test
  void anEventAndItself_areEqualNeitherBeforeTheOtherNorOverlapping() {
    Timeline timeline = Timeline.build(story().build());

    assertThat(timeline.relation(AUGUST, AUGUST)).containsExactly(IntervalRelation.EQUALS);
    assertThat(timeline.isNecessarilyBefore(AUGUST, AUGUST)).isFalse();
    assertThat(timeline.isPossiblyBefore(AUGUST, AUGUST)).isFalse();
    assertThat(timeline.eventsPossiblyOverlapping(AUGUST)).extracting(Event::id).containsExactlyInAnyOrder(UNDATED);
  }

  @Test
  void monthsThatFollowEachOther_arePossiblyMeetingButNeverOverlapping() {
    Timeline timeline = Timeline.build(story().build());

    assertThat(timeline.relation(AUGUST, SEPTEMBER)).containsExactly(IntervalRelation.BEFORE, IntervalRelation.MEETS);
    assertThat(timeline.isNecessarilyBefore(AUGUST, SEPTEMBER)).isTrue();
    assertThat(timeline.isPossiblyBefore(AUGUST, SEPTEMBER)).isTrue();
    assertThat(timeline.isPossiblyBefore(SEPTEMBER, AUGUST)).isFalse();
    assertThat(timeline.isNecessarilyBefore(AUGUST, UNDATED)).isFalse();
    assertThat(timeline.isPossiblyBefore(AUGUST, UNDATED)).isTrue();
    assertThat(timeline.eventsPossiblyOverlapping(SEPTEMBER)).extracting(Event::id).containsExactlyInAnyOrder(UNDATED);
  }

  @Test
  void derivedBounds_areTheStatedOnes_unboundedWhenNothingIsKnown_andLabelledWhenDerived() {
    Timeline timeline = Timeline.build(story()
        .assertion(Assertion.builder("r", "s",
            Claim.Relation.of(UNDATED, EnumSet.of(IntervalRelation.DURING), AUGUST)).build())
        .build());
    Timeline plain = Timeline.build(story().build());

    assertThat(plain.derivedBounds(AUGUST)).isEqualTo(TimeBounds.parse("2024-08"));
    assertThat(plain.derivedBounds(UNDATED)).isEqualTo(TimeBounds.unbounded());
    TimeBounds during = timeline.derivedBounds(UNDATED);
    assertThat(during.label()).isEqualTo("derived");
    assertThat(during.earliestStart()).isAfter(AUG_1);
    assertThat(during.latestEnd()).isBefore(SEP_1);
  }

  @Test
  void queriesOnAnUnknownEvent_nameIt() {
    Timeline timeline = Timeline.build(story().build());
    EventId nope = EventId.of("nope");

    assertThatThrownBy(() -> timeline.occurrence(nope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nope\": the timeline's story has no such event");
    assertThatThrownBy(() -> timeline.relation(AUGUST, nope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nope\": the timeline's story has no such event");
    assertThatThrownBy(() -> timeline.eventsPossiblyOverlapping(nope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nope\": the timeline's story has no such event");
  }

  @Test
  void toString_countsEventsAndConflicts() {
    assertThat(Timeline.build(story().build())).hasToString("Timeline[3 events, 0 conflicts]");
  }
}
