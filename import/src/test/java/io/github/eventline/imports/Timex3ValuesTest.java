package io.github.eventline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Timex3ValuesTest {

  private static final Optional<TimeBounds> DCT = Optional.of(TimeBounds.parse("2005-11-05"));

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("2005-11-05", TimeBounds.parse("2005-11-05"), true),
        Arguments.of("2006-11", TimeBounds.parse("2006-11"), true),
        Arguments.of("2006", TimeBounds.parse("2006"), true),
        Arguments.of("2007-10-17T06:40Z", TimeBounds.parse("2007-10-17T06:40:00Z"), true),
        Arguments.of("2005-04-27T08:30", TimeBounds.parse("2005-04-27T08:30:00"), true),
        Arguments.of("1998-01-08T18:30:00+0200", TimeBounds.parse("1998-01-08T18:30:00+02:00"), true),
        Arguments.of("2005-11-05TMO", TimeBounds.parse("2005-11-05"), false),
        Arguments.of("2006-Q4", TimeBounds.between(LocalDate.of(2006, 10, 1), LocalDate.of(2006, 12, 31)), true),
        Arguments.of("2006-H1", TimeBounds.between(LocalDate.of(2006, 1, 1), LocalDate.of(2006, 6, 30)), true),
        Arguments.of("2007-SU", TimeBounds.parse("2007-22"), true),
        Arguments.of("2007-WI", TimeBounds.parse("2007-24"), true),
        Arguments.of("2005-W45", TimeBounds.between(LocalDate.of(2005, 11, 7), LocalDate.of(2005, 11, 13)), true),
        Arguments.of("2005-W45-WE", TimeBounds.between(LocalDate.of(2005, 11, 12), LocalDate.of(2005, 11, 13)), true),
        Arguments.of("199", TimeBounds.parse("199X"), true),
        Arguments.of("19", TimeBounds.parse("19XX"), true),
        Arguments.of("XXXX-10-05", TimeBounds.parse("XXXX-10-05"), false),
        Arguments.of("PRESENT_REF", TimeBounds.parse("2005-11-05"), false),
        Arguments.of("PAST_REF", TimeBounds.notAfter(TimeBounds.parse("2005-11-05")), false),
        Arguments.of("FUTURE_REF", TimeBounds.notBefore(TimeBounds.parse("2005-11-05")), false));
  }

  @ParameterizedTest
  @MethodSource("values")
  void read_givesTheBoundsOfTheValue(String value, TimeBounds bounds, boolean exact) {
    assertThat(Timex3Values.read(value, DCT)).contains(new Timex3Values.Dated(bounds, exact));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P18M", "PT12H", "XXXX-WXX-1", "R3P1D"})
  void read_durationsSetsAndEmptyValuesNameNoDate(String value) {
    assertThat(Timex3Values.read(value, DCT)).isEmpty();
  }

  @Test
  void read_rejectsAnImpossibleDateQuotingIt() {
    assertThatThrownBy(() -> Timex3Values.read("2005-02-30", DCT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2005-02-30");
  }

  @Test
  void read_rejectsAWeekTheYearDoesNotHave() {
    assertThatThrownBy(() -> Timex3Values.read("2005-W53", DCT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"2005-W53\" names week 53, which year 2005 does not have");
  }

  @Test
  void read_rejectsAnUnknownFormNamingTheFormsItKnows() {
    assertThatThrownBy(() -> Timex3Values.read("next Tuesday", DCT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"next Tuesday\" is not a TIMEX3 value this reader knows: expected a date");
  }

  @Test
  void read_relativeValueWithoutCreationTimeSaysWhatIsMissing() {
    assertThatThrownBy(() -> Timex3Values.read("PRESENT_REF", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"PRESENT_REF\" is relative to the document's creation time, and the document has none"
            + " (a TIMEX3 with functionInDocument=\"CREATION_TIME\")");
  }

  @Test
  void dated_exactPeriodStartsAndEndsWithTheCalendar() {
    Timex3Values.Dated day = Timex3Values.read("2005-11-05", DCT).orElseThrow();
    assertThat(day.start()).isEqualTo(Instant.parse("2005-11-05T00:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2005-11-06T00:00:00Z"));
  }

  static Stream<Arguments> durations() {
    return Stream.of(
        Arguments.of("P18M", 18.0, "mo"), Arguments.of("PT12H", 12.0, "h"), Arguments.of("P3D", 3.0, "d"),
        Arguments.of("P2W", 2.0, "wk"), Arguments.of("P1Y", 1.0, "a"), Arguments.of("PT30M", 30.0, "min"),
        Arguments.of("P2DE", 20.0, "a"), Arguments.of("P1CE", 100.0, "a"));
  }

  @ParameterizedTest
  @MethodSource("durations")
  void duration_isAFigureAndAUcumUnit(String value, double figure, String unit) {
    assertThat(Timex3Values.duration(value)).contains(new Timex3Values.Duration(figure, unit));
  }

  @Test
  void duration_ofSeveralUnitsIsNone() {
    assertThat(Timex3Values.duration("P1Y2M")).isEmpty();
    assertThat(Timex3Values.duration("2005")).isEmpty();
  }
}
