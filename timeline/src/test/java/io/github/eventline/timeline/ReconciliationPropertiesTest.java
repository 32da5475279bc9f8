package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

class ReconciliationPropertiesTest {

  private static final long BASE_SEED = 0x5EED_2024L;
  private static final Map<PlaceId, PlaceId> WITHIN = Map.of(
      PlaceId.of("russia"), PlaceId.of("world"), PlaceId.of("kursk"), PlaceId.of("russia"),
      PlaceId.of("ukraine"), PlaceId.of("world"));

  private static List<ReconciliationPolicy> policies() {
    return List.of(ReconciliationPolicy.defaults(), ReconciliationPolicy.mostReliableSource(),
        ReconciliationPolicy.latestStatement(), ReconciliationPolicy.sourceTrust());
  }

  @RepeatedTest(100)
  void shuffledStory_hasTheSameVerdicts(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Story story = RandomClaims.story(random, 5 + random.nextInt(30));
    Story shuffled = RandomClaims.shuffled(story, random);

    for (ReconciliationPolicy policy : policies()) {
      Reconciliation a = Reconciliation.of(story, policy);
      Reconciliation b = Reconciliation.of(shuffled, policy);
      assertThat(byKey(b)).as("seed %d, %s", seed, policy.method()).isEqualTo(byKey(a));
      assertThat(b.trust()).as("seed %d, %s", seed, policy.method()).isEqualTo(a.trust());
      assertThat(b.mergedEvents()).as("seed %d", seed).isEqualTo(a.mergedEvents());
    }
  }

  @RepeatedTest(50)
  void isAcceptedAt_agreesWithIsAcceptedById(RepetitionInfo repetition) {
    long seed = BASE_SEED + 7_000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Story story = RandomClaims.story(random, 5 + random.nextInt(40));

    for (ReconciliationPolicy policy : policies()) {
      Reconciliation r = Reconciliation.of(story, policy);
      List<Boolean> byId = new ArrayList<>();
      List<Boolean> byPosition = new ArrayList<>();
      for (int k = 0; k < story.assertions().size(); k++) {
        byId.add(r.isAccepted(story.assertions().get(k).id()));
        byPosition.add(r.isAcceptedAt(k));
      }
      assertThat(byPosition).as("seed %d, %s", seed, policy.method()).isEqualTo(byId).contains(true);
    }
  }

  @RepeatedTest(100)
  void verdictsOfAStory_areThoseOfAnAccumulatorFedTheSameAssertions(RepetitionInfo repetition) {
    long seed = BASE_SEED + 9_000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    // No same-as claims: merged events would rename the keys.
    Story.Builder builder = RandomClaims.frame(random);
    List<Assertion> made = new ArrayList<>();
    for (int i = 0; i < 10 + random.nextInt(40); i++) {
      ClaimType type = ClaimType.values()[random.nextInt(ClaimType.values().length)];
      if (type != ClaimType.SAME_AS) {
        made.add(RandomClaims.assertion(random, "a" + i, RandomClaims.claim(random, type, RandomClaims.event(random.nextInt(RandomClaims.EVENTS))), made));
      }
    }
    Story story = builder.assertions(made).build();
    Map<AssertionId, Assertion> byId = new HashMap<>();
    story.assertions().forEach(a -> byId.put(a.id(), a));

    int compared = 0;
    for (ReconciliationPolicy policy : List.of(ReconciliationPolicy.defaults(), ReconciliationPolicy.mostReliableSource(),
        ReconciliationPolicy.latestStatement())) {
      Reconciliation r = Reconciliation.of(story, policy);
      for (Verdict v : r.verdicts()) {
        if (v.explanation().isEmpty() || !v.explanation().stream().allMatch(w -> byId.containsKey(w.assertion()))
            || v.explanation().stream().anyMatch(w -> w.reason().contains("(a link from another question)"))) {
          // the editor's own fields are not assertions of the story, and a statement lent by a link
          // is not one either (ReconciliationFeedTest feeds those)
          continue;
        }
        ClaimAccumulator acc = ClaimAccumulator.of(v.key());
        for (Weighed w : v.explanation()) {
          Assertion a = byId.get(w.assertion());
          if (a.claim().type() != v.key().type()) {
            // A claim about the event implies that it occurred.
            acc.addImplied(a, story.statedTime(a), w.supersededBy());
          } else {
            acc.add(a, story.statedTime(a), w.supersededBy(), !a.claim().event().equals(v.key().event()));
          }
        }
        assertThat(acc.verdict(policy, r.trust(), WITHIN)).as("seed %d, %s", seed, policy.method()).isEqualTo(v);
        compared++;
      }
    }
    assertThat(compared).as("seed %d", seed).isPositive();
  }

  private static Map<ClaimKey, Verdict> byKey(Reconciliation r) {
    Map<ClaimKey, Verdict> map = new HashMap<>();
    r.verdicts().forEach(v -> map.put(v.key(), v));
    assertThat(map).hasSameSizeAs(r.verdicts());
    return map;
  }

