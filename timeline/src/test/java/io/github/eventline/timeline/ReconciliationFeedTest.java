package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class ReconciliationFeedTest {

  private static final long BASE_SEED = 0xFEED_2024L;

  /** One call of {@link Reconciliation.Feed#add}. */
  private record Input(
      ClaimKey key, Assertion assertion, Optional<TimeBounds> stated, Optional<AssertionId> supersededBy, boolean reversed,
      boolean implied) {}

  @RepeatedTest(50)
  void feed_accumulatedInAnyPartition_givesTheVerdictsOfReconciliation(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Story story = RandomClaims.story(random, 5 + random.nextInt(40));
    List<ReconciliationPolicy> policies = List.of(ReconciliationPolicy.defaults(),
        ReconciliationPolicy.mostReliableSource(), ReconciliationPolicy.latestStatement());
    for (ReconciliationPolicy policy : policies) {
      List<ClaimKey> questions = new ArrayList<>();
      List<Input> inputs = new ArrayList<>();
      Reconciliation.feed(story, policy, new Reconciliation.Feed() {
        @Override
        public void question(ClaimKey key) {
          questions.add(key);
        }

        @Override
        public void add(
            ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> by, boolean reversed) {
          inputs.add(new Input(key, a, stated, by, reversed, false));
        }

        @Override
        public void implied(ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> by) {
          inputs.add(new Input(key, a, stated, by, false, true));
        }
      });
      Collections.shuffle(inputs, random);
      // Two partitions, accumulated apart and merged, as a distributed engine does.
      Map<ClaimKey, ClaimAccumulator> left = new HashMap<>();
      Map<ClaimKey, ClaimAccumulator> right = new HashMap<>();
      questions.forEach(k -> left.computeIfAbsent(k, ClaimAccumulator::of));
      for (Input in : inputs) {
        ClaimAccumulator acc = (random.nextBoolean() ? left : right).computeIfAbsent(in.key(), ClaimAccumulator::of);
        if (in.implied()) {
          acc.addImplied(in.assertion(), in.stated(), in.supersededBy());
        } else {
          acc.add(in.assertion(), in.stated(), in.supersededBy(), in.reversed());
        }
      }
      right.forEach((k, acc) -> left.merge(k, acc, (a, b) -> ClaimAccumulator.of(k).merge(b).merge(a)));

      Map<SourceId, Double> reliability = new HashMap<>();
      story.sources().forEach(s -> s.reliability().ifPresent(r -> reliability.put(s.id(), r)));
      Map<PlaceId, PlaceId> within = new HashMap<>();
      story.places().forEach(p -> p.within().ifPresent(w -> within.put(p.id(), w)));
      Map<ClaimKey, Verdict> fed = new LinkedHashMap<>();
      left.forEach((k, acc) -> fed.put(k, acc.verdict(policy, reliability, within)));
      Map<ClaimKey, Verdict> expected = new LinkedHashMap<>();
      Reconciliation.of(story, policy).verdicts().forEach(v -> expected.put(v.key(), v));

      assertThat(fed).as("seed %d, %s", seed, policy.method()).isEqualTo(expected);
    }
  }
}
