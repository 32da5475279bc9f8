package io.github.eventline.assertj;

import static io.github.eventline.assertj.EventlineAssertions.assertThat;
import static io.github.eventline.assertj.EventlineAssertions.location;
import static io.github.eventline.assertj.EventlineAssertions.occurred;
import static io.github.eventline.assertj.EventlineAssertions.participation;
import static io.github.eventline.assertj.EventlineAssertions.quantity;
import static io.github.eventline.assertj.EventlineAssertions.relation;
import static io.github.eventline.assertj.EventlineAssertions.sameAs;
import static io.github.eventline.assertj.EventlineAssertions.timing;
import static io.github.eventline.core.time.IntervalRelation.AFTER;
import static io.github.eventline.core.time.IntervalRelation.BEFORE;
import static io.github.eventline.core.time.IntervalRelation.MEETS;
import static io.github.eventline.core.time.IntervalRelation.MET_BY;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each assertion passes when the timeline says so and fails when it does not. */
class EventlineAssertionsTest {

  private static final Story STORY = KurskStory.build();
  private static final Timeline TIMELINE = Timeline.build(STORY);

  private static EventAssert event(String id) {
    return assertThat(TIMELINE).event(id);
  }

  @Test
  void keys_nameTheQuestionsVerdictsAnswer() {
    EventId losses = EventId.of("nk-losses");
    org.assertj.core.api.Assertions.assertThat(occurred("nk-losses")).isEqualTo(ClaimKey.occurred(losses));
    org.assertj.core.api.Assertions.assertThat(timing("nk-losses"))
        .isEqualTo(new ClaimKey(ClaimType.TIMING, losses, Optional.empty(), Optional.empty(), Optional.empty()));
    org.assertj.core.api.Assertions.assertThat(location("nk-losses").type()).isEqualTo(ClaimType.LOCATION);
    org.assertj.core.api.Assertions.assertThat(participation("nk-losses", "nk-troops").actor()).contains(ActorId.of("nk-troops"));
    org.assertj.core.api.Assertions.assertThat(quantity("nk-losses", "soldiers").measure()).contains("soldiers");
  }

  @Test
  void pairKeys_nameTheSmallerIdFirst_whateverTheOrderGiven() {
    ClaimKey key = relation("putin-asks-kim", "kursk-offensive");

    org.assertj.core.api.Assertions.assertThat(key).isEqualTo(relation("kursk-offensive", "putin-asks-kim"));
    org.assertj.core.api.Assertions.assertThat(key.event()).isEqualTo(EventId.of("kursk-offensive"));
    org.assertj.core.api.Assertions.assertThat(key.other()).contains(EventId.of("putin-asks-kim"));
    org.assertj.core.api.Assertions.assertThat(sameAs("b", "a").toString()).isEqualTo("same-as(a, b)");
  }