  @RepeatedTest(100)
  void verdicts_followTheStorysOrderOfEvents(RepetitionInfo repetition) {
    long seed = BASE_SEED * 7 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Story story = RandomClaims.shuffled(RandomClaims.story(random, 5 + random.nextInt(30)), random);
    List<EventId> events = story.events().stream().map(Event::id).toList();

    List<Verdict> verdicts = Reconciliation.of(story).verdicts();

    for (int i = 1; i < verdicts.size(); i++) {
      ClaimKey x = verdicts.get(i - 1).key();
      ClaimKey y = verdicts.get(i).key();
      int order = Integer.compare(events.indexOf(x.event()), events.indexOf(y.event()));
      assertThat(order < 0 || order == 0 && x.compareTo(y) < 0).as("seed %d: %s before %s", seed, x, y).isTrue();
    }
  }

  @RepeatedTest(200)
  void mergingAnyPartition_givesTheVerdictOfAllAtOnce(RepetitionInfo repetition) {
    long seed = BASE_SEED * 31 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    ClaimType type = ClaimType.values()[random.nextInt(ClaimType.values().length)];
    List<Entry> entries = entries(random, type, 1 + random.nextInt(25));
    ClaimKey key = entries.get(0).assertion.claim().key();
    Map<SourceId, Double> reliability = new HashMap<>();
    for (int i = 0; i < RandomClaims.SOURCES; i++) {
      if (random.nextBoolean()) {
        reliability.put(SourceId.of("s" + i), random.nextInt(11) / 10.0);
      }
    }

    ClaimAccumulator whole = ClaimAccumulator.of(key);
    entries.forEach(e -> e.addTo(whole));
    ClaimAccumulator merged = mergeInRandomTree(partition(random, key, entries), random);

    for (ReconciliationPolicy policy : policies()) {
      assertThat(merged.verdict(policy, reliability, WITHIN))
          .as("seed %d, %s", seed, policy.method())
          .isEqualTo(whole.verdict(policy, reliability, WITHIN));
    }
    assertThat(merged.size()).as("seed %d", seed).isEqualTo(entries.size());
  }

  /** One assertion with what the story knows of it. */
  private record Entry(Assertion assertion, Optional<TimeBounds> stated, Optional<AssertionId> supersededBy, boolean reversed) {
    void addTo(ClaimAccumulator acc) {
      acc.add(assertion, stated, supersededBy, reversed);
    }
  }

  private static List<Entry> entries(Random random, ClaimType type, int count) {
    List<Entry> entries = new ArrayList<>();
    List<Assertion> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Claim claim = RandomClaims.claim(random, type, RandomClaims.event(0));
      if (type == ClaimType.RELATION || type == ClaimType.SAME_AS) {
        // Every claim of the group must be on the same pair: e0 and e1, either way round.
        claim = type == ClaimType.RELATION
            ? (random.nextBoolean() ? Claim.Relation.of(RandomClaims.event(0), ((Claim.Relation) claim).relations(), RandomClaims.event(1))
                : Claim.Relation.of(RandomClaims.event(1), ((Claim.Relation) claim).relations(), RandomClaims.event(0)))
            : (random.nextBoolean() ? new Claim.SameAs(RandomClaims.event(0), RandomClaims.event(1))
                : new Claim.SameAs(RandomClaims.event(1), RandomClaims.event(0)));
      }
      Assertion a = RandomClaims.assertion(random, "a" + i, claim, List.of());
      made.add(a);
      Optional<TimeBounds> stated = a.stated();
      Optional<AssertionId> superseded = random.nextInt(6) == 0 ? Optional.of(AssertionId.of("later" + i)) : Optional.empty();
      entries.add(new Entry(a, stated, superseded, !claim.event().equals(claim.key().event())));
    }
    return entries;
  }

  private static List<ClaimAccumulator> partition(Random random, ClaimKey key, List<Entry> entries) {
    int parts = 1 + random.nextInt(Math.min(6, entries.size()));
    List<ClaimAccumulator> accs = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      accs.add(ClaimAccumulator.of(key));
    }
    for (Entry e : RandomClaims.shuffle(entries, random)) {
      e.addTo(accs.get(random.nextInt(parts)));
    }
    return accs;
  }

  /** Merges accumulators pairwise, in a random grouping and a random order of operands. */
  private static ClaimAccumulator mergeInRandomTree(List<ClaimAccumulator> accs, Random random) {
    List<ClaimAccumulator> pool = new ArrayList<>(accs);
    while (pool.size() > 1) {
      ClaimAccumulator x = pool.remove(random.nextInt(pool.size()));
      ClaimAccumulator y = pool.remove(random.nextInt(pool.size()));
      pool.add(random.nextBoolean() ? x.merge(y) : y.merge(x));
    }
    return pool.get(0);
  }
}
