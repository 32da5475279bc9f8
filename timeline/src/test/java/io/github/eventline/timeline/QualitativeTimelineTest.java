package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Non-convex relation sets, checked by path consistency. */
class QualitativeTimelineTest {

  private static final EventId A = EventId.of("a");
  private static final EventId B = EventId.of("b");
  private static final EventId C = EventId.of("c");
  private static final Set<IntervalRelation> DISJOINT = EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.AFTER);

  private static Story.Builder story() {
    return Story.builder()
        .source(Source.builder("s", "A source").build())
        .event(Event.builder(A, "A").build(), Event.builder(B, "B").build(), Event.builder(C, "C").build())
        .assertion(Assertion.builder("a1", "s", Claim.Relation.of(A, DISJOINT, B)).build());
  }

  @Test
  void relation_composesANonConvexSetThroughAnEquality() {
    Story story =
        story().assertion(Assertion.builder("a2", "s", Claim.Relation.of(B, EnumSet.of(IntervalRelation.EQUALS), C)).build())
            .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.conflicts()).isEmpty();
    assertThat(timeline.relation(A, B)).containsExactly(IntervalRelation.BEFORE, IntervalRelation.AFTER);
    assertThat(timeline.relation(A, C)).containsExactly(IntervalRelation.BEFORE, IntervalRelation.AFTER);
    assertThat(timeline.isPossiblyBefore(A, C)).isTrue();
    assertThat(timeline.isNecessarilyBefore(A, C)).isFalse();
  }

  @Test
  void conflicts_reportWhatPathConsistencyEmptied() {
    Story story =
        story()
            .assertion(
                Assertion.builder("a2", "s", Claim.Relation.of(C, EnumSet.of(IntervalRelation.EQUALS), A)).build(),
                Assertion.builder("a3", "s", Claim.Relation.of(C, EnumSet.of(IntervalRelation.EQUALS), B)).build())
            .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.conflicts()).hasSize(1);
    assertThat(timeline.conflicts().get(0).message())
        .isEqualTo(
            "a stands in [BEFORE, AFTER] to b (assertion a1, source s), but c stands in [EQUALS] to a"
                + " (assertion a2, source s), and c stands in [EQUALS] to b (assertion a3, source s)"
                + " (path consistency over Allen's composition). Set aside: assertion a1 (source s);"
                + " assertion a2 (source s); assertion a3 (source s).");
    assertThat(timeline.relation(A, B)).hasSize(13);
  }

  @Test
  void build_reasonsOnALongSparseStoryOfNonConvexSets() {
    int n = 4_000;
    QualitativeStories.Generated generated = QualitativeStories.sparse(n, 2, 64, 7);
    Story base = generated.story();
    // Apart from the rest, three events whose claims cannot all hold (as in the test above).
    Story story =
        Story.builder()
            .sources(base.sources())
            .source(Source.builder("s", "A source").build())
            .events(base.events())
            .assertions(base.assertions())
            .event(Event.builder(A, "A").build(), Event.builder(B, "B").build(), Event.builder(C, "C").build())
            .assertion(
                Assertion.builder("a1", "s", Claim.Relation.of(A, DISJOINT, B)).build(),
                Assertion.builder("a2", "s", Claim.Relation.of(C, EnumSet.of(IntervalRelation.EQUALS), A)).build(),
                Assertion.builder("a3", "s", Claim.Relation.of(C, EnumSet.of(IntervalRelation.EQUALS), B)).build())
            .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.events()).hasSize(n + 3);
    assertThat(timeline.conflicts()).extracting(TemporalConflict::message)
        .containsExactly(
            "a stands in [BEFORE, AFTER] to b (assertion a1, source s), but c stands in [EQUALS] to a"
                + " (assertion a2, source s), and c stands in [EQUALS] to b (assertion a3, source s)"
                + " (path consistency over Allen's composition). Set aside: assertion a1 (source s);"
                + " assertion a2 (source s); assertion a3 (source s).");
    // Each claimed pair keeps the true relation, within the claimed set; so does any pair, however far apart.
    for (Assertion a : base.assertions()) {
      Claim.Relation r = (Claim.Relation) a.claim();
      Set<IntervalRelation> label = timeline.relation(r.event(), r.other());
      int x = index(r.event());
      int y = index(r.other());
      assertThat(label).as(a.id().toString()).contains(generated.relation(x, y)).isSubsetOf(r.relations());
      assertThat(timeline.relation(r.other(), r.event())).as(a.id().toString())
          .containsExactlyInAnyOrderElementsOf(label.stream().map(IntervalRelation::inverse).toList());
    }
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 30; k++) {
      int x = random.nextInt(n);
      int y = k == 0 ? n - 1 : random.nextInt(n);
      if (x != y) {
        assertThat(timeline.relation(QualitativeStories.id(x), QualitativeStories.id(y)))
            .as("ev%d to ev%d", x, y)
            .contains(generated.relation(x, y));
      }
    }
  }

  private static int index(EventId id) {
    return Integer.parseInt(id.toString().substring(2));
  }
}
