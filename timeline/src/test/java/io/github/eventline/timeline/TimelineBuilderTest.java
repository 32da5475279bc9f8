package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link Timeline#builder}: every setting combines with the others, the short forms are the
 * builder's, and a timeline built again as known at another time keeps its settings.
 */
class TimelineBuilderTest {

  private static final EventId A = EventId.of("a");
  private static final EventId B = EventId.of("b");
  private static final EventId C = EventId.of("c");

  /**
   * A cycle of three uncontested relations, each from its own source: "listed" (0.6), "known"
   * (0.7) and "unrated" (no stated reliability, so the policy's fallback). Stated on 1 and 3 March.
   */
  private static Story cycle() {
    return Story.builder()
        .source(
            Source.builder("listed", "Listed").reliability(0.6).build(),
            Source.builder("known", "Known").reliability(0.7).build(),
            Source.builder("unrated", "Unrated").build())
        .event(Event.builder(A, "A").build(), Event.builder(B, "B").build(), Event.builder(C, "C").build())
        .assertion(
            Assertion.builder("ab", "listed", Claim.Relation.of(A, java.util.Set.of(IntervalRelation.BEFORE), B))
                .stated(TimeBounds.parse("2024-03-01")).build(),
            Assertion.builder("bc", "known", Claim.Relation.of(B, java.util.Set.of(IntervalRelation.BEFORE), C))
                .stated(TimeBounds.parse("2024-03-01")).build(),
            Assertion.builder("ca", "unrated", Claim.Relation.of(C, java.util.Set.of(IntervalRelation.BEFORE), A))
                .stated(TimeBounds.parse("2024-03-03")).build())
        .build();
  }

  @Test
  void dropWeakest_withTheDefaultPolicy_dropsTheUnratedSource() {
    Timeline timeline = Timeline.builder(cycle()).dropWeakest().build();

    assertThat(timeline.conflicts()).singleElement()
        .satisfies(c -> assertThat(c.setAside()).extracting(Object::toString).containsExactly("ca"));
  }

  @Test
  void policy_andDropWeakest_combine_theUnratedSourceCountingAsThePolicySays() {
    ReconciliationPolicy trusting = ReconciliationPolicy.builder().defaultReliability(0.9).build();

    Timeline timeline = Timeline.builder(cycle()).policy(trusting).dropWeakest().build();

    assertThat(timeline.conflicts()).singleElement()
        .satisfies(c -> assertThat(c.setAside()).extracting(Object::toString).containsExactly("ab"));
    assertThat(timeline.options().policy()).isSameAs(trusting);
    assertThat(timeline.options().isDropWeakest()).isTrue();
    assertThat(timeline.reconciliation().policy()).isSameAs(trusting);
  }

  @Test
  void buildWithOptions_takesTheOptionsPolicy_forTheVerdictsAndTheWeakest() {
    ReconciliationPolicy trusting = ReconciliationPolicy.builder().defaultReliability(0.9).build();
    Story story = cycle();

    Timeline timeline = Timeline.build(story, TimelineOptions.builder().policy(trusting).dropWeakest().build());

    assertThat(timeline.reconciliation().policy()).isSameAs(trusting);
    assertThat(timeline.verdicts()).isEqualTo(Reconciliation.of(story, trusting).verdicts());
    assertThat(timeline.conflicts()).singleElement()
        .satisfies(c -> assertThat(c.setAside()).extracting(Object::toString).containsExactly("ab"));
  }

  @Test
  void accepting_combinesWithThePolicy_theVerdictsStayThePolicys() {
    ReconciliationPolicy latest = ReconciliationPolicy.latestStatement();
    Story story = cycle();

    Timeline timeline = Timeline.builder(story).policy(latest).accepting(a -> !a.id().value().equals("ca")).build();

    assertThat(timeline.conflicts()).isEmpty();
    assertThat(timeline.isNecessarilyBefore(A, C)).isTrue();
    assertThat(timeline.verdicts()).isEqualTo(Reconciliation.of(story, latest).verdicts());
  }

  @Test
  void theShortForms_areTheBuildersTimelines() {
    Story story = cycle();
    ReconciliationPolicy latest = ReconciliationPolicy.latestStatement();

    assertThat(Timeline.build(story).conflicts()).isEqualTo(Timeline.builder(story).build().conflicts());
    assertThat(Timeline.build(story, latest).conflicts())
        .isEqualTo(Timeline.builder(story).policy(latest).build().conflicts());
    assertThat(Timeline.build(story, latest).reconciliation().policy()).isSameAs(latest);
  }

  @Test
  void asKnownAt_keepsThePolicyAndTheHandlingOfConflicts() {
    ReconciliationPolicy trusting = ReconciliationPolicy.builder().defaultReliability(0.9).build();
    Timeline timeline = Timeline.builder(cycle()).policy(trusting).dropWeakest().executor(Runnable::run).build();
    Instant later = Instant.parse("2024-04-01T00:00:00Z");

    Timeline known = timeline.asKnownAt(later);

    assertThat(known.story()).isEqualTo(timeline.story().asKnownAt(later));
    assertThat(known.reconciliation().policy()).isSameAs(trusting);
    assertThat(known.options().isDropWeakest()).isTrue();
    assertThat(known.options().executor()).isSameAs(timeline.options().executor());
    assertThat(known.conflicts()).isEqualTo(timeline.conflicts());
  }

  @Test
  void asKnownAt_beforeTheLastStatement_judgesTheRecordAsItStood() {
    Timeline timeline = Timeline.builder(cycle()).dropWeakest().build();

    Timeline known = timeline.asKnownAt(Instant.parse("2024-03-02T00:00:00Z"));

    assertThat(known.conflicts()).isEmpty();
    assertThat(known.isNecessarilyBefore(A, C)).isTrue();
  }

  @Test
  void eachSetting_mayBeSetOnce() {
    TimelineBuilder builder = Timeline.builder(cycle())
        .policy(ReconciliationPolicy.defaults()).accepting(a -> true).executor(Runnable::run);

    assertThatThrownBy(() -> builder.policy(ReconciliationPolicy.defaults()))
        .isInstanceOf(IllegalStateException.class).hasMessage("policy was already set; call it once");
    assertThatThrownBy(() -> builder.accepting(a -> true))
        .isInstanceOf(IllegalStateException.class).hasMessage("accepting was already set; call it once");
    assertThatThrownBy(() -> builder.executor(Runnable::run))
        .isInstanceOf(IllegalStateException.class).hasMessage("executor was already set; call it once");
    assertThatThrownBy(() -> TimelineOptions.builder().executor(Runnable::run).executor(Runnable::run))
        .isInstanceOf(IllegalStateException.class).hasMessage("executor was already set; call it once");
  }

  @Test
  void theBuilder_staysUsableAfterBuild() {
    TimelineBuilder builder = Timeline.builder(cycle()).dropWeakest();

    assertThat(builder.build().conflicts()).isEqualTo(builder.build().conflicts());
  }

  @Test
  void nulls_areRefused_namingTheArgument() {
    assertThatThrownBy(() -> Timeline.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("story");
    assertThatThrownBy(() -> Timeline.builder(cycle()).executor(null))
        .isInstanceOf(NullPointerException.class).hasMessage("executor");
    assertThatThrownBy(() -> Timeline.builder(cycle()).policy(null))
        .isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> Timeline.build(cycle()).asKnownAt(null))
        .isInstanceOf(NullPointerException.class).hasMessage("instant");
  }
}
