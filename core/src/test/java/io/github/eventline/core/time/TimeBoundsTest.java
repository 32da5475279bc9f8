package io.github.eventline.core.time;

import static io.github.eventline.core.time.IntervalRelation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeBoundsTest {

  private static final YearMonth AUGUST = YearMonth.of(2024, 8);

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static void assertBounds(TimeBounds b, String earliestStart, String latestStart, String earliestEnd,
      String latestEnd) {
    assertThat(b.earliestStart()).as("earliestStart").isEqualTo(earliestStart.equals("MIN") ? Instant.MIN : at(earliestStart));
    assertThat(b.latestStart()).as("latestStart").isEqualTo(latestStart.equals("MAX") ? Instant.MAX : at(latestStart));
    assertThat(b.earliestEnd()).as("earliestEnd").isEqualTo(earliestEnd.equals("MIN") ? Instant.MIN : at(earliestEnd));
    assertThat(b.latestEnd()).as("latestEnd").isEqualTo(latestEnd.equals("MAX") ? Instant.MAX : at(latestEnd));
  }

  @Test
  void in_yearIsLabelledInEdtf() {
    TimeBounds year = TimeBounds.in(Year.of(2024));
    assertBounds(year, "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z");
    assertThat(year.precision()).isEqualTo(Precision.YEAR);
    assertThat(year).isEqualTo(TimeBounds.parse("2024"));
    assertThat(TimeBounds.in(Year.of(-44)).label()).isEqualTo("-0044");
    assertThat(TimeBounds.in(Year.of(7)).label()).isEqualTo("0007");
    assertThat(TimeBounds.in(Year.of(12345)).label()).isEqualTo("Y12345");
    assertThat(TimeBounds.in(Year.of(-12345)).label()).isEqualTo("Y-12345");
    assertThat(TimeBounds.in(Year.of(Year.MAX_VALUE)).latestEnd()).isEqualTo(at("+1000000000-01-01T00:00:00Z"));
  }

  @Test
  void on_andIn_agreeWithParse() {
    assertThat(TimeBounds.on(LocalDate.of(2024, 8, 6))).isEqualTo(TimeBounds.parse("2024-08-06"));
    assertThat(TimeBounds.in(AUGUST)).isEqualTo(TimeBounds.parse("2024-08"));
    assertThat(TimeBounds.parse("2024-08").latestEnd()).isEqualTo(at("2024-09-01T00:00:00Z"));
  }

  @Test
  void in_monthOfALongYearKeepsItsSignSoThatItParsesBack() {
    TimeBounds month = TimeBounds.in(YearMonth.of(12345, 8));
    assertThat(month.label()).isEqualTo("+12345-08");
    assertThat(TimeBounds.parse("+12345-08")).isEqualTo(month);
    assertThat(TimeBounds.early(YearMonth.of(12345, 8)).label()).isEqualTo("early +12345-08");
  }

  @Test
  void parse_intervalOfMonthsStartsInTheFirstAndEndsInTheLast() {
    assertBounds(TimeBounds.parse("2024-08/2024-10"),
        "2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z", "2024-10-01T00:00:00Z", "2024-11-01T00:00:00Z");
  }

  @Test
  void between_startsOnTheFirstDayAndEndsByTheEndOfTheLast() {
    TimeBounds b = TimeBounds.between(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 10));
    assertBounds(b, "2024-08-01T00:00:00Z", "2024-08-11T00:00:00Z", "2024-08-01T00:00:00Z", "2024-08-11T00:00:00Z");
    assertThat(b.label()).isEqualTo("between 2024-08-01 and 2024-08-10");
    assertThat(b.precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void between_rejectsALastDayBeforeTheFirst() {
    assertThatThrownBy(() -> TimeBounds.between(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("between(2024-08-10, 2024-08-01): the last day is before the first; swap them");
  }

  @Test
  void earlyMidLate_splitTheMonthAtDays10And20() {
    assertBounds(TimeBounds.early(AUGUST),
        "2024-08-01T00:00:00Z", "2024-08-11T00:00:00Z", "2024-08-01T00:00:00Z", "2024-08-11T00:00:00Z");
    assertBounds(TimeBounds.mid(AUGUST),
        "2024-08-11T00:00:00Z", "2024-08-21T00:00:00Z", "2024-08-11T00:00:00Z", "2024-08-21T00:00:00Z");
    assertBounds(TimeBounds.late(YearMonth.of(2024, 2)),
        "2024-02-21T00:00:00Z", "2024-03-01T00:00:00Z", "2024-02-21T00:00:00Z", "2024-03-01T00:00:00Z");
    assertThat(TimeBounds.early(AUGUST).label()).isEqualTo("early 2024-08");
    assertThat(TimeBounds.mid(AUGUST).label()).isEqualTo("mid 2024-08");
    assertThat(TimeBounds.late(AUGUST).label()).isEqualTo("late 2024-08");
    assertThat(TimeBounds.early(AUGUST).precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void around_widensTheDayByTheMarginAndMarksItApproximate() {
    TimeBounds b = TimeBounds.around(LocalDate.of(2024, 8, 6), Period.ofDays(3));
    assertBounds(b, "2024-08-03T00:00:00Z", "2024-08-10T00:00:00Z", "2024-08-03T00:00:00Z", "2024-08-10T00:00:00Z");
    assertThat(b.isApproximate()).isTrue();
    assertThat(b.isUncertain()).isFalse();
    assertThat(b.label()).isEqualTo("around 2024-08-06 ±P3D");
  }

  @Test
  void around_rejectsANegativeMargin() {
    assertThatThrownBy(() -> TimeBounds.around(LocalDate.of(2024, 8, 6), Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("around(2024-08-06, P-1D): the margin is negative");
  }

  @Test
  void ongoingAt_startedByThenAndNotOverBefore() {
    TimeBounds day = TimeBounds.ongoingAt(TimeBounds.parse("2024-12-14"));
    assertBounds(day, "MIN", "2024-12-15T00:00:00Z", "2024-12-14T00:00:00Z", "MAX");
    assertThat(day.label()).isEqualTo("ongoing at 2024-12-14");
    assertThat(day.precision()).isEqualTo(Precision.DAY);
    TimeBounds instant = TimeBounds.ongoingAt(at("2024-12-14T10:00:00Z"));
    assertBounds(instant, "MIN", "2024-12-14T10:00:00Z", "2024-12-14T10:00:00Z", "MAX");
    assertThat(instant.label()).isEqualTo("ongoing at 2024-12-14T10:00:00Z");
  }

  @Test
  void notBeforeAndNotAfter_boundOneSide() {
    assertBounds(TimeBounds.notBefore(at("2024-08-06T00:00:00Z")),
        "2024-08-06T00:00:00Z", "MAX", "2024-08-06T00:00:00Z", "MAX");
    assertBounds(TimeBounds.notAfter(at("2024-08-06T00:00:00Z")),
        "MIN", "2024-08-06T00:00:00Z", "MIN", "2024-08-06T00:00:00Z");
    assertBounds(TimeBounds.notBefore(TimeBounds.in(AUGUST)),
        "2024-08-01T00:00:00Z", "MAX", "2024-08-01T00:00:00Z", "MAX");
    assertBounds(TimeBounds.notAfter(TimeBounds.in(AUGUST)),
        "MIN", "2024-09-01T00:00:00Z", "MIN", "2024-09-01T00:00:00Z");
    assertThat(TimeBounds.notBefore(at("2024-08-06T00:00:00Z")).label()).isEqualTo("not before 2024-08-06T00:00:00Z");
    assertThat(TimeBounds.notAfter(TimeBounds.in(AUGUST)).label()).isEqualTo("not after 2024-08");
    assertThat(TimeBounds.notAfter(TimeBounds.in(AUGUST)).isUnboundedStart()).isTrue();
  }

  @Test
  void at_isAnInstant() {
    TimeBounds b = TimeBounds.at(at("2024-08-06T10:00:00.5Z"));
    assertThat(b.isInstant()).isTrue();
    assertThat(b.label()).isEqualTo("2024-08-06T10:00:00.500Z");
    assertThat(b).isEqualTo(TimeBounds.parse("2024-08-06T10:00:00.500Z"));
    assertThat(TimeBounds.on(LocalDate.of(2024, 8, 6)).isInstant()).isFalse();
    assertThat(TimeBounds.unbounded().isInstant()).isFalse();
  }

  @Test
  void unbounded_isTheDotsAndUnboundedBothWays() {
    assertThat(TimeBounds.unbounded().isUnboundedStart()).isTrue();
    assertThat(TimeBounds.unbounded().isUnboundedEnd()).isTrue();
    assertThat(TimeBounds.unbounded().precision()).isEqualTo(Precision.NONE);
    assertThat(TimeBounds.parse("..")).isEqualTo(TimeBounds.unbounded());
  }

  @Test
  void withLabel_keepsTheBoundsAndRejectsAnEmptyLabel() {
    TimeBounds b = TimeBounds.in(AUGUST).withLabel("début août");
    assertThat(b.toString()).isEqualTo("début août");
    assertThat(b.latestEnd()).isEqualTo(TimeBounds.in(AUGUST).latestEnd());
    assertThatThrownBy(() -> b.withLabel(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Time bounds \"début août\": the label must not be empty");
  }

  @Test
  void of_rejectsBoundsOutOfOrder() {
    Instant t = at("2024-08-06T00:00:00Z");
    assertThatThrownBy(() -> TimeBounds.of(t.plusSeconds(1), t, t.plusSeconds(1), t.plusSeconds(1), Precision.NONE, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Time bounds \"x\" out of order: earliestStart 2024-08-06T00:00:01Z is after latestStart 2024-08-06T00:00:00Z");
  }

  @Test
  void intersect_takesTheTightestBoundsOfBoth() {
    TimeBounds b = TimeBounds.in(AUGUST).intersect(TimeBounds.notBefore(at("2024-08-06T00:00:00Z")));
    assertBounds(b, "2024-08-06T00:00:00Z", "2024-09-01T00:00:00Z", "2024-08-06T00:00:00Z", "2024-09-01T00:00:00Z");
    assertThat(b.label()).isEqualTo("2024-08 & not before 2024-08-06T00:00:00Z");
    assertThat(b.precision()).isEqualTo(Precision.SECOND);
    assertThat(TimeBounds.parse(b.toString())).isEqualTo(b);
  }

  @Test
  void intersect_capsTheLatestStartByTheLatestEnd() {
    TimeBounds b = TimeBounds.parse("2024-08/..").intersect(TimeBounds.notAfter(TimeBounds.on(LocalDate.of(2024, 8, 9))));
    assertBounds(b, "2024-08-01T00:00:00Z", "2024-08-10T00:00:00Z", "2024-08-01T00:00:00Z", "2024-08-10T00:00:00Z");
  }

  @Test
  void intersect_withUnboundedKeepsTheBounds() {
    TimeBounds august = TimeBounds.parse("2024-08~");
    TimeBounds b = august.intersect(TimeBounds.unbounded());
    assertBounds(b, "2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z", "2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z");
    assertThat(b.precision()).isEqualTo(Precision.MONTH);
    assertThat(b.isApproximate()).isTrue();
  }

  @Test
  void intersect_rejectsDisjointBoundsNamingBoth() {
    assertThatThrownBy(() -> TimeBounds.parse("2024-08").intersect(TimeBounds.parse("2024-10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Time bounds \"2024-08\" and \"2024-10\" are disjoint: no interval satisfies both");
    assertThat(TimeBounds.parse("2024-08").intersection(TimeBounds.parse("2024-10"))).isEmpty();
    assertThat(TimeBounds.parse("2024-08").intersection(TimeBounds.parse("2024-08-06"))).isPresent();
  }

  @Test
  void intersect_ofAStartAfterAnEndIsDisjointOrAnInstant() {
    assertThat(TimeBounds.notBefore(TimeBounds.parse("2024-10")).intersection(TimeBounds.notAfter(TimeBounds.parse("2024-08"))))
        .isEmpty();
    TimeBounds midnight = TimeBounds.notBefore(TimeBounds.parse("2024-09")).intersect(TimeBounds.notAfter(TimeBounds.parse("2024-08")));
    assertThat(midnight.isInstant()).isTrue();
    assertThat(midnight.earliestStart()).isEqualTo(at("2024-09-01T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      early 2024-08
      mid 2024-08
      late 2024-02
      between 2024-08-01 and 2024-08-10
      around 2024-08-06 ±P3D
      ongoing at 2024-12-14
      ongoing at 2024-12-14T10:00:00Z
      not before 2024-08
      not after 2024-08-06T10:00:00Z
      not before ongoing at 2024
      2024 & not before 2024-08-06
      2024 & mid 2024-08 & not after 2024-08-15
      ongoing at (2024-08 & not before 2024-08-20)
      ..
      """)
  void parse_readsTheLabelsOfTheFactories(String text) {
    TimeBounds b = TimeBounds.parse(text);
    assertThat(b.label()).isEqualTo(text);
    assertThat(TimeBounds.parse(b.toString())).isEqualTo(b);
  }

  @Test
  void parse_helperFormsEqualTheirFactories() {
    assertThat(TimeBounds.parse("early 2024-08")).isEqualTo(TimeBounds.early(AUGUST));
    assertThat(TimeBounds.parse("between 2024-08-01 and 2024-08-10"))
        .isEqualTo(TimeBounds.between(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 10)));
    assertThat(TimeBounds.parse("around 2024-08-06 ±P3D"))
        .isEqualTo(TimeBounds.around(LocalDate.of(2024, 8, 6), Period.ofDays(3)));
    assertThat(TimeBounds.parse("around 2024-08-06 +/-P3D").latestEnd())
        .isEqualTo(at("2024-08-10T00:00:00Z"));
    assertThat(TimeBounds.parse("ongoing at 2024-12-14T10:00:00Z"))
        .isEqualTo(TimeBounds.ongoingAt(at("2024-12-14T10:00:00Z")));
    assertThat(TimeBounds.parse("2024 & mid 2024-08 & not after 2024-08-15").latestEnd())
        .isEqualTo(at("2024-08-16T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      early 2024-13                     | expected a month such as 2024-08, not "2024-13"
      late August                       | expected a month such as 2024-08, not "August"
      between 2024-08-10 and 2024-08-01 | the last day 2024-08-01 is before the first 2024-08-10
      between 2024-08-01                | expected "between 2024-08-01 and 2024-08-10"
      between 2024-02-30 and 2024-03-01 | expected a day such as 2024-08-06, not "2024-02-30"
      around 2024-08-06                 | expected "around 2024-08-06 ±P3D"
      around 2024-08-06 ±3 days         | expected "around 2024-08-06 ±P3D"
      around 2024-08-06 ±3D             | expected a period such as P3D, not "3D"
      around 2024-08-06 ±P-3D           | the margin P-3D is negative or too large
      not before 2024-13                | month 13 does not exist; months are 01 to 12, seasons 21 to 24
      ongoing at                        | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      2024-08 & 2024-10                 | "2024-10" is disjoint from what comes before it; no interval satisfies both
      2024 &                            | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      ongoing at (2024                  | a '(' has no matching ')'
      ongoing at 2024)                  | a ')' has no matching '('
      """)
  void parse_rejectsInvalidHelperForms(String text, String reason) {
    assertThatThrownBy(() -> TimeBounds.parse(text))
        .isInstanceOf(EdtfParseException.class)
        .hasMessage("Invalid EDTF date \"" + text + "\": " + reason);
  }

  @Test
  void parse_rejectsAnEmptyOperand() {
    assertThatThrownBy(() -> TimeBounds.parse(" & 2024"))
        .isInstanceOf(EdtfParseException.class)
        .hasMessage("Invalid EDTF date \" & 2024\": a date is missing");
  }

  @Test
  void possibleRelations_ofConsecutiveDaysIsPrecedes() {
    assertThat(TimeBounds.parse("2024-08-06").possibleRelations(TimeBounds.parse("2024-08-07"))).isEqualTo(PRECEDES);
    assertThat(TimeBounds.parse("2024-08-07").possibleRelations(TimeBounds.parse("2024-08-06"))).isEqualTo(FOLLOWS);
  }

  @Test
  void possibleRelations_spotChecks() {
    assertThat(TimeBounds.parse("2024-08").possibleRelations(TimeBounds.parse("2024-10"))).containsExactly(BEFORE);
    assertThat(TimeBounds.parse("2024-08").possibleRelations(TimeBounds.parse("2024-08"))).isEqualTo(ALL);
    assertThat(TimeBounds.unbounded().possibleRelations(TimeBounds.parse("2024"))).isEqualTo(ALL);
    Instant t = at("2024-08-06T10:00:00Z");
    assertThat(TimeBounds.at(t).possibleRelations(TimeBounds.at(t))).containsExactly(EQUALS);
    assertThat(TimeBounds.at(t).possibleRelations(TimeBounds.at(t.plusSeconds(1)))).containsExactly(BEFORE);
    assertThat(TimeBounds.parse("2024-08-06T10:00:00Z/2024-08-06T12:00:00Z")
        .possibleRelations(TimeBounds.parse("2024-08-06T11:00:00Z/2024-08-06T13:00:00Z"))).containsExactly(OVERLAPS);
    assertThat(TimeBounds.at(t).possibleRelations(TimeBounds.parse("2024-08-06T10:00:00Z/2024-08-06T12:00:00Z")))
        .containsExactly(STARTS);
    assertThat(TimeBounds.at(t).possibleRelations(TimeBounds.parse("2024-08-06")))
        .containsExactly(BEFORE, STARTS, DURING, MET_BY, AFTER);
    assertThat(TimeBounds.at(t).possibleRelations(TimeBounds.ongoingAt(t))).containsExactly(STARTS, DURING, MET_BY);
    assertThat(TimeBounds.parse("2024-08-06").possibleRelations(TimeBounds.ongoingAt(TimeBounds.parse("2024-08-07"))))
        .containsExactly(BEFORE, MEETS, OVERLAPS, STARTS, DURING, FINISHES, EQUALS, FINISHED_BY);
  }
}
