package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.SourceId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small value types of the timeline: what they accept, what they say, what they refuse. */
class TimelineValuesTest {

  @Test
  void verdictStatus_acceptsTheUncontestedTheCorroboratedAndTheContested() {
    assertThat(Arrays.stream(VerdictStatus.values()).filter(VerdictStatus::isAccepted))
        .containsExactly(VerdictStatus.UNCONTESTED, VerdictStatus.CORROBORATED, VerdictStatus.CONTESTED);
  }

  @Test
  void defaultOptions_acceptOnlyPositiveAssertions_andSetTheCycleAside() {
    TimelineOptions options = TimelineOptions.defaults();
    Claim claim = new Claim.Occurred(EventId.of("e1"));

    assertThat(options.isDropWeakest()).isFalse();
    assertThat(options.policy()).isEqualTo(ReconciliationPolicy.defaults());
    assertThat(options.executor()).isSameAs(java.util.concurrent.ForkJoinPool.commonPool());
    assertThat(options.accepted().test(Assertion.builder("a", "s", claim).build())).isTrue();
    assertThat(options.accepted().test(Assertion.builder("a", "s", claim).factuality(Factuality.POSSIBLE).build()))
        .isTrue();
    assertThat(options.accepted().test(Assertion.builder("a", "s", claim).factuality(Factuality.DENIED).build()))
        .isFalse();
    assertThat(options.accepted().test(Assertion.builder("a", "s", claim).factuality(Factuality.UNCOMMITTED).build()))
        .isFalse();
    assertThat(options).hasToString("TimelineOptions[positive assertions, set aside the cycle, weighted-vote, common pool]");
    assertThat(TimelineOptions.builder().build()).hasToString("TimelineOptions[positive assertions, set aside the cycle, weighted-vote, common pool]");
  }

  @Test
  void customOptions_sayWhatTheyDo() {
    TimelineOptions options = TimelineOptions.builder().accepting(a -> false).dropWeakest()
        .policy(ReconciliationPolicy.latestStatement()).executor(Runnable::run).build();

    assertThat(options.isDropWeakest()).isTrue();
    assertThat(options.accepted().test(Assertion.builder("a", "s", new Claim.Occurred(EventId.of("e1"))).build()))
        .isFalse();
    assertThat(options.policy()).isEqualTo(ReconciliationPolicy.latestStatement());
    assertThat(options).hasToString("TimelineOptions[custom acceptance, drop the weakest, latest-statement, custom executor]");
  }

  private static TemporalConstraint constraint(String description, List<String> events, List<String> assertions,
      List<String> sources) {
    return new TemporalConstraint(description, "basis", events.stream().map(EventId::of).toList(),
        assertions.stream().map(AssertionId::of).toList(), sources.stream().map(SourceId::of).toList());
  }

  @Test
  void conflict_gathersTheEventsAssertionsAndSourcesOfItsCycle_sorted_withoutRepeats() {
    TemporalConflict conflict = new TemporalConflict(
        List.of(
            constraint("b before a", List.of("b", "a"), List.of("a9", "a10"), List.of("zeta")),
            constraint("a before b", List.of("a", "c"), List.of("a10"), List.of("alpha", "zeta"))),
        List.of(AssertionId.of("a9")), List.of(), "b before a before b");

    assertThat(conflict.events()).extracting(EventId::value).containsExactly("a", "b", "c");
    assertThat(conflict.assertions()).extracting(AssertionId::value).containsExactly("a10", "a9");
    assertThat(conflict.sources()).extracting(SourceId::value).containsExactly("alpha", "zeta");
    assertThat(conflict).hasToString("b before a before b");
    assertThat(conflict.cycle().get(0)).hasToString("b before a (basis)");
  }

  @Test
  void conflict_needsAConstraint() {
    assertThatThrownBy(() -> new TemporalConflict(List.of(), List.of(), List.of(), "nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A temporal conflict needs at least one constraint");
  }

  @Test
  void verdict_saysItsKeyStatusConfidenceValueSupportAndOpposition() {
    Claim claim = new Claim.Occurred(EventId.of("e1"));
    Verdict open = new Verdict(claim.key(), java.util.Optional.empty(), VerdictStatus.UNVERIFIED, 0, List.of());
    Verdict held = new Verdict(claim.key(), java.util.Optional.of(claim), VerdictStatus.UNCONTESTED, 0.75, List.of());

    assertThat(open).hasToString("occurred(e1): UNVERIFIED 0 support [] opposition []");
    assertThat(held).hasToString("occurred(e1): UNCONTESTED 0.75 value " + claim + " support [] opposition []");
  }
}
