package io.github.eventline.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-08-06T00:00:00Z", "2024-08-06T13:05:09Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
      "0000-01-01T00:00:00Z", "0001-02-28T01:00:00Z", "9999-12-31T23:59:59Z", "2000-02-29T12:00:00Z",
      "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "2024-08-06T00:00:00.500Z", "2024-08-06T00:00:00.000000001Z",
      "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z"})
  void format_equalsInstantToString(String text) {
    Instant instant = Instant.parse(text);

    assertThat(InstantCells.format(instant)).isEqualTo(instant.toString()).isEqualTo(text);
  }

  @RepeatedTest(50)
  void format_equalsInstantToStringForRandomInstants(RepetitionInfo repetition) {
    long seed = 4_100L + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      long seconds;
      switch (random.nextInt(4)) {
        case 0: // anywhere in the fast path's years, and a little beyond on both sides
          seconds = InstantCells.FIRST - 1_000_000 + (long) (random.nextDouble() * (InstantCells.PAST_LAST - InstantCells.FIRST + 2_000_000));
          break;
        case 1: // days of news, at midnight
          seconds = LocalDate.of(1900 + random.nextInt(200), 1, 1).plusDays(random.nextInt(366)).atStartOfDay()
              .toEpochSecond(ZoneOffset.UTC);
          break;
        case 2: // next to the ends of the fast path
          seconds = (random.nextBoolean() ? InstantCells.FIRST : InstantCells.PAST_LAST) + random.nextInt(200_000) - 100_000;
          break;
        default: // any instant
          seconds = Instant.MIN.getEpochSecond() + (long) (random.nextDouble() * (Instant.MAX.getEpochSecond() - Instant.MIN.getEpochSecond()));
          break;
      }
      int nanos = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0;
      Instant instant = Instant.ofEpochSecond(seconds, nanos);

      assertThat(InstantCells.format(instant)).as("seed %d, %s", seed, instant).isEqualTo(instant.toString());
    }
  }
}
