package io.github.eventline.assertj;

import static io.github.eventline.assertj.EventlineAssertions.assertThat;
import static io.github.eventline.assertj.EventlineAssertions.occurred;
import static io.github.eventline.assertj.EventlineAssertions.quantity;
import static io.github.eventline.assertj.EventlineAssertions.timing;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import org.junit.jupiter.api.Test;

/** Failure messages show the slice of the timeline an assertion is about, exactly. */
class FailureMessagesTest {

  private static final String OFFENSIVE = """
        kursk-offensive (Ukrainian offensive to retake control of areas of the Kursk region)
          stated:  "early 2024-08": start in [2024-08-01T00:00:00Z, 2024-08-11T00:00:00Z], \
      end in [2024-08-01T00:00:00Z, 2024-08-11T00:00:00Z]
          derived: same as stated""";
  private static final String REQUEST = "  putin-asks-kim (Putin asks Kim Jong-un for help)\n"
      + "    stated:  none\n"
      + "    derived: \"derived\": start in [2024-08-01T00:00:00Z, ..], end in [2024-08-01T00:00:00Z, ..]";
  private static final String ASSAULTS_VERDICT = """
        verdict on occurred(nk-troops-in-assaults): CORROBORATED, confidence 0.765
          a17 (austin-statement via article) outdated: outdated by a2: a later certain statement settles what \
      it hedged; weight 0.09 = reliability 0.8 x underspecified 0.25 x 1 relay 0.9 x uncommitted 0.5; \
      outdated by a2, not counted
          a3 (preliminary-information via article, zelensky-address) supports: states the claim; \
      weight 0.364 = reliability 0.6 x probable 0.75 x 2 relays 0.9^2
          a1 (zelensky-address via article) neutral: implied by a1 (participation of nk-troops-in-assaults); \
      not counted: zelensky-address says whether it happened itself; \
      weight 0.63 = reliability 0.7 x certain 1 x 1 relay 0.9
          a19 (zelensky-address via article) neutral: implied by a19 (participation of nk-troops-in-assaults); \
      not counted: zelensky-address says whether it happened itself; \
      weight 0.63 = reliability 0.7 x certain 1 x 1 relay 0.9
          a2 (zelensky-address via article) supports: states the claim; \
      weight 0.63 = reliability 0.7 x certain 1 x 1 relay 0.9""";

  private final Timeline timeline = Timeline.build(KurskStory.build());

