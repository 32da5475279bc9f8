package io.github.eventline.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pieces failure messages are made of. */
class FailureTextTest {

  @Test
  void bounds_showUnboundedEndsAsTwoDots() {
    assertThat(FailureText.bounds(TimeBounds.notBefore(Instant.parse("2024-08-01T00:00:00Z"))))
        .isEqualTo("\"not before 2024-08-01T00:00:00Z\": start in [2024-08-01T00:00:00Z, ..],"
            + " end in [2024-08-01T00:00:00Z, ..]");
    assertThat(FailureText.bounds(TimeBounds.unbounded())).isEqualTo("unbounded");
  }

  @Test
  void value_saysTheFigureWithItsUnitAndApproximation() {
    assertThat(FailureText.value(new io.github.eventline.core.Claim.Quantity(
        EventId.of("x"), "soldiers", 10_000, 12_000, Optional.empty(), false)))
        .contains("10000 to 12000");
    assertThat(FailureText.value(new io.github.eventline.core.Claim.Occurred(EventId.of("x")))).isEmpty();
  }

  @Test
  void number_hasAtMostThreeDecimals() {
    assertThat(FailureText.number(0.30375)).isEqualTo("0.304");
    assertThat(FailureText.number(1.0)).isEqualTo("1");
    assertThat(FailureText.number(0)).isEqualTo("0");
  }
}
