package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.EventId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationPolicyTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    ReconciliationPolicy p = ReconciliationPolicy.defaults();

    assertThat(p.method()).isEqualTo(ReconciliationPolicy.Method.WEIGHTED_VOTE);
    assertThat(p.defaultReliability()).isEqualTo(0.5);
    assertThat(p.editorReliability()).isEqualTo(0.5);
    assertThat(p.certaintyFactor(Certainty.CERTAIN)).isEqualTo(1.0);
    assertThat(p.certaintyFactor(Certainty.PROBABLE)).isEqualTo(0.75);
    assertThat(p.certaintyFactor(Certainty.POSSIBLE)).isEqualTo(0.5);
    assertThat(p.certaintyFactor(Certainty.UNDERSPECIFIED)).isEqualTo(0.25);
    assertThat(p.relayDiscount()).isEqualTo(0.9);
    assertThat(p.uncommittedFactor()).isEqualTo(0.5);
    assertThat(p.approximateTolerance()).isEqualTo(0.1);
    assertThat(p.maxIterations()).isEqualTo(20);
  }

  @Test
  void fallbackReliability_isTheEditorsForTheEditor_andTheDefaultForAnyOtherSource() {
    ReconciliationPolicy p = ReconciliationPolicy.builder().defaultReliability(0.8).editorReliability(0.2).build();

    assertThat(p.fallbackReliability(io.github.eventline.core.Source.EDITOR)).isEqualTo(0.2);
    assertThat(p.fallbackReliability(io.github.eventline.core.SourceId.of("agency"))).isEqualTo(0.8);
    assertThatThrownBy(() -> p.fallbackReliability(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
  }

  @Test
  void verdicts_weighUnratedSources_byTheFallback_theEditorByItsOwn() {
    ReconciliationPolicy p = ReconciliationPolicy.builder().defaultReliability(0.8).editorReliability(0.2).build();
    EventId e = EventId.of("e");
    io.github.eventline.core.Story story = io.github.eventline.core.Story.builder()
        .source(io.github.eventline.core.Source.builder("agency", "Agency").build())
        .event(io.github.eventline.core.Event.builder(e, "E")
            .when(io.github.eventline.core.time.TimeBounds.parse("2024-08")).build())
        .assertion(Assertion.builder("a1", "agency",
            new Claim.Timing(e, io.github.eventline.core.time.TimeBounds.parse("2024-09"))).build())
        .build();

    Verdict verdict = Reconciliation.of(story, p)
        .verdict(new Claim.Timing(e, io.github.eventline.core.time.TimeBounds.unbounded()).key()).orElseThrow();

    assertThat(verdict.explanation()).extracting(w -> w.source().value(), Weighed::reliability)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("editor", 0.2), org.assertj.core.groups.Tuple.tuple("agency", 0.8));
  }

  @Test
  void namedPolicies_differOnlyByMethod() {
    assertThat(ReconciliationPolicy.mostReliableSource().method()).isEqualTo(ReconciliationPolicy.Method.MOST_RELIABLE_SOURCE);
    assertThat(ReconciliationPolicy.latestStatement().method()).isEqualTo(ReconciliationPolicy.Method.LATEST_STATEMENT);
    assertThat(ReconciliationPolicy.sourceTrust().toBuilder().method(ReconciliationPolicy.Method.WEIGHTED_VOTE).build())
        .isEqualTo(ReconciliationPolicy.defaults());
  }

  @Test
  void equality_coversEverySetting() {
    new EqualsTester()
        .addEqualityGroup(ReconciliationPolicy.defaults(), ReconciliationPolicy.builder().build(), ReconciliationPolicy.weightedVote())
        .addEqualityGroup(ReconciliationPolicy.builder().relayDiscount(0.8).build())
        .addEqualityGroup(ReconciliationPolicy.builder().certaintyFactor(Certainty.POSSIBLE, 0.4).build())
        .addEqualityGroup(ReconciliationPolicy.sourceTrust())
        .testEquals();
  }

  @Test
  void builder_rejectsAFactorOutOfRange() {
    assertThatThrownBy(() -> ReconciliationPolicy.builder().relayDiscount(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relayDiscount 1.2 is out of range: expected 0 to 1");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().certaintyFactor(Certainty.PROBABLE, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("certaintyFactor(PROBABLE) -0.1 is out of range: expected 0 to 1");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().defaultReliability(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultReliability NaN is out of range: expected 0 to 1");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().maxIterations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxIterations 0 is out of range: expected at least 1");
  }

  @Test
  void accumulator_rejectsAnAssertionOfAnotherType() {
    ClaimAccumulator acc = ClaimAccumulator.of(ClaimKey.occurred(EventId.of("e1")));
    Assertion timing = Assertion.builder("a1", "s1",
        new Claim.Timing(EventId.of("e1"), io.github.eventline.core.time.TimeBounds.parse("2024-08"))).build();

    assertThatThrownBy(() -> acc.add(timing, Optional.empty(), Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Assertion \"a1\" claims timing(e1), not an answer to occurred(e1)");
  }

  @Test
  void accumulator_rejectsMergingAnotherKey() {
    ClaimAccumulator acc = ClaimAccumulator.of(ClaimKey.occurred(EventId.of("e1")));

    assertThatThrownBy(() -> acc.merge(ClaimAccumulator.of(ClaimKey.occurred(EventId.of("e2")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot merge the accumulation of occurred(e2) into that of occurred(e1)");
  }

  @Test
  void emptyAccumulator_isUnverified() {
    Verdict v = ClaimAccumulator.of(ClaimKey.occurred(EventId.of("e1")))
        .verdict(ReconciliationPolicy.defaults(), Map.of(), Map.of());

    assertThat(v.status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(v.confidence()).isZero();
  }

  @Test
  void verdict_rejectsAConfidenceOutOfRange() {
    assertThatThrownBy(() -> new Verdict(ClaimKey.occurred(EventId.of("e1")), Optional.empty(), VerdictStatus.UNVERIFIED, 1.5,
        java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Confidence 1.5 of verdict on occurred(e1) is out of range: expected 0 to 1");
  }
}
