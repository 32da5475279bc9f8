package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Open ranges, stated uncertainty, and units compared after conversion. */
class QuantitiesTest {

  private static final EventId SPILL = EventId.of("spill");

  @ParameterizedTest(name = "{0} {1} = {2} {3}")
  @CsvSource({
      "210000, gallons/day, 5000, barrels/day",
      "210000, [gal_us]/d, 5000, bbl/d",
      "370, PBq, 370000, TBq",
      "1.5, km, 1500, metres",
      "2, hectares, 0.02, km2",
      "10000, people, 10000, person",
  })
  void figuresOfOneDimension_meetInTheCommonUnit(double a, String unitA, double b, String unitB) {
    Claim.Quantity x = Quantities.toCommonUnit(Claim.Quantity.of(SPILL, "m", a, unitA, false));
    Claim.Quantity y = Quantities.toCommonUnit(Claim.Quantity.of(SPILL, "m", b, unitB, false));
    assertThat(x.unit()).isEqualTo(y.unit());
    assertThat(x.low()).isCloseTo(y.low(), within(1e-9 * Math.abs(y.low())));
    assertThat(Quantities.areComparable(Optional.of(unitA), Optional.of(unitB))).isTrue();
    assertThat(Quantities.areComparable(Optional.of(unitB), Optional.of(unitA))).isTrue();
  }

  @Test
  void unitsLibrary_resolvesOnTheModulePath() {
    // The tests run on the class path; resolve core's module graph from the same jars, as a user
    // on the module path would: a missing module or a split package fails here.
    Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("test-classes"))
        .map(Path::of)
        .toArray(Path[]::new);
    Configuration graph = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(entries), ModuleFinder.of(), Set.of("io.github.eventline.core"));
    assertThat(graph.findModule("systems.uom.ucum")).isPresent();
    assertThat(graph.findModule("tech.units.indriya")).isPresent();
    assertThat(graph.findModule("systems.uom.quantity")).isPresent();
  }

  @Test
  void commonUnits_nameTheDimension() {
    assertThat(Quantities.commonUnit("bbl/d")).isEqualTo("m3/s");
    assertThat(Quantities.commonUnit("TBq")).isEqualTo("Bq");
    assertThat(Quantities.commonUnit("{soldiers}")).isEqualTo(Quantities.COUNT);
    assertThat(Quantities.commonUnit("%")).isEqualTo("1");
    assertThat(Quantities.commonUnit(" USD ")).isEqualTo("usd");
    assertThat(Quantities.isKnown("USD")).isFalse();
    assertThat(Quantities.isKnown("people")).isTrue();
    assertThat(Quantities.isKnown("[bbl_us]")).isTrue();
  }

  @Test
  void differentDimensions_andDifferentUnknownLabels_areNotComparable() {
    assertThat(Quantities.areComparable(Optional.of("km"), Optional.of("bbl/d"))).isFalse();
    assertThat(Quantities.areComparable(Optional.of("people"), Optional.of("%"))).isFalse();
    assertThat(Quantities.areComparable(Optional.of("troops"), Optional.of("soldiers"))).isFalse();
    assertThat(Quantities.areComparable(Optional.of("USD"), Optional.of("usd"))).isTrue();
    assertThat(Quantities.areComparable(Optional.empty(), Optional.of("km"))).isTrue();
  }

  @Test
  void statedUncertainty_widensTheRange_andReplacesTheTolerance() {
    Claim.Quantity q = Claim.Quantity.of(SPILL, "dead", 70_000, null, true).withUncertainty(0.2);
    Claim.Quantity common = Quantities.toCommonUnit(q);
    assertThat(common.low()).isEqualTo(56_000);
    assertThat(common.high()).isEqualTo(84_000);
    assertThat(common.approximate()).as("the stated uncertainty takes the tolerance's place").isFalse();
    assertThat(common.uncertainty()).isEmpty();
    Claim.Quantity about = Claim.Quantity.of(SPILL, "dead", 70_000, null, true);
    assertThat(Quantities.toCommonUnit(about)).isSameAs(about);
  }

  @Test
  void openRanges_stayOpenInTheCommonUnit() {
    Claim.Quantity atLeast = Quantities.toCommonUnit(Claim.Quantity.atLeast(SPILL, "flow", 5_000, "bbl/d"));
    assertThat(atLeast.low()).isCloseTo(0.0092, within(0.0001));
    assertThat(atLeast.high()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(atLeast.hasUpperBound()).isFalse();
    Claim.Quantity atMost = Claim.Quantity.atMost(SPILL, "dead", 100, null);
    assertThat(atMost.hasLowerBound()).isFalse();
    assertThat(atMost.hasUpperBound()).isTrue();
    assertThat(atMost.isSingleValue()).isFalse();
  }

  @Test
  void quantity_refusesNoBoundAtAll_andUncertaintyOutOfRange() {
    assertThatThrownBy(() -> new Claim.Quantity(SPILL, "dead", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity of dead states no bound: give a low (at least), a high (at most) or both");
    assertThatThrownBy(() -> new Claim.Quantity(SPILL, "dead", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity of dead is not a number: Infinity..Infinity");
    assertThatThrownBy(() -> Claim.Quantity.of(SPILL, "dead", 10, null, true).withUncertainty(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity of dead has uncertainty 1.5: expected a fraction above 0 and at most 1, such as 0.2 for"
            + " plus or minus 20 %");
    assertThatThrownBy(() -> Claim.Quantity.atLeast(SPILL, "dead", Double.NaN, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity of dead is not a finite number: at least NaN");
  }

  @Test
  void sixComponentConstructor_statesNoUncertainty() {
    Claim.Quantity q = new Claim.Quantity(SPILL, "dead", 1, 2, Optional.empty(), false);
    assertThat(q).isEqualTo(new Claim.Quantity(SPILL, "dead", 1, 2, Optional.empty(), false, OptionalDouble.empty()));
    assertThat(q.withUncertainty(0.1)).isNotEqualTo(q);
  }
}
