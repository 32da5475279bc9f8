package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Certainty;
import org.junit.jupiter.api.Test;

/** Every setting of a {@link ReconciliationPolicy} at the ends of its range, and the copy of a policy. */
class ReconciliationPolicyBuilderTest {

  @Test
  void factorsInZeroToOne_acceptBothEnds() {
    ReconciliationPolicy low = ReconciliationPolicy.builder()
        .defaultReliability(0).editorReliability(0).relayDiscount(0).uncommittedFactor(0)
        .certaintyFactor(Certainty.CERTAIN, 0).build();
    ReconciliationPolicy high = ReconciliationPolicy.builder()
        .defaultReliability(1).editorReliability(1).relayDiscount(1).uncommittedFactor(1)
        .certaintyFactor(Certainty.POSSIBLE, 1).build();

    assertThat(low.defaultReliability()).isZero();
    assertThat(low.editorReliability()).isZero();
    assertThat(low.relayDiscount()).isZero();
    assertThat(low.uncommittedFactor()).isZero();
    assertThat(low.certaintyFactor(Certainty.CERTAIN)).isZero();
    assertThat(high.defaultReliability()).isEqualTo(1.0);
    assertThat(high.editorReliability()).isEqualTo(1.0);
    assertThat(high.relayDiscount()).isEqualTo(1.0);
    assertThat(high.uncommittedFactor()).isEqualTo(1.0);
    assertThat(high.certaintyFactor(Certainty.POSSIBLE)).isEqualTo(1.0);
  }

  @Test
  void factorsInZeroToOne_rejectJustOutside() {
    assertThatThrownBy(() -> ReconciliationPolicy.builder().editorReliability(-0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("editorReliability -0.01 is out of range: expected 0 to 1");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().uncommittedFactor(1.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uncommittedFactor 1.01 is out of range: expected 0 to 1");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().defaultReliability(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultReliability Infinity is out of range: expected 0 to 1");
  }

  @Test
  void approximateTolerance_acceptsZeroAndRejectsNegativeAndInfinite() {
    assertThat(ReconciliationPolicy.builder().approximateTolerance(0).build().approximateTolerance()).isZero();
    assertThat(ReconciliationPolicy.builder().approximateTolerance(2.5).build().approximateTolerance()).isEqualTo(2.5);
    assertThatThrownBy(() -> ReconciliationPolicy.builder().approximateTolerance(-0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approximateTolerance -0.5 is out of range: expected a finite number, at least 0");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().approximateTolerance(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approximateTolerance Infinity is out of range: expected a finite number, at least 0");
  }

  @Test
  void maxIterations_acceptsOne() {
    assertThat(ReconciliationPolicy.builder().maxIterations(1).build().maxIterations()).isEqualTo(1);
    assertThatThrownBy(() -> ReconciliationPolicy.builder().maxIterations(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxIterations -3 is out of range: expected at least 1");
  }

  @Test
  void trustTolerance_mustBeAboveZeroAndFinite() {
    assertThat(ReconciliationPolicy.builder().trustTolerance(Double.MIN_VALUE).build().trustTolerance())
        .isEqualTo(Double.MIN_VALUE);
    assertThat(ReconciliationPolicy.defaults().trustTolerance()).isEqualTo(1e-6);
    assertThatThrownBy(() -> ReconciliationPolicy.builder().trustTolerance(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trustTolerance 0.0 is out of range: expected a finite number above 0");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().trustTolerance(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trustTolerance Infinity is out of range: expected a finite number above 0");
  }

  @Test
  void trustPriorStrength_acceptsZeroAndRejectsNegativeAndInfinite() {
    assertThat(ReconciliationPolicy.builder().trustPriorStrength(0).build().trustPriorStrength()).isZero();
    assertThat(ReconciliationPolicy.defaults().trustPriorStrength()).isEqualTo(10.0);
    assertThatThrownBy(() -> ReconciliationPolicy.builder().trustPriorStrength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trustPriorStrength -1.0 is out of range: expected a finite number, at least 0");
    assertThatThrownBy(() -> ReconciliationPolicy.builder().trustPriorStrength(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trustPriorStrength NaN is out of range: expected a finite number, at least 0");
  }

  @Test
  void toBuilder_keepsEverySetting() {
    ReconciliationPolicy p = ReconciliationPolicy.builder()
        .method(ReconciliationPolicy.Method.SOURCE_TRUST)
        .defaultReliability(0.1).editorReliability(0.2).relayDiscount(0.3).uncommittedFactor(0.4)
        .certaintyFactor(Certainty.PROBABLE, 0.6).approximateTolerance(0.7).maxIterations(8)
        .trustTolerance(0.01).trustPriorStrength(3).build();

    ReconciliationPolicy copy = p.toBuilder().build();

    assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p).hasToString(p.toString());
    assertThat(copy.method()).isEqualTo(ReconciliationPolicy.Method.SOURCE_TRUST);
    assertThat(copy.certaintyFactor(Certainty.PROBABLE)).isEqualTo(0.6);
    assertThat(copy.trustTolerance()).isEqualTo(0.01);
    assertThat(copy.trustPriorStrength()).isEqualTo(3.0);
    assertThat(p).hasToString("ReconciliationPolicy[SOURCE_TRUST, defaultReliability=0.1, editorReliability=0.2, "
        + "certaintyFactors={CERTAIN=1.0, PROBABLE=0.6, POSSIBLE=0.5, UNDERSPECIFIED=0.25}, relayDiscount=0.3, "
        + "uncommittedFactor=0.4, approximateTolerance=0.7, maxIterations=8, trustTolerance=0.01, "
        + "trustPriorStrength=3.0]");
  }

  @Test
  void policiesDifferingInOneSetting_areNotEqual() {
    ReconciliationPolicy p = ReconciliationPolicy.defaults();

    assertThat(p.toBuilder().trustTolerance(1e-3).build()).isNotEqualTo(p);
    assertThat(p.toBuilder().trustPriorStrength(2).build()).isNotEqualTo(p);
    assertThat(p.toBuilder().maxIterations(5).build()).isNotEqualTo(p);
    assertThat(p.toBuilder().approximateTolerance(0.2).build()).isNotEqualTo(p);
    assertThat(ReconciliationPolicy.sourceTrust().method()).isEqualTo(ReconciliationPolicy.Method.SOURCE_TRUST);
    assertThat(ReconciliationPolicy.weightedVote()).isEqualTo(p);
  }
}
