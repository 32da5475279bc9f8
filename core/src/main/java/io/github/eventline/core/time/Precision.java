package io.github.eventline.core.time;

/**
 * How finely a {@link TimeBounds} was stated: "2024" has year precision, "2024-08-06" day precision.
 *
 * <p>Precision is kept on the value so that outputs never flatten a year into its first day.
 */
public enum Precision {
  /** A year, such as {@code 2024}. */
  YEAR,
  /** A season, such as {@code 2024-21} (spring 2024). */
  SEASON,
  /** A month, such as {@code 2024-08}. */
  MONTH,
  /** A day, such as {@code 2024-08-06}. */
  DAY,
  /** An hour of a day. */
  HOUR,
  /** A minute of a day. */
  MINUTE,
  /** A second of a day, or finer. */
  SECOND,
  /** No calendar precision: bounds given as instants, or unbounded. */
  NONE
}
