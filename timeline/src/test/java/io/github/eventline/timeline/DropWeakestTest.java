package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Which side of a cycle {@link TimelineOptions.Builder#dropWeakest()} drops: the constraint with
 * the fewest sources, then the least reliable ones, then the least certain, then the first by name.
 */
class DropWeakestTest {

  private static final EventId X = EventId.of("x");
  private static final EventId Y = EventId.of("y");
  private static final Claim X_BEFORE_Y = Claim.Relation.of(X, EnumSet.of(IntervalRelation.BEFORE), Y);
  private static final Claim Y_BEFORE_X = Claim.Relation.of(Y, EnumSet.of(IntervalRelation.BEFORE), X);

  private static Story.Builder story() {
    return Story.builder()
        .source(
            Source.builder("strong", "Strong").reliability(0.9).build(),
            Source.builder("weak", "Weak").reliability(0.3).build(),
            Source.builder("weak2", "Weak too").reliability(0.3).build(),
            Source.builder("plain", "Plain").build(),
            Source.builder("plain2", "Plain too").build())
        .event(Event.builder(X, "X").build(), Event.builder(Y, "Y").build());
  }

  private static TemporalConflict dropWeakest(Story story) {
    Timeline timeline = Timeline.build(story, TimelineOptions.builder().dropWeakest().build());
    assertThat(timeline.conflicts()).hasSize(1);
    return timeline.conflicts().get(0);
  }

  @Test
  void theLessReliableSource_isDropped() {
    TemporalConflict conflict = dropWeakest(story()
        .assertion(Assertion.builder("a-strong", "strong", X_BEFORE_Y).build(),
            Assertion.builder("z-weak", "weak", Y_BEFORE_X).build())
        .build());

    assertThat(conflict.setAside()).extracting(Object::toString).containsExactly("z-weak");
    assertThat(conflict.message()).endsWith("Dropped the weakest: assertion z-weak (source weak).");
  }

  @Test
  void oneSource_isWeakerThanTwo_evenMoreReliableThanBothTogether() {
    TemporalConflict conflict = dropWeakest(story()
        .assertion(Assertion.builder("a1", "weak", X_BEFORE_Y).build(),
            Assertion.builder("a2", "weak2", X_BEFORE_Y).build(),
            Assertion.builder("z", "strong", Y_BEFORE_X).build())
        .build());

    assertThat(conflict.setAside()).extracting(Object::toString).containsExactly("z");
  }

  @Test
  void amongEquallyReliableSources_theLessCertainIsDropped() {
    TemporalConflict conflict = dropWeakest(story()
        .assertion(Assertion.builder("a", "plain", X_BEFORE_Y).build(),
            Assertion.builder("b", "plain2", Y_BEFORE_X).factuality(Factuality.PROBABLE).build())
        .build());

    assertThat(conflict.setAside()).extracting(Object::toString).containsExactly("b");
  }

  @Test
  void aConstraintIsAsCertainAsItsMostCertainAssertion() {
    TemporalConflict conflict = dropWeakest(story()
        .assertion(Assertion.builder("a1", "plain", X_BEFORE_Y).factuality(Factuality.POSSIBLE).build(),
            Assertion.builder("a2", "plain", X_BEFORE_Y).build(),
            Assertion.builder("b", "plain2", Y_BEFORE_X).factuality(Factuality.PROBABLE).build())
        .build());

    assertThat(conflict.setAside()).extracting(Object::toString).containsExactly("b");
  }

  @Test
  void otherwiseTheFirstByName_isDropped_whateverTheStorySays() {
    TemporalConflict one = dropWeakest(story()
        .assertion(Assertion.builder("a", "plain", X_BEFORE_Y).build(),
            Assertion.builder("b", "plain2", Y_BEFORE_X).build())
        .build());
    TemporalConflict other = dropWeakest(story()
        .assertion(Assertion.builder("b", "plain", X_BEFORE_Y).build(),
            Assertion.builder("a", "plain2", Y_BEFORE_X).build())
        .build());

    assertThat(one.setAside()).extracting(Object::toString).containsExactly("a");
    assertThat(other.setAside()).extracting(Object::toString).containsExactly("a");
  }
}
