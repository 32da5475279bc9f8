package io.github.eventline.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.CollidingIds;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.Timeline;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Event ids to positions: every event found, unknown ids not, colliding hashes handled by a fallback. */
class EventIndexTest {

  private static final long BASE_SEED = 0x1D_2026L;

  @RepeatedTest(20)
  void indexOf_findsEveryEventByAnEqualId_andNoOtherId(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    int n = random.nextInt(2_000);
    Set<String> seen = new HashSet<>();
    List<Event> events = new ArrayList<>();
    while (events.size() < n) {
      String id = random.nextBoolean() ? "e" + random.nextInt(100_000) : Integer.toString(random.nextInt(), 36).replace('-', 'x');
      if (seen.add(id)) {
        events.add(Event.builder(EventId.of(id), "Event " + id).build());
      }
    }
    EventIndex index = new EventIndex(events.toArray(new Event[0]));

    for (int i = 0; i < n; i++) {
      // An equal id, not the very object the event holds.
      EventId id = EventId.of(events.get(i).id().value());
      assertThat(index.indexOf(id)).as("seed %d, id %s", seed, id).isEqualTo(i);
      assertThat(index.get(id)).as("seed %d, id %s", seed, id).isEqualTo(i);
    }
    for (int k = 0; k < 100; k++) {
      String id = "other" + random.nextInt(1_000_000);
      assertThat(index.indexOf(EventId.of(id))).as("seed %d, id %s", seed, id).isEqualTo(-1);
      assertThat(index.get(EventId.of(id))).as("seed %d, id %s", seed, id).isNull();
    }
    assertThat(index.isFallback()).as("seed %d", seed).isFalse();
  }

  @Test
  void index_ofManyIdsAlikeButForTheirLastCharacters_staysOpenAddressing() {
    // Such ids have hashes close together: at 50,000, a linear probe ran 659 slots long.
    Event[] events = new Event[50_000];
    for (int i = 0; i < events.length; i++) {
      String digits = Integer.toString(i);
      events[i] = Event.builder(EventId.of("e" + "0000000".substring(digits.length()) + digits), "Event").build();
    }
    EventIndex index = new EventIndex(events);

    assertThat(index.isFallback()).isFalse();
    assertThat(index.indexOf(EventId.of("e0012345"))).isEqualTo(12_345);
    assertThat(index.indexOf(EventId.of("e0050000"))).isEqualTo(-1);
  }

  @Test
  void index_ofIdsWhoseHashesAllCollide_fallsBackAndStillFindsThem() {
    List<EventId> ids = collidingIds(9);
    Event[] events = new Event[ids.size()];
    for (int i = 0; i < events.length; i++) {
      events[i] = Event.builder(ids.get(i), "Event").build();
    }
    EventIndex index = new EventIndex(events);

    assertThat(index.isFallback()).isTrue();
    for (int i = 0; i < events.length; i++) {
      assertThat(index.indexOf(EventId.of(ids.get(i).value()))).isEqualTo(i);
    }
    assertThat(index.indexOf(EventId.of("AaAaAaAaAaAaAaAaAaAa"))).isEqualTo(-1);
  }

  @Test
  void index_ofFewCollidingIds_staysOpenAddressing() {
    List<EventId> ids = collidingIds(6);
    Event[] events = new Event[ids.size()];
    for (int i = 0; i < events.length; i++) {
      events[i] = Event.builder(ids.get(i), "Event").build();
    }
    EventIndex index = new EventIndex(events);

    assertThat(index.isFallback()).isFalse();
    for (int i = 0; i < events.length; i++) {
      assertThat(index.indexOf(EventId.of(ids.get(i).value()))).isEqualTo(i);
    }
  }

  @Test
  void index_ofARepeatedId_keepsTheLastPosition() {
    Event a = Event.builder(EventId.of("a"), "First").build();
    Event b = Event.builder(EventId.of("b"), "Other").build();
    Event again = Event.builder(EventId.of("a"), "Second").build();

    EventIndex index = new EventIndex(new Event[] {a, b, again});

    assertThat(index.indexOf(EventId.of("a"))).isEqualTo(2);
    assertThat(index.indexOf(EventId.of("b"))).isEqualTo(1);
  }

  @Test
  void index_ofNoEvent_findsNothing() {
    assertThat(new EventIndex(new Event[0]).indexOf(EventId.of("a"))).isEqualTo(-1);
  }

  @Test
  void timeline_ofEventsWhoseIdsCollide_ordersAndBoundsThemAsTheirRelationsSay() {
    List<EventId> ids = collidingIds(9);
    // The chain ids[0] before ids[1] before ..., stated in an order that is not the chain's.
    List<Event> events = new ArrayList<>();
    for (int i = ids.size() - 1; i >= 0; i--) {
      events.add(Event.builder(ids.get(i), "Event " + i).build());
    }
    List<Assertion> assertions = new ArrayList<>();
    for (int i = 0; i + 1 < ids.size(); i++) {
      assertions.add(
          Assertion.builder(
                  "a" + i, "wire", Claim.Relation.of(ids.get(i), EnumSet.of(IntervalRelation.BEFORE), ids.get(i + 1)))
              .build());
    }
    Story story =
        Story.builder()
            .source(Source.builder("wire", "A wire service").build())
            .events(events)
            .assertions(assertions)
            .build();

    Timeline timeline = Timeline.build(story);

    assertThat(timeline.events()).extracting(Event::id).containsExactlyElementsOf(ids);
    assertThat(timeline.relation(ids.get(0), ids.get(ids.size() - 1))).containsExactly(IntervalRelation.BEFORE);
    assertThat(timeline.conflicts()).isEmpty();
  }

  /** The 2^k ids made of k blocks "Aa" or "BB", which all have the same hash, in id order. */
  private static List<EventId> collidingIds(int k) {
    List<EventId> ids = CollidingIds.of(k).stream().map(EventId::of).toList();
    assertThat(ids.stream().mapToInt(EventId::hashCode).distinct()).hasSize(1);
    return ids;
  }

  @Test
  void remapped_findsEachIdAtItsNewPosition_andUnknownIdsNowhere() {
    Event[] events = new Event[5];
    for (int i = 0; i < events.length; i++) {
      events[i] = Event.builder(EventId.of("e" + i), "Event").build();
    }
    EventIndex index = new EventIndex(events);
    int[] remap = {3, 0, 4, 1, 2};

    EventIndex view = index.remapped(remap);

    for (int i = 0; i < events.length; i++) {
      assertThat(view.indexOf(EventId.of("e" + i))).isEqualTo(remap[i]);
      assertThat(index.indexOf(EventId.of("e" + i))).isEqualTo(i);
    }
    assertThat(view.indexOf(EventId.of("e9"))).isEqualTo(-1);
    assertThat(view.get(EventId.of("e9"))).isNull();
  }
}
