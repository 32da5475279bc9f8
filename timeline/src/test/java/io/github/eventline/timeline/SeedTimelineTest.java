package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article's sequence: the request for troops came after the offensive of early August. */
class SeedTimelineTest {

  private static final EventId OFFENSIVE = EventId.of("kursk-offensive");
  private static final EventId REQUEST = EventId.of("putin-asks-kim");
  private static final EventId DEPLOYMENT = EventId.of("nk-troops-in-kursk");
  private static final Instant AUG_1 = Instant.parse("2024-08-01T00:00:00Z");
  private static final Instant AUG_11 = Instant.parse("2024-08-11T00:00:00Z");

  /** Early August 2024: starts and ends between the 1st and the 10th. */
  private static final TimeBounds EARLY_AUGUST =
      TimeBounds.of(AUG_1, AUG_11, AUG_1, AUG_11, Precision.DAY, "2024-08-01/2024-08-10");

  private static Story.Builder seed() {
    return Story.builder()
        .title("Kim Jong-un envoie des troupes en Ukraine")
        .actor(
            Actor.builder("russia", "Russia").build(),
            Actor.builder("ukraine", "Ukraine").build(),
            Actor.builder("ukraine-armed-forces", "Armed Forces of Ukraine").memberOf("ukraine").build(),
            Actor.builder("north-korea", "North Korea").build())
        .place(
            Place.builder("russia", "Russia").country("RU").build(),
            Place.builder("kursk-oblast", "Kursk Oblast").within("russia").build())
        .source(
            Source.builder("article", "Le Monde article").build(),
            Source.builder("zelensky-address", "Zelensky's address").reliability(0.7).build())
        .event(
            Event.builder(OFFENSIVE, "Ukrainian offensive into Kursk Oblast")
                .when(EARLY_AUGUST)
                .place("kursk-oblast")
                .participant("ukraine-armed-forces", Role.AGENT)
                .build(),
            Event.builder(REQUEST, "Putin asks Kim Jong-un for troops").participant("russia", Role.AGENT).build(),
            Event.builder(DEPLOYMENT, "North Korean troops fight in Kursk Oblast")
                .when(TimeBounds.parse("2024-12"))
                .place("kursk-oblast")
                .build())
        .assertion(
            Assertion.builder(
                    "a7",
                    "article",
                    Claim.Relation.of(REQUEST, EnumSet.of(IntervalRelation.AFTER, IntervalRelation.MET_BY), OFFENSIVE))
                .build());
  }

