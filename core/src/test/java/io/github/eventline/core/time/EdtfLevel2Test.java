package io.github.eventline.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms of EDTF level 2 that {@link TimeBounds#parse(String)} reads (Library of Congress EDTF,
 * 2019; ISO 8601-2), with exact bounds: the level 2 examples of the specification and of edtf.js's
 * parser tests, and the forms news writes. Qualifiers mark the value and never widen its bounds.
 */
class EdtfLevel2Test {

  /** Columns: text, earliestStart, latestStart, earliestEnd, latestEnd, precision, uncertain, approximate. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      # Qualification of components: before a component (that component), after it (it and those on its left)
      ?2001          | 2001-01-01T00:00:00Z | 2002-01-01T00:00:00Z | 2001-01-01T00:00:00Z | 2002-01-01T00:00:00Z | YEAR | true | false
      2001~-09       | 2001-09-01T00:00:00Z | 2001-10-01T00:00:00Z | 2001-09-01T00:00:00Z | 2001-10-01T00:00:00Z | MONTH | false | true
      2001-?09~-09   | 2001-09-09T00:00:00Z | 2001-09-10T00:00:00Z | 2001-09-09T00:00:00Z | 2001-09-10T00:00:00Z | DAY | true | true
      2004?-06-~11   | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | DAY | true | true
      2004-06~-11    | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | DAY | false | true
      2004-%06-11    | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | DAY | true | true
      2004?-06-11    | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | 2004-06-11T00:00:00Z | 2004-06-12T00:00:00Z | DAY | true | false
      ?2024-08-~25   | 2024-08-25T00:00:00Z | 2024-08-26T00:00:00Z | 2024-08-25T00:00:00Z | 2024-08-26T00:00:00Z | DAY | true | true
      2024-08~-25    | 2024-08-25T00:00:00Z | 2024-08-26T00:00:00Z | 2024-08-25T00:00:00Z | 2024-08-26T00:00:00Z | DAY | false | true
      2024-?08-XX    | 2024-08-01T00:00:00Z | 2024-09-01T00:00:00Z | 2024-08-01T00:00:00Z | 2024-09-01T00:00:00Z | DAY | true | false
      ?-0044-03-15   | -0044-03-15T00:00:00Z | -0044-03-16T00:00:00Z | -0044-03-15T00:00:00Z | -0044-03-16T00:00:00Z | DAY | true | false
      2001-~21       | 2001-03-01T00:00:00Z | 2001-06-01T00:00:00Z | 2001-03-01T00:00:00Z | 2001-06-01T00:00:00Z | SEASON | false | true
      2004-06-~01/2004-06-~20 | 2004-06-01T00:00:00Z | 2004-06-02T00:00:00Z | 2004-06-20T00:00:00Z | 2004-06-21T00:00:00Z | DAY | false | true
      # Unspecified digits in any position: the hull of every date the digits allow
      156X-12-25     | 1560-12-25T00:00:00Z | 1569-12-26T00:00:00Z | 1560-12-25T00:00:00Z | 1569-12-26T00:00:00Z | DAY | false | false
      15XX-12-25     | 1500-12-25T00:00:00Z | 1599-12-26T00:00:00Z | 1500-12-25T00:00:00Z | 1599-12-26T00:00:00Z | DAY | false | false
      15XX-12-XX     | 1500-12-01T00:00:00Z | 1600-01-01T00:00:00Z | 1500-12-01T00:00:00Z | 1600-01-01T00:00:00Z | DAY | false | false
      15XX-01-3X     | 1500-01-30T00:00:00Z | 1599-02-01T00:00:00Z | 1500-01-30T00:00:00Z | 1599-02-01T00:00:00Z | DAY | false | false
      15XX-XX-25     | 1500-01-25T00:00:00Z | 1599-12-26T00:00:00Z | 1500-01-25T00:00:00Z | 1599-12-26T00:00:00Z | DAY | false | false
      1500-1X-25     | 1500-10-25T00:00:00Z | 1500-12-26T00:00:00Z | 1500-10-25T00:00:00Z | 1500-12-26T00:00:00Z | DAY | false | false
      15XX-0X-25     | 1500-01-25T00:00:00Z | 1599-09-26T00:00:00Z | 1500-01-25T00:00:00Z | 1599-09-26T00:00:00Z | DAY | false | false
      15XX-X2        | 1500-02-01T00:00:00Z | 1600-01-01T00:00:00Z | 1500-02-01T00:00:00Z | 1600-01-01T00:00:00Z | MONTH | false | false
      1XXX-XX        | 1000-01-01T00:00:00Z | 2000-01-01T00:00:00Z | 1000-01-01T00:00:00Z | 2000-01-01T00:00:00Z | MONTH | false | false
      1XXX-12        | 1000-12-01T00:00:00Z | 2000-01-01T00:00:00Z | 1000-12-01T00:00:00Z | 2000-01-01T00:00:00Z | MONTH | false | false
      1XX3           | 1003-01-01T00:00:00Z | 1994-01-01T00:00:00Z | 1003-01-01T00:00:00Z | 1994-01-01T00:00:00Z | YEAR | false | false
      1X5X           | 1050-01-01T00:00:00Z | 1960-01-01T00:00:00Z | 1050-01-01T00:00:00Z | 1960-01-01T00:00:00Z | YEAR | false | false
      XXXX           | 0000-01-01T00:00:00Z | +10000-01-01T00:00:00Z | 0000-01-01T00:00:00Z | +10000-01-01T00:00:00Z | YEAR | false | false
      -1XXX          | -1999-01-01T00:00:00Z | -0999-01-01T00:00:00Z | -1999-01-01T00:00:00Z | -0999-01-01T00:00:00Z | YEAR | false | false
      XXXX-12-XX     | 0000-12-01T00:00:00Z | +10000-01-01T00:00:00Z | 0000-12-01T00:00:00Z | +10000-01-01T00:00:00Z | DAY | false | false
      XXXX-02-29     | 0000-02-29T00:00:00Z | 9996-03-01T00:00:00Z | 0000-02-29T00:00:00Z | 9996-03-01T00:00:00Z | DAY | false | false
      20X4-XX-1X     | 2004-01-10T00:00:00Z | 2094-12-20T00:00:00Z | 2004-01-10T00:00:00Z | 2094-12-20T00:00:00Z | DAY | false | false
      1984-1X        | 1984-10-01T00:00:00Z | 1985-01-01T00:00:00Z | 1984-10-01T00:00:00Z | 1985-01-01T00:00:00Z | MONTH | false | false
      2004-XX-11     | 2004-01-11T00:00:00Z | 2004-12-12T00:00:00Z | 2004-01-11T00:00:00Z | 2004-12-12T00:00:00Z | DAY | false | false
      2004-06-1X     | 2004-06-10T00:00:00Z | 2004-06-20T00:00:00Z | 2004-06-10T00:00:00Z | 2004-06-20T00:00:00Z | DAY | false | false
      20XX-21        | 2000-03-01T00:00:00Z | 2099-06-01T00:00:00Z | 2000-03-01T00:00:00Z | 2099-06-01T00:00:00Z | SEASON | false | false
      201X-24        | 2010-12-01T00:00:00Z | 2020-03-01T00:00:00Z | 2010-12-01T00:00:00Z | 2020-03-01T00:00:00Z | SEASON | false | false
      1800/1X01      | 1800-01-01T00:00:00Z | 1801-01-01T00:00:00Z | 1800-01-01T00:00:00Z | 1902-01-01T00:00:00Z | YEAR | false | false
      # Exponential years and significant digits, read as the years they allow
      Y17E7          | +170000000-01-01T00:00:00Z | +170000001-01-01T00:00:00Z | +170000000-01-01T00:00:00Z | +170000001-01-01T00:00:00Z | YEAR | false | false
      Y-17E7         | -170000000-01-01T00:00:00Z | -169999999-01-01T00:00:00Z | -170000000-01-01T00:00:00Z | -169999999-01-01T00:00:00Z | YEAR | false | false
      Y2E3           | 2000-01-01T00:00:00Z | 2001-01-01T00:00:00Z | 2000-01-01T00:00:00Z | 2001-01-01T00:00:00Z | YEAR | false | false
      1950S2         | 1900-01-01T00:00:00Z | 2000-01-01T00:00:00Z | 1900-01-01T00:00:00Z | 2000-01-01T00:00:00Z | YEAR | false | false
      1950S4         | 1950-01-01T00:00:00Z | 1951-01-01T00:00:00Z | 1950-01-01T00:00:00Z | 1951-01-01T00:00:00Z | YEAR | false | false
      -1950S2        | -1999-01-01T00:00:00Z | -1899-01-01T00:00:00Z | -1999-01-01T00:00:00Z | -1899-01-01T00:00:00Z | YEAR | false | false
      Y171010000S3   | +171000000-01-01T00:00:00Z | +172000000-01-01T00:00:00Z | +171000000-01-01T00:00:00Z | +172000000-01-01T00:00:00Z | YEAR | false | false
      Y17101000S3    | +17100000-01-01T00:00:00Z | +17200000-01-01T00:00:00Z | +17100000-01-01T00:00:00Z | +17200000-01-01T00:00:00Z | YEAR | false | false
      Y17101E4S3     | +171000000-01-01T00:00:00Z | +172000000-01-01T00:00:00Z | +171000000-01-01T00:00:00Z | +172000000-01-01T00:00:00Z | YEAR | false | false
      Y-17101E3S3    | -17199999-01-01T00:00:00Z | -17099999-01-01T00:00:00Z | -17199999-01-01T00:00:00Z | -17099999-01-01T00:00:00Z | YEAR | false | false
      Y3388E2S3      | +338000-01-01T00:00:00Z | +339000-01-01T00:00:00Z | +338000-01-01T00:00:00Z | +339000-01-01T00:00:00Z | YEAR | false | false
      # One of a set: start and end both within the hull of its members
      '[2024-08, 2024-09]'            | 2024-08-01T00:00:00Z | 2024-10-01T00:00:00Z | 2024-08-01T00:00:00Z | 2024-10-01T00:00:00Z | MONTH | false | false
      '[1667, 1668, 1670..1672]'      | 1667-01-01T00:00:00Z | 1673-01-01T00:00:00Z | 1667-01-01T00:00:00Z | 1673-01-01T00:00:00Z | YEAR | false | false
      '[1667,1668, 1670..1672]'       | 1667-01-01T00:00:00Z | 1673-01-01T00:00:00Z | 1667-01-01T00:00:00Z | 1673-01-01T00:00:00Z | YEAR | false | false
      '[..1760-12-03]'                | MIN | 1760-12-04T00:00:00Z | MIN | 1760-12-04T00:00:00Z | DAY | false | false
      '[1760-12..]'                   | 1760-12-01T00:00:00Z | MAX | 1760-12-01T00:00:00Z | MAX | MONTH | false | false
      '[1760..]'                      | 1760-01-01T00:00:00Z | MAX | 1760-01-01T00:00:00Z | MAX | YEAR | false | false
      '[1760-01, 1760-02, 1760-12..]' | 1760-01-01T00:00:00Z | MAX | 1760-01-01T00:00:00Z | MAX | MONTH | false | false
      '[1667, 1672-12]'               | 1667-01-01T00:00:00Z | 1673-01-01T00:00:00Z | 1667-01-01T00:00:00Z | 1673-01-01T00:00:00Z | MONTH | false | false
      '[..2024-08]'                   | MIN | 2024-09-01T00:00:00Z | MIN | 2024-09-01T00:00:00Z | MONTH | false | false
      '[2024-08..2024-10]'            | 2024-08-01T00:00:00Z | 2024-11-01T00:00:00Z | 2024-08-01T00:00:00Z | 2024-11-01T00:00:00Z | MONTH | false | false
      '[..1984, 2004-06..2004-08]'    | MIN | 2004-09-01T00:00:00Z | MIN | 2004-09-01T00:00:00Z | MONTH | false | false
      '[2024]'                        | 2024-01-01T00:00:00Z | 2025-01-01T00:00:00Z | 2024-01-01T00:00:00Z | 2025-01-01T00:00:00Z | YEAR | false | false
      '[2024-08?, 2024-09]'           | 2024-08-01T00:00:00Z | 2024-10-01T00:00:00Z | 2024-08-01T00:00:00Z | 2024-10-01T00:00:00Z | MONTH | true | false
      '[?2024-08-~06, 2024-08-1X]'    | 2024-08-06T00:00:00Z | 2024-08-20T00:00:00Z | 2024-08-06T00:00:00Z | 2024-08-20T00:00:00Z | DAY | true | true
      '[2024-08-06T10:00:00Z, 2024-08-06T12:00:00Z]' | 2024-08-06T10:00:00Z | 2024-08-06T12:00:00Z | 2024-08-06T10:00:00Z | 2024-08-06T12:00:00Z | SECOND | false | false
      # All of a set: it covers every member, so it starts by the end of the first and ends after the start of the last
      '{2024-08, 2024-10}'            | 2024-08-01T00:00:00Z | 2024-09-01T00:00:00Z | 2024-10-01T00:00:00Z | 2024-11-01T00:00:00Z | MONTH | false | false
      '{1667, 1668, 1670..1672}'      | 1667-01-01T00:00:00Z | 1668-01-01T00:00:00Z | 1672-01-01T00:00:00Z | 1673-01-01T00:00:00Z | YEAR | false | false
      '{1960, 1961-12}'               | 1960-01-01T00:00:00Z | 1961-01-01T00:00:00Z | 1961-12-01T00:00:00Z | 1962-01-01T00:00:00Z | MONTH | false | false
      '{1960 ,  1961-12}'             | 1960-01-01T00:00:00Z | 1961-01-01T00:00:00Z | 1961-12-01T00:00:00Z | 1962-01-01T00:00:00Z | MONTH | false | false
      '{2024-08..2024-10}'            | 2024-08-01T00:00:00Z | 2024-09-01T00:00:00Z | 2024-10-01T00:00:00Z | 2024-11-01T00:00:00Z | MONTH | false | false
      '{..1760}'                      | MIN | 1761-01-01T00:00:00Z | MIN | 1761-01-01T00:00:00Z | YEAR | false | false
      '{1760..}'                      | 1760-01-01T00:00:00Z | MAX | 1760-01-01T00:00:00Z | MAX | YEAR | false | false
      '{2024-08-06, 2024-08-~09}'     | 2024-08-06T00:00:00Z | 2024-08-07T00:00:00Z | 2024-08-09T00:00:00Z | 2024-08-10T00:00:00Z | DAY | false | true
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
    assertThat(bounds.toString()).isEqualTo(text);
    assertThat(TimeBounds.parse(bounds.toString())).isEqualTo(bounds);
  }

  private static Instant instant(String text) {
    return text.equals("MIN") ? Instant.MIN : text.equals("MAX") ? Instant.MAX : Instant.parse(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      # Sets
      '[2024-08, 2024-09'     | a set opened with '[' needs a closing ']'
      '{1999'                 | a set opened with '{' needs a closing '}'
      '['                     | a set opened with '[' needs a closing ']'
      '[1999}'                | a set opened with '[' closes with ']', not '}'
      '{1999]'                | a set opened with '{' closes with '}', not ']'
      '[]'                    | a date is missing in the set; write its dates between commas, as in [2024-08, 2024-09]
      '[2024,,2025]'          | a date is missing in the set; write its dates between commas, as in [2024-08, 2024-09]
      '{2024, }'              | a date is missing in the set; write its dates between commas, as in [2024-08, 2024-09]
      '[..]'                  | '..' in a set needs a date: ..2024-08 (that date or earlier) or 2024-08.. (that date or later)
      '[..2024..]'            | ..2024.. is open at both ends and says nothing about when
      '[2024, ..2025]'        | only the first member of a set may be open before it, as in [..2024-08, 2024-10]
      '{2024.., 2025}'        | only the last member of a set may be open after it, as in [2024-08, 2024-10..]
      '[2025..2024]'          | the range 2025..2024 ends before it starts: 2024 ends by 2025-01-01T00:00:00Z, but 2025 starts at 2025-01-01T00:00:00Z or later
      '[..2024..2025]'        | the range ..2024..2025 is also open; write a range a..b or an open date
      '[2024/2025]'           | a set holds dates and ranges such as 2024-08..2024-10, not intervals with '/'
      '2024/[2025, 2026]'     | a set stands alone: it is neither an end of an interval nor a member of a set
      '[[2024]]'              | a set stands alone: it is neither an end of an interval nor a member of a set
      '[2024-13]'             | month 13 does not exist; months are 01 to 12, seasons 21 to 24
      '[2024-08, garbage]'    | expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21, or an interval such as 2024-08/2024-10
      # Qualifiers
      20?24                   | a qualifier ? ~ % stands right before or right after a year, month or day, as in ?2024-08-06, 2024-?08-06, 2024-08~-06 or 2024-08-06~
      -?0044                  | a qualifier ? ~ % stands right before or right after a year, month or day, as in ?2024-08-06, 2024-?08-06, 2024-08~-06 or 2024-08-06~
      2024-0?8                | a qualifier ? ~ % stands right before or right after a year, month or day, as in ?2024-08-06, 2024-?08-06, 2024-08~-06 or 2024-08-06~
      ?~2024                  | two qualifiers in a row; use one: ? (uncertain), ~ (approximate) or % (both)
      2024-08~?-06            | two qualifiers in a row; use one: ? (uncertain), ~ (approximate) or % (both)
      ?2024-08-06T10:00:00Z   | qualifiers ? ~ % apply to dates, not to date-times
      # Unspecified digits
      156X-09-31              | no calendar date matches 156X-09-31
      15XX-02-3X              | no calendar date matches 15XX-02-3X
      1XX1-02-29              | no calendar date matches 1XX1-02-29
      15XX-2X-25              | month 2X matches no month; months are 01 to 12
      20XX-13                 | month 13 does not exist; months are 01 to 12, seasons 21 to 24
      20XX-25                 | season 25 is EDTF level 2, which is not supported; use 21 to 24 (spring, summer, autumn, winter)
      2024-08-4X              | day 4X matches no day; days are 01 to 31
      2024-X8-32              | day 32 does not exist; days are 01 to 31
      2024-X8-00              | day 00 does not exist; days are 01 to 31
      -0000-XX                | year -0000 does not exist; year zero is 0000
      # Exponents and significant digits
      1950S5                  | S5 asks for 5 significant digits of the year 1950, which has 4; write S1 to S4
      1950S0                  | S0 asks for 0 significant digits of the year 1950, which has 4; write S1 to S4
      Y17E7S12                | S12 asks for 12 significant digits of the year 170000000, which has 9; write S1 to S9
      Y-17E8                  | year -1700000000 is outside the supported range -999999999 to 999999999 (java.time)
      Y1E100                  | the exponent E100 is too large; years run from -999999999 to 999999999 (java.time)
      Y2024S2                 | a Y-prefixed year needs more than four digits; write 2024 without the Y
      """)
  void parse_rejectsInvalidTextQuotingIt(String text, String reason) {
    assertThatThrownBy(() -> TimeBounds.parse(text))
        .isInstanceOf(EdtfParseException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid EDTF date \"" + text + "\": " + reason)
        .extracting(e -> ((EdtfParseException) e).text())
        .isEqualTo(text);
  }

  /**
   * Unspecified digits against brute force: a random date with random digits replaced by X (at
   * most two in the year) is bounded by the first and the last calendar day that the text allows,
   * found by trying every day of every year.
   */
  @ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987})
  void parse_boundsUnspecifiedDigitsByTheFirstAndLastDayTheyAllow(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 40; i++) {
      LocalDate date = LocalDate.of(1000 + random.nextInt(9000), 1, 1).plusDays(random.nextInt(366));
      char[] text = date.toString().toCharArray();
      int yearXs = 0;
      for (int position : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (random.nextInt(3) == 0 && (position > 3 || yearXs++ < 2)) {
          text[position] = 'X';
        }
      }
      String pattern = new String(text);
      LocalDate first = null;
      LocalDate last = null;
      for (int year = 0; year <= 9999; year++) {
        for (int month = 1; month <= 12 && allows(pattern, 0, year, 4); month++) {
          for (int day = 1; day <= YearMonth.of(year, month).lengthOfMonth() && allows(pattern, 5, month, 2); day++) {
            if (allows(pattern, 8, day, 2)) {
              first = first == null ? LocalDate.of(year, month, day) : first;
              last = LocalDate.of(year, month, day);
            }
          }
        }
      }
      TimeBounds bounds = TimeBounds.parse(pattern);
      assertThat(bounds.earliestStart()).as("seed %d: %s", seed, pattern).isEqualTo(EdtfParser.start(first));
      assertThat(bounds.latestEnd()).as("seed %d: %s", seed, pattern).isEqualTo(EdtfParser.end(last));
    }
  }

  /** Checks if {@code value}, in {@code width} digits, is allowed by the pattern's characters from {@code from}. */
  private static boolean allows(String pattern, int from, int value, int width) {
    int rest = value;
    for (int i = from + width - 1; i >= from; i--) {
      char c = pattern.charAt(i);
      if (c != 'X' && c - '0' != rest % 10) {
        return false;
      }
      rest /= 10;
    }
    return true;
  }

  @Test
  void parse_keepsTheTextOfASetThroughAnIntersection() {
    TimeBounds bounds = TimeBounds.parse("[2024-08, 2024-09] & not before 2024-08-15");

    assertThat(bounds.earliestStart()).isEqualTo(Instant.parse("2024-08-15T00:00:00Z"));
    assertThat(bounds.latestEnd()).isEqualTo(Instant.parse("2024-10-01T00:00:00Z"));
    assertThat(TimeBounds.parse(bounds.toString())).isEqualTo(bounds);
  }

  @Test
  void parse_oneOfASetLeavesMoreRoomThanAllOfIt() {
    TimeBounds oneOf = TimeBounds.parse("[2024-08, 2024-10]");
    TimeBounds allOf = TimeBounds.parse("{2024-08, 2024-10}");

    assertThat(oneOf.possibleRelations(TimeBounds.parse("2024-09"))).contains(IntervalRelation.BEFORE,
        IntervalRelation.AFTER);
    assertThat(allOf.possibleRelations(TimeBounds.parse("2024-09"))).contains(IntervalRelation.CONTAINS)
        .doesNotContain(IntervalRelation.BEFORE, IntervalRelation.AFTER, IntervalRelation.DURING);
  }
}
