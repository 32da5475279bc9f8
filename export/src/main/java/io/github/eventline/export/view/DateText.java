package io.github.eventline.export.view;

import io.github.eventline.core.time.Precision;
import java.time.LocalDateTime;
import java.util.Locale;

/** Calendar times written at a precision, ISO 8601 style, years before the common era included. */
final class DateText {

  private DateText() {}

  /**
   * Returns a time at a precision: {@code 2024} for a year, {@code 2024-08} for a season or month,
   * {@code 2024-08-06} for a day, {@code 2024-08-06 10:00} for an hour or a minute, seconds for
   * a second. Without precision, the day, and the time of day if it is not midnight.
   */
  static String of(LocalDateTime t, Precision precision) {
    String year = year(t.getYear());
    String month = year + "-" + two(t.getMonthValue());
    String day = month + "-" + two(t.getDayOfMonth());
    String minute = day + " " + two(t.getHour()) + ":" + two(t.getMinute());
    String second = minute + ":" + two(t.getSecond());
    switch (precision) {
      case YEAR:
        return year;
      case SEASON:
      case MONTH:
        return month;
      case DAY:
        return day;
      case HOUR:
      case MINUTE:
        return minute;
      case SECOND:
        return second;
      case NONE:
      default:
        if (t.getSecond() != 0 || t.getNano() != 0) {
          return second;
        }
        return t.getHour() == 0 && t.getMinute() == 0 ? day : minute;
    }
  }

  /** Returns an ISO 8601 proleptic year: four digits at least, a sign before year 0. */
  static String year(int year) {
    if (year >= 0 && year <= 9999) {
      return String.format(Locale.ROOT, "%04d", year);
    }
    return year < 0 ? String.format(Locale.ROOT, "-%04d", -(long) year) : "+" + year;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
