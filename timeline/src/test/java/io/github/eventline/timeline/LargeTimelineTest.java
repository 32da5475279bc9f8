package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A smoke test at scale: 100,000 events and 200,000 relations build, consistent and ordered. No timing. */
class LargeTimelineTest {

  @Test
  void build_ordersALargeStoryConsistentlyWithEveryRelation() {
    Story story = LargeStories.generate(100_000, 2, 7);

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.conflicts()).isEmpty();
    List<Event> events = timeline.events();
    assertThat(events).hasSize(100_000);
    Map<EventId, Integer> position = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      position.put(events.get(i).id(), i);
    }
    long outOfOrder = 0;
    for (Assertion a : story.assertions()) {
      Claim.Relation r = (Claim.Relation) a.claim();
      if (position.get(r.event()) > position.get(r.other())) {
        outOfOrder++;
      }
    }
    assertThat(outOfOrder).isZero();
    EventId last = events.get(events.size() - 1).id();
    assertThat(place(timeline.derivedBounds(last))).isAfterOrEqualTo(place(timeline.derivedBounds(events.get(0).id())));
  }

  /** The order rule's place of an event: the earliest of its bounds that is bounded. */
  private static Instant place(TimeBounds b) {
    return Stream.of(b.earliestStart(), b.latestStart(), b.earliestEnd(), b.latestEnd())
        .filter(t -> !t.equals(Instant.MIN) && !t.equals(Instant.MAX))
        .min(Comparator.naturalOrder())
        .orElse(Instant.MAX);
  }
}
