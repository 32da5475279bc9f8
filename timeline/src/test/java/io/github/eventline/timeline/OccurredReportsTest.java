package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A report comes after the fact: a positive, certain report that an event occurred, stated at T,
 * bounds the event's start by the end of T; a forecast, a hedged or withdrawn report does not.
 */
class OccurredReportsTest {

  private static final EventId ARREST = EventId.of("arrest");
  private static final Instant END_OF_11_FEBRUARY = Instant.parse("2024-02-12T00:00:00Z");

  private static Story.Builder story() {
    return Story.builder()
        .source(Source.builder("police", "Police statement").published(TimeBounds.on(LocalDate.of(2024, 2, 11))).build())
        .source(Source.builder("agency", "News agency").build())
        .event(Event.builder("arrest", "Arrest of the suspect").build());
  }

  private static Assertion.Builder occurred(String id, String source) {
    return Assertion.builder(id, source, new Claim.Occurred(ARREST));
  }

  @Test
  void certainReport_boundsTheStartByTheEndOfItsStatedDay() {
    Story story = story().assertion(occurred("a1", "police").build()).build();

    Timeline timeline = Timeline.build(story);

    // Stated on the source's publication, 11 February: begun by the end of that day.
    assertThat(timeline.derivedBounds(ARREST).latestStart()).isEqualTo(END_OF_11_FEBRUARY);
    assertThat(timeline.derivedBounds(ARREST).earliestStart()).isEqualTo(Instant.MIN);
    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void report_boundsTheStartAlsoWhenTheTimelineIsBuiltWithOptions() {
    Story story = story()
        .assertion(occurred("a1", "agency").stated(TimeBounds.on(LocalDate.of(2024, 2, 11))).build())
        .build();

    Timeline timeline = Timeline.build(story, TimelineOptions.builder().accepting(a -> true).build());

    assertThat(timeline.derivedBounds(ARREST).latestStart()).isEqualTo(END_OF_11_FEBRUARY);
  }

  @Test
  void hedgedDeniedWithdrawnOrUndatedReports_doNotBoundTheStart() {
    Story story = story()
        .assertion(occurred("hedged", "police").factuality(Factuality.PROBABLE).build())
        .assertion(occurred("denied", "police").factuality(Factuality.DENIED).build())
        .assertion(occurred("withdrawn", "police").stated(TimeBounds.on(LocalDate.of(2024, 2, 1))).build())
        .assertion(occurred("correction", "police").supersedes("withdrawn")
            .stated(TimeBounds.on(LocalDate.of(2024, 3, 1))).build())
        .assertion(occurred("undated", "agency").build())
        .build();

    Timeline timeline = Timeline.build(story);

    // Only the correction, stated on 1 March, bounds the arrest.
    assertThat(timeline.derivedBounds(ARREST).latestStart()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
  }

  @Test
  void forecast_doesNotBoundTheStart_butAnotherSourcesTimingDoes() {
    // The police announce on 11 February an arrest planned for 15 February: a forecast.
    Assertion forecastTiming = Assertion.builder("t1", "police",
        new Claim.Timing(ARREST, TimeBounds.on(LocalDate.of(2024, 2, 15)))).build();
    Story forecast = story().assertion(occurred("a1", "police").build()).assertion(forecastTiming).build();

    Timeline timeline = Timeline.build(forecast);

    assertThat(timeline.conflicts()).isEmpty();
    assertThat(timeline.derivedBounds(ARREST).earliestStart()).isEqualTo(Instant.parse("2024-02-15T00:00:00Z"));

    // The same date from the agency does not make the police's report a forecast.
    Assertion agencyTiming = Assertion.builder("t1", "agency",
        new Claim.Timing(ARREST, TimeBounds.on(LocalDate.of(2024, 2, 15)))).build();
    Story report = story().assertion(occurred("a1", "police").build()).assertion(agencyTiming).build();

    assertThat(Timeline.build(report).conflicts()).hasSize(1);
  }

  @Test
  void reportBeforeTheStatedStart_isAConflictThatNamesTheReport() {
    Story story = story()
        .event(Event.builder("ceasefire", "Ceasefire").when(TimeBounds.on(LocalDate.of(2024, 3, 10))).build())
        .assertion(Assertion.builder("r1", "agency", new Claim.Occurred(EventId.of("ceasefire")))
            .stated(TimeBounds.on(LocalDate.of(2024, 3, 5))).build())
        .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.conflicts()).hasSize(1);
    TemporalConflict conflict = timeline.conflicts().get(0);
    assertThat(conflict.message()).isEqualTo(
        "ceasefire must have started by 2024-03-06T00:00:00Z, when it was reported (assertion r1, source agency),"
            + " but ceasefire cannot start before 2024-03-10T00:00:00Z (the editor's date of ceasefire,"
            + " \"2024-03-10\"). Set aside: assertion r1 (source agency); the editor's date of ceasefire,"
            + " \"2024-03-10\".");
    assertThat(conflict.assertions()).containsExactly(AssertionId.of("r1"));
    assertThat(conflict.setAsideDates()).containsExactly(EventId.of("ceasefire"));
  }
}
