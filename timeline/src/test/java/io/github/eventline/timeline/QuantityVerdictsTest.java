package io.github.eventline.timeline;

import static io.github.eventline.timeline.ReconciliationRulesTest.E1;
import static io.github.eventline.timeline.ReconciliationRulesTest.says;
import static io.github.eventline.timeline.ReconciliationRulesTest.story;
import static io.github.eventline.timeline.ReconciliationRulesTest.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 3 through a whole reconciliation: a held quantity is a range someone stated, compared across units. */
class QuantityVerdictsTest {

  private static ClaimKey key(String measure) {
    return new ClaimKey(ClaimType.QUANTITY, E1, Optional.empty(), Optional.empty(), Optional.of(measure));
  }

  @Test
  void gallonsAndBarrelsADay_corroborate() {
    Story s = story(0.6, 0.8)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "flow", 210_000, "gallons/day", false)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "flow", 5_000, "barrels/day", false)).build())
        .build();

    Verdict v = verdict(s, key("flow"));

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.value()).contains(Claim.Quantity.of(E1, "flow", 5_000, "barrels/day", false));
    assertThat(v.supportingValues()).containsExactly(
        Claim.Quantity.of(E1, "flow", 210_000, "gallons/day", false),
        Claim.Quantity.of(E1, "flow", 5_000, "barrels/day", false));
  }

  @Test
  void petaAndTerabecquerels_corroborate_otherFiguresContest() {
    Story same = story(0.6, 0.8)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "release", 370, "PBq", false)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "release", 370_000, "TBq", false)).build())
        .build();
    Story other = story(0.6, 0.8)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "release", 370, "PBq", false)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "release", 770_000, "TBq", false)).build())
        .build();

    assertThat(verdict(same, key("release")).status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(verdict(other, key("release")).status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void risingTollGivenAsAtLeast_isOneGrowingCount_holdingTheHighestFigure() {
    Story s = story(0.9, 0.7, 0.5)
        .assertion(
            says("first", "s1", Claim.Quantity.atLeast(E1, "dead", 20_000, "people"))
                .stated(TimeBounds.parse("2023-02-08")).build(),
            says("second", "s2", Claim.Quantity.atLeast(E1, "dead", 24_000, "people"))
                .stated(TimeBounds.parse("2023-02-10")).build(),
            says("third", "s3", Claim.Quantity.atLeast(E1, "dead", 26_500, "people"))
                .stated(TimeBounds.parse("2023-02-12")).build())
        .build();

    Verdict v = verdict(s, key("dead"));

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.value()).contains(Claim.Quantity.atLeast(E1, "dead", 26_500, "people"));
    assertThat(v.opposition()).isEmpty();
    assertThat(v.supportingValues()).hasSize(3);
  }

  @Test
  void overlappingRanges_holdTheHeavierRange_neverTheirIntersection() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("a", "s1", new Claim.Quantity(E1, "troops", 9_000, 11_000, Optional.empty(), false)).build(),
            says("b", "s2", new Claim.Quantity(E1, "troops", 10_000, 12_000, Optional.empty(), false)).build())
        .build();

    Verdict v = verdict(s, key("troops"));

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.value()).contains(new Claim.Quantity(E1, "troops", 9_000, 11_000, Optional.empty(), false));
    assertThat(v.explanation()).extracting(Weighed::reason)
        .anySatisfy(r -> assertThat(r).startsWith("supports: states the value held"))
        .anySatisfy(r -> assertThat(r).startsWith("supports: states a compatible value"));
  }

  @Test
  void aFigureWithinEveryOtherRange_isHeld_evenFromALighterSource() {
    Story s = story(0.9, 0.3)
        .assertion(
            says("a", "s1", new Claim.Quantity(E1, "troops", 9_000, 11_000, Optional.empty(), false)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "troops", 10_000, null, true)).build())
        .build();

    assertThat(verdict(s, key("troops")).value()).contains(Claim.Quantity.of(E1, "troops", 10_000, null, true));
  }

  @Test
  void statedUncertainty_letsAFigureAgree_thatTheToleranceAloneWouldNot() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "dead", 70_000, null, true).withUncertainty(0.2)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "dead", 60_000, null, false)).build())
        .build();
    Story tolerance = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Quantity.of(E1, "dead", 70_000, null, true)).build(),
            says("b", "s2", Claim.Quantity.of(E1, "dead", 60_000, null, false)).build())
        .build();

    assertThat(verdict(s, key("dead")).status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(verdict(s, key("dead")).value()).contains(Claim.Quantity.of(E1, "dead", 60_000, null, false));
    assertThat(verdict(tolerance, key("dead")).status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void atLeastAndAtMostThatCannotMeet_contest() {
    Story s = story(0.8, 0.6)
        .assertion(
            says("a", "s1", Claim.Quantity.atLeast(E1, "dead", 26_500, null)).build(),
            says("b", "s2", Claim.Quantity.atMost(E1, "dead", 20_000, null)).build())
        .build();

    Verdict v = verdict(s, key("dead"));

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.value()).contains(Claim.Quantity.atLeast(E1, "dead", 26_500, null));
  }
}
