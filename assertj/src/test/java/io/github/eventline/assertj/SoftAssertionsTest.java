package io.github.eventline.assertj;

import static io.github.eventline.assertj.EventlineAssertions.occurred;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.util.List;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Soft assertions collect every failure, those of the event and verdict assertions reached included. */
class SoftAssertionsTest {

  private static final Story STORY = KurskStory.build();
  private static final Timeline TIMELINE = Timeline.build(STORY);

  private static List<String> firstLines(List<Throwable> errors) {
    return errors.stream().map(e -> e.getMessage().lines().findFirst().orElse("")).toList();
  }

  @Test
  void softly_collectsFailuresOfTopLevelAndNavigatedAssertions() {
    EventlineSoftAssertions softly = new EventlineSoftAssertions();

    softly.assertThat(TIMELINE).hasEventsInOrder("putin-asks-kim", "kursk-offensive");
    softly.assertThat(TIMELINE).event("kursk-offensive").isNecessarilyAfter("putin-asks-kim").hasStatus(VerdictStatus.UNVERIFIED);
    softly.assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-assaults")).isContested().isSupportedBy("zelensky-address");
    softly.assertThat(TIMELINE.occurrence(io.github.eventline.core.EventId.of("escalation"))).isRefuted();
    softly.assertThat(STORY).hasNoProblems();

    assertThat(firstLines(softly.errorsCollected())).containsExactly(
        "Expecting the events in the order [putin-asks-kim, kursk-offensive], but the timeline orders them"
            + " [kursk-offensive, putin-asks-kim]:",
        "Expecting kursk-offensive to be necessarily after putin-asks-kim, but it cannot be:",
        "Expecting the occurrence of kursk-offensive to be UNVERIFIED, but it is UNCONTESTED:",
        "Expecting the verdict on occurred(nk-troops-in-assaults) to be CONTESTED, but it is CORROBORATED:",
        "Expecting the verdict on occurred(escalation) to be REFUTED, but it is UNCONTESTED:");
    assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (5 failures)");
  }

  @Test
  void softly_aFailedNavigationIsCollected_andWhatFollowsChecksNothing() {
    EventlineSoftAssertions softly = new EventlineSoftAssertions();

    softly.assertThat(TIMELINE).event("putin-ask-kim").isNecessarilyAfter("kursk-offensive").hasStatus(VerdictStatus.REFUTED);
    softly.assertThat(TIMELINE).verdictOn(EventlineAssertions.timing("nk-losses")).isRefuted().isSupportedBy("x");
    softly.assertThat((Timeline) null).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");

    assertThat(firstLines(softly.errorsCollected())).containsExactly(
        "Expecting the timeline to have event \"putin-ask-kim\", but its story has no such event"
            + " (did you mean \"putin-asks-kim\"?)",
        "Expecting a verdict on timing(nk-losses), but no assertion answers it",
        "Expecting a timeline, but it is null");
  }

  @Test
  void softly_failureOfTheProxiedAssertionItselfIsNotASuccess() {
    EventlineSoftAssertions softly = new EventlineSoftAssertions();

    softly.assertThat(TIMELINE).hasConflictInvolving("putin-asks-kim");

    assertThat(softly.wasSuccess()).isFalse();
    assertThat(softly.errorsCollected()).hasSize(1);
  }

  @Test
  void softly_passingAssertionsCollectNothing() {
    EventlineSoftAssertions softly = new EventlineSoftAssertions();

    softly.assertThat(TIMELINE).hasNoConflicts().event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
    softly.assertThat(TIMELINE).asKnownAt("2024-12-14").verdictOn(occurred("nk-troops-in-assaults")).isUnverified();
    softly.assertThat(STORY).hasNoProblems().timeline().hasNoConflicts();
    softly.assertThat(KurskStory.builder()).hasNoProblems();

    assertThat(softly.errorsCollected()).isEmpty();
    softly.assertAll();
  }

  @Test
  void softly_collectsFromTimelinesReachedThroughStoryAndAsKnownAt() {
    EventlineSoftAssertions softly = new EventlineSoftAssertions();

    softly.assertThat(STORY).timeline().hasEventsInOrder("putin-asks-kim", "kursk-offensive");
    softly.assertThat(TIMELINE).asKnownAt("2024-12-14").verdictOn(occurred("nk-troops-in-assaults")).isContested();

    assertThat(softly.errorsCollected()).hasSize(2);
  }

  @Test
  void assertSoftly_reportsEveryFailureAtTheEnd() {
    assertThatThrownBy(() -> EventlineSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(TIMELINE).event("kursk-offensive").isNecessarilyAfter("putin-asks-kim");
      softly.assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-assaults")).isUncontested();
    }))
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expecting kursk-offensive to be necessarily after putin-asks-kim, but it cannot be:")
        .hasMessageContaining("to be UNCONTESTED, but it is CORROBORATED:");
  }

  /** A soft assertions class of a user's own, mixing AssertJ's standard assertions and these. */
  static final class MixedSoftAssertions extends AbstractSoftAssertions
      implements StandardSoftAssertionsProvider, EventlineSoftAssertionsProvider {}

  @Test
  void provider_mixesWithAssertJsStandardSoftAssertions() {
    MixedSoftAssertions softly = new MixedSoftAssertions();

    softly.assertThat(TIMELINE).hasEventsInOrder("putin-asks-kim", "kursk-offensive");
    softly.assertThat(List.of(1, 2)).hasSize(3);

    assertThat(softly.errorsCollected()).hasSize(2);
  }

  @Nested
  @ExtendWith(SoftAssertionsExtension.class)
  class WithJUnitExtension {

    @InjectSoftAssertions
    private EventlineSoftAssertions softly;

    @Test
    void extension_injectsEventlineSoftAssertions() {
      softly.assertThat(TIMELINE).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
      softly.assertThat(TIMELINE).verdictOn(occurred("nk-troops-in-assaults")).isCorroborated();

      assertThat(softly).isNotNull();
      assertThat(softly.errorsCollected()).isEmpty();
    }
  }
}