  @Test
  void ordering_showsBothEventsWithTheirBoundsAndTheRelationsStillPossible() {
    assertThatThrownBy(() -> assertThat(timeline).event("kursk-offensive").isNecessarilyAfter("putin-asks-kim"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting kursk-offensive to be necessarily after putin-asks-kim, but it cannot be:\n"
            + OFFENSIVE + "\n" + REQUEST + "\n"
            + "  relations still possible from kursk-offensive to putin-asks-kim: [BEFORE, MEETS]");
  }

  @Test
  void ordering_saysWhenTheOrderIsOnlyPossible_andWhenNothingOrdersThePair() {
    assertThatThrownBy(() -> assertThat(timeline).event("putin-asks-kim").isNecessarilyBefore("escalation"))
        .hasMessage("Expecting putin-asks-kim to be necessarily before escalation, but it only may be:\n"
            + REQUEST + "\n"
            + "  escalation (The conflict escalates)\n"
            + "    stated:  none\n"
            + "    derived: unbounded\n"
            + "  relations still possible from putin-asks-kim to escalation: all 13, nothing orders them");
  }

  @Test
  void bounds_showTheEventsStatedAndDerivedBounds() {
    assertThatThrownBy(() -> assertThat(timeline).event("putin-asks-kim").startsNoEarlierThan("2024-09"))
        .hasMessage("Expecting putin-asks-kim to start no earlier than \"2024-09\" (2024-09-01T00:00:00Z),"
            + " but its earliest start is 2024-08-01T00:00:00Z:\n" + REQUEST);
  }

  @Test
  void eventStatus_showsTheOccurrenceVerdict() {
    assertThatThrownBy(() -> assertThat(timeline).event("putin-asks-kim").hasStatus(VerdictStatus.UNVERIFIED))
        .hasMessage("""
            Expecting the occurrence of putin-asks-kim to be UNVERIFIED, but it is UNCONTESTED:
              verdict on occurred(putin-asks-kim): UNCONTESTED, confidence 0.4
                a11 (article) supports: states the claim; weight 0.4 = reliability 0.8 x possible 0.5
                a12 (article) neutral: implied by a12 (relation of putin-asks-kim and kursk-offensive); \
            not counted: article says whether it happened itself; weight 0.8 = reliability 0.8 x certain 1""");
  }

  @Test
  void verdictStatus_showsEachAssertionWithItsClaimantRelaysWeightAndReason() {
    assertThatThrownBy(() -> assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested())
        .hasMessage("Expecting the verdict on occurred(nk-troops-in-assaults) to be CONTESTED, but it is CORROBORATED:\n"
            + ASSAULTS_VERDICT);
  }

  @Test
  void verdictStatus_startsWithTheDescription() {
    assertThatThrownBy(() -> assertThat(timeline).as("seed").verdictOn(occurred("nk-troops-in-assaults")).isRefuted())
        .hasMessage("[seed] Expecting the verdict on occurred(nk-troops-in-assaults) to be REFUTED, but it is CORROBORATED:\n"
            + ASSAULTS_VERDICT);
  }

  @Test
  void supportByARelay_saysARelayIsNotAClaimant() {
    assertThatThrownBy(() -> assertThat(timeline).verdictOn(occurred("nk-troops-in-kursk")).isSupportedBy("article"))
        .hasMessage("""
            Expecting the verdict on occurred(nk-troops-in-kursk) to be supported by "article", but no supporting \
            assertion has that id or source (article only relays a14: a relay is not a claimant):
              verdict on occurred(nk-troops-in-kursk): UNCONTESTED, confidence 0.315
                a14 (south-korean-sources via article) supports: states the claim; \
            weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9
                a15 (south-korean-sources via article) neutral: implied by a15 (quantity of nk-troops-in-kursk); \
            not counted: south-korean-sources says whether it happened itself; \
            weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9
                a16 (south-korean-sources via article) neutral: implied by a16 (timing of nk-troops-in-kursk); \
            not counted: south-korean-sources says whether it happened itself; \
            weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9""");
  }

  @Test
  void figure_showsTheValueHeld() {
    assertThatThrownBy(() -> assertThat(timeline).verdictOn(quantity("nk-troops-in-kursk", "soldiers")).hasFigure(12_000))
        .hasMessage("""
            Expecting the verdict on quantity(nk-troops-in-kursk, soldiers) to hold the figure 12000, \
            but it holds about 10000 person:
              verdict on quantity(nk-troops-in-kursk, soldiers): UNCONTESTED, confidence 0.315, \
            value held: about 10000 person
                a15 (south-korean-sources via article) supports: states the value held; \
            weight 0.315 = reliability 0.7 x possible 0.5 x 1 relay 0.9""");
  }

  @Test
  void conflicts_showEachCycleAndTheEventsItConstrains() {
    Story story = KurskStory.builder()
        .assertion(Assertion.builder("a20", "zelensky-address",
            new Claim.Timing(EventId.of("putin-asks-kim"), TimeBounds.parse("2024-06"))).build())
        .build();

    assertThatThrownBy(() -> assertThat(Timeline.build(story)).hasNoConflicts())
        .hasMessage("""
            Expecting no temporal conflicts, but the timeline has 1:
              1. putin-asks-kim must start by 2024-07-01T00:00:00Z (assertion a20, source zelensky-address), \
            but putin-asks-kim must start no earlier than kursk-offensive ends (assertion a12, source article), \
            and kursk-offensive cannot end before 2024-08-01T00:00:00Z (the editor's date of kursk-offensive, \
            "early 2024-08"). Set aside: assertion a20 (source zelensky-address); assertion a12 (source article); \
            the editor's date of kursk-offensive, "early 2024-08".
                kursk-offensive (Ukrainian offensive to retake control of areas of the Kursk region)
                  stated:  "early 2024-08": start in [2024-08-01T00:00:00Z, 2024-08-11T00:00:00Z], \
            end in [2024-08-01T00:00:00Z, 2024-08-11T00:00:00Z]
                  derived: "derived": start in [.., 2024-12-16T00:00:00Z], end in [.., ..]
                putin-asks-kim (Putin asks Kim Jong-un for help)
                  stated:  "2024-06": start in [2024-06-01T00:00:00Z, 2024-07-01T00:00:00Z], \
            end in [2024-06-01T00:00:00Z, 2024-07-01T00:00:00Z]
                  derived: unbounded""");
  }

  @Test
  void missingEvent_failsWithADidYouMean() {
    assertThatThrownBy(() -> assertThat(timeline).event("putin-ask-kim"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the timeline to have event \"putin-ask-kim\", but its story has no such event"
            + " (did you mean \"putin-asks-kim\"?)");
  }

  @Test
  void missingVerdict_saysNoAssertionAnswersIt() {
    assertThatThrownBy(() -> assertThat(timeline).verdictOn(timing("nk-losses")))
        .hasMessage("Expecting a verdict on timing(nk-losses), but no assertion answers it");
  }

  @Test
  void unknownOtherEvent_isABadArgumentNotAFailure() {
    assertThatThrownBy(() -> assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-ofensive"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"kursk-ofensive\": the timeline's story has no such event"
            + " (did you mean \"kursk-offensive\"?)");
  }

  @Test
  void storyProblems_areListedOneALine() {
    Story.Builder builder = KurskStory.builder()
        .assertion(Assertion.builder("a20", "nobody", new Claim.Occurred(EventId.of("nk-assault"))).build());

    assertThatThrownBy(() -> assertThat(builder).hasNoProblems())
        .hasMessage("""
            Expecting the story to have no problems, but it has 2:
              assertions[19].source: unknown source "nobody"
              assertions[19].claim.event: unknown event "nk-assault\"""");
  }

  @Test
  void missingProblem_listsTheProblemsFound() {
    Story.Builder builder = KurskStory.builder()
        .assertion(Assertion.builder("a20", "nobody", new Claim.Occurred(EventId.of("nk-losses"))).build());

    assertThatThrownBy(() -> assertThat(builder).hasProblem("assertions[0].source", "unknown source \"nobody\""))
        .hasMessage("""
            Expecting the story to have the problem
              assertions[0].source: unknown source "nobody"
            but its problems are:
              assertions[19].source: unknown source "nobody\"""");
  }

  @Test
  void nullTimeline_fails() {
    assertThatThrownBy(() -> assertThat((Timeline) null).hasNoConflicts())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting a timeline, but it is null");
  }

  @Test
  void failure_pointsAtTheTestNotAtTheLibrary() {
    assertThatThrownBy(() -> assertThat(timeline).hasEventsInOrder("putin-asks-kim", "kursk-offensive"))
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getStackTrace()[0].getClassName())
            .startsWith(FailureMessagesTest.class.getName()));
  }
}
