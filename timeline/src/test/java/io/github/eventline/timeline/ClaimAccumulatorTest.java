package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A claim's accumulation of many assertions, whole or merged from parts, through its public API. */
class ClaimAccumulatorTest {

  private static final Claim OCCURRED = new Claim.Occurred(EventId.of("e1"));
  private static final ClaimKey KEY = OCCURRED.key();

  /** Assertion i, from one of five sources; every tenth is superseded by the next, every seventh denied. */
  private static ClaimAccumulator add(ClaimAccumulator acc, int from, int to) {
    for (int i = from; i < to; i++) {
      Assertion.Builder a = Assertion.builder("a" + i, "s" + (i % 5), OCCURRED);
      if (i % 7 == 3) {
        a.factuality(Factuality.DENIED);
      }
      acc.add(a.build(), Optional.empty(),
          i % 10 == 0 ? Optional.of(AssertionId.of("a" + (i + 1))) : Optional.empty(), false);
    }
    return acc;
  }

  private static Verdict verdict(ClaimAccumulator acc) {
    return acc.verdict(ReconciliationPolicy.defaults(), Map.of(), Map.of());
  }

  @Test
  void manyAssertions_areAllWeighed() {
    ClaimAccumulator acc = add(ClaimAccumulator.of(KEY), 0, 40);
    Verdict v = verdict(acc);

    assertThat(acc.size()).isEqualTo(40);
    assertThat(v.explanation()).hasSize(40);
    assertThat(v.superseded()).extracting(AssertionId::value).containsExactlyInAnyOrder("a0", "a10", "a20", "a30");
    assertThat(v.opposition()).extracting(AssertionId::value)
        .containsExactlyInAnyOrder("a3", "a17", "a24", "a31", "a38");
    assertThat(v.support()).hasSize(40 - 4 - 5);
    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
  }

  @Test
  void mergedParts_giveTheVerdictOfTheWhole() {
    Verdict whole = verdict(add(ClaimAccumulator.of(KEY), 0, 40));

    Verdict merged = verdict(add(ClaimAccumulator.of(KEY), 0, 15).merge(add(ClaimAccumulator.of(KEY), 15, 40)));
    Verdict intoEmpty = verdict(ClaimAccumulator.of(KEY).merge(add(ClaimAccumulator.of(KEY), 0, 40)));
    Verdict emptyInto = verdict(add(ClaimAccumulator.of(KEY), 0, 40).merge(ClaimAccumulator.of(KEY)));

    assertThat(merged).isEqualTo(whole);
    assertThat(intoEmpty).isEqualTo(whole);
    assertThat(emptyInto).isEqualTo(whole);
  }
}
