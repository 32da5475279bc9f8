package io.github.eventline.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeBoundsFormatterTest {

  private static final TimeBoundsFormatter TEXT = TimeBoundsFormatter.ENGLISH_UTC;

  private static final Instant MIN = Instant.MIN;
  private static final Instant MAX = Instant.MAX;

  private static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Bounds of something that starts and ends within {@code [from, to)}. */
  private static TimeBounds within(String from, String to, Precision precision) {
    return TimeBounds.of(day(from), day(to), day(from), day(to), precision, from + "/" + to);
  }

  static Stream<Arguments> spans() {
    return Stream.of(
        Arguments.of(TimeBounds.on(LocalDate.of(2024, 8, 6)), "6 Aug 2024"),
        Arguments.of(TimeBounds.in(YearMonth.of(2024, 8)), "Aug 2024"),
        Arguments.of(within("2024-01-01", "2025-01-01", Precision.YEAR), "2024"),
        Arguments.of(within("2022-01-01", "2025-01-01", Precision.YEAR), "2022-2024"),
        Arguments.of(within("2024-08-01", "2024-08-11", Precision.DAY), "early Aug 2024"),
        Arguments.of(within("2024-08-11", "2024-08-21", Precision.DAY), "mid Aug 2024"),
        Arguments.of(within("2024-08-21", "2024-09-01", Precision.DAY), "late Aug 2024"),
        Arguments.of(within("2024-02-21", "2024-03-01", Precision.DAY), "late Feb 2024"),
        Arguments.of(within("2024-08-21", "2024-08-31", Precision.DAY), "21-30 Aug 2024"),
        Arguments.of(within("2024-08-06", "2024-08-11", Precision.DAY), "6-10 Aug 2024"),
        Arguments.of(within("2024-07-28", "2024-08-04", Precision.DAY), "28 Jul-3 Aug 2024"),
        Arguments.of(within("2024-12-28", "2025-01-04", Precision.DAY), "28 Dec 2024-3 Jan 2025"),
        Arguments.of(within("2024-08-01", "2024-11-01", Precision.MONTH), "Aug-Oct 2024"),
        Arguments.of(within("2024-11-01", "2025-03-01", Precision.MONTH), "Nov 2024-Feb 2025"),
        Arguments.of(within("2024-03-01", "2024-06-01", Precision.SEASON), "spring 2024"),
        Arguments.of(within("2024-06-01", "2024-09-01", Precision.SEASON), "summer 2024"),
        Arguments.of(within("2024-09-01", "2024-12-01", Precision.SEASON), "autumn 2024"),
        Arguments.of(within("2024-12-01", "2025-03-01", Precision.SEASON), "winter 2024"),
        Arguments.of(within("2024-12-01", "2025-03-01", Precision.MONTH), "Dec 2024-Feb 2025"),
        // Starts within August, ends within October (EDTF 2024-08/2024-10).
        Arguments.of(TimeBounds.of(day("2024-08-01"), day("2024-09-01"), day("2024-10-01"), day("2024-11-01"),
            Precision.MONTH, "2024-08/2024-10"), "Aug-Oct 2024"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("spans")
  void format_namesBoundedSpanByLargestFittingUnit(TimeBounds bounds, String expected) {
    assertThat(TEXT.format(bounds)).isEqualTo(expected);
  }

  static Stream<Arguments> openEnded() {
    return Stream.of(
        Arguments.of(TimeBounds.of(day("2024-08-06"), MAX, day("2024-08-06"), MAX, Precision.DAY, "x"),
            "after 6 Aug 2024"),
        Arguments.of(TimeBounds.of(MIN, day("2024-08-07"), MIN, day("2024-08-07"), Precision.DAY, "x"),
            "before 6 Aug 2024"),
        Arguments.of(TimeBounds.of(day("2024-08-06"), day("2024-08-07"), day("2024-08-06"), MAX, Precision.DAY, "x"),
            "from 6 Aug 2024"),
        Arguments.of(TimeBounds.of(day("2024-08-01"), day("2024-09-01"), day("2024-08-01"), MAX, Precision.MONTH, "x"),
            "from Aug 2024"),
        Arguments.of(TimeBounds.of(MIN, day("2024-08-07"), day("2024-08-06"), day("2024-08-07"), Precision.DAY, "x"),
            "until 6 Aug 2024"),
        Arguments.of(TimeBounds.of(MIN, day("2024-12-15"), day("2024-12-14"), MAX, Precision.DAY, "x"),
            "ongoing as of 14 Dec 2024"),
        Arguments.of(TimeBounds.of(MIN, day("2024-12-14"), day("2024-12-16"), MAX, Precision.DAY, "x"),
            "ongoing throughout 14-15 Dec 2024"),
        Arguments.of(TimeBounds.of(MIN, day("2024-12-15"), MIN, MAX, Precision.NONE, "x"),
            "started before 14 Dec 2024"),
        Arguments.of(TimeBounds.of(MIN, MAX, day("2024-12-14"), MAX, Precision.NONE, "x"),
            "ended after 14 Dec 2024"),
        Arguments.of(TimeBounds.unbounded(), "unknown date"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("openEnded")
  void format_saysWhichSideIsOpen(TimeBounds bounds, String expected) {
    assertThat(TEXT.format(bounds)).isEqualTo(expected);
  }

  static Stream<Arguments> timesOfDay() {
    Instant at1430 = Instant.parse("2024-08-06T14:30:00Z");
    Instant at14 = Instant.parse("2024-08-06T14:00:00Z");
    Instant at15 = Instant.parse("2024-08-06T15:00:00Z");
    Instant nextDay9 = Instant.parse("2024-08-07T09:00:00Z");
    Instant midnight = day("2024-08-06");
    Instant withSeconds = Instant.parse("2024-08-06T14:30:15Z");
    return Stream.of(
        Arguments.of(TimeBounds.of(at1430, at1430, at1430, at1430, Precision.MINUTE, "x"), "6 Aug 2024 14:30 UTC"),
        Arguments.of(TimeBounds.of(at14, at15, at14, at15, Precision.HOUR, "x"), "6 Aug 2024 14:00-15:00 UTC"),
        Arguments.of(TimeBounds.of(at14, nextDay9, at14, nextDay9, Precision.NONE, "x"),
            "6 Aug 2024 14:00-7 Aug 2024 09:00 UTC"),
        Arguments.of(TimeBounds.of(midnight, midnight, midnight, midnight, Precision.NONE, "x"), "6 Aug 2024 00:00 UTC"),
        Arguments.of(TimeBounds.of(withSeconds, withSeconds, withSeconds, withSeconds, Precision.SECOND, "x"),
            "6 Aug 2024 14:30:15 UTC"),
        Arguments.of(TimeBounds.of(at1430, at1430, at1430, at1430, Precision.SECOND, "x"), "6 Aug 2024 14:30:00 UTC"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("timesOfDay")
  void format_showsTimeOfDayInUtcWhenNotOnWholeDays(TimeBounds bounds, String expected) {
    assertThat(TEXT.format(bounds)).isEqualTo(expected);
  }

  static Stream<Arguments> asNewsStatesTime() {
    YearMonth august = YearMonth.of(2024, 8);
    return Stream.of(
        Arguments.of(TimeBounds.parse("2024"), "2024"),
        Arguments.of(TimeBounds.parse("2024-08"), "Aug 2024"),
        Arguments.of(TimeBounds.parse("2024-08-06"), "6 Aug 2024"),
        Arguments.of(TimeBounds.parse("2024-21"), "spring 2024"),
        Arguments.of(TimeBounds.parse("2024-24"), "winter 2024"),
        Arguments.of(TimeBounds.parse("2024-08~"), "about Aug 2024"),
        Arguments.of(TimeBounds.parse("2024-08-06?"), "6 Aug 2024?"),
        Arguments.of(TimeBounds.parse("2024-08-06%"), "about 6 Aug 2024?"),
        Arguments.of(TimeBounds.parse("2024-08-06/.."), "from 6 Aug 2024"),
        Arguments.of(TimeBounds.parse("../2024-08-06"), "until 6 Aug 2024"),
        Arguments.of(TimeBounds.parse("2024-08/2024-10"), "Aug-Oct 2024"),
        Arguments.of(TimeBounds.parse("2024-08-06T14:30:00Z"), "6 Aug 2024 14:30:00 UTC"),
        Arguments.of(TimeBounds.early(august), "early Aug 2024"),
        Arguments.of(TimeBounds.mid(august), "mid Aug 2024"),
        Arguments.of(TimeBounds.late(YearMonth.of(2024, 2)), "late Feb 2024"),
        Arguments.of(TimeBounds.in(java.time.Year.of(2024)), "2024"),
        Arguments.of(TimeBounds.between(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 10)), "6-10 Aug 2024"),
        Arguments.of(TimeBounds.around(LocalDate.of(2024, 8, 6), java.time.Period.ofDays(3)), "about 3-9 Aug 2024"),
        Arguments.of(TimeBounds.notBefore(TimeBounds.parse("2024-08-06")), "after 6 Aug 2024"),
        Arguments.of(TimeBounds.notAfter(TimeBounds.parse("2024-08-06")), "before 6 Aug 2024"),
        Arguments.of(TimeBounds.ongoingAt(TimeBounds.parse("2024-12-14")), "ongoing as of 14 Dec 2024"),
        Arguments.of(TimeBounds.ongoingAt(Instant.parse("2024-12-14T10:00:00Z")),
            "ongoing as of 14 Dec 2024 10:00:00 UTC"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("asNewsStatesTime")
  void format_readsTheCoreFactoriesAndEdtfAsAPersonWould(TimeBounds bounds, String expected) {
    assertThat(TEXT.format(bounds)).as(bounds.label()).isEqualTo(expected);
  }

  @Test
  void format_saysUnknownDateWhenNoneIsStated() {
    assertThat(TEXT.format(TimeBounds.unbounded())).isEqualTo("unknown date");
  }

  @Test
  void format_showsInstantsBeyondTheCalendarAsInstants() {
    Instant ancient = Instant.MIN.plusSeconds(1);
    TimeBounds bounds = TimeBounds.of(ancient, MAX, ancient, MAX, Precision.NONE, "x");

    assertThat(TEXT.format(bounds)).isEqualTo("after " + ancient);
  }

  @Test
  void lastDay_isTheDayBeforeAnExclusiveMidnight() {
    assertThat(TEXT.lastDay(day("2024-03-01"))).isEqualTo("29 Feb 2024");
    assertThat(TEXT.lastDay(Instant.parse("2024-03-01T00:00:01Z"))).isEqualTo("1 Mar 2024");
  }

  static Stream<Arguments> windows() {
    return Stream.of(
        // Start known within 21-29 Apr (derived), end unknown: a window, never a span.
        Arguments.of(TimeBounds.of(day("2010-04-21"), day("2010-04-30"), day("2010-04-21"), MAX, Precision.NONE, "x"),
            "began between 21 and 29 Apr 2010"),
        Arguments.of(TimeBounds.of(day("2010-04-28"), day("2010-05-03"), day("2010-04-28"), MAX, Precision.NONE, "x"),
            "began between 28 Apr and 2 May 2010"),
        // Began on a day, ended within September: each end as it is known.
        Arguments.of(TimeBounds.of(day("2010-04-21"), day("2010-04-22"), day("2010-09-01"), day("2010-10-01"),
            Precision.MONTH, "x"), "began 21 Apr 2010, ended Sep 2010"),
        Arguments.of(TimeBounds.of(day("2010-04-21"), day("2010-04-30"), day("2010-09-01"), day("2010-10-01"),
            Precision.NONE, "x"), "began between 21 and 29 Apr 2010, ended Sep 2010"),
        // An end known only within September is September, not its last day.
        Arguments.of(TimeBounds.of(MIN, day("2010-10-01"), day("2010-09-01"), day("2010-10-01"), Precision.MONTH, "x"),
            "until Sep 2010"),
        Arguments.of(TimeBounds.of(MIN, day("2010-09-20"), day("2010-09-12"), day("2010-09-20"), Precision.NONE, "x"),
            "ended between 12 and 19 Sep 2010"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("windows")
  void format_saysAWindowAsAWindow_andEachEndAsItIsKnown(TimeBounds bounds, String expected) {
    assertThat(TEXT.format(bounds)).isEqualTo(expected);
  }

  @Test
  void format_readsTimesOfDayInTheZone_withItsOffset() {
    TimeBoundsFormatter chicago = TimeBoundsFormatter.of(Locale.ENGLISH, ZoneId.of("America/Chicago"));
    TimeBounds explosion = TimeBounds.parse("2010-04-20T21:45:00-05:00");

    assertThat(TEXT.format(explosion)).isEqualTo("21 Apr 2010 02:45:00 UTC");
    assertThat(chicago.format(explosion)).isEqualTo("20 Apr 2010 21:45:00 -05:00");
    assertThat(chicago.format(TimeBounds.parse("2010-01-20T21:45:00-06:00"))).isEqualTo("20 Jan 2010 21:45:00 -06:00");
  }

  @Test
  void format_readsCalendarDatesAsStated_inEveryZone() {
    TimeBoundsFormatter tokyo = TimeBoundsFormatter.of(Locale.UK, ZoneId.of("Asia/Tokyo"));

    assertThat(tokyo.format(TimeBounds.parse("2024-08-06"))).isEqualTo("6 Aug 2024");
    assertThat(tokyo.format(TimeBounds.parse("2024-08"))).isEqualTo("Aug 2024");
    assertThat(tokyo.format(TimeBounds.notBefore(TimeBounds.parse("2024-08-01")))).isEqualTo("after 1 Aug 2024");
    assertThat(tokyo.format(TimeBounds.ongoingAt(TimeBounds.parse("2024-12-14")))).isEqualTo("ongoing as of 14 Dec 2024");
  }

  @Test
  void of_refusesALanguageItDoesNotWrite() {
    assertThatThrownBy(() -> TimeBoundsFormatter.of(Locale.FRENCH, ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unsupported locale \"fr\" for dates: only English (en) is written; use Locale.ENGLISH");
  }

  @Test
  void withZone_keepsTheWords_changesTheZone() {
    TimeBoundsFormatter utc = TimeBoundsFormatter.of(Locale.ENGLISH, ZoneOffset.UTC);

    assertThat(utc).isSameAs(TimeBoundsFormatter.ENGLISH_UTC);
    assertThat(utc.withZone(ZoneId.of("Europe/Paris")).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(utc.withZone(ZoneId.of("Europe/Paris")).format(TimeBounds.parse("2024-08-06T10:00:00Z")))
        .isEqualTo("6 Aug 2024 12:00:00 +02:00");
  }
}
