package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.duplicates.DuplicateMatcher;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * guava-testlib over the public types of the timeline module, in the manner of core's {@code
 * ValueTypesSanityTest}: hand-made equality groups ({@link EqualsTester}) for the value types, and
 * null hostility ({@link NullPointerTester}) of their constructors, factories and instance methods.
 *
 * <p>Not under {@link EqualsTester}, by design: {@link TimelineOptions} holds a predicate, which has
 * no value equality, so options are equal only to themselves; {@link Timeline}, {@link
 * Reconciliation}, {@link TimelineDiff}, {@link DuplicateMatcher} and {@link ClaimAccumulator} are
 * results or services, not values, and keep identity equality. Their null hostility is tested.
 * {@code ClassSanityTester} is not used: the records check ranges (confidence, score) and
 * non-emptiness (a conflict's cycle) that generated arguments would break.
 */
class TimelineValueTypesSanityTest {

  private static final EventId E = EventId.of("e");
  private static final EventId F = EventId.of("f");
  private static final AssertionId A1 = AssertionId.of("a1");
  private static final AssertionId A2 = AssertionId.of("a2");
  private static final SourceId S = SourceId.of("s");
  private static final TimeBounds AUGUST = TimeBounds.parse("2024-08");
  private static final TimeBounds OCTOBER = TimeBounds.parse("2024-10");

  private static NullPointerTester nulls() {
    Story story = SeedStory.story();
    return new NullPointerTester()
        .setDefault(String.class, "text")
        .setDefault(EventId.class, SeedStory.ASSAULTS)
        .setDefault(AssertionId.class, A1)
        .setDefault(SourceId.class, S)
        .setDefault(TimeBounds.class, AUGUST)
        .setDefault(ClaimKey.class, ClaimKey.occurred(SeedStory.ASSAULTS))
        .setDefault(Claim.class, new Claim.Occurred(SeedStory.ASSAULTS))
        .setDefault(Assertion.class, Assertion.builder("x", "s", new Claim.Occurred(SeedStory.ASSAULTS)).build())
        .setDefault(Story.class, story)
        .setDefault(Timeline.class, Timeline.build(story))
        .setDefault(ReconciliationPolicy.class, ReconciliationPolicy.defaults())
        .setDefault(TimelineOptions.class, TimelineOptions.defaults())
        .setDefault(Certainty.class, Certainty.PROBABLE)
        .setDefault(Stance.class, Stance.SUPPORTS)
        .setDefault(List.class, List.of(constraint("c")));
  }

  private static TemporalConstraint constraint(String description) {
    return new TemporalConstraint(description, "basis", List.of(E, F), List.of(A1), List.of(S));
  }

  private static Weighed weighed(Stance stance, double weight, String why) {
    return new Weighed(A1, S, stance, weight, true, 0.5, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5, why,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Verdict verdict(VerdictStatus status, double confidence) {
    return new Verdict(ClaimKey.occurred(E), Optional.of(new Claim.Occurred(E)), status, confidence,
        List.of(weighed(Stance.SUPPORTS, 1.0, "w")));
  }

  @Test
  void verdicts_equalByEveryComponent() {
    new EqualsTester()
        .addEqualityGroup(verdict(VerdictStatus.UNCONTESTED, 0.5), verdict(VerdictStatus.UNCONTESTED, 0.5))
        .addEqualityGroup(verdict(VerdictStatus.CONTESTED, 0.5))
        .addEqualityGroup(verdict(VerdictStatus.UNCONTESTED, 0.75))
        .addEqualityGroup(new Verdict(ClaimKey.occurred(F), Optional.of(new Claim.Occurred(E)),
            VerdictStatus.UNCONTESTED, 0.5, List.of(weighed(Stance.SUPPORTS, 1.0, "w"))))
        .addEqualityGroup(new Verdict(ClaimKey.occurred(E), Optional.empty(),
            VerdictStatus.UNCONTESTED, 0.5, List.of(weighed(Stance.SUPPORTS, 1.0, "w"))))
        .addEqualityGroup(new Verdict(ClaimKey.occurred(E), Optional.of(new Claim.Occurred(E)),
            VerdictStatus.UNCONTESTED, 0.5, List.of()))
        .testEquals();
  }

  @Test
  void weighed_equalByEveryFactor() {
    new EqualsTester()
        .addEqualityGroup(weighed(Stance.SUPPORTS, 1.0, "w"), weighed(Stance.SUPPORTS, 1.0, "w"))
        .addEqualityGroup(weighed(Stance.OPPOSES, 1.0, "w"))
        .addEqualityGroup(weighed(Stance.SUPPORTS, 0.5, "w"))
        .addEqualityGroup(weighed(Stance.SUPPORTS, 1.0, "other reason"))
        .addEqualityGroup(new Weighed(A2, S, Stance.SUPPORTS, 1.0, true, 0.5, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5,
            "w", Optional.empty(), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, SourceId.of("t"), Stance.SUPPORTS, 1.0, true, 0.5, Certainty.CERTAIN, 1.0,
            0, 0.9, 0.5, "w", Optional.empty(), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, S, Stance.SUPPORTS, 1.0, false, 0.5, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5,
            "w", Optional.empty(), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, S, Stance.SUPPORTS, 1.0, true, 0.8, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5,
            "w", Optional.empty(), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, S, Stance.SUPPORTS, 1.0, true, 0.5, Certainty.POSSIBLE, 1.0, 0, 0.9, 0.5,
            "w", Optional.empty(), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, S, Stance.SUPPORTS, 1.0, true, 0.5, Certainty.CERTAIN, 1.0, 2, 0.9, 0.5,
            "w", Optional.empty(), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, S, Stance.SUPPORTS, 1.0, true, 0.5, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5,
            "w", Optional.of(A2), Optional.empty(), Optional.empty()))
        .addEqualityGroup(new Weighed(A1, S, Stance.SUPPORTS, 1.0, true, 0.5, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5,
            "w", Optional.empty(), Optional.empty(), Optional.of(A2)))
        .addEqualityGroup(new Weighed(A1, S, Stance.OUTDATED, 1.0, true, 0.5, Certainty.CERTAIN, 1.0, 0, 0.9, 0.5,
            "w", Optional.empty(), Optional.of(A2), Optional.empty()))
        .testEquals();
  }

  @Test
  void constraintsAndConflicts_equalByEveryComponent() {
    new EqualsTester()
        .addEqualityGroup(constraint("c"), constraint("c"))
        .addEqualityGroup(constraint("d"))
        .addEqualityGroup(new TemporalConstraint("c", "other basis", List.of(E, F), List.of(A1), List.of(S)))
        .addEqualityGroup(new TemporalConstraint("c", "basis", List.of(F, E), List.of(A1), List.of(S)))
        .addEqualityGroup(new TemporalConstraint("c", "basis", List.of(E, F), List.of(A2), List.of(S)))
        .addEqualityGroup(new TemporalConstraint("c", "basis", List.of(E, F), List.of(A1), List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new TemporalConflict(List.of(constraint("c")), List.of(A1), List.of(E), "m"),
            new TemporalConflict(List.of(constraint("c")), List.of(A1), List.of(E), "m"))
        .addEqualityGroup(new TemporalConflict(List.of(constraint("d")), List.of(A1), List.of(E), "m"))
        .addEqualityGroup(new TemporalConflict(List.of(constraint("c")), List.of(A2), List.of(E), "m"))
        .addEqualityGroup(new TemporalConflict(List.of(constraint("c")), List.of(A1), List.of(), "m"))
        .addEqualityGroup(new TemporalConflict(List.of(constraint("c")), List.of(A1), List.of(E), "n"))
        .testEquals();
  }

  @Test
  void duplicateSuggestions_equalByEveryComponent() {
    new EqualsTester()
        .addEqualityGroup(new DuplicateSuggestion(E, F, 0.5, List.of("same day")),
            new DuplicateSuggestion(E, F, 0.5, List.of("same day")))
        .addEqualityGroup(new DuplicateSuggestion(F, E, 0.5, List.of("same day")))
        .addEqualityGroup(new DuplicateSuggestion(E, F, 0.75, List.of("same day")))
        .addEqualityGroup(new DuplicateSuggestion(E, F, 0.5, List.of()))
        .testEquals();
  }

  @Test
  void diffParts_equalByEveryComponent() {
    Optional<Verdict> held = Optional.of(verdict(VerdictStatus.UNCONTESTED, 0.5));
    Optional<Verdict> contested = Optional.of(verdict(VerdictStatus.CONTESTED, 0.5));
    new EqualsTester()
        .addEqualityGroup(new TimelineDiff.VerdictChange(ClaimKey.occurred(E), held, contested),
            new TimelineDiff.VerdictChange(ClaimKey.occurred(E), held, contested))
        .addEqualityGroup(new TimelineDiff.VerdictChange(ClaimKey.occurred(F), held, contested))
        .addEqualityGroup(new TimelineDiff.VerdictChange(ClaimKey.occurred(E), Optional.empty(), contested))
        .addEqualityGroup(new TimelineDiff.VerdictChange(ClaimKey.occurred(E), held, Optional.empty()))
        .addEqualityGroup(new TimelineDiff.BoundsChange(E, AUGUST, OCTOBER, TimelineDiff.BoundsChangeKind.MOVED),
            new TimelineDiff.BoundsChange(E, AUGUST, OCTOBER, TimelineDiff.BoundsChangeKind.MOVED))
        .addEqualityGroup(new TimelineDiff.BoundsChange(F, AUGUST, OCTOBER, TimelineDiff.BoundsChangeKind.MOVED))
        .addEqualityGroup(new TimelineDiff.BoundsChange(E, OCTOBER, OCTOBER, TimelineDiff.BoundsChangeKind.MOVED))
        .addEqualityGroup(new TimelineDiff.BoundsChange(E, AUGUST, AUGUST, TimelineDiff.BoundsChangeKind.MOVED))
        .addEqualityGroup(new TimelineDiff.BoundsChange(E, AUGUST, OCTOBER, TimelineDiff.BoundsChangeKind.WIDENED))
        .addEqualityGroup(new TimelineDiff.OrderChange(E, 1, 2), new TimelineDiff.OrderChange(E, 1, 2))
        .addEqualityGroup(new TimelineDiff.OrderChange(F, 1, 2))
        .addEqualityGroup(new TimelineDiff.OrderChange(E, 0, 2))
        .addEqualityGroup(new TimelineDiff.OrderChange(E, 1, 3))
        .testEquals();
  }

  @Test
  void policies_equalByMethodAndEveryFactor() {
    new EqualsTester()
        .addEqualityGroup(ReconciliationPolicy.defaults(), ReconciliationPolicy.builder().build(),
            ReconciliationPolicy.defaults().toBuilder().build())
        .addEqualityGroup(ReconciliationPolicy.mostReliableSource(),
            ReconciliationPolicy.builder().method(ReconciliationPolicy.Method.MOST_RELIABLE_SOURCE).build())
        .addEqualityGroup(ReconciliationPolicy.latestStatement())
        .addEqualityGroup(ReconciliationPolicy.sourceTrust())
        .addEqualityGroup(ReconciliationPolicy.builder().defaultReliability(0.6).build())
        .addEqualityGroup(ReconciliationPolicy.builder().editorReliability(0.6).build())
        .addEqualityGroup(ReconciliationPolicy.builder().certaintyFactor(Certainty.POSSIBLE, 0.4).build())
        .addEqualityGroup(ReconciliationPolicy.builder().relayDiscount(0.8).build())
        .addEqualityGroup(ReconciliationPolicy.builder().uncommittedFactor(0.4).build())
        .addEqualityGroup(ReconciliationPolicy.builder().approximateTolerance(0.2).build())
        .addEqualityGroup(ReconciliationPolicy.builder().maxIterations(5).build())
        .addEqualityGroup(ReconciliationPolicy.builder().trustTolerance(1e-3).build())
        .addEqualityGroup(ReconciliationPolicy.builder().trustPriorStrength(2).build())
        .testEquals();
  }

  @Test
  void constructorsAndFactories_refuseNulls() {
    NullPointerTester tester = nulls();
    List<Class<?>> types = List.of(Verdict.class, TemporalConstraint.class, TemporalConflict.class,
        DuplicateSuggestion.class, TimelineDiff.VerdictChange.class, TimelineDiff.BoundsChange.class,
        TimelineDiff.OrderChange.class);
    for (Class<?> type : types) {
      tester.testAllPublicConstructors(type);
    }
    tester.testConstructors(Weighed.class, NullPointerTester.Visibility.PACKAGE);
    List<Class<?>> factories = List.of(Timeline.class, Reconciliation.class, TimelineDiff.class,
        ReconciliationPolicy.class, TimelineOptions.class, DuplicateMatcher.class, ClaimAccumulator.class);
    for (Class<?> type : factories) {
      tester.testAllPublicStaticMethods(type);
    }
    assertThat(types.size() + factories.size()).isEqualTo(14);
  }

  @Test
  void instanceMethods_refuseNulls() {
    NullPointerTester tester = nulls();
    Story story = SeedStory.story();
    Timeline timeline = Timeline.build(story);
    List<Object> values = List.of(timeline, timeline.reconciliation(), TimelineDiff.between(timeline, timeline),
        ReconciliationPolicy.defaults(), ReconciliationPolicy.builder(), TimelineOptions.defaults(),
        TimelineOptions.builder(), DuplicateMatcher.defaults(), ClaimAccumulator.of(ClaimKey.occurred(SeedStory.ASSAULTS)),
        verdict(VerdictStatus.UNCONTESTED, 0.5), weighed(Stance.SUPPORTS, 1.0, "w"), constraint("c"),
        new DuplicateSuggestion(E, F, 0.5, List.of()));
    for (Object value : values) {
      tester.testAllPublicInstanceMethods(value);
    }
    assertThat(values).hasSize(13);
  }
}
