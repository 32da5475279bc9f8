package io.github.eventline.timeline;

import static io.github.eventline.timeline.ReconciliationRulesTest.E1;
import static io.github.eventline.timeline.ReconciliationRulesTest.key;
import static io.github.eventline.timeline.ReconciliationRulesTest.says;
import static io.github.eventline.timeline.ReconciliationRulesTest.story;
import static io.github.eventline.timeline.ReconciliationRulesTest.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.duplicates.DuplicateMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Timings that only touch at a boundary instant, as adjacent months, days or years do: each is
 * half-open, so something within one is not within the other. Two sources stating them are
 * rivals, and two events dated to them are not duplicates; an instant at the boundary and nested
 * periods still agree.
 */
class AdjacentTimingsTest {

  private static Verdict timingVerdict(String first, String second) {
    Story s = story(0.8, 0.6)
        .assertion(
            says("first", "s1", new Claim.Timing(E1, TimeBounds.parse(first))).build(),
            says("second", "s2", new Claim.Timing(E1, TimeBounds.parse(second))).build())
        .build();
    return verdict(s, key(ClaimType.TIMING));
  }

  private static Story twoEvents(String first, String second) {
    return Story.builder()
        .source(Source.builder("s1", "Source 1").build())
        .event(Event.builder("a", "Same words").when(TimeBounds.parse(first)).build(),
            Event.builder("b", "Same words").when(TimeBounds.parse(second)).build())
        .build();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-08            | 2024-09
      2024-08-31         | 2024-09-01
      2023               | 2024
      2024-08            | 2024-09-01
      2024-08-31         | 2024-09
      early 2024-08      | mid 2024-08
      mid 2024-08        | late 2024-08
      2024-24            | 2025-21
      not after 2024-08  | not before 2024-09
      2024-08/2024-09    | 2024-10
      """)
  void boundsThatOnlyTouch_areRivals_notCorroboration(String first, String second) {
    Verdict v = timingVerdict(first, second);
    Verdict reversed = timingVerdict(second, first);

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.value()).contains(new Claim.Timing(E1, TimeBounds.parse(first)));
    assertThat(v.explanation().get(1).reason()).startsWith("opposes: states an incompatible value");
    assertThat(reversed.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(reversed.value()).contains(new Claim.Timing(E1, TimeBounds.parse(second)));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-08            | 2024-08-15            | 2024-08-15
      2024-08            | 2024-08-31            | 2024-08-31
      2024-08            | 2024-08-01            | 2024-08-01
      2024               | 2024-12               | 2024-12
      2024-08            | late 2024-08          | late 2024-08
      2024-09            | 2024-09-01T00:00:00Z  | 2024-09-01T00:00:00Z
      2024-09-01         | 2024-09-01T00:00:00Z  | 2024-09-01T00:00:00Z
      2024-08            | 2024-09-01T00:00:00Z  | 2024-09-01T00:00:00Z
      """)
  void nestedBounds_andAnInstantAtTheBoundary_corroborate(String first, String second, String held) {
    Verdict v = timingVerdict(first, second);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(((Claim.Timing) v.value().orElseThrow()).when().latestEnd()).isEqualTo(TimeBounds.parse(held).latestEnd());
    assertThat(((Claim.Timing) v.value().orElseThrow()).when().earliestStart())
        .isEqualTo(TimeBounds.parse(held).earliestStart());
    assertThat(v.opposition()).isEmpty();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-08         | 2024-09
      2024-08-31      | 2024-09-01
      2023            | 2024
      early 2024-08   | mid 2024-08
      """)
  void duplicateMatcher_doesNotPairEventsDatedToAdjacentPeriods(String first, String second) {
    assertThat(DuplicateMatcher.withThreshold(0).suggest(twoEvents(first, second))).isEmpty();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-08         | 2024-08-15
      2024-09         | 2024-09-01T00:00:00Z
      """)
  void duplicateMatcher_pairsNestedBounds_andAnInstantAtTheStart(String first, String second) {
    assertThat(DuplicateMatcher.withThreshold(0).suggest(twoEvents(first, second)))
        .singleElement()
        .satisfies(s -> assertThat(s.reasons()).contains("bounds overlap: " + first + " and " + second));
  }
}
