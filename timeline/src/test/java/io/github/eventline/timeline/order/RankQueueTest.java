package io.github.eventline.timeline.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The queue gives up its ranks smallest first, as a binary heap does, across the words of every level. */
class RankQueueTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 63, 64, 65, 4_095, 4_096, 4_097, 262_145})
  void poll_givesTheSmallestHeld_asAHeapDoes(int capacity) {
    long seed = 0x5155_4555L + capacity;
    Random random = new Random(seed);
    RankQueue queue = new RankQueue(capacity);
    PriorityQueue<Integer> reference = new PriorityQueue<>();
    boolean[] held = new boolean[capacity];
    for (int step = 0; step < 20_000; step++) {
      // Adds smaller than the last polled too, as a topological order frees them.
      if (reference.isEmpty() || random.nextInt(3) > 0) {
        int rank = random.nextBoolean() ? random.nextInt(capacity) : capacity - 1 - random.nextInt(Math.min(capacity, 70));
        if (!held[rank]) {
          held[rank] = true;
          queue.add(rank);
          reference.add(rank);
        }
      } else {
        int expected = reference.poll();
        held[expected] = false;
        assertThat(queue.poll()).as("seed %d, step %d", seed, step).isEqualTo(expected);
      }
      assertThat(queue.size()).as("seed %d, step %d", seed, step).isEqualTo(reference.size());
    }
    while (!reference.isEmpty()) {
      assertThat(queue.poll()).as("seed %d", seed).isEqualTo(reference.poll());
    }
    assertThat(queue.size()).isZero();
  }

  @Test
  void poll_emptiedQueueRefilled_atTheLastWordOfEachLevel() {
    int capacity = 64 * 64 * 64 + 1;
    RankQueue queue = new RankQueue(capacity);
    queue.add(capacity - 1);
    queue.add(0);

    assertThat(queue.poll()).isZero();
    assertThat(queue.poll()).isEqualTo(capacity - 1);

    queue.add(64 * 64);
    queue.add(64 * 64 - 1);

    assertThat(queue.poll()).isEqualTo(64 * 64 - 1);
    assertThat(queue.poll()).isEqualTo(64 * 64);
    assertThat(queue.size()).isZero();
  }
}
