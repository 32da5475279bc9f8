package io.github.eventline.timeline.points;

import java.time.Instant;

/**
 * Time in the network's unit, whole epoch seconds: a lower bound rounded down to the second, an
 * upper bound up, {@link Instant#MIN} and {@link Instant#MAX} standing for unbounded. O(1) each.
 */
public final class Seconds {

  private Seconds() {}

  /**
   * Returns an instant as a lower bound: its epoch second, rounded down.
   *
   * @param t  the instant, not null
   * @return the epoch second at or before {@code t}
   */
  public static long floor(Instant t) {
    return t.getEpochSecond();
  }

  /**
   * Returns an instant as an upper bound: its epoch second, rounded up.
   *
   * @param t  the instant, not null
   * @return the epoch second at or after {@code t}
   */
  public static long ceil(Instant t) {
    return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
  }

  /**
   * Returns a bound in seconds as an instant, {@link Instant#MIN} or {@link Instant#MAX} beyond
   * the range of instants (the network's infinities).
   *
   * @param seconds  the epoch second
   * @return the instant, not null
   */
  public static Instant toInstant(long seconds) {
    if (seconds <= Instant.MIN.getEpochSecond()) {
      return Instant.MIN;
    }
    if (seconds >= Instant.MAX.getEpochSecond()) {
      return Instant.MAX;
    }
    return Instant.ofEpochSecond(seconds);
  }
}
