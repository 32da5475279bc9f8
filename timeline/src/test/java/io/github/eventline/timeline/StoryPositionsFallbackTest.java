package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A validated story's own positions (its claims' events and sources, resolved when it was built)
 * give the same timeline and verdicts as looking every id up, which a story derived without
 * validation needs.
 */
class StoryPositionsFallbackTest {

  private static final long BASE_SEED = 0x905_4L;
  private static final Instant CUTOFF = Instant.parse("2099-01-01T00:00:00Z");

  @RepeatedTest(40)
  void timeline_ofAStoryWithoutPositions_isTheTimelineOfTheSameStoryWithThem(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Story story = RandomClaims.shuffled(withEditor(RandomClaims.story(random, 5 + random.nextInt(60)), random), random);
    // The same story plus a statement known only later: as known before it, the story is made again
    // without validation, hence without positions.
    Story later = story.toBuilder()
        .assertion(Assertion.builder("later", "s0", new Claim.Occurred(RandomClaims.event(0)))
            .stated(TimeBounds.on(LocalDate.of(2100, 1, 1)))
            .build())
        .build();
    Story withoutPositions = later.asKnownAt(CUTOFF);

    assertThat(StoryAccess.get().assertionPositions(story)).as("seed %d", seed).isNotNull();
    assertThat(StoryAccess.get().assertionPositions(withoutPositions)).as("seed %d", seed).isNull();
    assertThat(withoutPositions).as("seed %d", seed).isEqualTo(story);
    for (ReconciliationPolicy.Method method : ReconciliationPolicy.Method.values()) {
      ReconciliationPolicy policy = ReconciliationPolicy.builder().method(method).build();
      assertThat(dump(story, Timeline.build(withoutPositions, policy)))
          .as("seed %d, %s", seed, method)
          .isEqualTo(dump(story, Timeline.build(story, policy)));
    }
  }

  /** The story with a few assertions of the editor's, which it declares as a source or not. */
  private static Story withEditor(Story story, Random random) {
    Story.Builder b = story.toBuilder();
    if (random.nextBoolean()) {
      b.source(Source.builder(Source.EDITOR, "The editor").published(TimeBounds.on(LocalDate.of(2024, 9, 15))).build());
    }
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      EventId event = RandomClaims.event(random.nextInt(RandomClaims.EVENTS));
      Claim claim = random.nextBoolean()
          ? new Claim.Occurred(event)
          : RandomClaims.claim(random, io.github.eventline.core.ClaimType.values()[random.nextInt(7)], event);
      b.assertion(Assertion.builder("ed" + i, Source.EDITOR.value(), claim).factuality(RandomClaims.factuality(random))
          .build());
    }
    return b.build();
  }

  /** Everything a timeline says of a story: verdicts and their explanations, acceptance, bounds, conflicts. */
  private static String dump(Story story, Timeline t) {
    StringBuilder out = new StringBuilder(t.toString()).append('\n');
    for (Verdict v : t.verdicts()) {
      out.append(v).append('\n');
      for (Weighed w : v.explanation()) {
        out.append("  ").append(w).append(" counted=").append(w.isCounted()).append('\n');
      }
    }
    out.append("trust ").append(t.reconciliation().trust()).append(" merged ").append(t.reconciliation().mergedEvents())
        .append('\n');
    for (Assertion a : story.assertions()) {
      out.append(t.reconciliation().isAccepted(a.id()) ? '+' : '-');
    }
    out.append('\n');
    for (Event e : t.events()) {
      out.append(e.id()).append(' ').append(t.derivedBounds(e.id())).append('\n');
    }
    t.conflicts().forEach(c -> out.append("conflict ").append(c).append('\n'));
    return out.toString();
  }
}
