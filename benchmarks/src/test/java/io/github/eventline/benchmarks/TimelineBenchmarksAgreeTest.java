package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.Timeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.github.eventline.timeline.TemporalConflict;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the timeline and reconciliation benchmarks once, library and baselines, at a tiny size, and
 * checks that every side answered the same question. No timing is asserted.
 */
class TimelineBenchmarksAgreeTest {

  private static final int TINY = 500;

  @Test
  void orderingBenchmark_everySideOrdersEveryEventAndRespectsEveryRelation() {
    OrderingBenchmark bench = new OrderingBenchmark();
    bench.size = TINY;
    bench.setUp();
    Story story = bench.story();
    List<EventId> ids = story.events().stream().map(e -> e.id()).toList();

    Timeline timeline = bench.library();
    assertThat(timeline.conflicts()).isEmpty();
    Map<EventId, Integer> library = new HashMap<>();
    timeline.events().forEach(e -> library.put(e.id(), library.size()));
    assertThat(library).hasSize(TINY);
    assertRespectsRelations(story, library);

    assertThat(bench.libraryOneThread().events()).isEqualTo(timeline.events());

    for (int[] order : List.of(bench.baseline(), bench.jgrapht())) {
      assertThat(order).hasSize(TINY);
      Map<EventId, Integer> position = new HashMap<>();
      for (int i : order) {
        position.put(ids.get(i), position.size());
      }
      assertThat(position).hasSize(TINY);
      assertRespectsRelations(story, position);
    }
  }

  @Test
  void orderingBaseline_readsEveryDistinctAcceptedRelationAtItsEventsPositions() {
    OrderingBenchmark bench = new OrderingBenchmark();
    bench.size = TINY;
    bench.setUp();
    Story story = bench.story();
    List<EventId> ids = story.events().stream().map(e -> e.id()).toList();
    // the edges found by id, as a user without the story's positions would find them
    java.util.Set<List<EventId>> byId = new java.util.HashSet<>();
    for (io.github.eventline.core.Assertion a : story.assertions()) {
      if (a.claim() instanceof io.github.eventline.core.Claim.Relation r
          && a.factuality().polarity() == io.github.eventline.core.Polarity.POSITIVE) {
        if (r.relations().equals(io.github.eventline.core.time.IntervalRelation.PRECEDES)) {
          byId.add(List.of(r.event(), r.other()));
        } else if (r.relations().equals(io.github.eventline.core.time.IntervalRelation.FOLLOWS)) {
          byId.add(List.of(r.other(), r.event()));
        }
      }
    }
    PlainOrdering.Prepared prepared = PlainOrdering.prepare(story);
    java.util.Set<List<EventId>> byPosition = new java.util.HashSet<>();
    for (int e = 0; e < prepared.from().length; e++) {
      byPosition.add(List.of(ids.get(prepared.from()[e]), ids.get(prepared.to()[e])));
    }
    assertThat(byId).hasSizeGreaterThan(TINY);
    assertThat(prepared.from()).hasSize(byId.size());
    assertThat(byPosition).isEqualTo(byId);
  }

  private static void assertRespectsRelations(Story story, Map<EventId, Integer> position) {
    int checked = 0;
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Relation r) {
        boolean precedes = r.relations().equals(IntervalRelation.PRECEDES);
        EventId before = precedes ? r.event() : r.other();
        EventId after = precedes ? r.other() : r.event();
        assertThat(position.get(before)).as(a.id().value()).isLessThan(position.get(after));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * TINY);
  }

  @Test
  void reconciliationBenchmark_bothSidesAnswerTheSameQuestions() {
    ReconciliationBenchmark bench = new ReconciliationBenchmark();
    bench.size = TINY;
    bench.setUp();
    Reconciliation reconciliation = bench.library();
    int libraryEntries = bench.explained;
    var plain = bench.baseline();
    int plainEntries = bench.explained;
    assertThat(reconciliation.verdicts()).hasSize(plain.size());
    assertThat(reconciliation.verdicts()).allMatch(v -> plain.containsKey(v.key()));
    // Both explain every assertion on each question, the implied supports included.
    assertThat(libraryEntries).isEqualTo(plainEntries);
    for (var v : reconciliation.verdicts()) {
      assertThat(v.explanation()).extracting(w -> w.assertion().value())
          .as("%s", v.key())
          .containsExactlyElementsOf(plain.get(v.key()).explanation().stream().map(e -> e.assertion().id().value()).toList());
    }
    // Supersession is done on both sides.
    assertThat(reconciliation.verdicts().stream().mapToLong(v -> v.superseded().size()).sum()).isPositive()
        .isEqualTo(plain.values().stream().flatMap(v -> v.explanation().stream())
            .filter(e -> e.stance() == PlainReconciliation.Stance.SUPERSEDED).count());
  }

  @Test
  void qualitativeBenchmark_buildsAConsistentTimelineOfEveryEvent() {
    QualitativeBenchmark bench = new QualitativeBenchmark();
    bench.events = 30;
    bench.setUp();
    Timeline timeline = bench.library();
    assertThat(timeline.events()).hasSize(30);
    assertThat(timeline.conflicts()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"few", "many"})
  void conflictsBenchmark_reportsEachAddedContradictionAndTheBaselineNone(String conflicts) {
    ConflictsBenchmark bench = new ConflictsBenchmark();
    bench.size = 3_000;
    bench.conflicts = conflicts;
    bench.setUp();

    assertThat(bench.baseline().conflicts()).isEmpty();
    Timeline timeline = bench.library();
    int added = conflicts.equals("few") ? 3 : 6;
    Map<String, Set<String>> found = new HashMap<>();
    for (TemporalConflict c : timeline.conflicts()) {
      Set<String> ids = new TreeSet<>();
      c.assertions().forEach(a -> ids.add(a.value()));
      found.put(ids.iterator().next(), ids);
    }
    Map<String, Set<String>> expected = new HashMap<>();
    for (int k = 0; k < added; k++) {
      expected.put("cycle" + k + "-xy", Set.of("cycle" + k + "-xy", "cycle" + k + "-yz", "cycle" + k + "-zx"));
      expected.put("misdated" + k, Set.of("misdated" + k));
    }
    assertThat(found).isEqualTo(expected);
  }
}
