package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The bounds a timeline derives from several statements of when, and the value its timing verdict
 * holds, are the one intersection of {@link TimeBounds#intersection}: same instants, same precision
 * ({@link Precision#NONE} counting as the coarsest), same qualifiers.
 */
class BoundsIntersectionTest {

  private static final EventId E = EventId.of("offensive");

  /**
   * "Not before 6 August 2024" as instants, with no calendar precision: what a story file's
   * {@code {"earliestStart": "2024-08-06T00:00:00Z"}} gives.
   */
  private static final TimeBounds FROM_AUGUST_6 = TimeBounds.of(
      Instant.parse("2024-08-06T00:00:00Z"), Instant.MAX, Instant.parse("2024-08-06T00:00:00Z"), Instant.MAX,
      Precision.NONE, "from 2024-08-06");

  /** The editor's "2024-08" (month precision) and a source's "not before 6 August" (no precision). */
  private static Story monthAndNotBefore() {
    return Story.builder()
        .source(Source.builder("agency", "Agency").reliability(0.8).build())
        .event(Event.builder(E, "The offensive").when(TimeBounds.parse("2024-08")).build())
        .assertion(Assertion.builder("a1", "agency",
            new Claim.Timing(E, FROM_AUGUST_6)).build())
        .build();
  }

  @Test
  void derivedBounds_andTheTimingVerdict_agreeOnThePrecisionOfTwoStatements() {
    Story story = monthAndNotBefore();
    TimeBounds expected = TimeBounds.parse("2024-08").intersect(FROM_AUGUST_6);

    Timeline timeline = Timeline.build(story);
    Verdict verdict = timeline.reconciliation()
        .verdict(new Claim.Timing(E, TimeBounds.unbounded()).key()).orElseThrow();
    TimeBounds held = ((Claim.Timing) verdict.value().orElseThrow()).when();
    TimeBounds derived = timeline.derivedBounds(E);

    assertThat(verdict.isAccepted()).isTrue();
    assertThat(expected.precision()).isEqualTo(Precision.MONTH);
    assertThat(held.precision()).as("the timing verdict").isEqualTo(Precision.MONTH);
    assertThat(derived.precision()).as("the derived bounds").isEqualTo(Precision.MONTH);
    assertThat(derived.earliestStart()).isEqualTo(expected.earliestStart());
    assertThat(derived.latestEnd()).isEqualTo(expected.latestEnd());
    assertThat(held.withLabel(derived.label())).isEqualTo(derived);
  }

  @Test
  void derivedBounds_ofTwoApproximateStatements_stayApproximate() {
    Story story = Story.builder()
        .source(Source.builder("agency", "Agency").reliability(0.8).build())
        .event(Event.builder(E, "The offensive").when(TimeBounds.parse("2024-08~")).build())
        .assertion(Assertion.builder("a1", "agency", new Claim.Timing(E, TimeBounds.parse("2024-08-06/2024-09"))).build())
        .build();

    TimeBounds derived = Timeline.build(story).derivedBounds(E);

    Verdict verdict = Timeline.build(story).reconciliation()
        .verdict(new Claim.Timing(E, TimeBounds.unbounded()).key()).orElseThrow();
    TimeBounds held = ((Claim.Timing) verdict.value().orElseThrow()).when();

    assertThat(derived.isApproximate()).as("the derived bounds").isTrue();
    assertThat(held.isApproximate()).as("the timing verdict").isTrue();
    assertThat(held.withLabel(derived.label())).isEqualTo(derived);
    assertThat(derived.earliestStart()).isEqualTo(Instant.parse("2024-08-06T00:00:00Z"));
  }
}
