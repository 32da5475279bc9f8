package io.github.eventline.core.time;

import java.time.Instant;
import java.util.Random;

/**
 * Random bounds for brute-force property tests, shared with the other modules' tests (through
 * core's test jar): small enough that every solution can be enumerated.
 */
public final class TimeBoundsGrids {

  private TimeBoundsGrids() {}

  /**
   * Returns bounds on multiples of 5 seconds in [0, 25] (epoch seconds), often touching another's,
   * one time in six an instant.
   *
   * @param random  the source of randomness, not null
   * @return the bounds, not null
   */
  public static TimeBounds smallGrid(Random random) {
    long[] v = new long[4];
    for (int i = 0; i < 4; i++) {
      v[i] = 5L * random.nextInt(5);
    }
    if (random.nextInt(6) == 0) {
      return TimeBounds.at(Instant.ofEpochSecond(v[0]));
    }
    long latestStart = Math.max(v[0], v[1]);
    long earliestEnd = Math.max(v[0], v[2]);
    long latestEnd = Math.max(Math.max(latestStart, earliestEnd), Math.max(v[3], v[0] + 5));
    return TimeBounds.of(Instant.ofEpochSecond(v[0]), Instant.ofEpochSecond(latestStart),
        Instant.ofEpochSecond(earliestEnd), Instant.ofEpochSecond(latestEnd), Precision.NONE, "g");
  }
}
