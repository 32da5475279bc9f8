package io.github.eventline.core.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Allen's thirteen relations between two intervals {@code x} and {@code y}, read "x BEFORE y".
 *
 * <p>Exactly one relation holds between two proper intervals. Intervals are half-open,
 * {@code [start, end)}, so {@code [1, 3) MEETS [3, 5)}: they share no instant, yet nothing lies
 * between them. {@link #between(long, long, long, long)} classifies two concrete intervals, and
 * {@link #compose(IntervalRelation, IntervalRelation)} reasons over chains of relations, as in
 * Allen (1983), "Maintaining knowledge about temporal intervals".
 *
 * <p>Named disjunctions ({@link #PRECEDES}, {@link #INTERSECTS}, ...) are immutable sets.
 */
public enum IntervalRelation {
  /** x ends before y starts. */
  BEFORE,
  /** x ends exactly when y starts. */
  MEETS,
  /** x starts first, and they overlap, and y ends last. */
  OVERLAPS,
  /** x starts with y and ends first. */
  STARTS,
  /** x lies strictly inside y. */
  DURING,
  /** x ends with y and starts last. */
  FINISHES,
  /** x and y are the same interval. */
  EQUALS,
  /** y ends with x and starts last. */
  FINISHED_BY,
  /** y lies strictly inside x. */
  CONTAINS,
  /** y starts with x and ends first. */
  STARTED_BY,
  /** y starts first, and they overlap, and x ends last. */
  OVERLAPPED_BY,
  /** x starts exactly when y ends. */
  MET_BY,
  /** x starts after y ends. */
  AFTER;

  /** x comes first and shares no instant with y: {@code {BEFORE, MEETS}}. */
  public static final Set<IntervalRelation> PRECEDES = Sets.immutableEnumSet(BEFORE, MEETS);

  /** x comes last and shares no instant with y: {@code {MET_BY, AFTER}}. */
  public static final Set<IntervalRelation> FOLLOWS = Sets.immutableEnumSet(MET_BY, AFTER);

  /**
   * x and y share no instant: {@code {BEFORE, MEETS, MET_BY, AFTER}}, the union of
   * {@link #PRECEDES} and {@link #FOLLOWS}.
   */
  public static final Set<IntervalRelation> DISJOINT = Sets.immutableEnumSet(BEFORE, MEETS, MET_BY, AFTER);

  /**
   * x and y share at least one instant: the nine relations other than {@link #DISJOINT}'s four
   * ({@code OVERLAPS, STARTS, DURING, FINISHES, EQUALS, FINISHED_BY, CONTAINS, STARTED_BY,
   * OVERLAPPED_BY}). Because intervals are half-open, {@code MEETS} is not among them.
   */
  public static final Set<IntervalRelation> INTERSECTS =
      Sets.immutableEnumSet(EnumSet.range(OVERLAPS, OVERLAPPED_BY));

  /** Every instant of x lies in y: {@code {STARTS, DURING, FINISHES, EQUALS}}. */
  public static final Set<IntervalRelation> WITHIN = Sets.immutableEnumSet(STARTS, DURING, FINISHES, EQUALS);

  /** Every instant of y lies in x: {@code {EQUALS, FINISHED_BY, CONTAINS, STARTED_BY}}. */
  public static final Set<IntervalRelation> ENCLOSES =
      Sets.immutableEnumSet(EQUALS, FINISHED_BY, CONTAINS, STARTED_BY);

  /** All thirteen relations: nothing is known. */
  public static final Set<IntervalRelation> ALL = Sets.immutableEnumSet(EnumSet.allOf(IntervalRelation.class));

  /**
   * Returns the relation of y to x when this is the relation of x to y.
   *
   * <p>An involution: {@code r.inverse().inverse() == r}.
   *
   * @return the inverse relation, not null
   */
  public IntervalRelation inverse() {
    return values()[values().length - 1 - ordinal()];
  }

  /**
   * Returns the inverse of each relation of a set.
   *
   * @param relations  the relations of x to y, not null
   * @return the relations of y to x, an immutable set, not null
   */
  public static Set<IntervalRelation> inverse(Set<IntervalRelation> relations) {
    requireNonNull(relations, "relations");
    EnumSet<IntervalRelation> result = EnumSet.noneOf(IntervalRelation.class);
    for (IntervalRelation relation : relations) {
      result.add(relation.inverse());
    }
    return Sets.immutableEnumSet(result);
  }

  /**
   * Returns the relations that may hold between x and z when x {@code first} y and
   * y {@code second} z: Allen's composition table (1983).
   *
   * <p>For example, {@code compose(BEFORE, BEFORE)} is {@code {BEFORE}} and
   * {@code compose(DURING, CONTAINS)} is {@link #ALL}: two intervals inside a third may relate in
   * any way. The table obeys {@code compose(a, b) == inverse(compose(b.inverse(), a.inverse()))}.
   *
   * @param first  the relation of x to y, not null
   * @param second  the relation of y to z, not null
   * @return the possible relations of x to z, an immutable non-empty set, not null
   */
  public static Set<IntervalRelation> compose(IntervalRelation first, IntervalRelation second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return AllenTable.compose(first, second);
  }

  /**
   * Returns the relations that may hold between x and z when x relates to y by one of
   * {@code first} and y to z by one of {@code second}: the union of the pairwise compositions.
   *
   * <p>Empty when either set is empty: an inconsistent premise allows nothing.
   *
   * @param first  the possible relations of x to y, not null
   * @param second  the possible relations of y to z, not null
   * @return the possible relations of x to z, an immutable set, not null
   */
  public static Set<IntervalRelation> compose(Set<IntervalRelation> first, Set<IntervalRelation> second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    EnumSet<IntervalRelation> result = EnumSet.noneOf(IntervalRelation.class);
    for (IntervalRelation a : first) {
      for (IntervalRelation b : second) {
        result.addAll(AllenTable.compose(a, b));
      }
    }
    return Sets.immutableEnumSet(result);
  }

  /**
   * Obtains the relation between two concrete half-open intervals {@code x = [xStart, xEnd)} and
   * {@code y = [yStart, yEnd)}.
   *
   * <p>Allen's relations are defined for proper intervals ({@code start < end}). A point
   * ({@code start == end}) is accepted too and classified by where it falls, the end being
   * exclusive: a point at y's start STARTS y, a point strictly inside is DURING y, a point at y's
   * end is MET_BY y (it is no longer in y), and two equal points are EQUALS. So a point is never
   * said to MEET, FINISH or OVERLAP anything, and the inverse rule holds:
   * {@code between(y..., x...) == between(x..., y...).inverse()}.
   *
   * @param xStart  the start of x, inclusive
   * @param xEnd  the end of x, exclusive, not before {@code xStart}
   * @param yStart  the start of y, inclusive
   * @param yEnd  the end of y, exclusive, not before {@code yStart}
   * @return the one relation of x to y, not null
   * @throws IllegalArgumentException if an interval ends before it starts
   */
  public static IntervalRelation between(long xStart, long xEnd, long yStart, long yEnd) {
    checkOrder(Long.compare(xStart, xEnd), "x", xStart, xEnd);
    checkOrder(Long.compare(yStart, yEnd), "y", yStart, yEnd);
    return classify(
        Long.compare(xStart, yStart), Long.compare(xEnd, yEnd), Long.compare(xStart, yEnd),
        Long.compare(xEnd, yStart), xStart < xEnd, yStart < yEnd);
  }

  /**
   * Obtains the relation between two concrete half-open intervals of instants; see
   * {@link #between(long, long, long, long)} for points.
   *
   * @param xStart  the start of x, inclusive, not null
   * @param xEnd  the end of x, exclusive, not before {@code xStart}, not null
   * @param yStart  the start of y, inclusive, not null
   * @param yEnd  the end of y, exclusive, not before {@code yStart}, not null
   * @return the one relation of x to y, not null
   * @throws IllegalArgumentException if an interval ends before it starts
   */
  public static IntervalRelation between(Instant xStart, Instant xEnd, Instant yStart, Instant yEnd) {
    requireNonNull(xStart, "xStart");
    requireNonNull(xEnd, "xEnd");
    requireNonNull(yStart, "yStart");
    requireNonNull(yEnd, "yEnd");
    checkOrder(xStart.compareTo(xEnd), "x", xStart, xEnd);
    checkOrder(yStart.compareTo(yEnd), "y", yStart, yEnd);
    return classify(
        xStart.compareTo(yStart), xEnd.compareTo(yEnd), xStart.compareTo(yEnd),
        xEnd.compareTo(yStart), xStart.isBefore(xEnd), yStart.isBefore(yEnd));
  }

  private static void checkOrder(int comparison, String name, Object start, Object end) {
    if (comparison > 0) {
      throw new IllegalArgumentException(
          "Interval " + name + " ends before it starts: [" + start + ", " + end + ")");
    }
  }

  /** Classifies from the signs of the endpoint comparisons; see the point rules on between. */
  private static IntervalRelation classify(
      int starts, int ends, int xStartToYEnd, int xEndToYStart, boolean xProper, boolean yProper) {
    if (xEndToYStart < 0) {
      return BEFORE;
    }
    if (xStartToYEnd > 0) {
      return AFTER;
    }
    if (xEndToYStart == 0 && xProper) {
      return MEETS;
    }
    if (xStartToYEnd == 0 && yProper) {
      return MET_BY;
    }
    if (starts == 0) {
      return ends == 0 ? EQUALS : ends < 0 ? STARTS : STARTED_BY;
    }
    if (ends == 0) {
      return starts > 0 ? FINISHES : FINISHED_BY;
    }
    if (starts > 0) {
      return ends < 0 ? DURING : OVERLAPPED_BY;
    }
    return ends > 0 ? CONTAINS : OVERLAPS;
  }
}
