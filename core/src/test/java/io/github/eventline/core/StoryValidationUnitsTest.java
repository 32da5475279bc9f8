package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures of one question must be comparable: one dimension, or one label for units Eventline does not know. */
class StoryValidationUnitsTest {

  private static final Source AGENCY = Source.builder("agency", "An agency").build();
  private static final Event SPILL = Event.builder("spill", "A spill").build();

  private static Story.Builder story(Claim.Quantity... claims) {
    Story.Builder b = Story.builder().source(AGENCY).event(SPILL);
    for (int i = 0; i < claims.length; i++) {
      b.assertion(Assertion.builder("a" + i, "agency", claims[i]).build());
    }
    return b;
  }

  private static Claim.Quantity flow(double value, String unit) {
    return Claim.Quantity.of(EventId.of("spill"), "flow", value, unit, false);
  }

  @Test
  void unitsOfOneDimension_pass() {
    assertThat(story(flow(210_000, "gallons/day"), flow(5_000, "[bbl_us]/d"), flow(0.01, "m3/s"), flow(3, null))
        .problems()).isEmpty();
  }

  @Test
  void unitsOfDifferentDimensions_areRefusedWithPathAndHint() {
    List<StoryProblem> problems = story(flow(5_000, "bbl/d"), flow(12, "km")).problems();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("assertions[1].claim.unit");
      assertThat(p.message()).isEqualTo("quantity \"flow\" of event \"spill\" in \"km\" (measured in m) cannot be"
          + " compared with \"bbl/d\" (measured in m3/s) of assertions[0]");
      assertThat(p.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("state the figures of one measure"));
    });
  }

  @Test
  void differentUnknownLabels_areRefused_equalOnesPass() {
    assertThat(story(flow(1, "troops"), flow(2, "Troops")).problems()).isEmpty();
    assertThat(story(flow(1, "troops"), flow(2, "soldiers")).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("quantity \"flow\" of event \"spill\" in \"soldiers\" (an"
            + " unknown unit, compared as a label) cannot be compared with \"troops\" (an unknown unit, compared as a"
            + " label) of assertions[0]"));
  }

  @Test
  void aCountAndAPercentage_areRefused() {
    assertThat(story(flow(10, "people"), flow(5, "%")).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("cannot be compared with \"people\" (a count) of assertions[0]"));
  }

  @Test
  void differentMeasures_areDifferentQuestions() {
    Story.Builder b = story(flow(5_000, "bbl/d"), Claim.Quantity.of(EventId.of("spill"), "slick", 12, "km", false));
    assertThat(b.problems()).isEmpty();
  }
}
