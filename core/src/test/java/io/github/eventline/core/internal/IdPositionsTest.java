package io.github.eventline.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.CollidingIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Ids to positions: as a map of the first (or last) position of each id would answer, colliding hashes included. */
class IdPositionsTest {

  private static final long BASE_SEED = 0x1D05_2026L;

  @RepeatedTest(30)
  void putIfAbsentAndPut_answerAsAMapWould(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = random.nextInt(3_000);
    IdPositions<String> firsts = new IdPositions<>(n);
    IdPositions<String> lasts = new IdPositions<>(n);
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < n; i++) {
      // few enough ids that some repeat
      String id = "e" + random.nextInt(Math.max(1, n));
      Integer expectedFirst = first.putIfAbsent(id, i);
      Integer expectedLast = last.put(id, i);
      assertThat(firsts.putIfAbsent(id, i)).as("seed %d, %s", seed, id).isEqualTo(expectedFirst == null ? -1 : expectedFirst);
      assertThat(lasts.put(id, i)).as("seed %d, %s", seed, id).isEqualTo(expectedLast == null ? -1 : expectedLast);
    }
    for (int k = 0; k < n + 100; k++) {
      String id = "e" + k;
      assertThat(firsts.indexOf(new String(id))).as("seed %d, %s", seed, id).isEqualTo(first.getOrDefault(id, -1));
      assertThat(lasts.indexOf(new String(id))).as("seed %d, %s", seed, id).isEqualTo(last.getOrDefault(id, -1));
    }
    assertThat(firsts.size()).as("seed %d", seed).isEqualTo(first.size());
    assertThat(firsts.isFallback()).as("seed %d", seed).isFalse();
  }

  @Test
  void idsWhoseHashesAllCollide_fallBackToAHashMap_keepingThePositionsPutBefore() {
    List<String> ids = CollidingIds.of(9);
    IdPositions<String> positions = new IdPositions<>(ids.size() + 1);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(positions.putIfAbsent(ids.get(i), i)).as(ids.get(i)).isEqualTo(-1);
    }

    assertThat(positions.isFallback()).isTrue();
    assertThat(positions.putIfAbsent(ids.get(3), 999)).isEqualTo(3);
    assertThat(positions.put(ids.get(4), 998)).isEqualTo(4);
    assertThat(positions.size()).isEqualTo(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      assertThat(positions.indexOf(new String(ids.get(i)))).as(ids.get(i)).isEqualTo(i == 4 ? 998 : i);
    }
    assertThat(positions.indexOf("AaAaAaAaAaAaAaAaAaAa")).isEqualTo(-1);
  }

  @Test
  void fewCollidingIds_stayOpenAddressing() {
    List<String> ids = CollidingIds.of(6);
    IdPositions<String> positions = IdPositions.of(ids, id -> id);

    assertThat(positions.isFallback()).isFalse();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(positions.indexOf(ids.get(i))).as(ids.get(i)).isEqualTo(i);
    }
    assertThat(positions.indexOf("BBBBBBBBBBBBBBBBBBBB")).isEqualTo(-1);
  }

  @Test
  void emptyIndex_findsNothing() {
    IdPositions<String> positions = IdPositions.of(List.<String>of(), id -> id);

    assertThat(positions.indexOf("e0")).isEqualTo(-1);
    assertThat(positions.size()).isZero();
  }
}
