package io.github.eventline.timeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value held on a quantity question is a range some supporter stated. */
class HeldQuantityTest {

  private static final EventId E = EventId.of("e");

  private static Claim.Quantity range(double low, double high) {
    return new Claim.Quantity(E, "dead", low, high, Optional.of("people"), false);
  }

  @Test
  void narrowestRangeWithinEveryOther_isHeld_evenIfLighter() {
    Claim.Quantity wide = range(9_000, 11_000);
    Claim.Quantity about = Claim.Quantity.of(E, "dead", 10_000, "people", true);
    assertThat(HeldQuantity.choose(List.of(wide, about), new double[] {0.9, 0.3})).isSameAs(about);
  }

  @Test
  void overlappingRanges_holdTheHeaviestSupportersRange_notTheirIntersection() {
    Claim.Quantity a = range(9_000, 11_000);
    Claim.Quantity b = range(10_000, 12_000);
    assertThat(HeldQuantity.choose(List.of(a, b), new double[] {0.4, 0.8})).isSameAs(b);
    assertThat(HeldQuantity.choose(List.of(a, b), new double[] {0.8, 0.4})).isSameAs(a);
  }

  @Test
  void risingAtLeastFigures_holdTheHighest() {
    Claim.Quantity first = Claim.Quantity.atLeast(E, "dead", 20_000, "people");
    Claim.Quantity second = Claim.Quantity.atLeast(E, "dead", 24_000, "people");
    Claim.Quantity third = Claim.Quantity.atLeast(E, "dead", 26_500, "people");
    assertThat(HeldQuantity.choose(List.of(first, third, second), new double[] {0.9, 0.5, 0.7})).isSameAs(third);
  }

  @Test
  void equalRangesInDifferentUnits_holdTheHeavier_andOnEqualWeightsTheFirst() {
    Claim.Quantity gallons = Claim.Quantity.of(E, "flow", 210_000, "gallons/day", false);
    Claim.Quantity barrels = Claim.Quantity.of(E, "flow", 5_000, "barrels/day", false);
    assertThat(HeldQuantity.choose(List.of(gallons, barrels), new double[] {0.5, 0.7})).isSameAs(barrels);
    assertThat(HeldQuantity.choose(List.of(gallons, barrels), new double[] {0.5, 0.5})).isSameAs(gallons);
  }

  @Test
  void statedUncertainty_widensTheRangeOthersMustLieWithin() {
    Claim.Quantity plusMinus = Claim.Quantity.of(E, "dead", 70_000, null, true).withUncertainty(0.2);
    Claim.Quantity exact = Claim.Quantity.of(E, "dead", 60_000, null, false);
    assertThat(HeldQuantity.choose(List.of(plusMinus, exact), new double[] {0.9, 0.2})).isSameAs(exact);
  }

  @Test
  void noSupporters_isRefused() {
    assertThatThrownBy(() -> HeldQuantity.choose(List.of(), new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected as many weights as supporters, at least one: 0 and 0");
  }
}
