package io.github.eventline.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What is known about when something happened.
 *
 * <p>The real interval is half-open, {@code [start, end)}. A {@code TimeBounds} holds four instants:
 * {@code earliestStart <= start <= latestStart} and {@code earliestEnd <= end <= latestEnd}, with
 * {@code earliestStart <= earliestEnd} and {@code latestStart <= latestEnd}. {@link Instant#MIN}
 * and {@link Instant#MAX} mean unbounded. It also keeps the {@link Precision} and the label: the
 * text it was made from.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeBounds {

  private static final TimeBounds UNBOUNDED =
      new TimeBounds(Instant.MIN, Instant.MAX, Instant.MIN, Instant.MAX, Precision.NONE, "..", false, false);

  private final Instant earliestStart;
  private final Instant latestStart;
  private final Instant earliestEnd;
  private final Instant latestEnd;
  private final Precision precision;
  private final String label;
  private final boolean uncertain;
  private final boolean approximate;

  private TimeBounds(
      Instant earliestStart,
      Instant latestStart,
      Instant earliestEnd,
      Instant latestEnd,
      Precision precision,
      String label,
      boolean uncertain,
      boolean approximate) {
    this.earliestStart = earliestStart;
    this.latestStart = latestStart;
    this.earliestEnd = earliestEnd;
    this.latestEnd = latestEnd;
    this.precision = precision;
    this.label = label;
    this.uncertain = uncertain;
    this.approximate = approximate;
  }

  /**
   * Obtains bounds from the four instants, checking their order.
   *
   * @param earliestStart  the earliest possible start, {@link Instant#MIN} if unbounded, not null
   * @param latestStart  the latest possible start, {@link Instant#MAX} if unbounded, not null
   * @param earliestEnd  the earliest possible end (exclusive), {@link Instant#MIN} if unbounded, not null
   * @param latestEnd  the latest possible end (exclusive), {@link Instant#MAX} if unbounded, not null
   * @param precision  the precision the bounds were stated at, not null
   * @param label  the text the bounds were made from, not null
   * @return the bounds, not null
   * @throws IllegalArgumentException if the instants are out of order
   */
  public static TimeBounds of(
      Instant earliestStart,
      Instant latestStart,
      Instant earliestEnd,
      Instant latestEnd,
      Precision precision,
      String label) {
    return create(earliestStart, latestStart, earliestEnd, latestEnd, precision, label, false, false);
  }

  static TimeBounds create(
      Instant earliestStart,
      Instant latestStart,
      Instant earliestEnd,
      Instant latestEnd,
      Precision precision,
      String label,
      boolean uncertain,
      boolean approximate) {
    requireNonNull(earliestStart, "earliestStart");
    requireNonNull(latestStart, "latestStart");
    requireNonNull(earliestEnd, "earliestEnd");
    requireNonNull(latestEnd, "latestEnd");
    requireNonNull(precision, "precision");
    requireNonNull(label, "label");
    check(earliestStart, latestStart, "earliestStart", "latestStart", label);
    check(earliestEnd, latestEnd, "earliestEnd", "latestEnd", label);
    check(earliestStart, earliestEnd, "earliestStart", "earliestEnd", label);
    check(latestStart, latestEnd, "latestStart", "latestEnd", label);
    return new TimeBounds(
        earliestStart, latestStart, earliestEnd, latestEnd, precision, label, uncertain, approximate);
  }

  private static void check(Instant low, Instant high, String lowName, String highName, String label) {
    if (low.isAfter(high)) {
      throw new IllegalArgumentException(
          "Time bounds \"" + label + "\" out of order: " + lowName + " " + low + " is after " + highName + " " + high);
    }
  }

  /**
   * Obtains bounds from an EDTF (ISO 8601-2) string, levels 0 and 1: {@code 2024}, {@code 2024-08},
   * {@code 2024-08-06}, date-times, intervals {@code a/b} with open ({@code ..}) and unknown (empty)
   * ends, qualifiers {@code ? ~ %}, unspecified digits {@code X}, seasons 21-24, {@code Y}-prefixed
   * and negative years.
   *
   * <p>Bounds are calendar-exact and half-open: {@code 2024-08} starts on or after
   * {@code 2024-08-01T00:00Z} and ends by {@code 2024-09-01T00:00Z}.
   *
   * @param text  the EDTF text, not null
   * @return the bounds, labelled with the text, not null
   * @throws EdtfParseException if the text is not valid EDTF levels 0 or 1
   */
  public static TimeBounds parse(String text) {
    return EdtfParser.parse(requireNonNull(text, "text"));
  }

  /**
   * Returns bounds that say nothing: start and end unbounded.
   *
   * @return the unbounded bounds, not null
   */
  public static TimeBounds unbounded() {
    return UNBOUNDED;
  }

  /**
   * Obtains the bounds of a whole day, in UTC: {@code [date, date + 1 day)}.
   *
   * @param date  the day, not null
   * @return the bounds, with day precision, not null
   */
  public static TimeBounds on(LocalDate date) {
    requireNonNull(date, "date");
    Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return create(start, end, start, end, Precision.DAY, date.toString(), false, false);
  }

  /**
   * Obtains the bounds of something that happened within a month, in UTC: it starts and ends
   * within {@code [month, month + 1)}.
   *
   * @param month  the month, not null
   * @return the bounds, with month precision, not null
   */
  public static TimeBounds in(YearMonth month) {
    requireNonNull(month, "month");
    Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return create(start, end, start, end, Precision.MONTH, month.toString(), false, false);
  }

  /** Returns the earliest possible start, {@link Instant#MIN} if unbounded. @return the instant */
  public Instant earliestStart() {
    return earliestStart;
  }

  /** Returns the latest possible start, {@link Instant#MAX} if unbounded. @return the instant */
  public Instant latestStart() {
    return latestStart;
  }

  /** Returns the earliest possible (exclusive) end, {@link Instant#MIN} if unbounded. @return the instant */
  public Instant earliestEnd() {
    return earliestEnd;
  }

  /** Returns the latest possible (exclusive) end, {@link Instant#MAX} if unbounded. @return the instant */
  public Instant latestEnd() {
    return latestEnd;
  }

  /** Returns the precision the bounds were stated at. @return the precision, not null */
  public Precision precision() {
    return precision;
  }

  /** Returns the text the bounds were made from. @return the label, not null */
  public String label() {
    return label;
  }

  /** Checks if the source marked the date uncertain (EDTF {@code ?} or {@code %}). @return true if so */
  public boolean isUncertain() {
    return uncertain;
  }

  /** Checks if the source marked the date approximate (EDTF {@code ~} or {@code %}). @return true if so */
  public boolean isApproximate() {
    return approximate;
  }

  /** Checks if nothing bounds the start from below. @return true if the earliest start is {@link Instant#MIN} */
  public boolean isUnboundedStart() {
    return earliestStart.equals(Instant.MIN);
  }

  /** Checks if nothing bounds the end from above. @return true if the latest end is {@link Instant#MAX} */
  public boolean isUnboundedEnd() {
    return latestEnd.equals(Instant.MAX);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof TimeBounds other
        && earliestStart.equals(other.earliestStart)
        && latestStart.equals(other.latestStart)
        && earliestEnd.equals(other.earliestEnd)
        && latestEnd.equals(other.latestEnd)
        && precision == other.precision
        && label.equals(other.label)
        && uncertain == other.uncertain
        && approximate == other.approximate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(earliestStart, latestStart, earliestEnd, latestEnd, precision, label, uncertain, approximate);
  }

  /** Returns the label, the text the bounds were made from. @return the label, not null */
  @Override
  public String toString() {
    return label;
  }
}
