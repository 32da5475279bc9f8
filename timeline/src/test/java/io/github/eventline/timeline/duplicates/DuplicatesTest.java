package io.github.eventline.timeline.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.DuplicateSuggestion;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import io.github.eventline.timeline.reconcile.Weight;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

  private static final EventId A = EventId.of("offensive-a");
  private static final EventId B = EventId.of("offensive-b");
  private static final EventId C = EventId.of("offensive-c");
  private static final EventId OTHER = EventId.of("request");
  private static final EventType OFFENSIVE = EventType.of("military-offensive");

  private static Story.Builder story() {
    return Story.builder()
        .actor(io.github.eventline.core.Actor.builder("ukraine-armed-forces", "Armed Forces of Ukraine").build(),
            io.github.eventline.core.Actor.builder("putin", "Vladimir Putin").build())
        .place(io.github.eventline.core.Place.builder("russia", "Russia").build(),
            io.github.eventline.core.Place.builder("kursk-oblast", "Kursk Oblast").within("russia").build(),
            io.github.eventline.core.Place.builder("kharkiv", "Kharkiv").build())
        .source(Source.builder("s1", "Source 1").reliability(0.8).build(),
            Source.builder("s2", "Source 2").reliability(0.6).build())
        .event(
            Event.builder(A, "Ukrainian offensive into Kursk Oblast").type(OFFENSIVE)
                .when(TimeBounds.parse("2024-08")).place("kursk-oblast").participant("ukraine-armed-forces", Role.AGENT).build(),
            Event.builder(B, "Ukraine's offensive in the Kursk oblast").type(OFFENSIVE)
                .when(TimeBounds.parse("2024-08-06")).place("russia").participant("ukraine-armed-forces", Role.AGENT).build(),
            Event.builder(C, "Offensive into Kursk").type(OFFENSIVE).build(),
            Event.builder(OTHER, "Putin asks Kim for help").participant("putin", Role.AGENT).build());
  }

  @Test
  void sameAs_mergesEvents_andBothIdsResolveToTheSmallest() {
    Story s = story().assertion(says("same", "s1", new Claim.SameAs(B, A))).build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.canonical(B)).isEqualTo(A);
    assertThat(r.canonical(A)).isEqualTo(A);
    assertThat(r.sameEvent(B)).containsExactly(A, B);
    assertThat(r.mergedEvents()).containsOnlyKeys(A);
    assertThat(r.occurrence(B)).isSameAs(r.occurrence(A));
  }

  @Test
  void mergedEvent_keepsEveryAssertionOfBothIds() {
    Story s = story()
        .assertion(
            says("same", "s1", new Claim.SameAs(A, B)),
            says("on-a", "s1", new Claim.Occurred(A)),
            says("on-b", "s2", new Claim.Occurred(B)))
        .build();

    Reconciliation r = Reconciliation.of(s);
    Verdict occurred = r.occurrence(B);
    Verdict timing = r.verdict(new ClaimKey(ClaimType.TIMING, B, Optional.empty(), Optional.empty(), Optional.empty())).orElseThrow();

    assertThat(occurred.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(occurred.support()).extracting(AssertionId::value).containsExactly("on-a", "on-b");
    assertThat(occurred.value()).contains(new Claim.Occurred(A));
    assertThat(timing.key().event()).isEqualTo(A);
    assertThat(timing.support()).extracting(AssertionId::value).containsExactly("editor:when:offensive-a", "editor:when:offensive-b");
    assertThat(timing.value()).contains(new Claim.Timing(A, TimeBounds.parse("2024-08-06")));
    assertThat(r.verdicts()).extracting(Verdict::key).noneMatch(k -> k.event().equals(B) && k.type() != ClaimType.SAME_AS);
  }

  @Test
  void sameAs_chainsMergeTransitively() {
    Story s = story()
        .assertion(says("ab", "s1", new Claim.SameAs(A, B)), says("bc", "s2", new Claim.SameAs(C, B)))
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.canonical(C)).isEqualTo(A);
    assertThat(r.sameEvent(A)).containsExactly(A, B, C);
  }

  @Test
  void refutedSameAs_doesNotMerge() {
    Story s = story()
        .assertion(
            says("same", "s2", new Claim.SameAs(A, B)),
            io.github.eventline.core.Assertion.builder("not-same", "s1", new Claim.SameAs(A, B)).factuality(Factuality.DENIED).build())
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.canonical(B)).isEqualTo(B);
    assertThat(r.verdict(new Claim.SameAs(A, B).key()).orElseThrow().status()).isEqualTo(VerdictStatus.REFUTED);
  }

  @Test
  void relationBetweenMergedEvents_keepsItsOwnKey() {
    Story s = story()
        .assertion(
            says("same", "s1", new Claim.SameAs(A, B)),
            says("rel", "s2", Claim.Relation.of(A, EnumSet.of(IntervalRelation.EQUALS), B)),
            says("rel-other", "s2", Claim.Relation.of(OTHER, EnumSet.of(IntervalRelation.AFTER), B)))
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.verdict(Claim.Relation.of(A, EnumSet.of(IntervalRelation.EQUALS), B).key())).isPresent();
    Verdict toOther = r.verdict(Claim.Relation.of(A, EnumSet.of(IntervalRelation.BEFORE), OTHER).key()).orElseThrow();
    assertThat(toOther.value()).contains(Claim.Relation.of(A, EnumSet.of(IntervalRelation.BEFORE), OTHER));
  }

  @Test
  void occurrence_ofAnUnknownEvent_isRejected() {
    Reconciliation r = Reconciliation.of(story().build());

    assertThatThrownBy(() -> r.occurrence(EventId.of("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nope\": the story has no such event");
  }

  @Test
  void matcher_suggestsTheLikelyDuplicate_withItsReasons() {
    List<DuplicateSuggestion> suggestions = DuplicateMatcher.defaults().suggest(story().build());

    assertThat(suggestions).isNotEmpty();
    DuplicateSuggestion best = suggestions.get(0);
    assertThat(best.event()).isEqualTo(A);
    assertThat(best.other()).isEqualTo(B);
    assertThat(best.reasons()).containsExactly(
        "same type military-offensive",
        "bounds overlap: 2024-08 and 2024-08-06",
        "kursk-oblast lies within russia",
        "shared participants: ukraine-armed-forces",
        "similar summaries (" + Weight.number(DuplicateMatcher.dice(" ukrainian offensive into kursk oblast ",
            " ukraine s offensive in the kursk oblast ")) + ")");
    assertThat(best.score()).isGreaterThan(0.8);
  }

  @Test
  void matcher_neverMerges_andSkipsPairsASameAsClaimSpeaksTo() {
    Story s = story()
        .assertion(io.github.eventline.core.Assertion.builder("not-same", "s1", new Claim.SameAs(A, B))
            .factuality(Factuality.DENIED).build())
        .build();

    assertThat(DuplicateMatcher.defaults().suggest(s))
        .noneMatch(d -> d.event().equals(A) && d.other().equals(B));
    assertThat(Reconciliation.of(story().build()).mergedEvents()).isEmpty();
  }

  @Test
  void matcher_rulesOutDisjointTimesAndPlacesApart() {
    Story s = story()
        .event(
            Event.builder("offensive-d", "Ukrainian offensive into Kursk Oblast").type(OFFENSIVE)
                .when(TimeBounds.parse("2023-06")).build(),
            Event.builder("offensive-e", "Ukrainian offensive into Kursk Oblast").type(OFFENSIVE).place("kharkiv").build())
        .build();

    assertThat(DuplicateMatcher.withThreshold(0).suggest(s))
        .noneMatch(d -> d.event().equals(A) && d.other().value().equals("offensive-d"))
        .noneMatch(d -> d.event().equals(A) && d.other().value().equals("offensive-e"))
        .noneMatch(d -> d.event().equals(OTHER) || d.other().equals(OTHER));
  }

  @Test
  void matcher_rejectsAThresholdOutOfRange() {
    assertThatThrownBy(() -> DuplicateMatcher.withThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Threshold 1.5 is out of range: expected 0 to 1");
  }

  private static io.github.eventline.core.Assertion says(String id, String source, Claim claim) {
    return io.github.eventline.core.Assertion.builder(id, source, claim).build();
  }
}
