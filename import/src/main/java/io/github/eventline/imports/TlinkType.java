package io.github.eventline.imports;

import static io.github.eventline.core.time.IntervalRelation.AFTER;
import static io.github.eventline.core.time.IntervalRelation.BEFORE;
import static io.github.eventline.core.time.IntervalRelation.CONTAINS;
import static io.github.eventline.core.time.IntervalRelation.DURING;
import static io.github.eventline.core.time.IntervalRelation.EQUALS;
import static io.github.eventline.core.time.IntervalRelation.FINISHED_BY;
import static io.github.eventline.core.time.IntervalRelation.FINISHES;
import static io.github.eventline.core.time.IntervalRelation.MEETS;
import static io.github.eventline.core.time.IntervalRelation.MET_BY;
import static io.github.eventline.core.time.IntervalRelation.STARTED_BY;
import static io.github.eventline.core.time.IntervalRelation.STARTS;

import com.google.common.collect.Sets;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * TimeML's TLINK relation types ({@code relType}; MEANTIME's {@code reltype} uses the same names),
 * each as the set of Allen relations it allows between its source {@code x} and its target
 * {@code y}, and, for an event linked to a dated time, as the bounds it gives the event. The table
 * is in {@code docs/imports.md}. Not public, by design.
 */
enum TlinkType {
  /** x ends before y starts. */
  BEFORE_(Placement.BEFORE, BEFORE),
  /** x starts after y ends. */
  AFTER_(Placement.AFTER, AFTER),
  /** x ends when y starts. */
  IBEFORE(Placement.BEFORE, MEETS),
  /** x starts when y ends. */
  IAFTER(Placement.AFTER, MET_BY),
  /** y lies within x (annotators also use it where y starts or ends x). */
  INCLUDES(Placement.ENCLOSES, CONTAINS, STARTED_BY, FINISHED_BY),
  /** x lies within y (annotators also use it where x starts or ends y). */
  IS_INCLUDED(Placement.WITHIN, DURING, STARTS, FINISHES),
  /** x holds throughout y: TimeML uses it for a state over a period, read as x within y or equal. */
  DURING_(Placement.WITHIN, DURING, STARTS, FINISHES, EQUALS),
  /** The inverse of {@link #DURING_}. */
  DURING_INV(Placement.ENCLOSES, CONTAINS, STARTED_BY, FINISHED_BY, EQUALS),
  /** x and y are the same interval. */
  SIMULTANEOUS(Placement.WITHIN, EQUALS),
  /** x and y are the same event (coreference), hence the same interval. */
  IDENTITY(Placement.WITHIN, EQUALS),
  /** x starts y and ends first. */
  BEGINS(Placement.WITHIN, STARTS),
  /** x ends y and starts last. */
  ENDS(Placement.WITHIN, FINISHES),
  /** y starts x and ends first. */
  BEGUN_BY(Placement.ENCLOSES, STARTED_BY),
  /** y ends x and starts last. */
  ENDED_BY(Placement.ENCLOSES, FINISHED_BY);

  /** Where an event linked to a time lies with respect to that time's period. */
  enum Placement { BEFORE, AFTER, WITHIN, ENCLOSES }

  private final Placement placement;
  private final Set<IntervalRelation> allen;

  TlinkType(Placement placement, IntervalRelation first, IntervalRelation... rest) {
    this.placement = placement;
    this.allen = Sets.immutableEnumSet(first, rest);
  }

  /**
   * Returns the type of a relType value, in upper case as TimeML writes it.
   *
   * @return the type, or empty if TimeML has no such type
   */
  static Optional<TlinkType> of(String relType) {
    for (TlinkType t : values()) {
      if (t.timemlName().equals(relType)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Returns the name TimeML gives the type. */
  String timemlName() {
    return name().endsWith("_") ? name().substring(0, name().length() - 1) : name();
  }

  /** Returns the Allen relations of x to y. */
  Set<IntervalRelation> allen() {
    return allen;
  }

  /** Returns the type that relates y to x. */
  TlinkType inverse() {
    Set<IntervalRelation> inverse = IntervalRelation.inverse(allen);
    for (TlinkType t : values()) {
      if (t.allen.equals(inverse)) {
        return t == IDENTITY ? SIMULTANEOUS : t;
      }
    }
    throw new AssertionError("no inverse of " + this);
  }

  /**
   * Returns the bounds an event x gets from this link to a dated time y: within y's bounds; before
   * y's start; after y's end; or spanning y. A period that is not exact gives the bounds that hold
   * for any period it may be (before the latest start it may have, and so on).
   *
   * @param time  the time y, not null
   * @return the event's bounds, labelled in words ({@code after 2005-11-05}), not null
   */
  TimeBounds timing(Timex3Values.Dated time) {
    TimeBounds y = time.bounds();
    String label = y.label();
    switch (placement) {
      case WITHIN:
        return y;
      case BEFORE:
        return TimeBounds.of(Instant.MIN, time.start(), Instant.MIN, time.start(), y.precision(), "before " + label);
      case AFTER:
        return TimeBounds.of(time.end(), Instant.MAX, time.end(), Instant.MAX, y.precision(), "after " + label);
      default:
        return TimeBounds.of(Instant.MIN, time.start(), time.end(), Instant.MAX, y.precision(), "spanning " + label);
    }
  }
}
