package io.github.eventline.cli;

import static io.github.eventline.cli.Stories.day;
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
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class StorySummaryTest {

  private static Story withEvents(Event... events) {
    return Story.builder().event(events).build();
  }

  @Test
  void lines_sayTitleCountsAndSpan() {
    assertThat(new StorySummary(Stories.kursk()).lines()).containsExactly(
        "title:       Kim Jong-un envoie des troupes à Koursk",
        "actors:      2",
        "places:      1",
        "sources:     2",
        "events:      5",
        "assertions:  2",
        "time span:   1 Aug 2024 to 31 Dec 2024");
  }

  @Test
  void lines_sayUntitledAndUnknownSpanForAnEmptyStory() {
    assertThat(new StorySummary(Story.builder().build()).lines())
        .contains("title:       (untitled)", "time span:   unknown");
  }

  @Test
  void timeSpan_endsOnTheLastDayBeforeAnExclusiveEnd() {
    Story story = withEvents(Event.builder("e", "E").when(TimeBounds.in(YearMonth.of(2024, 2))).build());

    assertThat(new StorySummary(story).timeSpan()).isEqualTo("1 Feb 2024 to 29 Feb 2024");
  }

  @Test
  void timeSpan_keepsAPointOnItsOwnDay() {
    Instant midnight = day("2024-08-06");
    Story story = withEvents(Event.builder("e", "E")
        .when(TimeBounds.of(midnight, midnight, midnight, midnight, Precision.NONE, "x")).build());

    assertThat(new StorySummary(story).timeSpan()).isEqualTo("6 Aug 2024 to 6 Aug 2024");
  }

  @Test
  void timeSpan_usesTheStatedBoundsOfOpenEndedDates() {
    Story story = withEvents(
        Event.builder("after", "After").when(TimeBounds.of(day("2024-08-11"), Instant.MAX, day("2024-08-11"),
            Instant.MAX, Precision.NONE, "x")).build(),
        Event.builder("before", "Before").when(TimeBounds.of(Instant.MIN, day("2024-08-07"), Instant.MIN,
            day("2024-08-07"), Precision.NONE, "x")).build(),
        Event.builder("unknown", "Unknown").when(TimeBounds.unbounded()).build());

    assertThat(new StorySummary(story).timeSpan()).isEqualTo("6 Aug 2024 to 11 Aug 2024");
  }

  @Test
  void timeSpan_endsOnTheDayAnOngoingEventWasSeen() {
    Story story = withEvents(
        Event.builder("day", "Day").when(TimeBounds.ongoingAt(TimeBounds.parse("2024-12-14"))).build(),
        Event.builder("instant", "Instant").when(TimeBounds.ongoingAt(Instant.parse("2024-12-01T10:00:00Z"))).build());

    assertThat(new StorySummary(story).timeSpan()).isEqualTo("1 Dec 2024 to 14 Dec 2024");
  }

  @Test
  void timeSpan_includesWhenAssertionsWereStated() {
    Story story = Story.builder()
        .source(Source.builder("paper", "Paper").published(TimeBounds.on(LocalDate.of(2025, 1, 3))).build())
        .event(Event.builder("e", "E").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build())
        .assertion(
            Assertion.builder("a1", "paper", new Claim.Occurred(EventId.of("e"))).build(),
            Assertion.builder("a2", "paper", new Claim.Occurred(EventId.of("e")))
                .stated(TimeBounds.on(LocalDate.of(2023, 5, 1))).build())
        .build();

    assertThat(new StorySummary(story).timeSpan()).isEqualTo("1 May 2023 to 3 Jan 2025");
  }
}
