package io.github.eventline.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is known about when something happened.
 *
 * <p>The real interval is half-open, {@code [start, end)}. A {@code TimeBounds} holds four instants:
 * {@code earliestStart <= start <= latestStart} and {@code earliestEnd <= end <= latestEnd}, with
 * {@code earliestStart <= earliestEnd} and {@code latestStart <= latestEnd}. {@link Instant#MIN}
 * and {@link Instant#MAX} mean unbounded. It also keeps the {@link Precision} and the label: the
 * text it was made from.
 *
 * <pre>{@code
 * TimeBounds.parse("2024-08");                        // within August 2024
 * TimeBounds.early(YearMonth.of(2024, 8));            // "early 2024-08": days 1 to 10
 * TimeBounds.parse("2024-08").intersect(TimeBounds.notBefore(Instant.parse("2024-08-06T00:00:00Z")));
 * }</pre>
 *
 * <p>{@code toString()} returns the label, and {@link #parse(String)} reads back the label of every
 * factory. Two bounds are equal when their instants, precision, label and qualifiers are.
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
   * Obtains bounds from their text: EDTF (ISO 8601-2) levels 0 and 1 completely, the forms of
   * level 2 that news writes, or a form that the factories of this class write as labels, so that
   * {@code parse(b.toString())} equals {@code b} for the bounds of every factory. Every form read,
   * and the bounds it gives, is listed in the package description,
   * <a href="package-summary.html#text">the text of time bounds</a>.
   *
   * <p>Bounds are calendar-exact, in UTC, and half-open: {@code 2024-08} starts and ends within
   * {@code [2024-08-01T00:00Z, 2024-09-01T00:00Z)}. The precision is the unit written
   * ({@link Precision#DAY} for {@code 1985-04-XX}); an interval takes the finer of its ends.
   * Qualifiers are kept ({@link #isUncertain()}, {@link #isApproximate()}) and do not widen the
   * bounds.
   *
   * <pre>{@code
   * TimeBounds.parse("2024-08").latestEnd();        // 2024-09-01T00:00:00Z
   * TimeBounds.parse("2024-08/2024-10").latestStart(); // 2024-09-01T00:00:00Z
   * TimeBounds.parse("[2024-08, 2024-09]").latestEnd(); // 2024-10-01T00:00:00Z
   * }</pre>
   *
   * @param text  the text, not null
   * @return the bounds, labelled with the text, not null
   * @throws EdtfParseException if the text is not valid, with a message quoting it
   */
  public static TimeBounds parse(String text) {
    return TimeBoundsText.parse(requireNonNull(text, "text"));
  }

  /**
   * Returns bounds that say nothing: start and end unbounded. The label is {@code ..}.
   *
   * @return the unbounded bounds, not null
   */
  public static TimeBounds unbounded() {
    return UNBOUNDED;
  }

  /**
   * Obtains the bounds of an instant: start and end both at it, as for a date-time.
   * The label is {@code instant.toString()}.
   *
   * @param instant  the instant, not null
   * @return the point bounds, with second precision, not null
   */
  public static TimeBounds at(Instant instant) {
    requireNonNull(instant, "instant");
    return create(instant, instant, instant, instant, Precision.SECOND, instant.toString(), false, false);
  }

  /**
   * Obtains the bounds of something that happened within a day, in UTC: it starts and ends
   * within {@code [date, date + 1 day)}. The label is the date, as {@code 2024-08-06}.
   *
   * @param date  the day, not null
   * @return the bounds, with day precision, not null
   */
  public static TimeBounds on(LocalDate date) {
    return NewsTimes.on(requireNonNull(date, "date"));
  }

  /**
   * Obtains the bounds of something that happened within a month, in UTC: it starts and ends
   * within {@code [month, month + 1)}. The label is the month, as {@code 2024-08}, with a sign
   * before years of more than four digits as {@link LocalDate#toString()} writes them
   * ({@code +12345-08}).
   *
   * @param month  the month, not null
   * @return the bounds, with month precision, not null
   */
  public static TimeBounds in(YearMonth month) {
    return NewsTimes.in(requireNonNull(month, "month"));
  }

  /**
   * Obtains the bounds of something that happened within a year, in UTC. The label is the year
   * in EDTF: {@code 2024}, {@code -0044}, {@code Y12345}.
   *
   * @param year  the year, not null
   * @return the bounds, with year precision, not null
   */
  public static TimeBounds in(Year year) {
    return NewsTimes.in(requireNonNull(year, "year"));
  }

  /**
   * Obtains the bounds of something that happened between two days, both included: it starts on
   * or after the first day and ends by the end of the last. The label is
   * {@code between 2024-08-01 and 2024-08-10}.
   *
   * @param firstInclusive  the first day, not null
   * @param lastInclusive  the last day, not before the first, not null
   * @return the bounds, with day precision, not null
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static TimeBounds between(LocalDate firstInclusive, LocalDate lastInclusive) {
    return NewsTimes.between(requireNonNull(firstInclusive, "firstInclusive"), requireNonNull(lastInclusive, "lastInclusive"));
  }

  /**
   * Obtains the bounds of "early in the month": days 1 to 10. The label is {@code early 2024-08}.
   *
   * @param month  the month, not null
   * @return the bounds, with month precision (the statement names a month), not null
   */
  public static TimeBounds early(YearMonth month) {
    return NewsTimes.partOf(requireNonNull(month, "month"), 1, 10, "early ");
  }

  /**
   * Obtains the bounds of "mid-month": days 11 to 20. The label is {@code mid 2024-08}.
   *
   * @param month  the month, not null
   * @return the bounds, with month precision, not null
   */
  public static TimeBounds mid(YearMonth month) {
    return NewsTimes.partOf(requireNonNull(month, "month"), 11, 20, "mid ");
  }

  /**
   * Obtains the bounds of "late in the month": day 21 to the month's end. The label is
   * {@code late 2024-08}.
   *
   * @param month  the month, not null
   * @return the bounds, with month precision, not null
   */
  public static TimeBounds late(YearMonth month) {
    return NewsTimes.partOf(requireNonNull(month, "month"), 21, month.lengthOfMonth(), "late ");
  }

  /**
   * Obtains the bounds of "around a day": within the day widened by a margin on each side, marked
   * approximate. The label is {@code around 2024-08-06 ±P3D}.
   *
   * <pre>{@code
   * TimeBounds.around(LocalDate.of(2024, 8, 6), Period.ofDays(3)); // within [08-03, 08-10)
   * }</pre>
   *
   * @param date  the day, not null
   * @param margin  the margin on each side, not negative, not null
   * @return the approximate bounds, with day precision, not null
   * @throws IllegalArgumentException if the margin is negative or leaves java.time's range
   */
  public static TimeBounds around(LocalDate date, Period margin) {
    return NewsTimes.around(requireNonNull(date, "date"), requireNonNull(margin, "margin"));
  }

  /**
   * Obtains the bounds of something ongoing at an instant ("currently"): it started by then and
   * was not over. The label is {@code ongoing at 2024-12-14T10:00:00Z}.
   *
   * @param instant  the instant, not null
   * @return the bounds, not null
   */
  public static TimeBounds ongoingAt(Instant instant) {
    return ongoingAt(at(instant));
  }

  /**
   * Obtains the bounds of something ongoing at a time ("currently", in an article of a given day):
   * it started by the end of {@code at} ({@code latestStart = at.latestEnd()}) and was not over
   * before {@code at} began ({@code earliestEnd = at.earliestStart()}). The label is
   * {@code ongoing at } followed by {@code at}'s label, as in {@code ongoing at 2024-12-14}.
   * Precision and qualifiers come from {@code at}.
   *
   * @param at  when it was ongoing, not null
   * @return the bounds, not null
   */
  public static TimeBounds ongoingAt(TimeBounds at) {
    return NewsTimes.ongoingAt(requireNonNull(at, "at"));
  }

  /**
   * Obtains the bounds of something that started at or after an instant. The label is
   * {@code not before 2024-08-06T00:00:00Z}.
   *
   * @param instant  the earliest start, not null
   * @return the bounds, not null
   */
  public static TimeBounds notBefore(Instant instant) {
    return notBefore(at(instant));
  }

  /**
   * Obtains the bounds of something that started no earlier than {@code bound} could start: at
   * or after {@code bound.earliestStart()}. The label is {@code not before } followed by
   * {@code bound}'s label, as in {@code not before 2024-08}.
   *
   * @param bound  the bounds it did not start before, not null
   * @return the bounds, not null
   */
  public static TimeBounds notBefore(TimeBounds bound) {
    return NewsTimes.notBefore(requireNonNull(bound, "bound"));
  }

  /**
   * Obtains the bounds of something that was over by an instant. The label is
   * {@code not after 2024-08-06T00:00:00Z}.
   *
   * @param instant  the latest (exclusive) end, not null
   * @return the bounds, not null
   */
  public static TimeBounds notAfter(Instant instant) {
    return notAfter(at(instant));
  }

  /**
   * Obtains the bounds of something that was over by the time {@code bound} surely was: its end is
   * at most {@code bound.latestEnd()}, so {@code not after 2024-08} ends by
   * {@code 2024-09-01T00:00Z}. The label is {@code not after } followed by {@code bound}'s label.
   *
   * @param bound  the bounds it did not outlast, not null
   * @return the bounds, not null
   */
  public static TimeBounds notAfter(TimeBounds bound) {
    return NewsTimes.notAfter(requireNonNull(bound, "bound"));
  }

  /**
   * Returns the earliest possible start, {@link Instant#MIN} if unbounded.
   *
   * @return the instant
   */
  public Instant earliestStart() {
    return earliestStart;
  }

  /**
   * Returns the latest possible start, {@link Instant#MAX} if unbounded.
   *
   * @return the instant
   */
  public Instant latestStart() {
    return latestStart;
  }

  /**
   * Returns the earliest possible (exclusive) end, {@link Instant#MIN} if unbounded.
   *
   * @return the instant
   */
  public Instant earliestEnd() {
    return earliestEnd;
  }

  /**
   * Returns the latest possible (exclusive) end, {@link Instant#MAX} if unbounded.
   *
   * @return the instant
   */
  public Instant latestEnd() {
    return latestEnd;
  }

  /**
   * Returns the precision the bounds were stated at.
   *
   * @return the precision, not null
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the text the bounds were made from.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Checks if the source marked the date uncertain (EDTF {@code ?} or {@code %}).
   *
   * @return true if so
   */
  public boolean isUncertain() {
    return uncertain;
  }

  /**
   * Checks if the source marked the date approximate (EDTF {@code ~} or {@code %}).
   *
   * @return true if so
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * Checks if nothing bounds the start from below.
   *
   * @return true if the earliest start is {@link Instant#MIN}
   */
  public boolean isUnboundedStart() {
    return earliestStart.equals(Instant.MIN);
  }

  /**
   * Checks if nothing bounds the end from above.
   *
   * @return true if the latest end is {@link Instant#MAX}
   */
  public boolean isUnboundedEnd() {
    return latestEnd.equals(Instant.MAX);
  }

  /**
   * Checks if the bounds pin an instant: start and end both at the same instant, as for a
   * date-time. Only such bounds describe a point; all others leave room for a proper interval.
   *
   * @return true if all four bounds are the same instant
   */
  public boolean isInstant() {
    return earliestStart.equals(latestEnd);
  }

  /**
   * Returns a copy with another label; the bounds, precision and qualifiers stay. A label that
   * {@link #parse(String)} cannot read gives up the round trip through {@link #toString()}.
   *
   * @param label  the new label, not empty, not null
   * @return the relabelled bounds, not null
   * @throws IllegalArgumentException if the label is empty
   */
  public TimeBounds withLabel(String label) {
    requireNonNull(label, "label");
    if (label.isEmpty()) {
      throw new IllegalArgumentException("Time bounds \"" + this.label + "\": the label must not be empty");
    }
    return new TimeBounds(earliestStart, latestStart, earliestEnd, latestEnd, precision, label, uncertain, approximate);
  }

  /**
   * Obtains the tightest bounds that satisfy both these and {@code other}, for combining
   * compatible statements ("in August" and "not before 2024-08-06").
   *
   * <p>The latest start is also capped by the latest end, and the earliest end raised to the
   * earliest start. On the four bounds the operation is commutative and associative, and
   * {@link #unbounded()} is its identity. The label is {@code "a & b"}, the precision the finer
   * of both ({@link Precision#NONE} counting as coarsest), and a qualifier of either is kept.
   *
   * @param other  the other bounds, not null
   * @return the intersection, not null
   * @throws IllegalArgumentException if no interval satisfies both, naming both labels
   */
  public TimeBounds intersect(TimeBounds other) {
    requireNonNull(other, "other");
    return intersection(other).orElseThrow(() -> new IllegalArgumentException(
        "Time bounds \"" + label + "\" and \"" + other.label + "\" are disjoint: no interval satisfies both"));
  }

  /**
   * Obtains the tightest bounds that satisfy both these and {@code other}, as
   * {@link #intersect(TimeBounds)} does, or empty when none do.
   *
   * @param other  the other bounds, not null
   * @return the intersection, empty if the bounds are disjoint, not null
   */
  public Optional<TimeBounds> intersection(TimeBounds other) {
    requireNonNull(other, "other");
    Instant newEarliestStart = max(earliestStart, other.earliestStart);
    Instant newLatestEnd = min(latestEnd, other.latestEnd);
    Instant newLatestStart = min(min(latestStart, other.latestStart), newLatestEnd);
    Instant newEarliestEnd = max(max(earliestEnd, other.earliestEnd), newEarliestStart);
    if (newEarliestStart.isAfter(newLatestStart) || newEarliestEnd.isAfter(newLatestEnd)) {
      return Optional.empty();
    }
    return Optional.of(new TimeBounds(newEarliestStart, newLatestStart, newEarliestEnd, newLatestEnd,
        EdtfParser.finer(precision, other.precision), label + TimeBoundsText.AND + other.label,
        uncertain || other.uncertain, approximate || other.approximate));
  }

  /**
   * Returns the Allen relations still possible between something within these bounds (x) and
   * something within {@code other} (y).
   *
   * <p>Each is taken as a proper interval ({@code start < end}), so that something within
   * {@code 2024-08-06} ends by the next midnight and starts before it; bounds that pin an instant
   * ({@link #isInstant()}) are a point, classified as
   * {@link IntervalRelation#between(Instant, Instant, Instant, Instant)} does. Instants are
   * treated as dense, so the set may hold a relation that only a gap smaller than a nanosecond
   * would allow; it never misses a relation that concrete intervals within the bounds have.
   *
   * <pre>{@code
   * TimeBounds.parse("2024-08-06").possibleRelations(TimeBounds.parse("2024-08-07")); // {BEFORE, MEETS}
   * }</pre>
   *
   * @param other  the bounds of y, not null
   * @return the possible relations of x to y, an immutable non-empty set, not null
   */
  public Set<IntervalRelation> possibleRelations(TimeBounds other) {
    requireNonNull(other, "other");
    return RelationSolver.possibleRelations(this, other);
  }

  /**
   * Checks if this equals another object: same four bounds, precision, label and qualifiers.
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
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

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(earliestStart, latestStart, earliestEnd, latestEnd, precision, label, uncertain, approximate);
  }

  /**
   * Returns the label, the text the bounds were made from; {@link #parse(String)} reads it back.
   *
   * @return the label, not null
   */
  @Override
  public String toString() {
    return label;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
