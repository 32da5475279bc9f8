package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large sparse consistent stories: events in id order over the days, a third of them dated, each
 * event PRECEDES two later events among the next 64.
 */
public final class LargeStories {

  private LargeStories() {}

  public static Story generate(int events, int relationsPerEvent, long seed) {
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(1900, 1, 1);
    EventId[] ids = new EventId[events];
    List<Event> list = new ArrayList<>(events);
    for (int i = 0; i < events; i++) {
      ids[i] = EventId.of(String.format("e%07d", i));
      Event.Builder b = Event.builder(ids[i], "Event " + i);
      if (random.nextInt(3) == 0) {
        b.when(TimeBounds.on(first.plusDays(i / 12)));
      }
      list.add(b.build());
    }
    List<Assertion> assertions = new ArrayList<>(events * relationsPerEvent);
    int a = 0;
    for (int i = 0; i < events; i++) {
      for (int k = 0; k < relationsPerEvent; k++) {
        int j = i + 1 + random.nextInt(64);
        if (j < events) {
          assertions.add(
              Assertion.builder("a" + a++, "wire", Claim.Relation.of(ids[i], java.util.EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.MEETS), ids[j])).build());
        }
      }
    }
    return Story.builder()
        .source(Source.builder("wire", "A wire service").build())
        .events(list)
        .assertions(assertions)
        .build();
  }
}
