package io.github.eventline.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example of EDTF levels 0 and 1 (Library of Congress EDTF, ISO 8601-2), with exact bounds;
 * the forms of level 2 are in {@link EdtfLevel2Test}.
 */
class EdtfParseTest {

  private static final String MIN = "-1000000000-01-01T00:00:00Z";
  private static final String MAX = "+1000000000-12-31T23:59:59.999999999Z";

  /** Columns: text, earliestStart, latestStart, earliestEnd, latestEnd, precision, uncertain, approximate. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Level 0: dates
      1985-04-12 | 1985-04-12T00:00:00Z | 1985-04-13T00:00:00Z | 1985-04-12T00:00:00Z | 1985-04-13T00:00:00Z | DAY | false | false
      1985-04    | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | MONTH | false | false
      1985       | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | YEAR | false | false
      2024-02-29 | 2024-02-29T00:00:00Z | 2024-03-01T00:00:00Z | 2024-02-29T00:00:00Z | 2024-03-01T00:00:00Z | DAY | false | false
      0000       | 0000-01-01T00:00:00Z | 0001-01-01T00:00:00Z | 0000-01-01T00:00:00Z | 0001-01-01T00:00:00Z | YEAR | false | false
      # Level 0: date and time
      1985-04-12T23:20:30       | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30Z | SECOND | false | false
      1985-04-12T23:20:30Z      | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30Z | SECOND | false | false
      1985-04-12T23:20:30-04    | 1985-04-13T03:20:30Z | 1985-04-13T03:20:30Z | 1985-04-13T03:20:30Z | 1985-04-13T03:20:30Z | SECOND | false | false
      1985-04-12T23:20:30+04:30 | 1985-04-12T18:50:30Z | 1985-04-12T18:50:30Z | 1985-04-12T18:50:30Z | 1985-04-12T18:50:30Z | SECOND | false | false
      2004-01-01T10:10:10+05:00 | 2004-01-01T05:10:10Z | 2004-01-01T05:10:10Z | 2004-01-01T05:10:10Z | 2004-01-01T05:10:10Z | SECOND | false | false
      2024-08-06T10:00:00.25Z   | 2024-08-06T10:00:00.250Z | 2024-08-06T10:00:00.250Z | 2024-08-06T10:00:00.250Z | 2024-08-06T10:00:00.250Z | SECOND | false | false
      # Level 0: time intervals
      1964/2008              | 1964-01-01T00:00:00Z | 1965-01-01T00:00:00Z | 2008-01-01T00:00:00Z | 2009-01-01T00:00:00Z | YEAR | false | false
      2004-06/2006-08        | 2004-06-01T00:00:00Z | 2004-07-01T00:00:00Z | 2006-08-01T00:00:00Z | 2006-09-01T00:00:00Z | MONTH | false | false
      2004-02-01/2005-02-08  | 2004-02-01T00:00:00Z | 2004-02-02T00:00:00Z | 2005-02-08T00:00:00Z | 2005-02-09T00:00:00Z | DAY | false | false
      2004-02-01/2005-02     | 2004-02-01T00:00:00Z | 2004-02-02T00:00:00Z | 2005-02-01T00:00:00Z | 2005-03-01T00:00:00Z | DAY | false | false
      2004-02-01/2005        | 2004-02-01T00:00:00Z | 2004-02-02T00:00:00Z | 2005-01-01T00:00:00Z | 2006-01-01T00:00:00Z | DAY | false | false
      2005/2006-02           | 2005-01-01T00:00:00Z | 2006-01-01T00:00:00Z | 2006-02-01T00:00:00Z | 2006-03-01T00:00:00Z | MONTH | false | false
      2024-08/2024-08        | 2024-08-01T00:00:00Z | 2024-09-01T00:00:00Z | 2024-08-01T00:00:00Z | 2024-09-01T00:00:00Z | MONTH | false | false
      2024/2024-01           | 2024-01-01T00:00:00Z | 2024-02-01T00:00:00Z | 2024-01-01T00:00:00Z | 2024-02-01T00:00:00Z | MONTH | false | false
      2024-08-06T10:00:00Z/2024-08-06T12:30:00Z | 2024-08-06T10:00:00Z | 2024-08-06T10:00:00Z | 2024-08-06T12:30:00Z | 2024-08-06T12:30:00Z | SECOND | false | false
      2024-08-06T10:00:00Z/2024-08-06T10:00:00Z | 2024-08-06T10:00:00Z | 2024-08-06T10:00:00Z | 2024-08-06T10:00:00Z | 2024-08-06T10:00:00Z | SECOND | false | false
      # Level 1: letter-prefixed calendar years
      Y170000002  | +170000002-01-01T00:00:00Z | +170000003-01-01T00:00:00Z | +170000002-01-01T00:00:00Z | +170000003-01-01T00:00:00Z | YEAR | false | false
      Y-170000002 | -170000002-01-01T00:00:00Z | -170000001-01-01T00:00:00Z | -170000002-01-01T00:00:00Z | -170000001-01-01T00:00:00Z | YEAR | false | false
      Y-200000    | -200000-01-01T00:00:00Z | -199999-01-01T00:00:00Z | -200000-01-01T00:00:00Z | -199999-01-01T00:00:00Z | YEAR | false | false
      Y999999999  | +999999999-01-01T00:00:00Z | +1000000000-01-01T00:00:00Z | +999999999-01-01T00:00:00Z | +1000000000-01-01T00:00:00Z | YEAR | false | false
      # Level 1: seasons (Northern meteorological)
      2001-21 | 2001-03-01T00:00:00Z | 2001-06-01T00:00:00Z | 2001-03-01T00:00:00Z | 2001-06-01T00:00:00Z | SEASON | false | false
      2001-22 | 2001-06-01T00:00:00Z | 2001-09-01T00:00:00Z | 2001-06-01T00:00:00Z | 2001-09-01T00:00:00Z | SEASON | false | false
      2001-23 | 2001-09-01T00:00:00Z | 2001-12-01T00:00:00Z | 2001-09-01T00:00:00Z | 2001-12-01T00:00:00Z | SEASON | false | false
      2024-24 | 2024-12-01T00:00:00Z | 2025-03-01T00:00:00Z | 2024-12-01T00:00:00Z | 2025-03-01T00:00:00Z | SEASON | false | false
      2023-24 | 2023-12-01T00:00:00Z | 2024-03-01T00:00:00Z | 2023-12-01T00:00:00Z | 2024-03-01T00:00:00Z | SEASON | false | false
      # Level 1: qualification of a date (does not widen the bounds)
      1984?       | 1984-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 1984-01-01T00:00:00Z | 1985-01-01T00:00:00Z | YEAR | true | false
      2004-06~    | 2004-06-01T00:00:00Z | 2004-07-01T00:00:00Z | 2004-06-01T00:00:00Z | 2004-07-01T00:00:00Z | MONTH | false | true
      2004-06-11% | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | DAY | true | true
      2001-21~    | 2001-03-01T00:00:00Z | 2001-06-01T00:00:00Z | 2001-03-01T00:00:00Z | 2001-06-01T00:00:00Z | SEASON | false | true
      # Level 1: unspecified digits
      201X       | 2010-01-01T00:00:00Z | 2020-01-01T00:00:00Z | 2010-01-01T00:00:00Z | 2020-01-01T00:00:00Z | YEAR | false | false
      20XX       | 2000-01-01T00:00:00Z | 2100-01-01T00:00:00Z | 2000-01-01T00:00:00Z | 2100-01-01T00:00:00Z | YEAR | false | false
      2004-XX    | 2004-01-01T00:00:00Z | 2005-01-01T00:00:00Z | 2004-01-01T00:00:00Z | 2005-01-01T00:00:00Z | MONTH | false | false
      1985-04-XX | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | DAY | false | false
      1985-XX-XX | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | DAY | false | false
      2024-02-XX | 2024-02-01T00:00:00Z | 2024-03-01T00:00:00Z | 2024-02-01T00:00:00Z | 2024-03-01T00:00:00Z | DAY | false | false
      -201X      | -2019-01-01T00:00:00Z | -2009-01-01T00:00:00Z | -2019-01-01T00:00:00Z | -2009-01-01T00:00:00Z | YEAR | false | false
      201X?      | 2010-01-01T00:00:00Z | 2020-01-01T00:00:00Z | 2010-01-01T00:00:00Z | 2020-01-01T00:00:00Z | YEAR | true | false
      # Level 1: extended intervals, open (..) and unknown (empty) ends
      1985-04-12/..  | 1985-04-12T00:00:00Z | 1985-04-13T00:00:00Z | 1985-04-12T00:00:00Z | MAX | DAY | false | false
      ../1985-04-12  | MIN | 1985-04-13T00:00:00Z | 1985-04-12T00:00:00Z | 1985-04-13T00:00:00Z | DAY | false | false
      1985-04-12/    | 1985-04-12T00:00:00Z | 1985-04-13T00:00:00Z | 1985-04-12T00:00:00Z | MAX | DAY | false | false
      /1985-04-12    | MIN | 1985-04-13T00:00:00Z | 1985-04-12T00:00:00Z | 1985-04-13T00:00:00Z | DAY | false | false
      1985-04/..     | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | 1985-04-01T00:00:00Z | MAX | MONTH | false | false
      ../1985-04     | MIN | 1985-05-01T00:00:00Z | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | MONTH | false | false
      1985-04/       | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | 1985-04-01T00:00:00Z | MAX | MONTH | false | false
      /1985-04       | MIN | 1985-05-01T00:00:00Z | 1985-04-01T00:00:00Z | 1985-05-01T00:00:00Z | MONTH | false | false
      1985/..        | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | 1985-01-01T00:00:00Z | MAX | YEAR | false | false
      ../1985        | MIN | 1986-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | YEAR | false | false
      1985/          | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | 1985-01-01T00:00:00Z | MAX | YEAR | false | false
      /1985          | MIN | 1986-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 1986-01-01T00:00:00Z | YEAR | false | false
      # Level 1: qualified intervals
      1984?/2004-06~ | 1984-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 2004-06-01T00:00:00Z | 2004-07-01T00:00:00Z | MONTH | true | true
      1984~/2004~    | 1984-01-01T00:00:00Z | 1985-01-01T00:00:00Z | 2004-01-01T00:00:00Z | 2005-01-01T00:00:00Z | YEAR | false | true
      2004-06-XX/2004-07-03 | 2004-06-01T00:00:00Z | 2004-07-01T00:00:00Z | 2004-07-03T00:00:00Z | 2004-07-04T00:00:00Z | DAY | false | false
      # Level 1: negative calendar years (java.time's proleptic years: -1985 is 1986 BC)
      -1985      | -1985-01-01T00:00:00Z | -1984-01-01T00:00:00Z | -1985-01-01T00:00:00Z | -1984-01-01T00:00:00Z | YEAR | false | false
      -0044-03-15 | -0044-03-15T00:00:00Z | -0044-03-16T00:00:00Z | -0044-03-15T00:00:00Z | -0044-03-16T00:00:00Z | DAY | false | false
      # java.time's expanded years, as LocalDate.toString() writes them
      +10000-01-01 | +10000-01-01T00:00:00Z | +10000-01-02T00:00:00Z | +10000-01-01T00:00:00Z | +10000-01-02T00:00:00Z | DAY | false | false
      """)
  void parse_readsExactBounds(String text, String earliestStart, String latestStart, String earliestEnd,
      String latestEnd, Precision precision, boolean uncertain, boolean approximate) {
    TimeBounds bounds = TimeBounds.parse(text);
    assertThat(bounds.earliestStart()).as("earliestStart").isEqualTo(instant(earliestStart));
    assertThat(bounds.latestStart()).as("latestStart").isEqualTo(instant(latestStart));
    assertThat(bounds.earliestEnd()).as("earliestEnd").isEqualTo(instant(earliestEnd));
    assertThat(bounds.latestEnd()).as("latestEnd").isEqualTo(instant(latestEnd));
    assertThat(bounds.precision()).isEqualTo(precision);
    assertThat(bounds.isUncertain()).as("uncertain").isEqualTo(uncertain);
    assertThat(bounds.isApproximate()).as("approximate").isEqualTo(approximate);
    assertThat(bounds.label()).isEqualTo(text);
    assertThat(bounds.toString()).isEqualTo(text);
    assertThat(TimeBounds.parse(bounds.toString())).isEqualTo(bounds);
  }

  private static Instant instant(String text) {
    return text.equals("MIN") ? Instant.MIN : text.equals("MAX") ? Instant.MAX : Instant.parse(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      2024-13          | month 13 does not exist; months are 01 to 12, seasons 21 to 24
      2024-00          | month 00 does not exist; months are 01 to 12, seasons 21 to 24
      2024-20          | month 20 does not exist; months are 01 to 12, seasons 21 to 24
      2024-42          | month 42 does not exist; months are 01 to 12, seasons 21 to 24
      2024-02-30       | day 30 does not exist in 2024-02
      2023-02-29       | day 29 does not exist in 2023-02
      2024-04-31       | day 31 does not exist in 2024-04
      2024-08-00       | day 00 does not exist in 2024-08
      2024-25          | season 25 is EDTF level 2, which is not supported; use 21 to 24 (spring, summer, autumn, winter)
      2024-08/2024-01  | the interval ends before it starts: 2024-01 ends by 2024-02-01T00:00:00Z, but 2024-08 starts at 2024-08-01T00:00:00Z or later
      2024-08-02/2024-08-01 | the interval ends before it starts: 2024-08-01 ends by 2024-08-02T00:00:00Z, but 2024-08-02 starts at 2024-08-02T00:00:00Z or later
      2024-08-06T10:00:00Z/2024-08-06T09:59:59Z | the interval ends before it starts: 2024-08-06T09:59:59Z ends by 2024-08-06T09:59:59Z, but 2024-08-06T10:00:00Z starts at 2024-08-06T10:00:00Z or later
      2024/2025/2026   | an interval has exactly one '/'
      /                | an interval needs at least one known end
      ../..            | an interval needs at least one known end
      ../              | an interval needs at least one known end
      garbage          | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      85               | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      ' 2024'          | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      2024-8-6         | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      2024-08-06T10:00 | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      12345            | a year of more than four digits needs the Y prefix, as in Y12345
      Y2024            | a Y-prefixed year needs more than four digits; write 2024 without the Y
      Y-44             | a Y-prefixed year needs more than four digits; write -44 without the Y
      Y1000000000      | year 1000000000 is outside the supported range -999999999 to 999999999 (java.time)
      Y-99999999999999999999 | year -99999999999999999999 is outside the supported range -999999999 to 999999999 (java.time)
      Y999999999-24    | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      -0000            | year -0000 does not exist; year zero is 0000
      1984??           | two qualifiers in a row; use one: ? (uncertain), ~ (approximate) or % (both)
      ?                | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      2024-08-06T10:00:00Z? | qualifiers ? ~ % apply to dates, not to date-times
      2024-08-06T24:00:00Z  | hour 24 does not exist; the largest is 23
      2024-08-06T10:60:00Z  | minute 60 does not exist; the largest is 59
      2024-08-06T10:00:60Z  | second 60 does not exist; the largest is 59
      2024-08-06T10:00:00+19:00 | offset +19:00 is out of range; offsets run from -18:00 to +18:00
      2024-02-30T10:00:00Z  | day 30 does not exist in 2024-02
      2024-13-01T10:00:00Z  | month 13 does not exist; months are 01 to 12
      """)
  void parse_rejectsInvalidTextQuotingIt(String text, String reason) {
    assertThatThrownBy(() -> TimeBounds.parse(text))
        .isInstanceOf(EdtfParseException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid EDTF date \"" + text + "\": " + reason)
        .extracting(e -> ((EdtfParseException) e).text())
        .isEqualTo(text);
  }

  @Test
  void parse_rejectsEmptyText() {
    assertThatThrownBy(() -> TimeBounds.parse(""))
        .isInstanceOf(EdtfParseException.class)
        .hasMessage("Invalid EDTF date \"\": the text is empty");
  }

  @Test
  void parse_rejectsNull() {
    assertThatThrownBy(() -> TimeBounds.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void parse_shortensVeryLongTextInTheMessage() {
    String text = "x".repeat(100);
    assertThatThrownBy(() -> TimeBounds.parse(text))
        .hasMessageStartingWith("Invalid EDTF date \"" + "x".repeat(77) + "...\": expected an EDTF date");
  }

  @Test
  void parse_keepsWhetherAnEndIsOpenOrUnknownInTheLabelOnly() {
    TimeBounds open = TimeBounds.parse("1985-04-12/..");
    TimeBounds unknown = TimeBounds.parse("1985-04-12/");
    assertThat(open.isUnboundedEnd()).isTrue();
    assertThat(unknown.isUnboundedEnd()).isTrue();
    assertThat(open.isUnboundedStart()).isFalse();
    assertThat(open).isNotEqualTo(unknown);
    assertThat(open.withLabel("1985-04-12/")).isEqualTo(unknown);
  }
}
