package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The fast paths of reconciliation against the full one, on random stories with duplicates,
 * supersession, retractions, the editor's fields (and story ids the editor's would take), and
 * relations stated from either side: the timings and relations that {@link Timeline#build} judges
 * up front, the grouping of {@link Reconciliation#of} against the keys {@link Reconciliation#feed}
 * gives, and the explanations made on first read against those made at once.
 */
class ReconciliationFastPathTest {

  private static final long BASE_SEED = 0x5EED_FA57L;
  private static final List<ReconciliationPolicy> POLICIES = List.of(ReconciliationPolicy.defaults(),
      ReconciliationPolicy.mostReliableSource(), ReconciliationPolicy.latestStatement());

  @RepeatedTest(100)
  void acceptedTimesAndRelations_isWhatTheFullReconciliationAccepts(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Story story = story(new Random(seed));
    for (ReconciliationPolicy policy : POLICIES) {
      Reconciliation full = Reconciliation.of(story, policy);
      BitSet expected = new BitSet();
      for (int k = 0; k < story.assertions().size(); k++) {
        ClaimType type = story.assertions().get(k).claim().type();
        if ((type == ClaimType.TIMING || type == ClaimType.RELATION) && full.isAcceptedAt(k)) {
          expected.set(k);
        }
      }
      assertThat(Reconciliation.acceptedTimesAndRelations(story, policy))
          .as("seed %d, %s", seed, policy.method())
          .isEqualTo(expected);
    }
  }

  @RepeatedTest(100)
  void verdicts_areThoseOfTheAccumulatorsFedByKey_withTheSameExplanations(RepetitionInfo repetition) {
    long seed = BASE_SEED + 1000 + repetition.getCurrentRepetition();
    Story story = story(new Random(seed));
    for (ReconciliationPolicy policy : POLICIES) {
      // The reference: keys made whole and hashed, each accumulation judged at once.
      Map<ClaimKey, ClaimAccumulator> groups = new LinkedHashMap<>();
      Reconciliation.feed(story, policy, new Reconciliation.Feed() {
        @Override
        public void question(ClaimKey key) {
          groups.computeIfAbsent(key, ClaimAccumulator::of);
        }

        @Override
        public void add(
            ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> by, boolean reversed) {
          groups.computeIfAbsent(key, ClaimAccumulator::of).add(a, stated, by, reversed);
        }

        @Override
        public void implied(ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> by) {
          groups.computeIfAbsent(key, ClaimAccumulator::of).addImplied(a, stated, by);
        }
      });
      Map<SourceId, Double> reliability = new HashMap<>();
      story.sources().forEach(s -> s.reliability().ifPresent(r -> reliability.put(s.id(), r)));
      Map<PlaceId, PlaceId> within = new HashMap<>();
      story.places().forEach(p -> p.within().ifPresent(w -> within.put(p.id(), w)));
      Map<ClaimKey, Verdict> expected = new HashMap<>();
      groups.forEach((k, acc) -> expected.put(k, acc.verdict(policy, reliability, within)));

      Reconciliation r = Reconciliation.of(story, policy);
      assertThat(r.verdicts()).as("seed %d, %s", seed, policy.method()).hasSameSizeAs(expected.values());
      for (Verdict v : r.verdicts()) {
        Verdict e = expected.get(v.key());
        assertThat(v).as("seed %d, %s, %s", seed, policy.method(), v.key()).isEqualTo(e);
        assertThat(v.explanation()).as("seed %d, %s", seed, v.key()).containsExactlyElementsOf(e.explanation());
        assertThat(v.toString()).isEqualTo(e.toString());
      }
    }
  }

  @RepeatedTest(100)
  void timelineBuild_constrainsTimeAsTheFullReconciliationAccepts(RepetitionInfo repetition) {
    long seed = BASE_SEED + 2000 + repetition.getCurrentRepetition();
    Story story = story(new Random(seed));
    Timeline fast = Timeline.build(story);
    Reconciliation full = Reconciliation.of(story);
    Timeline slow = Timeline.build(story, TimelineOptions.builder().accepting(a -> full.isAccepted(a.id())).build());
    assertThat(fast.events()).as("seed %d", seed).isEqualTo(slow.events());
    assertThat(fast.conflicts()).as("seed %d", seed).isEqualTo(slow.conflicts());
    for (Event e : story.events()) {
      assertThat(fast.derivedBounds(e.id())).as("seed %d, %s", seed, e.id()).isEqualTo(slow.derivedBounds(e.id()));
    }
    assertThat(fast.verdicts()).as("seed %d", seed).isEqualTo(full.verdicts());
  }

  /**
   * A random story on few events, so that questions get several answers: every claim type, relations
   * and same-as stated either way round, supersessions and retractions, the editor's fields (an
   * actor listed twice), sometimes the editor declared as a source, and story assertions with the
   * ids the editor's would take.
   */
  static Story story(Random random) {
    Story.Builder b = RandomClaims.frame(random);
    // Replaces the frame's events: more fields, an actor listed twice.
    Story frame = b.build();
    Story.Builder story = Story.builder().places(frame.places()).sources(frame.sources())
        .actor(Actor.builder("actor", "An actor").build(), Actor.builder("other", "Another actor").build());
    boolean editorDeclared = random.nextInt(4) == 0;
    if (editorDeclared) {
      story.source(Source.builder(Source.EDITOR.value(), "The editor")
          .published(TimeBounds.on(LocalDate.of(2024, 10, 1))).build());
    }
    for (int i = 0; i < RandomClaims.EVENTS; i++) {
      Event.Builder e = Event.builder(RandomClaims.event(i), "event " + i);
      if (random.nextBoolean()) {
        e.when(random.nextBoolean()
            ? TimeBounds.in(java.time.YearMonth.of(2024, 7 + random.nextInt(3)))
            : TimeBounds.on(LocalDate.of(2024, 7, 1).plusDays(random.nextInt(90))));
      }
      if (random.nextInt(3) == 0) {
        e.place(RandomClaims.PLACES.get(random.nextInt(RandomClaims.PLACES.size())));
      }
      int participants = random.nextInt(4);
      for (int p = 0; p < participants; p++) {
        e.participant(random.nextBoolean() ? "actor" : "other", random.nextBoolean() ? Role.AGENT : Role.ALLY);
      }
      story.event(e.build());
    }
    int count = 5 + random.nextInt(40);
    List<Assertion> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ClaimType type = ClaimType.values()[random.nextInt(ClaimType.values().length)];
      Claim claim = RandomClaims.claim(random, type, RandomClaims.event(random.nextInt(RandomClaims.EVENTS)));
      String id = random.nextInt(8) == 0
          ? "editor:" + (random.nextBoolean() ? "when" : "participant") + ":e" + random.nextInt(RandomClaims.EVENTS)
              + (random.nextBoolean() ? "" : ":actor")
          : "a" + i;
      if (made.stream().anyMatch(a -> a.id().value().equals(id))) {
        continue;
      }
      Assertion a = RandomClaims.assertion(random, id, claim, made);
      if (editorDeclared && random.nextInt(5) == 0) {
        // The editor's own assertion, beside its fields.
        a = Assertion.builder(a.id(), Source.EDITOR, claim).factuality(a.factuality()).build();
      } else if (random.nextInt(6) == 0 && !made.isEmpty()) {
        // A retraction of an earlier assertion by its own source, stated with it (a source retracts
        // only its own earlier statements).
        Assertion earlier = made.get(random.nextInt(made.size()));
        random.nextBoolean();
        Assertion.Builder retraction = Assertion.builder(a.id(), earlier.source(), claim)
            .factuality(a.factuality())
            .via(a.via().stream().filter(v -> !v.equals(earlier.source())).toList())
            .link(LinkType.RETRACTS, earlier.id().value());
        earlier.stated().ifPresent(retraction::stated);
        a = retraction.build();
      }
      made.add(a);
    }
    story.assertions(made);
    return story.build();
  }
}