  @Test
  void build_derivesTheRequestStartsNoEarlierThanTheOffensive() {
    Timeline timeline = Timeline.build(seed().build());

    TimeBounds request = timeline.derivedBounds(REQUEST);

    assertThat(request.earliestStart()).isEqualTo(AUG_1);
    assertThat(request.latestStart()).isEqualTo(Instant.MAX);
    assertThat(request.label()).isEqualTo("derived");
    assertThat(timeline.derivedBounds(OFFENSIVE)).isEqualTo(EARLY_AUGUST);
    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void events_putTheOffensiveFirst() {
    Timeline timeline = Timeline.build(seed().build());

    assertThat(timeline.events()).extracting(Event::id).containsExactly(OFFENSIVE, REQUEST, DEPLOYMENT);
  }

  @Test
  void relation_offensiveIsBeforeOrMeetsTheRequest() {
    Timeline timeline = Timeline.build(seed().build());

    assertThat(timeline.relation(OFFENSIVE, REQUEST))
        .containsExactly(IntervalRelation.BEFORE, IntervalRelation.MEETS);
    assertThat(timeline.relation(REQUEST, OFFENSIVE))
        .containsExactly(IntervalRelation.MET_BY, IntervalRelation.AFTER);
    assertThat(timeline.isNecessarilyBefore(OFFENSIVE, REQUEST)).isTrue();
    assertThat(timeline.isPossiblyBefore(REQUEST, OFFENSIVE)).isFalse();
    assertThat(timeline.isPossiblyBefore(REQUEST, DEPLOYMENT)).isTrue();
    assertThat(timeline.isNecessarilyBefore(REQUEST, DEPLOYMENT)).isFalse();
    assertThat(timeline.isNecessarilyBefore(OFFENSIVE, DEPLOYMENT)).isTrue();
  }

  @Test
  void queries_findEventsByWindowActorAndPlace() {
    Timeline timeline = Timeline.build(seed().build());

    assertThat(timeline.eventsIn(Instant.parse("2024-07-01T00:00:00Z"), AUG_1)).isEmpty();
    assertThat(timeline.eventsIn(Instant.parse("2024-08-05T00:00:00Z"), Instant.parse("2024-08-06T00:00:00Z")))
        .extracting(Event::id)
        .containsExactly(OFFENSIVE, REQUEST);
    assertThat(timeline.eventsInvolving(io.github.eventline.core.ActorId.of("ukraine")))
        .extracting(Event::id)
        .containsExactly(OFFENSIVE);
    assertThat(timeline.eventsAt(io.github.eventline.core.PlaceId.of("russia")))
        .extracting(Event::id)
        .containsExactly(OFFENSIVE, DEPLOYMENT);
    assertThat(timeline.eventsPossiblyOverlapping(REQUEST)).extracting(Event::id).containsExactly(DEPLOYMENT);
  }

  @Test
  void conflicts_explainACycleAndSetItsAssertionsAside() {
    Story story =
        seed()
            .assertion(
                Assertion.builder(
                        "a9", "zelensky-address", new Claim.Timing(REQUEST, TimeBounds.parse("2024-06")))
                    .build())
            .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.conflicts()).hasSize(1);
    TemporalConflict conflict = timeline.conflicts().get(0);
    assertThat(conflict.message())
        .isEqualTo(
            "putin-asks-kim must start by 2024-07-01T00:00:00Z (assertion a9, source zelensky-address), but"
                + " putin-asks-kim must start no earlier than kursk-offensive ends (assertion a7, source article),"
                + " and kursk-offensive cannot end before 2024-08-01T00:00:00Z (the editor's date of kursk-offensive,"
                + " \"2024-08-01/2024-08-10\")."
                + " Set aside: assertion a9 (source zelensky-address); assertion a7 (source article);"
                + " the editor's date of kursk-offensive, \"2024-08-01/2024-08-10\".");
    assertThat(conflict.events()).containsExactly(OFFENSIVE, REQUEST);
    assertThat(conflict.setAsideDates()).containsExactly(OFFENSIVE);
    assertThat(timeline.derivedBounds(OFFENSIVE)).isEqualTo(TimeBounds.unbounded());
  }

  @Test
  void conflicts_dropOnlyTheWeakestWhenAsked() {
    Story story =
        seed()
            .assertion(
                Assertion.builder(
                        "a9", "zelensky-address", new Claim.Timing(REQUEST, TimeBounds.parse("2024-06")))
                    .build())
            .build();

    Timeline timeline = Timeline.build(story, TimelineOptions.builder().dropWeakest().build());

    TemporalConflict conflict = timeline.conflicts().get(0);
    assertThat(conflict.setAside()).extracting(Object::toString).containsExactly("a7");
    assertThat(conflict.message()).endsWith("Dropped the weakest: assertion a7 (source article).");
    assertThat(timeline.derivedBounds(REQUEST).label()).isEqualTo("2024-06");
    assertThat(timeline.derivedBounds(OFFENSIVE)).isEqualTo(EARLY_AUGUST);
    assertThat(timeline.events()).extracting(Event::id).containsExactly(REQUEST, OFFENSIVE, DEPLOYMENT);
  }

  @Test
  void derivedBounds_rejectsAnUnknownEvent() {
    Timeline timeline = Timeline.build(seed().build());

    assertThatThrownBy(() -> timeline.derivedBounds(EventId.of("nk-assualt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nk-assualt\": the timeline's story has no such event");
  }

  @Test
  void options_rejectASecondAcceptancePredicate() {
    TimelineOptions.Builder builder = TimelineOptions.builder().accepting(a -> true);

    assertThatThrownBy(() -> builder.accepting(a -> false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("accepting was already set; call it once");
  }

  @Test
  void options_acceptOnlyWhatTheyAreGiven() {
    Timeline timeline =
        Timeline.build(seed().build(), TimelineOptions.builder().accepting(a -> !a.id().toString().equals("a7")).build());

    assertThat(timeline.derivedBounds(REQUEST)).isEqualTo(TimeBounds.unbounded());
    assertThat(timeline.events()).extracting(Event::id).containsExactly(OFFENSIVE, DEPLOYMENT, REQUEST);
    assertThat(List.of(timeline.isPossiblyBefore(REQUEST, OFFENSIVE))).containsExactly(true);
  }
}
