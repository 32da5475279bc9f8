package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationRulesTest {

  static final EventId E1 = EventId.of("e1");
  static final EventId E2 = EventId.of("e2");

  /** A story with events e1, e2, places and sources s1..s4 of the given reliabilities. */
  static Story.Builder story(double... reliabilities) {
    Story.Builder b = Story.builder()
        .event(Event.builder(E1, "first").build(), Event.builder(E2, "second").build())
        .place(
            Place.builder("russia", "Russia").build(),
            Place.builder("kursk", "Kursk").within("russia").build(),
            Place.builder("ukraine", "Ukraine").build())
        .source(Source.builder("outlet1", "Outlet 1").build(), Source.builder("outlet2", "Outlet 2").build());
    for (int i = 0; i < reliabilities.length; i++) {
      b.source(Source.builder("s" + (i + 1), "Source " + (i + 1)).reliability(reliabilities[i]).build());
    }
    return b;
  }

  static Assertion.Builder says(String id, String source, Claim claim) {
    return Assertion.builder(id, source, claim);
  }

  static Verdict verdict(Story story, ClaimKey key) {
    return Reconciliation.of(story).verdict(key).orElseThrow();
  }

  static ClaimKey key(ClaimType type) {
    return new ClaimKey(type, E1, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static List<String> ids(List<AssertionId> ids) {
    return ids.stream().map(AssertionId::value).toList();
  }

  static TimeBounds bounds(String earliestStart, String latestEnd, String label) {
    Instant s = Instant.parse(earliestStart);
    Instant e = Instant.parse(latestEnd);
    return TimeBounds.of(s, e, s, e, Precision.DAY, label);
  }

  @Test
  void relayedByTwoOutlets_isOneVoiceAndNotCorroborated() {
    Story s = story(0.8)
        .assertion(
            says("r1", "s1", new Claim.Occurred(E1)).via("outlet1").build(),
            says("r2", "s1", new Claim.Occurred(E1)).via("outlet2").build())
        .build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(ids(v.support())).containsExactly("r1", "r2");
    assertThat(v.explanation()).extracting(Weighed::isCounted).containsExactly(true, false);
    assertThat(v.explanation().get(1).reason()).endsWith("; same claimant s1 as r1, counted once");
    assertThat(v.confidence()).isCloseTo(0.8 * 0.9, within(1e-12));
  }

  @Test
  void twoDistinctClaimants_corroborate() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("c1", "s1", new Claim.Occurred(E1)).via("outlet1").build(),
            says("c2", "s2", new Claim.Occurred(E1)).via("outlet1").build())
        .build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.confidence()).isCloseTo(1 - (1 - 0.72) * (1 - 0.54), within(1e-12));
  }

  @Test
  void supersededOnTheSameQuestion_theReplacementIsJudgedAndTheEarlierShown() {
    Story s = story(0.8)
        .assertion(
            says("early", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-08"))).build(),
            says("late", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-09"))).supersedes("early").build())
        .build();

    Verdict v = verdict(s, key(ClaimType.TIMING));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.value()).contains(new Claim.Timing(E1, TimeBounds.parse("2024-09")));
    assertThat(ids(v.superseded())).containsExactly("early");
    assertThat(v.opposition()).isEmpty();
    assertThat(v.explanation().get(0).supersededBy()).contains(AssertionId.of("late"));
    assertThat(v.explanation().get(0).reason()).contains("superseded by late, not counted");
  }

  @Test
  void supersededByAnAssertionOnAnotherQuestion_isSuperseded() {
    Story s = story(0.8)
        .assertion(
            says("wrong", "s1", new Claim.Occurred(E1)).build(),
            says("right", "s1", new Claim.Occurred(E2)).supersedes("wrong").build())
        .build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.SUPERSEDED);
    assertThat(v.confidence()).isZero();
    assertThat(v.value()).isEmpty();
    assertThat(ids(v.superseded())).containsExactly("wrong");
    assertThat(verdict(s, ClaimKey.occurred(E2)).status()).isEqualTo(VerdictStatus.UNCONTESTED);
  }

  @Test
  void retractedByItsOwnSource_isSuperseded_butNotByAnotherSource() {
    Story s = story(0.8, 0.9)
        .assertion(
            says("claim", "s1", new Claim.Occurred(E1)).build(),
            says("retraction", "s1", new Claim.Occurred(E2)).link(LinkType.RETRACTS, "claim").build(),
            says("other", "s2", new Claim.Occurred(E2)).build())
        .build();

    assertThat(verdict(s, ClaimKey.occurred(E1)).status()).isEqualTo(VerdictStatus.SUPERSEDED);
    assertThat(verdict(s, ClaimKey.occurred(E2)).status()).isEqualTo(VerdictStatus.CORROBORATED);
    // another source's retraction cannot be meant: the story refuses it
    assertThat(story(0.8, 0.9).assertion(
            says("retraction", "s1", new Claim.Occurred(E2)).build(),
            says("other", "s2", new Claim.Occurred(E2)).link(LinkType.RETRACTS, "retraction").build())
        .problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("assertions[1].links[0].assertion"));
  }

  @Test
  void weakerDenial_contests() {
    Story s = story(0.8, 0.5)
        .assertion(
            says("yes", "s1", new Claim.Occurred(E1)).build(),
            says("no", "s2", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build())
        .build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.confidence()).isCloseTo(0.8 * 0.5, within(1e-12));
    assertThat(v.explanation().get(1).reason()).startsWith("opposes: denies the claim; weight 0.5");
  }

  @Test
  void strongerDenial_refutes() {
    Story s = story(0.5, 0.9)
        .assertion(
            says("yes", "s1", new Claim.Occurred(E1)).build(),
            says("no", "s2", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build())
        .build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.REFUTED);
    assertThat(v.isAccepted()).isFalse();
    assertThat(Reconciliation.of(s).isAccepted(AssertionId.of("yes"))).isFalse();
    assertThat(v.confidence()).isCloseTo(0.9 * 0.5, within(1e-12));
    assertThat(ids(v.opposition())).containsExactly("no");
  }

  @Test
  void denialAlone_refutesAYesOrNoClaim() {
    Story s = story(0.5).assertion(says("no", "s1", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build()).build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.REFUTED);
    assertThat(v.confidence()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void uncommitted_neverRefutesHoweverHeavy() {
    Story s = story(0.1, 1.0)
        .assertion(
            says("weak-yes", "s1", new Claim.Occurred(E1)).factuality(Factuality.POSSIBLE).build(),
            says("no-information", "s2", new Claim.Occurred(E1))
                .factuality(Factuality.of(Polarity.UNKNOWN, Certainty.CERTAIN)).build())
        .build();

    Verdict v = verdict(s, ClaimKey.occurred(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.explanation()).extracting(Weighed::stance).containsExactly(Stance.SUPPORTS, Stance.DOUBTS);
  }

  @Test
  void uncommittedAlone_isUnverified() {
    Story s = story(1.0)
        .assertion(says("no-information", "s1", new Claim.Occurred(E1)).factuality(Factuality.UNCOMMITTED).build())
        .build();

    assertThat(verdict(s, ClaimKey.occurred(E1)).status()).isEqualTo(VerdictStatus.UNVERIFIED);
  }

  @Test
  void uncommitted_weighsLessThanADenialOfTheSameCertainty() {
    Story s = story(0.8, 0.8)
        .assertion(
            says("no", "s1", new Claim.Occurred(E1)).factuality(Factuality.of(Polarity.NEGATIVE, Certainty.PROBABLE)).build(),
            says("unknown", "s2", new Claim.Occurred(E1)).factuality(Factuality.of(Polarity.UNKNOWN, Certainty.PROBABLE)).build())
        .build();

    List<Weighed> explanation = verdict(s, ClaimKey.occurred(E1)).explanation();

    assertThat(explanation.get(1).weight()).isLessThan(explanation.get(0).weight());
  }

  @Test
  void compatibleTimings_intersectAndCorroborate() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("month", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-08"))).build(),
            says("day", "s2", new Claim.Timing(E1, TimeBounds.parse("2024-08-06"))).build())
        .build();

    Verdict v = verdict(s, key(ClaimType.TIMING));

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.value()).contains(new Claim.Timing(E1, TimeBounds.parse("2024-08-06")));
    assertThat(v.explanation()).extracting(Weighed::reason)
        .anySatisfy(r -> assertThat(r).startsWith("supports: states a compatible value"));
  }

  @Test
  void overlappingTimings_holdTheirIntersection() {
    TimeBounds a = bounds("2024-08-01T00:00:00Z", "2024-08-20T00:00:00Z", "first weeks of August");
    TimeBounds b = bounds("2024-08-10T00:00:00Z", "2024-08-31T00:00:00Z", "mid to late August");
    Story s = story(0.8, 0.6)
        .assertion(says("a", "s1", new Claim.Timing(E1, a)).build(), says("b", "s2", new Claim.Timing(E1, b)).build())
        .build();

    TimeBounds held = ((Claim.Timing) verdict(s, key(ClaimType.TIMING)).value().orElseThrow()).when();

    assertThat(held.earliestStart()).isEqualTo(Instant.parse("2024-08-10T00:00:00Z"));
    assertThat(held.latestEnd()).isEqualTo(Instant.parse("2024-08-20T00:00:00Z"));
    assertThat(held.label()).isEqualTo("first weeks of August & mid to late August");
  }

  @Test
  void disjointTimings_contestAndTheHeavierIsHeld() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("august", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-08"))).build(),
            says("october", "s2", new Claim.Timing(E1, TimeBounds.parse("2024-10"))).build())
        .build();

    Verdict v = verdict(s, key(ClaimType.TIMING));

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.value()).contains(new Claim.Timing(E1, TimeBounds.parse("2024-08")));
    assertThat(v.explanation().get(1).reason()).startsWith("opposes: states an incompatible value");
  }

  @Test
  void denialOfATimeNobodyHolds_isNeutral() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("august", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-08"))).build(),
            says("not-october", "s2", new Claim.Timing(E1, TimeBounds.parse("2024-10"))).factuality(Factuality.DENIED).build())
        .build();

    Verdict v = verdict(s, key(ClaimType.TIMING));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.explanation()).extracting(Weighed::stance).containsExactly(Stance.SUPPORTS, Stance.NEUTRAL);
  }

  @Test
  void approximateFigures_agreeWithinTheTolerance() {
    ClaimKey key = new ClaimKey(ClaimType.QUANTITY, E1, Optional.empty(), Optional.empty(), Optional.of("soldiers"));
    Story close = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "soldiers", 10_000, "person", true)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "soldiers", 10_500, "person", true)).build())
        .build();
    Story far = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "soldiers", 10_000, "person", true)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "soldiers", 12_000, "person", true)).build())
        .build();

    assertThat(verdict(close, key).status()).isEqualTo(VerdictStatus.CORROBORATED);
    // a range someone stated: the heavier supporter's, not 10,000 to 10,500, which nobody stated
    assertThat(verdict(close, key).value()).contains(Claim.Quantity.of(E1, "soldiers", 10_000, "person", true));
    assertThat(verdict(far, key).status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void figuresInDifferentUnits_neverAgree() {
    ClaimKey key = new ClaimKey(ClaimType.QUANTITY, E1, Optional.empty(), Optional.empty(), Optional.of("strength"));
    // a story refuses them; an accumulation fed directly keeps them apart
    Verdict v = ClaimAccumulator.of(key)
        .add(says("a", "s1", Claim.Quantity.of(E1, "strength", 10, "battalion", false)).build(),
            Optional.empty(), Optional.empty(), false)
        .add(says("b", "s2", Claim.Quantity.of(E1, "strength", 10, "brigade", false)).build(),
            Optional.empty(), Optional.empty(), false)
        .verdict(ReconciliationPolicy.defaults(), java.util.Map.of(), java.util.Map.of());

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void nestedPlaces_agreeOnTheInnerOne_otherPlacesContest() {
    Story nested = story(0.8, 0.6)
        .assertion(
            says("a", "s1", new Claim.Location(E1, PlaceId.of("russia"))).build(),
            says("b", "s2", new Claim.Location(E1, PlaceId.of("kursk"))).build())
        .build();
    Story apart = story(0.8, 0.6)
        .assertion(
            says("a", "s1", new Claim.Location(E1, PlaceId.of("kursk"))).build(),
            says("b", "s2", new Claim.Location(E1, PlaceId.of("ukraine"))).build())
        .build();

    assertThat(verdict(nested, key(ClaimType.LOCATION)).status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(verdict(nested, key(ClaimType.LOCATION)).value()).contains(new Claim.Location(E1, PlaceId.of("kursk")));
    assertThat(verdict(apart, key(ClaimType.LOCATION)).status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void relationsStatedFromEitherSide_meetAndIntersect() {
    ClaimKey key = new ClaimKey(ClaimType.RELATION, E1, Optional.of(E2), Optional.empty(), Optional.empty());
    Story s = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Relation.of(E1, EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.MEETS), E2)).build(),
            says("b", "s2", Claim.Relation.of(E2, EnumSet.of(IntervalRelation.AFTER, IntervalRelation.OVERLAPPED_BY), E1)).build())
        .build();

    Verdict v = verdict(s, key);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.value()).contains(Claim.Relation.of(E1, EnumSet.of(IntervalRelation.BEFORE), E2));
  }

  @Test
  void oppositeRelations_contest() {
    ClaimKey key = new ClaimKey(ClaimType.RELATION, E1, Optional.of(E2), Optional.empty(), Optional.empty());
    Story s = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Relation.of(E1, EnumSet.of(IntervalRelation.BEFORE), E2)).build(),
            says("b", "s2", Claim.Relation.of(E1, EnumSet.of(IntervalRelation.AFTER), E2)).build())
        .build();

    assertThat(verdict(s, key).status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void weight_isReliabilityTimesCertaintyTimesRelayDiscount_asThePolicySays() {
    Story s = story(0.8)
        .assertion(says("a", "s1", new Claim.Occurred(E1)).via("outlet1", "outlet2").factuality(Factuality.PROBABLE).build())
        .build();
    ReconciliationPolicy policy = ReconciliationPolicy.builder()
        .certaintyFactor(Certainty.PROBABLE, 0.6).relayDiscount(0.5).build();

    Verdict v = Reconciliation.of(s, policy).occurrence(E1);

    assertThat(v.explanation().get(0).weight()).isCloseTo(0.8 * 0.6 * 0.25, within(1e-12));
  }

  @Test
  void sourceWithoutReliability_weighsThePolicysDefault() {
    Story s = story().assertion(says("a", "outlet1", new Claim.Occurred(E1)).build()).build();
    ReconciliationPolicy policy = ReconciliationPolicy.builder().defaultReliability(0.3).build();

    assertThat(Reconciliation.of(s, policy).occurrence(E1).confidence()).isCloseTo(0.3, within(1e-12));
    assertThat(Reconciliation.of(s, policy).trust()).containsEntry(io.github.eventline.core.SourceId.of("outlet1"), 0.3);
  }

  @Test
  void mostReliableSource_letsTheBestSourceOutweighSeveralWeakerOnes() {
    Story s = story(0.9, 0.6, 0.6, 0.6)
        .assertion(
            says("no", "s1", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build(),
            says("y2", "s2", new Claim.Occurred(E1)).build(),
            says("y3", "s3", new Claim.Occurred(E1)).build(),
            says("y4", "s4", new Claim.Occurred(E1)).build())
        .build();

    assertThat(Reconciliation.of(s).occurrence(E1).status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(Reconciliation.of(s, ReconciliationPolicy.mostReliableSource()).occurrence(E1).status())
        .isEqualTo(VerdictStatus.REFUTED);
  }

  @Test
  void latestStatement_decides() {
    Story s = story(0.9, 0.5)
        .assertion(
            says("august", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-08"))).stated(TimeBounds.parse("2024-09-01")).build(),
            says("october", "s2", new Claim.Timing(E1, TimeBounds.parse("2024-10"))).stated(TimeBounds.parse("2024-11-01")).build())
        .build();

    assertThat(Reconciliation.of(s).verdict(key(ClaimType.TIMING)).orElseThrow().value())
        .contains(new Claim.Timing(E1, TimeBounds.parse("2024-08")));
    assertThat(Reconciliation.of(s, ReconciliationPolicy.latestStatement()).verdict(key(ClaimType.TIMING)).orElseThrow().value())
        .contains(new Claim.Timing(E1, TimeBounds.parse("2024-10")));
  }

  @Test
  void sourceTrust_lowersTheTrustOfASourceThatKeepsDisagreeing() {
    Story.Builder b = story(0.5, 0.5, 0.5);
    for (int i = 0; i < 6; i++) {
      EventId e = EventId.of("x" + i);
      b.event(Event.builder(e, "event " + i).build());
      b.assertion(
          says("s1-" + i, "s1", new Claim.Occurred(e)).build(),
          says("s2-" + i, "s2", new Claim.Occurred(e)).build(),
          says("s3-" + i, "s3", new Claim.Occurred(e)).factuality(Factuality.DENIED).build());
    }
    Reconciliation r = Reconciliation.of(b.build(), ReconciliationPolicy.sourceTrust());

    assertThat(r.trust().get(io.github.eventline.core.SourceId.of("s3"))).isLessThan(0.5);
    assertThat(r.trust().get(io.github.eventline.core.SourceId.of("s1"))).isGreaterThan(0.5);
    assertThat(r.iterations()).isBetween(1, ReconciliationPolicy.defaults().maxIterations());
    assertThat(r.occurrence(EventId.of("x0")).explanation().get(2).reliability())
        .isEqualTo(r.trust().get(io.github.eventline.core.SourceId.of("s3")));
  }

  @Test
  void sourceTrust_stopsAtTheBoundOnIterations() {
    Story s = story(0.5, 0.9)
        .assertion(
            says("y", "s1", new Claim.Occurred(E1)).build(),
            says("n", "s2", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build())
        .build();
    ReconciliationPolicy policy = ReconciliationPolicy.sourceTrust().toBuilder().maxIterations(1).build();

    assertThat(Reconciliation.of(s, policy).iterations()).isEqualTo(1);
  }
}
