package io.github.eventline.timeline.reconcile;

import static io.github.eventline.timeline.reconcile.Stories.E1;
import static io.github.eventline.timeline.reconcile.Stories.E2;
import static io.github.eventline.timeline.reconcile.Stories.PART;
import static io.github.eventline.timeline.reconcile.Stories.WHOLE;
import static io.github.eventline.timeline.reconcile.Stories.day;
import static io.github.eventline.timeline.reconcile.Stories.entry;
import static io.github.eventline.timeline.reconcile.Stories.ids;
import static io.github.eventline.timeline.reconcile.Stories.says;
import static io.github.eventline.timeline.reconcile.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.ClaimAccumulator;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 1: a dated, placed, counted or related event happened. */
class ImpliedOccurrenceTest {

  @Test
  void aTiming_supportsOccurrence_withItsCertaintyAndRelays() {
    Story s = story(0.8)
        .assertion(says("t1", "s1", new Claim.Timing(E1, day("2024-08-06"))).factuality(Factuality.PROBABLE).via("outlet1").build())
        .build();

    Verdict v = Reconciliation.of(s).occurrence(E1);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(ids(v.support())).containsExactly("t1");
    assertThat(entry(v, "t1").weight()).isCloseTo(0.8 * 0.75 * 0.9, within(1e-12));
    assertThat(entry(v, "t1").reason()).startsWith("supports: implied by t1 (timing of e1);");
  }

  @Test
  void threeBodiesLocatingALaunch_corroborateThatItHappened() {
    Story s = story(0.6, 0.6, 0.6)
        .assertion(
            says("l1", "s1", new Claim.Location(E1, PlaceId.of("kursk"))).build(),
            says("l2", "s2", new Claim.Location(E1, PlaceId.of("kursk"))).build(),
            says("l3", "s3", new Claim.Location(E1, PlaceId.of("russia"))).build())
        .build();

    assertThat(Reconciliation.of(s).occurrence(E1).status()).isEqualTo(VerdictStatus.CORROBORATED);
  }

  @Test
  void theModellersOwnFields_assertNothing() {
    Story s = Story.builder()
        .place(io.github.eventline.core.Place.builder("kursk", "Kursk").build())
        .actor(io.github.eventline.core.Actor.builder("x", "X").build())
        .event(Event.builder(E1, "alleged").when(day("2024-08-06")).place("kursk").participant("x", Role.AGENT).build())
        .build();

    Verdict v = Reconciliation.of(s).occurrence(E1);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(v.explanation()).isEmpty();
  }

  @Test
  void aClaimantThatAddressesOccurrence_speaksForItself() {
    // s1 denies that the event happened, yet gives a date it was alleged for: the denial stands.
    Story s = story(0.8)
        .assertion(
            says("d1", "s1", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build(),
            says("t1", "s1", new Claim.Timing(E1, day("2024-08-06"))).build())
        .build();

    Verdict v = Reconciliation.of(s).occurrence(E1);

    assertThat(v.status()).isEqualTo(VerdictStatus.REFUTED);
    assertThat(entry(v, "t1").stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(entry(v, "t1").isCounted()).isFalse();
    assertThat(entry(v, "t1").reason()).contains("not counted: s1 says whether it happened itself");
  }

  @Test
  void denialsAndUncommittedClaims_implyNothing() {
    Story s = story(0.8, 0.8)
        .assertion(
            says("t1", "s1", new Claim.Timing(E1, day("2024-08-06"))).factuality(Factuality.DENIED).build(),
            says("p1", "s2", new Claim.Location(E1, PlaceId.of("kursk"))).factuality(Factuality.UNCOMMITTED).build())
        .build();

    assertThat(Reconciliation.of(s).occurrence(E1).explanation()).isEmpty();
  }

  @Test
  void aRelation_impliesBothEvents() {
    Story s = story(0.8)
        .assertion(says("r1", "s1", Claim.Relation.of(E1, EnumSet.of(IntervalRelation.BEFORE), E2)).build())
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(ids(r.occurrence(E1).support())).containsExactly("r1");
    assertThat(ids(r.occurrence(E2).support())).containsExactly("r1");
    assertThat(r.occurrence(E2).explanation().get(0).reason()).startsWith("supports: implied by r1 (relation of e1 and e2);");
  }

  @Test
  void aPartThatHappened_meansItsWholeHappened() {
    Story s = story(0.8, 0.7)
        .assertion(
            says("o1", "s1", new Claim.Occurred(PART)).build(),
            says("t2", "s2", new Claim.Timing(PART, day("2024-08-06"))).build())
        .build();

    Verdict whole = Reconciliation.of(s).occurrence(WHOLE);

    assertThat(whole.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(ids(whole.support())).containsExactly("o1", "t2");
    assertThat(entry(whole, "o1").reason()).startsWith("supports: implied by o1 (occurred of battle, a part of it);");
  }

  @Test
  void anImpliedSupport_doesNotMakeItsOwnClaimAccepted() {
    // t1's date is refuted on its own question; that the event happened does not accept the date.
    Story s = story(0.5, 0.9)
        .assertion(
            says("t1", "s1", new Claim.Timing(E1, day("2024-08-06"))).build(),
            says("t2", "s2", new Claim.Timing(E1, day("2024-08-06"))).factuality(Factuality.DENIED).build())
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.occurrence(E1).isAccepted()).isTrue();
    assertThat(r.isAccepted(io.github.eventline.core.AssertionId.of("t1"))).isFalse();
  }

  @Test
  void aSupersededClaim_impliesNothingThatCounts() {
    Story s = story(0.8)
        .assertion(
            says("t1", "s1", new Claim.Timing(E1, day("2024-08-06"))).build(),
            says("t2", "s1", new Claim.Timing(E2, day("2024-08-07"))).supersedes("t1").build())
        .build();

    Verdict v = Reconciliation.of(s).occurrence(E1);

    assertThat(v.status()).isEqualTo(VerdictStatus.SUPERSEDED);
    assertThat(entry(v, "t1").stance()).isEqualTo(Stance.SUPERSEDED);
  }

  @Test
  void addImplied_refusesAnotherQuestionThanOccurrence() {
    Assertion a = says("t1", "s1", new Claim.Timing(E1, day("2024-08-06"))).build();
    ClaimAccumulator timing = ClaimAccumulator.of(a.claim().key());

    assertThatThrownBy(() -> timing.addImplied(a, Optional.empty(), Optional.empty()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Assertion \"t1\" does not imply timing(e1): only a positive claim of a source other than the"
            + " editor implies that an event occurred, and only a statement lent by a link answers the question itself");
  }

  @Test
  void events_followThePartOfChainWithoutRepeats() {
    // 0 is part of 1, 1 of 2; a relation between 0 and 1 implies 0, 1 and 2 once each.
    int[] wholeOf = {1, 2, -1};

    assertThat(ImpliedOccurrence.events(io.github.eventline.core.ClaimType.RELATION, 0, 1, e -> wholeOf[e], 3))
        .containsExactly(0, 1, 2);
    assertThat(ImpliedOccurrence.events(io.github.eventline.core.ClaimType.OCCURRED, 0, -1, e -> wholeOf[e], 3))
        .containsExactly(1, 2);
  }
}
