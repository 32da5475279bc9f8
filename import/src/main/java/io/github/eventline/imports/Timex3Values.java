package io.github.eventline.imports;

import io.github.eventline.core.time.TimeBounds;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code value} of a TIMEX3 (TimeML 1.2.1, ISO 8601 with TIDES extensions) read as
 * {@link TimeBounds}, through EDTF where EDTF can say it. Not public, by design.
 *
 * <p>A value that names a calendar period exactly ({@code 2005-11-05}, {@code 2006-11},
 * {@code 2006-Q4}, {@code 2005-W45}, {@code 2007-SU}, a date-time) is {@linkplain Dated#exact
 * exact}: the expression is that period, from the bounds' earliest start to their latest end.
 * Other values (unspecified digits {@code XXXX-10-05}, a part of a day {@code 2005-11-05TMO},
 * {@code PAST_REF}) only bound the time they name. The relative values {@code PRESENT_REF},
 * {@code PAST_REF} and {@code FUTURE_REF} are resolved with the document's creation time.
 * Durations ({@code P18M}) and sets name no date.
 */
final class Timex3Values {

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|MI|AF|EV|NI|DT)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern DECADE = Pattern.compile("\\d{3}");
  private static final Pattern CENTURY = Pattern.compile("\\d{2}");
  private static final Pattern UNSPECIFIED = Pattern.compile("[\\dX]{4}(-[\\dX]{2}(-[\\dX]{2})?)?");
  private static final Pattern DURATION =
      Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)(DE|CE|ML|[YMWD])|T(\\d+(?:\\.\\d+)?)([HMS]))");

  private Timex3Values() {}

  /**
   * The time a TIMEX3 names.
   *
   * @param bounds  the bounds of the time
   * @param exact  true if the expression is the period from {@code bounds.earliestStart()} to
   *     {@code bounds.latestEnd()} exactly
   */
  record Dated(TimeBounds bounds, boolean exact) {

    /** Returns the latest the period can start: its start if exact. */
    java.time.Instant start() {
      return exact ? bounds.earliestStart() : bounds.latestStart();
    }

    /** Returns the earliest the period can end: its end if exact. */
    java.time.Instant end() {
      return exact ? bounds.latestEnd() : bounds.earliestEnd();
    }
  }

  /** A duration, {@code P18M}, as a figure and a UCUM unit: 18 {@code mo}. */
  record Duration(double value, String unit) {}

  /**
   * Reads a TIMEX3 value.
   *
   * @param value  the value attribute, not null
   * @param creationTime  the document's creation time, if known
   * @return the time named, or empty for a duration, a set or an empty value
   * @throws IllegalArgumentException naming the value, if it is not a form this class reads, if it
   *     is an impossible date, or if it is relative and the creation time is unknown
   */
  static Optional<Dated> read(String value, Optional<TimeBounds> creationTime) {
    String v = value.strip();
    switch (v) {
      case "PRESENT_REF":
        return Optional.of(new Dated(relative(v, creationTime), false));
      case "PAST_REF":
        return Optional.of(new Dated(TimeBounds.notAfter(relative(v, creationTime)), false));
      case "FUTURE_REF":
        return Optional.of(new Dated(TimeBounds.notBefore(relative(v, creationTime)), false));
      default:
        boolean undated = v.isEmpty() || v.startsWith("P") || v.startsWith("R") || v.contains("WXX");
        return undated ? Optional.empty() : Optional.of(calendar(v));
    }
  }

  private static TimeBounds relative(String value, Optional<TimeBounds> creationTime) {
    return creationTime.orElseThrow(() -> new IllegalArgumentException("\"" + value
        + "\" is relative to the document's creation time, and the document has none"
        + " (a TIMEX3 with functionInDocument=\"CREATION_TIME\")"));
  }

  private static Dated calendar(String v) {
    Matcher m;
    if (DATE.matcher(v).matches()) {
      return new Dated(TimeBounds.parse(v), true);
    }
    if ((m = DATE_TIME.matcher(v)).matches()) {
      String offset = m.group(5) == null ? "" : m.group(5);
      if (offset.length() == 5) {
        offset = offset.substring(0, 3) + ":" + offset.substring(3);
      }
      String seconds = m.group(4) == null ? "00" : m.group(4);
      return new Dated(TimeBounds.parse(m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + seconds + offset), true);
    }
    if ((m = PART_OF_DAY.matcher(v)).matches()) {
      return new Dated(TimeBounds.parse(m.group(1)), false);
    }
    if ((m = QUARTER.matcher(v)).matches()) {
      LocalDate first = LocalDate.of(year(m), 3 * Integer.parseInt(m.group(2)) - 2, 1);
      return new Dated(TimeBounds.between(first, first.plusMonths(3).minusDays(1)), true);
    }
    if ((m = HALF.matcher(v)).matches()) {
      LocalDate first = LocalDate.of(year(m), 6 * Integer.parseInt(m.group(2)) - 5, 1);
      return new Dated(TimeBounds.between(first, first.plusMonths(6).minusDays(1)), true);
    }
    if ((m = SEASON.matcher(v)).matches()) {
      int season = 21 + "SPSUFAWI".indexOf(m.group(2)) / 2;
      return new Dated(TimeBounds.parse(m.group(1) + "-" + season), true);
    }
    if ((m = WEEK.matcher(v)).matches()) {
      return new Dated(week(v, m), true);
    }
    if (DECADE.matcher(v).matches()) {
      return new Dated(TimeBounds.parse(v + "X"), true);
    }
    if (CENTURY.matcher(v).matches()) {
      return new Dated(TimeBounds.parse(v + "XX"), true);
    }
    if (UNSPECIFIED.matcher(v).matches()) {
      return new Dated(TimeBounds.parse(v), false);
    }
    throw new IllegalArgumentException("\"" + v + "\" is not a TIMEX3 value this reader knows: expected a date"
        + " (2005-11-05, 2006-11, 2006), a date-time, a quarter (2006-Q4), a half (2006-H1), a season (2007-SU),"
        + " a week (2005-W45), a decade (199), a century (19), unspecified digits (XXXX-10-05), PRESENT_REF,"
        + " PAST_REF, FUTURE_REF, a duration (P18M) or a set");
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }

  private static TimeBounds week(String v, Matcher m) {
    int week = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year(m), 1, 4);
    if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      throw new IllegalArgumentException("\"" + v + "\" names week " + week + ", which year " + year(m) + " does not have");
    }
    LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return m.group(3) == null ? TimeBounds.between(monday, monday.plusDays(6))
        : TimeBounds.between(monday.plusDays(5), monday.plusDays(6));
  }

  /**
   * Reads a duration of one unit, {@code P18M} or {@code PT12H}.
   *
   * @param value  the value attribute, not null
   * @return the figure and its UCUM unit, or empty if the value is not a duration of one unit
   */
  static Optional<Duration> duration(String value) {
    Matcher m = DURATION.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      double figure = Double.parseDouble(m.group(1));
      switch (m.group(2)) {
        case "Y": return Optional.of(new Duration(figure, "a"));
        case "M": return Optional.of(new Duration(figure, "mo"));
        case "W": return Optional.of(new Duration(figure, "wk"));
        case "D": return Optional.of(new Duration(figure, "d"));
        case "ML": return Optional.of(new Duration(figure * 1000, "a"));
        case "CE": return Optional.of(new Duration(figure * 100, "a"));
        default: return Optional.of(new Duration(figure * 10, "a"));
      }
    }
    double figure = Double.parseDouble(m.group(3));
    String unit = m.group(4).equals("H") ? "h" : m.group(4).equals("M") ? "min" : "s";
    return Optional.of(new Duration(figure, unit));
  }
}
