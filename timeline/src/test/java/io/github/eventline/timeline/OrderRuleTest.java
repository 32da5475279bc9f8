package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The order rule: an event is placed at the first instant known of it; at the same place an event
 * already begun comes before one that starts there; an event of which nothing is known comes last.
 */
class OrderRuleTest {

  private static final Instant DEC_15 = Instant.parse("2024-12-15T00:00:00Z");

  private static Story.Builder story() {
    return Story.builder().title("order");
  }

  private static Event event(String id, TimeBounds when) {
    return Event.builder(id, id).when(when).build();
  }

  @Test
  void events_placeAnOngoingEventAtWhatIsKnown_notBeforeAnEarlierInvasion() {
    Story story = story()
        .event(
            event("ongoing", TimeBounds.ongoingAt(DEC_15)),
            event("invasion", TimeBounds.on(LocalDate.of(2022, 2, 24))),
            Event.builder("undated", "undated").build(),
            event("offensive", TimeBounds.early(YearMonth.of(2024, 8))))
        .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.events()).extracting(e -> e.id().value())
        .containsExactly("invasion", "offensive", "ongoing", "undated");
  }

  @Test
  void events_placeAnOpenStartedEventByItsEarliestEnd_orElseItsLatestEnd() {
    Story story = story()
        .event(
            // Over before 2023 (latest end only): placed at 1 Jan 2023.
            event("before-2023", TimeBounds.notAfter(Instant.parse("2023-01-01T00:00:00Z"))),
            // Ends within August 2024, start unknown: placed at 1 Aug 2024, its earliest end.
            event("until-aug", TimeBounds.of(Instant.MIN, Instant.parse("2024-09-01T00:00:00Z"),
                Instant.parse("2024-08-01T00:00:00Z"), Instant.parse("2024-09-01T00:00:00Z"), Precision.MONTH, "../2024-08")),
            event("jun-2023", TimeBounds.in(YearMonth.of(2023, 6))),
            event("jul-2024", TimeBounds.in(YearMonth.of(2024, 7))),
            event("sep-2024", TimeBounds.in(YearMonth.of(2024, 9))))
        .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.events()).extracting(e -> e.id().value())
        .containsExactly("before-2023", "jun-2023", "jul-2024", "until-aug", "sep-2024");
  }

  @Test
  void events_atTheSamePlace_anEventAlreadyBegunComesFirst() {
    // "a-starts" would come first by id; "z-ongoing" had begun by 15 Dec, so it comes first.
    Story story = story()
        .event(
            event("a-starts", TimeBounds.on(LocalDate.of(2024, 12, 15))),
            event("z-ongoing", TimeBounds.ongoingAt(DEC_15)))
        .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.events()).extracting(e -> e.id().value()).containsExactly("z-ongoing", "a-starts");
  }

  @Test
  void events_undatedComeLast_inIdOrder_whateverTheStoryOrder() {
    Story story = story()
        .event(
            Event.builder("b-undated", "b").build(),
            Event.builder("a-undated", "a").build(),
            event("dated", TimeBounds.in(java.time.Year.of(1990))))
        .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.events()).extracting(Event::id)
        .containsExactly(EventId.of("dated"), EventId.of("a-undated"), EventId.of("b-undated"));
  }

  @Test
  void place_isTheFirstInstantKnown_emptyWhenNothingIs() {
    Story story = story()
        .event(
            event("ongoing", TimeBounds.ongoingAt(TimeBounds.parse("2024-12-15"))),
            event("august", TimeBounds.in(YearMonth.of(2024, 8))),
            event("before", TimeBounds.notAfter(Instant.parse("2023-01-01T00:00:00Z"))),
            Event.builder("undated", "undated").build())
        .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.place(EventId.of("ongoing"))).contains(DEC_15);
    assertThat(timeline.place(EventId.of("august"))).contains(Instant.parse("2024-08-01T00:00:00Z"));
    assertThat(timeline.place(EventId.of("before"))).contains(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(timeline.place(EventId.of("undated"))).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> timeline.place(EventId.of("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown event \"nope\": the timeline's story has no such event");
  }
}
