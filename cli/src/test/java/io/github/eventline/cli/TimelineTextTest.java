package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

  private static final Event A = Event.builder("a", "Alpha").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build();
  private static final Event B = Event.builder("bravo-event", "Bravo").build();

  @Test
  void lines_keepTheGivenOrderAndShowTheGivenBounds() {
    Map<EventId, TimeBounds> derived = Map.of(B.id(), TimeBounds.in(YearMonth.of(2024, 9)));

    List<String> lines = new TimelineText(List.of(B, A), id -> Optional.ofNullable(derived.get(id))).lines();

    assertThat(lines).containsExactly(
        "Sep 2024      bravo-event  Bravo",
        "unknown date  a            Alpha");
  }

  @Test
  void lines_sayNoEventsForAnEmptyStory() {
    assertThat(new TimelineText(List.of(), id -> Optional.empty()).lines()).containsExactly("(no events)");
  }
}
