package io.github.eventline.core.time;

import io.github.eventline.core.time.EdtfParser.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates with unspecified digits {@code X} in any position (EDTF levels 1 and 2:
 * {@code 201X}, {@code 2024-XX-XX}, {@code 1XXX-12}, {@code 156X-12-25}, {@code 2024-1X-0X}): the
 * bounds are the hull of every calendar date the digits allow, at the precision of the unit
 * written. Not public, by design: the grammar is documented on {@link TimeBounds#parse(String)}.
 *
 * <p>A year with {@code X} has four digits, so at most 10,000 candidate years are examined; the
 * first and the last valid date are found by scanning from either end.
 */
final class UnspecifiedDigits {

  private UnspecifiedDigits() {}

  /**
   * Reads {@code body}, split by the caller into {@code year} ({@code -?[0-9X]{4}} or an expanded
   * year), {@code month} and {@code day} (two characters of {@code [0-9X]}, or null when absent).
   */
  static Span span(String body, String year, @Nullable String month, @Nullable String day, String text) {
    int[] years = years(year, text);
    int firstYear = years[0];
    int lastYear = years[years.length - 1];
    if (month == null) {
      return EdtfParser.span(EdtfParser.startOfYear(firstYear), EdtfParser.endOfYear(lastYear), Precision.YEAR);
    }
    if (day == null && month.indexOf('X') < 0 && Integer.parseInt(month) >= 21 && Integer.parseInt(month) <= 41) {
      int season = Integer.parseInt(month);
      return EdtfParser.span(EdtfParser.season(firstYear, season, text).earliest(),
          EdtfParser.season(lastYear, season, text).latest(), Precision.SEASON);
    }
    int[] months = matching(month, 12);
    if (months.length == 0) {
      throw new EdtfParseException(text, month.indexOf('X') < 0
          ? "month " + month + " does not exist; months are 01 to 12, seasons 21 to 24"
          : "month " + month + " matches no month; months are 01 to 12");
    }
    if (day == null) {
      YearMonth first = YearMonth.of(firstYear, months[0]);
      YearMonth last = YearMonth.of(lastYear, months[months.length - 1]);
      return EdtfParser.span(EdtfParser.start(first.atDay(1)), EdtfParser.end(last.atEndOfMonth()), Precision.MONTH);
    }
    int[] days = matching(day, 31);
    if (days.length == 0) {
      throw new EdtfParseException(text, "day " + day + (day.indexOf('X') < 0 ? " does not exist" : " matches no day")
          + "; days are 01 to 31");
    }
    LocalDate first = firstDate(years, months, days, true);
    LocalDate last = firstDate(years, months, days, false);
    if (first == null || last == null) {
      throw new EdtfParseException(text, "no calendar date matches " + body);
    }
    return EdtfParser.span(EdtfParser.start(first), EdtfParser.end(last), Precision.DAY);
  }

  /** Returns the years {@code year} allows, in ascending order; never empty. */
  private static int[] years(String year, String text) {
    if (year.indexOf('X') < 0) {
      return new int[] {(int) EdtfParser.year(year, text)};
    }
    boolean negative = year.startsWith("-");
    String digits = negative ? year.substring(1) : year;
    return IntStream.range(0, 10_000)
        .filter(n -> matches(digits, n))
        .map(n -> negative ? -n : n)
        .sorted()
        .toArray();
  }

  /** Returns the numbers from 1 to {@code max} that the two characters of {@code pattern} allow, ascending. */
  private static int[] matching(String pattern, int max) {
    return IntStream.rangeClosed(1, max).filter(n -> matches(pattern, n)).toArray();
  }

  /** Checks if {@code n}, written with as many digits as {@code pattern} has characters, matches it. */
  private static boolean matches(String pattern, int n) {
    int rest = n;
    for (int i = pattern.length() - 1; i >= 0; i--) {
      char c = pattern.charAt(i);
      if (c != 'X' && c - '0' != rest % 10) {
        return false;
      }
      rest /= 10;
    }
    return rest == 0;
  }

  /** Returns the earliest (or, if not {@code ascending}, the latest) valid date of the candidates, or null. */
  private static @Nullable LocalDate firstDate(int[] years, int[] months, int[] days, boolean ascending) {
    for (int y = 0; y < years.length; y++) {
      for (int m = 0; m < months.length; m++) {
        YearMonth yearMonth = YearMonth.of(years[at(y, years.length, ascending)], months[at(m, months.length, ascending)]);
        for (int d = 0; d < days.length; d++) {
          int day = days[at(d, days.length, ascending)];
          if (day <= yearMonth.lengthOfMonth()) {
            return yearMonth.atDay(day);
          }
        }
      }
    }
    return null;
  }

  private static int at(int index, int length, boolean ascending) {
    return ascending ? index : length - 1 - index;
  }
}
