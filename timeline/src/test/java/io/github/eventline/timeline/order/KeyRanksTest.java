package io.github.eventline.timeline.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.index.IdSort;
import io.github.eventline.timeline.network.TemporalNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The ranks are the order of {@link TimelineOrder#compare}, and the anchors those of the "before" graph. */
class KeyRanksTest {

  private static final long BASE_SEED = 0x4B45_5952L;
  private static final long INF = TemporalNetwork.INF;
  private static final long NEG_INF = TemporalNetwork.NEG_INF;

  @RepeatedTest(300)
  void ranks_areTheKeyOrder_andAnchorsAreTheSharedInstants(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = random.nextInt(4) == 0 ? random.nextInt(4) : 1 + random.nextInt(400);
    // Few distinct values, so that runs of equal bounds are long (some past the insertion sort's
    // sixteen), with the unbounded values among them; a tenth of the cases on a wide spread.
    long scale = random.nextBoolean() ? 86_400 : 1 + random.nextInt(7);
    long[] values = new long[1 + random.nextInt(6)];
    for (int v = 0; v < values.length; v++) {
      values[v] = random.nextInt(10) == 0 ? random.nextLong() / 8 : (random.nextInt(20) - 5) * scale;
    }
    long[] lower = new long[2 * n];
    long[] upper = new long[2 * n];
    for (int i = 0; i < n; i++) {
      lower[2 * i] = pick(random, values, NEG_INF);
      upper[2 * i + 1] = pick(random, values, INF);
      // The other two bounds now place the events whose start is open: drawn alike.
      lower[2 * i + 1] = pick(random, values, NEG_INF);
      upper[2 * i] = pick(random, values, INF);
    }
    assertRanks(lower, upper, ids(random, n), seed);
  }

  @Test
  void ranks_longRunsOfEqualBounds_byIdsPastTheirSharedPrefix() {
    // One run of 300: ids that share 10 characters, then ties on the first eight past any offset
    // ("...-aaaaaaaa1" and "...-aaaaaaaa2") and ids that are prefixes of others.
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      texts.add("event-2024-" + i);
      texts.add("event-2024-aaaaaaaa" + i);
      texts.add("event-2024-" + i + "0");
    }
    java.util.Collections.shuffle(texts, random);
    int n = texts.size();
    EventId[] ids = new EventId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = EventId.of(texts.get(i));
    }
    long[] lower = new long[2 * n];
    long[] upper = new long[2 * n];
    Arrays.fill(lower, NEG_INF);
    Arrays.fill(upper, INF);

    assertRanks(lower, upper, ids, 7);
  }

  @Test
  void ranks_extremeFiniteBounds_beyondTheUnboundedValues() {
    long[] starts = {Long.MIN_VALUE, NEG_INF, Long.MAX_VALUE, 0, INF, NEG_INF + 1, Long.MIN_VALUE, 5};
    int n = starts.length;
    long[] lower = new long[2 * n];
    long[] upper = new long[2 * n];
    for (int i = 0; i < n; i++) {
      lower[2 * i] = starts[i];
      upper[2 * i + 1] = starts[(i + 3) % n];
    }
    assertRanks(lower, upper, ids(new Random(3), n), 3);
  }

  @Test
  void ranks_noEvents() {
    KeyRanks ranks = new KeyRanks(new long[0], new long[0], new EventId[0]);

    assertThat(ranks.rank).isEmpty();
    assertThat(ranks.anchors).isZero();
  }

  @RepeatedTest(200)
  void radixSort_ofARange_isAStableSortByUnsignedKey(RepetitionInfo repetition) {
    // Ranges of every length up to a few hundred, so that the digit width follows the length, with
    // keys of few distinct values (stability shows) or of wide spread (several passes).
    long seed = BASE_SEED + 10_000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = random.nextInt(400);
    int from = n == 0 ? 0 : random.nextInt(n + 1);
    int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
    int bits = random.nextInt(65);
    long mask = bits == 64 ? -1L : (1L << bits) - 1;
    long[] values = new long[1 + random.nextInt(random.nextBoolean() ? 4 : 1_000)];
    for (int v = 0; v < values.length; v++) {
      values[v] = random.nextLong() & mask;
    }
    int[] idx = new int[n];
    long[] key = new long[n];
    for (int k = 0; k < n; k++) {
      idx[k] = k;
      key[k] = values[random.nextInt(values.length)];
    }
    Integer[] expected = new Integer[to - from];
    for (int k = from; k < to; k++) {
      expected[k - from] = k;
    }
    long[] before = key.clone();
    Arrays.sort(expected, (x, y) -> Long.compareUnsigned(before[x], before[y]));

    IdSort.radixSort(idx, key, from, to, bits, new int[n], new long[n]);

    for (int k = 0; k < n; k++) {
      if (k < from || k >= to) {
        assertThat(idx[k]).as("seed %d, outside at %d", seed, k).isEqualTo(k);
      } else {
        assertThat(idx[k]).as("seed %d, at %d", seed, k).isEqualTo(expected[k - from]);
        assertThat(key[k]).as("seed %d, key at %d", seed, k).isEqualTo(before[idx[k]]);
      }
    }
  }

  private static long pick(Random random, long[] values, long unbounded) {
    return random.nextInt(4) == 0 ? unbounded : values[random.nextInt(values.length)];
  }

  /** Distinct ids, some sharing long prefixes, some prefixes of others, in no order. */
  private static EventId[] ids(Random random, int n) {
    TreeSet<String> seen = new TreeSet<>();
    EventId[] ids = new EventId[n];
    for (int i = 0; i < n; i++) {
      String id;
      do {
        int kind = random.nextInt(3);
        id = kind == 0 ? "e" + random.nextInt(1000) : kind == 1 ? "story:2024-11-" + random.nextInt(100) : "x" + (char) ('a' + random.nextInt(3));
      } while (!seen.add(id));
      ids[i] = EventId.of(id);
    }
    return ids;
  }

  private static void assertRanks(long[] lower, long[] upper, EventId[] ids, long seed) {
    int n = ids.length;
    KeyRanks ranks = new KeyRanks(lower, upper, ids);
    TimelineOrder.Keys keys = new TimelineOrder.Keys(ids);
    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, (a, b) -> TimelineOrder.compare(a, b, lower, upper, keys));
    assertThat(ranks.byRank).as("seed %d", seed).containsExactly(Arrays.stream(expected).mapToInt(x -> x).toArray());
    // Given the order by id, made apart: the same ranks and anchors.
    int[] byId = IdSort.idOrder(ids);
    Integer[] sortedIds = new Integer[n];
    for (int i = 0; i < n; i++) {
      sortedIds[i] = i;
    }
    Arrays.sort(sortedIds, (a, b) -> ids[a].value().compareTo(ids[b].value()));
    assertThat(byId).as("seed %d", seed).containsExactly(Arrays.stream(sortedIds).mapToInt(x -> x).toArray());
    KeyRanks knowing = new KeyRanks(lower, upper, ids, byId);
    assertThat(knowing.byRank).as("seed %d", seed).containsExactly(ranks.byRank);
    assertThat(knowing.rank).as("seed %d", seed).containsExactly(ranks.rank);
    assertThat(knowing.anchors).as("seed %d", seed).isEqualTo(ranks.anchors);
    assertThat(knowing.ofEnd).as("seed %d", seed).containsExactly(ranks.ofEnd);
    assertThat(knowing.ofStart).as("seed %d", seed).containsExactly(ranks.ofStart);
    assertThat(knowing.startsFrom).as("seed %d", seed).containsExactly(ranks.startsFrom);
    assertThat(knowing.startsTo).as("seed %d", seed).containsExactly(ranks.startsTo);
    for (int i = 0; i < n; i++) {
      assertThat(ranks.byRank[ranks.rank[i]]).as("seed %d", seed).isEqualTo(i);
    }
    // The anchors: each instant both some finite latest end and some bounded earliest start.
    TreeSet<Long> ends = new TreeSet<>();
    TreeSet<Long> starts = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      if (upper[2 * i + 1] < INF) {
        ends.add(upper[2 * i + 1]);
      }
      if (lower[2 * i] > NEG_INF) {
        starts.add(lower[2 * i]);
      }
    }
    ends.retainAll(starts);
    assertThat(ranks.anchors).as("seed %d", seed).isEqualTo(ends.size());
    long[] time = new long[ranks.anchors];
    Arrays.fill(time, Long.MIN_VALUE);
    for (int i = 0; i < n; i++) {
      long end = upper[2 * i + 1];
      boolean endAnchored = end < INF && ends.contains(end);
      assertThat(ranks.ofEnd[i] >= 0).as("seed %d, end of %d", seed, i).isEqualTo(endAnchored);
      if (endAnchored) {
        assertThat(time[ranks.ofEnd[i]] == Long.MIN_VALUE || time[ranks.ofEnd[i]] == end).as("seed %d", seed).isTrue();
        time[ranks.ofEnd[i]] = end;
      }
    }
    for (int i = 0; i < n; i++) {
      long start = lower[2 * i];
      boolean startAnchored = start > NEG_INF && ends.contains(start);
      assertThat(ranks.ofStart[i] >= 0).as("seed %d, start of %d", seed, i).isEqualTo(startAnchored);
      if (startAnchored) {
        int a = ranks.ofStart[i];
        assertThat(time[a]).as("seed %d, start of %d", seed, i).isEqualTo(start);
        assertThat(ranks.rank[i]).as("seed %d", seed).isBetween(ranks.startsFrom[a], ranks.startsTo[a] - 1);
      }
    }
    for (int a = 0; a < ranks.anchors; a++) {
      for (int r = ranks.startsFrom[a]; r < ranks.startsTo[a]; r++) {
        assertThat(ranks.ofStart[ranks.byRank[r]]).as("seed %d, anchor %d", seed, a).isEqualTo(a);
      }
    }
  }
}
