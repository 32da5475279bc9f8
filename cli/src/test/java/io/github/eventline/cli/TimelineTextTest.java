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

  @Test
  void statedOrder_sortsByEarliestStartThenUndatedThenId() {
    Event early = Event.builder("z-early", "Z").when(TimeBounds.on(LocalDate.of(2024, 8, 1))).build();
    Event sameDayB = Event.builder("b-same", "B").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build();
    Event sameDayA = Event.builder("a-same", "A").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build();
    Event open = Event.builder("open", "O").when(TimeBounds.unbounded()).build();
    Event undatedB = Event.builder("b-undated", "U").build();
    Event undatedA = Event.builder("a-undated", "U").build();
    List<Event> expected = List.of(open, early, sameDayA, sameDayB, undatedA, undatedB);

    assertThat(StatedOrder.sort(List.of(undatedB, sameDayB, early, undatedA, open, sameDayA)))
        .containsExactlyElementsOf(expected);
  }

  @RepeatedTest(20)
  void statedOrder_doesNotDependOnTheInputOrder() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Event.Builder b = Event.builder("e" + random.nextInt(1000) + "-" + i, "Event " + i);
      if (random.nextInt(4) > 0) {
        b.when(TimeBounds.on(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(10))));
      }
      events.add(b.build());
    }
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, random);

    assertThat(StatedOrder.sort(shuffled)).as("seed %d", seed).containsExactlyElementsOf(StatedOrder.sort(events));
  }
}
