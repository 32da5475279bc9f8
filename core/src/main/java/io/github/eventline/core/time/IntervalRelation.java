package io.github.eventline.core.time;

/**
 * Allen's thirteen relations between two intervals {@code x} and {@code y}, read "x BEFORE y".
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

  /**
   * Returns the relation of y to x when this is the relation of x to y.
   *
   * @return the inverse relation, not null
   */
  public IntervalRelation inverse() {
    return values()[values().length - 1 - ordinal()];
  }
}
