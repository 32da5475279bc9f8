package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.core.time.TimeBoundsFormatter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

  private static final Event A = Event.builder("a", "Alpha").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build();
  private static final Event B = Event.builder("bravo-event", "Bravo").build();

  private static final Event C = Event.builder("c", "Charlie,  on\ntwo lines").build();

  private static TimelineText text(List<Event> events, Map<EventId, TimeBounds> derived, Function<EventId, String> status) {
    return new TimelineText(events, id -> derived.getOrDefault(id, TimeBounds.unbounded()), status, id -> List.of(),
        TimeBoundsFormatter.ENGLISH_UTC);
  }

  @Test
  void lines_showTheValuesHeldUnderTheirEvent_alignedWithItsId() {
    Map<EventId, TimeBounds> derived = Map.of(A.id(), TimeBounds.on(LocalDate.of(2024, 8, 6)));

    List<String> lines = new TimelineText(List.of(A, B), id -> derived.getOrDefault(id, TimeBounds.unbounded()),
        id -> "UNCONTESTED", id -> id.equals(A.id()) ? List.of("troops: about 10,000 soldiers", "where: Kursk Oblast")
            : List.of("who: Russia (agent)"), TimeBoundsFormatter.ENGLISH_UTC).lines();

    assertThat(lines).containsExactly(
        "6 Aug 2024  UNCONTESTED  a  Alpha",
        "                         troops: about 10,000 soldiers",
        "                         where: Kursk Oblast",
        "",
        "Undated",
        "  UNCONTESTED  bravo-event  Bravo",
        "               who: Russia (agent)");
  }

  @Test
  void lines_keepTheGivenOrderAndShowTheGivenBoundsAndStatus() {
    Map<EventId, TimeBounds> derived = Map.of(
        B.id(), TimeBounds.in(YearMonth.of(2024, 9)), A.id(), TimeBounds.on(LocalDate.of(2024, 8, 6)));

    List<String> lines = text(List.of(B, A), derived,
        id -> id.equals(A.id()) ? "CONTESTED" : "UNVERIFIED").lines();

    assertThat(lines).containsExactly(
        "Sep 2024    UNVERIFIED  bravo-event  Bravo",
        "6 Aug 2024  CONTESTED   a            Alpha");
  }

  @Test
  void lines_putUndatedEventsInATrailingSectionInTheGivenOrder() {
    Map<EventId, TimeBounds> derived = Map.of(A.id(), TimeBounds.on(LocalDate.of(2024, 8, 6)), C.id(), TimeBounds.unbounded());

    List<String> lines = text(List.of(C, B, A), derived,
        id -> id.equals(C.id()) ? "REFUTED" : "UNCONTESTED").lines();

    assertThat(lines).containsExactly(
        "6 Aug 2024  UNCONTESTED  a  Alpha",
        "",
        "Undated",
        "  REFUTED      c            Charlie, on two lines",
        "  UNCONTESTED  bravo-event  Bravo");
  }

  @Test
  void lines_withOnlyUndatedEvents_startWithTheSection() {
    List<String> lines = text(List.of(B), Map.of(), id -> "UNVERIFIED").lines();

    assertThat(lines).containsExactly("Undated", "  UNVERIFIED  bravo-event  Bravo");
  }

  @Test
  void lines_sayNoEventsForAnEmptyStory() {
    assertThat(text(List.of(), Map.of(), id -> "").lines()).containsExactly("(no events)");
  }
}
