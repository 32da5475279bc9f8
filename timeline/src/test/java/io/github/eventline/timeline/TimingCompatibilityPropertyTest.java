package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.core.time.TimeBoundsGrids;
import io.github.eventline.timeline.reconcile.Values;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Values.compatible} on timings against brute force: on a grid of multiples of 5 seconds,
 * every integer second is a candidate endpoint, so an interval on whole seconds exists exactly
 * when any does. Two bounds agree when some interval satisfies both and is not empty, or when
 * one of them pins an instant and that point lies within the other's four bounds.
 */
class TimingCompatibilityPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> 0xB0_0DD5_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void compatible_isExactOnAGrid_andSymmetric(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      TimeBounds a = TimeBoundsGrids.smallGrid(random);
      TimeBounds b = TimeBoundsGrids.smallGrid(random);
      String context = "seed " + seed + ": " + describe(a) + " vs " + describe(b);

      assertThat(Values.compatible(a, b)).as(context).isEqualTo(witnessed(a, b));
      assertThat(Values.compatible(b, a)).as(context).isEqualTo(Values.compatible(a, b));
      if (Values.compatible(a, b)) {
        // What they agree on lies within both; TimeBounds.intersection agrees that something does.
        TimeBounds merged = Values.intersect(a, b);
        assertThat(Values.compatible(merged, a)).as(context).isTrue();
        assertThat(Values.compatible(merged, b)).as(context).isTrue();
        assertThat(a.intersection(b)).as(context).isPresent();
      }
    }
  }

  /** Whether some interval on whole seconds satisfies both: proper, or the point an instant pins. */
  private static boolean witnessed(TimeBounds a, TimeBounds b) {
    boolean point = a.isInstant() || b.isInstant();
    for (long s = 0; s <= 25; s++) {
      for (long e = s; e <= 25; e++) {
        if ((s < e || point) && within(a, s, e) && within(b, s, e)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean within(TimeBounds b, long s, long e) {
    return b.earliestStart().getEpochSecond() <= s && s <= b.latestStart().getEpochSecond()
        && b.earliestEnd().getEpochSecond() <= e && e <= b.latestEnd().getEpochSecond();
  }

  private static String describe(TimeBounds b) {
    return "[" + b.earliestStart().getEpochSecond() + ", " + b.latestStart().getEpochSecond() + "; "
        + b.earliestEnd().getEpochSecond() + ", " + b.latestEnd().getEpochSecond() + "]";
  }
}
