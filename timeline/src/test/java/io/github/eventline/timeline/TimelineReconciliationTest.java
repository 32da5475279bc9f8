package io.github.eventline.timeline;

import static io.github.eventline.timeline.ReconciliationRulesTest.E1;
import static io.github.eventline.timeline.ReconciliationRulesTest.E2;
import static io.github.eventline.timeline.ReconciliationRulesTest.says;
import static io.github.eventline.timeline.ReconciliationRulesTest.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Timelines built on reconciled stories: only accepted timings and relations constrain time. */
class TimelineReconciliationTest {

  @Test
  void build_carriesTheVerdictsOfTheDefaultPolicy() {
    Story story = SeedStory.story();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.verdicts()).isEqualTo(Reconciliation.of(story).verdicts());
    assertThat(timeline.occurrence(SeedStory.ASSAULTS).status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(timeline.occurrence(SeedStory.ESCALATION).status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(timeline.reconciliation().policy()).isEqualTo(ReconciliationPolicy.defaults());
  }

  @Test
  void build_withAPolicy_reconcilesWithIt() {
    Timeline timeline = Timeline.build(SeedStory.story(), ReconciliationPolicy.mostReliableSource());

    assertThat(timeline.reconciliation().policy()).isEqualTo(ReconciliationPolicy.mostReliableSource());
  }

  @Test
  void seedRequest_comesAfterTheOffensive() {
    Timeline timeline = Timeline.build(SeedStory.story());

    assertThat(timeline.isNecessarilyBefore(SeedStory.OFFENSIVE, SeedStory.REQUEST)).isTrue();
    assertThat(timeline.derivedBounds(SeedStory.REQUEST).earliestStart())
        .isEqualTo(SeedStory.EARLY_AUGUST.earliestEnd());
  }

  @Test
  void rivalTiming_doesNotFeedTheNetwork() {
    Story story = story(0.9, 0.3)
        .assertion(
            says("august", "s1", new Claim.Timing(E1, TimeBounds.parse("2024-08"))).build(),
            says("october", "s2", new Claim.Timing(E1, TimeBounds.parse("2024-10"))).build())
        .build();

    Timeline reconciled = Timeline.build(story);
    Timeline everything = Timeline.build(story, TimelineOptions.defaults());

    assertThat(reconciled.conflicts()).isEmpty();
    assertThat(reconciled.derivedBounds(E1)).isEqualTo(TimeBounds.parse("2024-08"));
    assertThat(everything.conflicts()).isNotEmpty();
  }

  @Test
  void refutedRelation_doesNotFeedTheNetwork() {
    Story story = story(0.3, 0.9)
        .assertion(
            says("before", "s1", Claim.Relation.of(E1, EnumSet.of(IntervalRelation.BEFORE), E2)).build(),
            says("not-before", "s2", Claim.Relation.of(E1, EnumSet.of(IntervalRelation.BEFORE), E2))
                .factuality(Factuality.DENIED).build())
        .build();

    assertThat(Timeline.build(story).isNecessarilyBefore(E1, E2)).isFalse();
    assertThat(Timeline.build(story, TimelineOptions.defaults()).isNecessarilyBefore(E1, E2)).isTrue();
  }

  @Test
  void occurrence_ofAnUnknownEvent_isRejected() {
    Timeline timeline = Timeline.build(SeedStory.story());

    assertThatThrownBy(() -> timeline.occurrence(EventId.of("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nope\": the timeline's story has no such event");
  }
}
