package io.github.eventline.timeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When stated quantities agree: after conversion, with stated uncertainty, open sides and the tolerance. */
class QuantityRangesTest {

  private static final EventId E = EventId.of("e");

  private static Claim.Quantity of(double value, String unit, boolean approximate) {
    return Claim.Quantity.of(E, "m", value, unit, approximate);
  }

  @Test
  void figuresAgreeAfterConversion_bothWays() {
    assertThat(QuantityRanges.compatible(of(210_000, "gallons/day", false), of(5_000, "bbl/d", false), 0.1)).isTrue();
    assertThat(QuantityRanges.compatible(of(5_000, "bbl/d", false), of(210_000, "gallons/day", false), 0.1)).isTrue();
    assertThat(QuantityRanges.compatible(of(370, "PBq", false), of(370_000, "TBq", false), 0)).isTrue();
    assertThat(QuantityRanges.compatible(of(370, "PBq", false), of(371_000, "TBq", false), 0)).isFalse();
  }

  @Test
  void incomparableUnits_neverAgree_aBareFigureComparesInItsNumbers() {
    assertThat(QuantityRanges.compatible(of(10, "km", false), of(10, "bbl/d", false), 0.1)).isFalse();
    assertThat(QuantityRanges.compatible(of(1.5, "km", false), of(1.5, null, false), 0)).isTrue();
    assertThat(QuantityRanges.compatible(of(1.5, "km", false), of(1500, null, false), 0)).isFalse();
  }

  @Test
  void toleranceOfApproximateFigures_isReplacedByAStatedUncertainty() {
    assertThat(QuantityRanges.compatible(of(10_000, "people", true), of(11_000, "people", false), 0.1)).isTrue();
    assertThat(QuantityRanges.compatible(of(10_000, "people", true), of(11_200, "people", false), 0.1)).isFalse();
    Claim.Quantity plusMinus = of(70_000, null, true).withUncertainty(0.2);
    assertThat(QuantityRanges.compatible(plusMinus, of(84_000, null, false), 0.1)).isTrue();
    assertThat(QuantityRanges.compatible(plusMinus, of(85_000, null, false), 0.1)).isFalse();
  }

  @Test
  void openSides_reachAsFarAsNeeded() {
    Claim.Quantity atLeast = Claim.Quantity.atLeast(E, "m", 26_500, "people");
    assertThat(QuantityRanges.compatible(atLeast, Claim.Quantity.atLeast(E, "m", 20_000, "people"), 0)).isTrue();
    assertThat(QuantityRanges.compatible(atLeast, of(30_000, "people", false), 0)).isTrue();
    assertThat(QuantityRanges.compatible(atLeast, Claim.Quantity.atMost(E, "m", 20_000, "people"), 0.1)).isFalse();
  }

  @Test
  void agreement_isTheSharedRange_inTheCommonUnit() {
    Claim.Quantity a = new Claim.Quantity(E, "m", 9_000, 11_000, Optional.of("people"), false);
    Claim.Quantity b = new Claim.Quantity(E, "m", 10_000, 12_000, Optional.of("people"), false);
    Claim.Quantity shared = QuantityRanges.agreement(a, b);
    assertThat(shared.low()).isEqualTo(10_000);
    assertThat(shared.high()).isEqualTo(11_000);
    assertThat(QuantityRanges.isWithin(of(10_000, "people", false), shared)).isTrue();
    assertThat(QuantityRanges.isWithin(shared, a)).isTrue();
    assertThat(QuantityRanges.isWithin(a, shared)).isFalse();
  }
}
