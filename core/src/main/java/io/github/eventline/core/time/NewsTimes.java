package io.github.eventline.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;

/**
 * How news states time: the named factories of {@link TimeBounds} ("in August", "early August",
 * "around 6 August", "currently", "not before the offensive"), each with the label that
 * {@link TimeBounds#parse(String)} reads back. The arguments are checked for null by
 * {@code TimeBounds}. Not public, by design.
 */
final class NewsTimes {

  private NewsTimes() {}

  static TimeBounds on(LocalDate date) {
    return within(EdtfParser.start(date), EdtfParser.end(date), Precision.DAY, date.toString(), false);
  }

  static TimeBounds in(YearMonth month) {
    return within(EdtfParser.start(month.atDay(1)), EdtfParser.end(month.atEndOfMonth()), Precision.MONTH,
        EdtfParser.formatMonth(month), false);
  }

  static TimeBounds in(Year year) {
    return within(EdtfParser.start(year.atDay(1)), EdtfParser.end(year.atMonth(12).atEndOfMonth()),
        Precision.YEAR, EdtfParser.formatYear(year.getValue()), false);
  }

  static TimeBounds between(LocalDate firstInclusive, LocalDate lastInclusive) {
    if (lastInclusive.isBefore(firstInclusive)) {
      throw new IllegalArgumentException("between(" + firstInclusive + ", " + lastInclusive
          + "): the last day is before the first; swap them");
    }
    return within(EdtfParser.start(firstInclusive), EdtfParser.end(lastInclusive), Precision.DAY,
        "between " + firstInclusive + " and " + lastInclusive, false);
  }

  /** Days {@code firstDay} to {@code lastDay} of a month, labelled {@code word} and the month. */
  static TimeBounds partOf(YearMonth month, int firstDay, int lastDay, String word) {
    return within(EdtfParser.start(month.atDay(firstDay)), EdtfParser.end(month.atDay(lastDay)), Precision.MONTH,
        word + EdtfParser.formatMonth(month), false);
  }

  static TimeBounds around(LocalDate date, Period margin) {
    if (margin.getYears() < 0 || margin.getMonths() < 0 || margin.getDays() < 0) {
      throw new IllegalArgumentException("around(" + date + ", " + margin + "): the margin is negative");
    }
    try {
      return within(EdtfParser.start(date.minus(margin)), EdtfParser.end(date.plus(margin)), Precision.DAY,
          "around " + date + " ±" + margin, true);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("around(" + date + ", " + margin + "): " + e.getMessage(), e);
    }
  }

  static TimeBounds ongoingAt(TimeBounds at) {
    return TimeBounds.create(Instant.MIN, at.latestEnd(), at.earliestStart(), Instant.MAX, at.precision(),
        "ongoing at " + argument(at), at.isUncertain(), at.isApproximate());
  }

  static TimeBounds notBefore(TimeBounds bound) {
    return TimeBounds.create(bound.earliestStart(), Instant.MAX, bound.earliestStart(), Instant.MAX,
        bound.precision(), "not before " + argument(bound), bound.isUncertain(), bound.isApproximate());
  }

  static TimeBounds notAfter(TimeBounds bound) {
    return TimeBounds.create(Instant.MIN, bound.latestEnd(), Instant.MIN, bound.latestEnd(), bound.precision(),
        "not after " + argument(bound), bound.isUncertain(), bound.isApproximate());
  }

  /** Bounds whose start and end both lie in {@code [earliest, latest)}. */
  private static TimeBounds within(
      Instant earliest, Instant latest, Precision precision, String label, boolean approximate) {
    return TimeBounds.create(earliest, latest, earliest, latest, precision, label, false, approximate);
  }

  /** A label as the argument of a prefix form: in parentheses when it holds an intersection. */
  private static String argument(TimeBounds bounds) {
    return bounds.label().contains(TimeBoundsText.AND) ? "(" + bounds.label() + ")" : bounds.label();
  }
}