  @Test
  void possibleOrder_passesWhenSomeSolutionAllowsIt() {
    assertThatCode(() -> event("putin-asks-kim").isPossiblyBefore("nk-troops-in-kursk").isPossiblyAfter("nk-troops-in-kursk"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> event("putin-asks-kim").isPossiblyBefore("kursk-offensive"))
        .hasMessageStartingWith("Expecting putin-asks-kim to be possibly before kursk-offensive, but it cannot be:");
    assertThatThrownBy(() -> event("kursk-offensive").isPossiblyAfter("putin-asks-kim"))
        .hasMessageStartingWith("Expecting kursk-offensive to be possibly after putin-asks-kim, but it cannot be:");
  }

  @Test
  void overlap_followsTheRelationsStillPossible() {
    assertThatCode(() -> event("putin-asks-kim").mayOverlap("nk-troops-in-kursk")).doesNotThrowAnyException();
    assertThatThrownBy(() -> event("putin-asks-kim").mayOverlap("kursk-offensive"))
        .hasMessageStartingWith("Expecting putin-asks-kim to possibly overlap kursk-offensive, but it cannot:")
        .hasMessageEndingWith("relations still possible from putin-asks-kim to kursk-offensive: [MET_BY, AFTER]");
    assertThatThrownBy(() -> event("putin-asks-kim").cannotOverlap("nk-troops-in-kursk"))
        .hasMessageStartingWith("Expecting putin-asks-kim not to overlap nk-troops-in-kursk, but it may:");
  }

  @Test
  void possibleRelations_areComparedAsASet() {
    assertThatCode(() -> event("kursk-offensive").hasPossibleRelationsTo("putin-asks-kim", MEETS, BEFORE))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> event("kursk-offensive").hasPossibleRelationsTo("putin-asks-kim", BEFORE))
        .hasMessageStartingWith("Expecting kursk-offensive to have possible relations [BEFORE] to putin-asks-kim,"
            + " but it has others:");
    assertThatThrownBy(() -> event("kursk-offensive").hasPossibleRelationsTo("putin-asks-kim", MET_BY, AFTER))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void bounds_compareTheDerivedInstants() {
    assertThatCode(() -> event("kursk-offensive")
        .hasDerivedBounds(TimeBounds.early(YearMonth.of(2024, 8)))
        .startsNoEarlierThan(Instant.parse("2024-08-01T00:00:00Z"))
        .startsNoLaterThan(Instant.parse("2024-08-11T00:00:00Z"))
        .endsNoEarlierThan("2024-08-01")
        .endsNoLaterThan(Instant.parse("2024-08-11T00:00:00Z")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> event("kursk-offensive").startsNoLaterThan("2024-08-09"))
        .hasMessageStartingWith("Expecting kursk-offensive to start no later than \"2024-08-09\" (2024-08-10T00:00:00Z),"
            + " but its latest start is 2024-08-11T00:00:00Z:");
    assertThatThrownBy(() -> event("kursk-offensive").endsNoEarlierThan(Instant.parse("2024-08-02T00:00:00Z")))
        .hasMessageStartingWith("Expecting kursk-offensive to end no earlier than 2024-08-02T00:00:00Z,"
            + " but its earliest end is 2024-08-01T00:00:00Z:");
    assertThatThrownBy(() -> event("putin-asks-kim").endsNoLaterThan("2024-12"))
        .hasMessageStartingWith("Expecting putin-asks-kim to end no later than \"2024-12\" (2025-01-01T00:00:00Z),"
            + " but its latest end is ..:");
    assertThatThrownBy(() -> event("putin-asks-kim").hasDerivedBounds("2024-08"))
        .hasMessageStartingWith("Expecting putin-asks-kim to have derived bounds \"2024-08\": start in"
            + " [2024-08-01T00:00:00Z, 2024-09-01T00:00:00Z], end in [2024-08-01T00:00:00Z, 2024-09-01T00:00:00Z],"
            + " but they are \"derived\": start in [2024-08-01T00:00:00Z, ..], end in [2024-08-01T00:00:00Z, ..]:");
  }

  @Test
  void occurrence_leadsToTheVerdictOnWhetherTheEventHappened() {
    assertThatCode(() -> event("nk-troops-in-assaults").occurrence().isCorroborated().isSupportedBy("a2"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(TIMELINE).as("seed").event("escalation").occurrence().isUnverified())
        .hasMessageStartingWith("[seed] Expecting the verdict on occurred(escalation) to be UNVERIFIED, but it is UNCONTESTED:");
  }

  @Test
  void confidence_isComparedToABound() {
    VerdictAssert assaults = assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-assaults"));

    assertThatCode(() -> assaults.hasConfidenceAtLeast(0.76).hasConfidenceAtMost(0.77)).doesNotThrowAnyException();
    assertThatThrownBy(() -> assaults.hasConfidenceAtLeast(0.77))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to have a confidence of at"
            + " least 0.77, but it has 0.765:");
    assertThatThrownBy(() -> assaults.hasConfidenceAtMost(0.5))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to have a confidence of at"
            + " most 0.5, but it has 0.765:");
    assertThatThrownBy(() -> assaults.hasConfidenceAtLeast(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Confidence 1.5 is out of range: expected 0 to 1");
  }

  @Test
  void supportAndOpposition_matchAssertionIdsAndClaimants() {
    VerdictAssert assaults = assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-assaults"));

    assertThatThrownBy(() -> assaults.isOpposedBy("zelensky-address"))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to be opposed by"
            + " \"zelensky-address\", but no opposing assertion has that id or source:");
    assertThatThrownBy(() -> assaults.isSupportedBy("a17"))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to be supported by \"a17\","
            + " but no supporting assertion has that id or source:");
    assertThatThrownBy(() -> assaults.isNotSupportedBy("zelensky-address"))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) not to be supported by"
            + " \"zelensky-address\", but a2 (zelensky-address) supports it:");
    assertThatThrownBy(() -> assaults.isSupportedBy())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No id given: name at least one assertion or source");
  }

  @Test
  void relays_needTheStory() {
    Verdict verdict = TIMELINE.occurrence(EventId.of("nk-troops-in-kursk"));

    assertThatThrownBy(() -> assertThat(verdict).isRelayedBy("article"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("isRelayedBy needs the story the verdict comes from: reach it with assertThat(timeline).verdictOn(key)");
    assertThatThrownBy(() -> assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-kursk")).isRelayedBy("zelensky-address"))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-kursk) to be relayed by"
            + " \"zelensky-address\", but no supporting assertion came through it:");
  }

  @Test
  void aVerdictOnItsOwn_showsNoRelays() {
    Verdict verdict = TIMELINE.occurrence(EventId.of("nk-troops-in-kursk"));

    assertThatThrownBy(() -> assertThat(verdict).isCorroborated())
        .hasMessage("""
            Expecting the verdict on occurred(nk-troops-in-kursk) to be CORROBORATED, but it is UNCONTESTED:
              verdict on occurred(nk-troops-in-kursk): UNCONTESTED, confidence 0.315
                a14 (south-korean-sources) supports: states the claim; weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9
                a15 (south-korean-sources) neutral: implied by a15 (quantity of nk-troops-in-kursk); not counted: \
            south-korean-sources says whether it happened itself; weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9
                a16 (south-korean-sources) neutral: implied by a16 (timing of nk-troops-in-kursk); not counted: \
            south-korean-sources says whether it happened itself; weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9""");
  }

  @Test
  void value_isTheClaimHeld() {
    VerdictAssert place = assertThat(TIMELINE).verdictOn(location("nk-losses"));

    assertThatCode(() -> place.hasValue(new Claim.Location(EventId.of("nk-losses"), PlaceId.of("kursk-oblast"))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> place.hasValue(new Claim.Location(EventId.of("nk-losses"), PlaceId.of("russia"))))
        .hasMessageStartingWith("Expecting the verdict on location(nk-losses) to hold Location[event=nk-losses, place=russia],"
            + " but it holds Location[event=nk-losses, place=kursk-oblast]:\n"
            + "  verdict on location(nk-losses): UNCONTESTED, confidence 0.5, value held: at kursk-oblast");
  }

  @Test
  void figure_exactOrApproximate() {
    VerdictAssert soldiers = assertThat(TIMELINE).verdictOn(quantity("nk-troops-in-kursk", "soldiers"));
    Story exact = KurskStory.builder()
        .assertion(Assertion.builder("a20", "article",
            Claim.Quantity.of(EventId.of("nk-losses"), "dead", 100, null, false)).build())
        .build();

    assertThatCode(() -> soldiers.hasFigure(10_000).hasApproximateFigure(10_000)).doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Timeline.build(exact)).verdictOn(quantity("nk-losses", "dead")).hasApproximateFigure(100))
        .hasMessageStartingWith("Expecting the verdict on quantity(nk-losses, dead) to hold about 100, but it holds 100:");
    assertThatThrownBy(() -> assertThat(TIMELINE).verdictOn(occurred("nk-losses")).hasFigure(100))
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-losses) to hold the figure 100, but it holds no figure:");
  }

  @Test
  void statuses_eachFailOnAnother() {
    VerdictAssert assaults = assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-assaults"));

    assertThatThrownBy(assaults::isUncontested).hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to be UNCONTESTED");
    assertThatThrownBy(assaults::isUnverified).hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to be UNVERIFIED");
    assertThatThrownBy(assaults::isSuperseded).hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) to be SUPERSEDED");
    assertThatThrownBy(assaults::isNotAccepted)
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-troops-in-assaults) not to be accepted, but it is CORROBORATED:");
    // The article's relation of the reinforcement to the invasion says the invasion happened: an
    // event nobody speaks of is needed for an unverified verdict.
    Timeline alleged = Timeline.build(KurskStory.builder()
        .event(io.github.eventline.core.Event.builder("alleged", "An event nobody says happened").build()).build());
    assertThatThrownBy(() -> assertThat(alleged).verdictOn(occurred("alleged")).isAccepted())
        .hasMessageStartingWith("Expecting the verdict on occurred(alleged) to be accepted"
            + " (UNCONTESTED, CORROBORATED or CONTESTED), but it is UNVERIFIED:\n"
            + "  verdict on occurred(alleged): UNVERIFIED, confidence 0\n"
            + "    no assertion on it");
  }

  @Test
  void corroboration_needsTwoClaimantsNotTwoRelays() {
    Story twice = KurskStory.builder()
        .assertion(Assertion.builder("a20", "austin-statement", new Claim.Occurred(EventId.of("nk-losses")))
            .factuality(Factuality.PROBABLE).build())
        .build();

    assertThatCode(() -> assertThat(Timeline.build(twice)).verdictOn(occurred("nk-losses")).isCorroborated())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Timeline.build(twice)).verdictOn(occurred("nk-losses")).isNotCorroborated())
        .hasMessageStartingWith("Expecting the verdict on occurred(nk-losses) not to be CORROBORATED, but it is:");
  }

  @Test
  void conflicts_areFoundByTheEventsTheyInvolve() {
    Story story = KurskStory.builder()
        .assertion(Assertion.builder("a20", "zelensky-address",
            new Claim.Timing(EventId.of("putin-asks-kim"), TimeBounds.parse("2024-06"))).build())
        .build();
    TimelineAssert conflicted = assertThat(Timeline.build(story));

    assertThatCode(() -> conflicted.hasConflictInvolving("kursk-offensive", "putin-asks-kim")).doesNotThrowAnyException();
    assertThatThrownBy(() -> conflicted.hasConflictInvolving("putin-asks-kim", "escalation"))
        .hasMessageStartingWith("Expecting a temporal conflict involving putin-asks-kim, escalation, but none of its 1 does:\n"
            + "  1. putin-asks-kim must start by 2024-07-01T00:00:00Z");
    assertThatThrownBy(() -> conflicted.hasConflictInvolving())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No event given: name at least one event the conflict involves");
  }

  @Test
  void asKnownAt_takesAnInstantOrTheStartOfATime() {
    assertThatCode(() -> assertThat(TIMELINE).asKnownAt(Instant.parse("2024-12-14T23:59:59Z"))
        .verdictOn(occurred("nk-troops-in-assaults")).isUnverified())
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(TIMELINE).asKnownAt("2024-10").verdictOn(occurred("nk-troops-in-assaults"))
        .isUnverified().isNotSupportedBy("zelensky-address"))
        .doesNotThrowAnyException();
  }

  @Test
  void asKnownAt_keepsTheTimelinesSettings() {
    // A cycle of three relations; the timeline leaves the third out by its own acceptance.
    EventId a = EventId.of("a");
    EventId b = EventId.of("b");
    EventId c = EventId.of("c");
    Story cycle = Story.builder()
        .source(io.github.eventline.core.Source.builder("agency", "Agency").build())
        .event(io.github.eventline.core.Event.builder(a, "A").build(), io.github.eventline.core.Event.builder(b, "B").build(),
            io.github.eventline.core.Event.builder(c, "C").build())
        .assertion(
            Assertion.builder("ab", "agency", Claim.Relation.of(a, java.util.Set.of(BEFORE), b)).build(),
            Assertion.builder("bc", "agency", Claim.Relation.of(b, java.util.Set.of(BEFORE), c)).build(),
            Assertion.builder("ca", "agency", Claim.Relation.of(c, java.util.Set.of(BEFORE), a)).build())
        .build();
    Timeline timeline = Timeline.builder(cycle).accepting(x -> !x.id().value().equals("ca")).build();

    assertThatCode(() -> assertThat(timeline).hasNoConflicts().asKnownAt("2024-10").hasNoConflicts())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Timeline.build(cycle)).hasNoConflicts())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void story_leadsToItsTimeline() {
    assertThatCode(() -> assertThat(STORY).hasNoProblems().timeline().event("putin-asks-kim").isNecessarilyAfter("kursk-offensive"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat((Story) null).hasNoProblems())
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void builderProblems_matchWithOrWithoutTheHint() {
    Story.Builder builder = KurskStory.builder()
        .assertion(Assertion.builder("a20", "article", new Claim.Occurred(EventId.of("nk-losess"))).build());

    assertThatCode(() -> assertThat(builder)
        .hasProblemAt("assertions[19].claim.event")
        .hasProblem("assertions[19].claim.event", "unknown event \"nk-losess\"")
        .hasProblem("assertions[19].claim.event", "unknown event \"nk-losess\" (did you mean \"nk-losses\"?)"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(builder).hasProblemAt("events[0]"))
        .hasMessage("Expecting the story to have a problem at events[0], but its problems are:\n"
            + "  assertions[19].claim.event: unknown event \"nk-losess\" (did you mean \"nk-losses\"?)");
    assertThatThrownBy(() -> assertThat(KurskStory.builder()).hasProblemAt("events[0]"))
        .hasMessage("Expecting the story to have a problem at events[0], but it has none");
    assertThatThrownBy(() -> assertThat((Story.Builder) null).hasNoProblems())
        .hasMessage("Expecting a story builder, but it is null");
  }
}
