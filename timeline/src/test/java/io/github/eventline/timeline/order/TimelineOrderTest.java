package io.github.eventline.timeline.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.LargeStories;
import io.github.eventline.timeline.RandomStories;
import io.github.eventline.timeline.TimelineOptions;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.network.TemporalNetwork;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The order over points (no components computed) is the order over components, which it replaces when acyclic. */
class TimelineOrderTest {

  private static final long BASE_SEED = 0x0DE2_2024L;

  @RepeatedTest(200)
  void order_overPointsIsTheOrderOverComponents_onRandomStories(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Story story = RandomStories.generate(seed, seed % 2 == 0, (int) (seed % 4)).story;

    assertSameOrder(SolvedNetwork.inIdOrder(story, TimelineOptions.defaults()), seed);
  }

  @Test
  void order_overPointsIsTheOrderOverComponents_onALargeStory() {
    Story story = LargeStories.generate(20_000, 2, 11);

    assertSameOrder(SolvedNetwork.inStoryOrder(story, TimelineOptions.defaults()), 11);
  }

  @RepeatedTest(50)
  void order_overPointsIsTheOrderOverComponents_withManyTies(RepetitionInfo repetition) {
    long seed = BASE_SEED + 1_000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = 50 + random.nextInt(200);
    int points = 2 * n;
    int[] src = new int[n + 3 * n];
    int[] dst = new int[src.length];
    int[] w = new int[src.length];
    int[] org = new int[src.length];
    int count = 0;
    for (int i = 0; i < n; i++) {
      src[count] = 2 * i + 1;
      dst[count] = 2 * i;
      org[count++] = -1;
    }
    for (int k = 0; k < 3 * n; k++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (i < j) {
        // i.end <= j.start, or i.start <= j.start
        src[count] = 2 * j;
        dst[count] = random.nextBoolean() ? 2 * i + 1 : 2 * i;
        org[count++] = k;
      }
    }
    TemporalNetwork net = TemporalNetwork.of(points, count, src, dst, w, org, null);
    long[] lower = new long[points];
    long[] upper = new long[points];
    Arrays.fill(lower, TemporalNetwork.NEG_INF);
    Arrays.fill(upper, TemporalNetwork.INF);
    for (int i = 0; i < n; i++) {
      // Few distinct days, so that keys tie and anchors join ends to starts.
      if (random.nextInt(3) > 0) {
        long day = (i / 8 + random.nextInt(2)) * 86_400L;
        lower[2 * i] = day;
        upper[2 * i] = day + 86_400;
        lower[2 * i + 1] = day;
        upper[2 * i + 1] = day + (random.nextBoolean() ? 0 : 86_400);
      }
    }
    int[] pred = new int[points];
    net.propagateUpper(upper, pred);
    net.propagateLower(lower, pred);
    EventId[] ids = new EventId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = EventId.of("e" + random.nextInt(1_000_000) + "-" + i);
    }
    boolean consistent = true;
    for (int p = 0; p < points; p++) {
      consistent &= lower[p] <= upper[p];
    }
    if (consistent) {
      assertThat(TimelineOrder.order(net, lower, upper, ids))
          .as("seed %d", seed)
          .containsExactly(TimelineOrder.orderOverComponents(net, lower, upper, ids));
    }
  }

  @RepeatedTest(30)
  void order_overPointsIsTheOrderOverComponents_withLongRunsOfEqualKeys(RepetitionInfo repetition) {
    // Two or three distinct bounds for hundreds of events, ids sharing their first ten characters:
    // runs of equal bounds longer than the ranks' insertion sort, ids tied on eight characters.
    long seed = BASE_SEED + 2_000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = 100 + random.nextInt(300);
    int points = 2 * n;
    int[] src = new int[n + n];
    int[] dst = new int[src.length];
    int count = 0;
    for (int i = 0; i < n; i++) {
      src[count] = 2 * i + 1;
      dst[count++] = 2 * i;
    }
    for (int k = 0; k < n; k++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (i < j && random.nextInt(4) == 0) {
        src[count] = 2 * j;
        dst[count++] = 2 * i + 1;
      }
    }
    TemporalNetwork net = TemporalNetwork.of(points, count, src, dst, new int[count], new int[count], null);
    long[] lower = new long[points];
    long[] upper = new long[points];
    Arrays.fill(lower, TemporalNetwork.NEG_INF);
    Arrays.fill(upper, TemporalNetwork.INF);
    for (int i = 0; i < n; i++) {
      if (random.nextBoolean()) {
        long day = random.nextInt(2) * 86_400L;
        lower[2 * i] = day;
        upper[2 * i + 1] = day + 86_400;
      }
    }
    int[] pred = new int[points];
    net.propagateUpper(upper, pred);
    net.propagateLower(lower, pred);
    EventId[] ids = new EventId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = EventId.of("story-2024-" + random.nextInt(1_000) + "-" + i);
    }

    assertThat(TimelineOrder.order(net, lower, upper, ids))
        .as("seed %d", seed)
        .containsExactly(TimelineOrder.orderOverComponents(net, lower, upper, ids));
  }

  private static void assertSameOrder(SolvedNetwork net, long seed) {
    EventId[] ids = new EventId[net.eventCount()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = net.event(i).id();
    }
    int[] order = TimelineOrder.order(net.network(), net.lowerBounds(), net.upperBounds(), ids);
    int[] reference = TimelineOrder.orderOverComponents(net.network(), net.lowerBounds(), net.upperBounds(), ids);
    assertThat(order).as("seed %d", seed).containsExactly(reference);
  }
}
