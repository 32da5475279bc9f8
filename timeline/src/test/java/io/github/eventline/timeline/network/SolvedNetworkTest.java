package io.github.eventline.timeline.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.TimelineOptions;
import io.github.eventline.timeline.points.Seconds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's result: what {@link SolvedNetwork} gives, and that its conflicts do not depend on the story's order. */
class SolvedNetworkTest {

  private static final TimelineOptions ALL = TimelineOptions.builder().accepting(a -> true).build();

  /** Two cycles of "before" among four events, stated by assertions in the given order. */
  private static Story cycles(boolean reversed) {
    List<Event> events = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d")) {
      events.add(Event.builder(EventId.of(id), id).build());
    }
    List<Assertion> assertions = new ArrayList<>(List.of(
        before("r1", "a", "b"), before("r2", "b", "c"), before("r3", "c", "a"),
        before("r4", "d", "b"), before("r5", "b", "d")));
    if (reversed) {
      Collections.reverse(events);
      Collections.reverse(assertions);
    }
    return Story.builder()
        .source(Source.builder("s", "Source").build())
        .event(events.toArray(new Event[0]))
        .assertion(assertions.toArray(new Assertion[0]))
        .build();
  }

  private static Assertion before(String id, String a, String b) {
    return Assertion.builder(id, "s", Claim.Relation.of(EventId.of(a), EnumSet.of(IntervalRelation.BEFORE), EventId.of(b)))
        .build();
  }

  @Test
  void forTimeline_findsTheSameConflicts_whateverTheStoryOrder() {
    Story story = cycles(false);
    Story reversed = cycles(true);
    // Laid out in the story's order, the two orders find the cycles otherwise.
    assertThat(SolvedNetwork.inStoryOrder(reversed, ALL).conflicts())
        .isNotEqualTo(SolvedNetwork.inStoryOrder(story, ALL).conflicts());

    SolvedNetwork net = SolvedNetwork.forTimeline(story, ALL);

    assertThat(net.conflicts()).hasSize(2);
    assertThat(SolvedNetwork.forTimeline(reversed, ALL).conflicts()).isEqualTo(net.conflicts());
    assertThat(net.cycles()).hasSameSizeAs(net.conflicts());
    for (List<Link> cycle : net.cycles()) {
      assertThat(cycle.stream().mapToLong(Link::weight).sum()).as("%s", cycle).isNegative();
    }
  }

  @Test
  void accessors_readTheDerivedBoundsOfEachPoint() {
    EventId offensive = EventId.of("offensive");
    EventId request = EventId.of("request");
    EventId undated = EventId.of("undated");
    TimeBounds august = TimeBounds.parse("2024-08");
    Story story = Story.builder()
        .source(Source.builder("s", "Source").build())
        .event(Event.builder(offensive, "Offensive").when(august).build(),
            Event.builder(request, "Request").build(),
            Event.builder(undated, "Nothing known").build())
        .assertion(Assertion.builder("r", "s",
            Claim.Relation.of(offensive, EnumSet.of(IntervalRelation.BEFORE), request)).build())
        .build();

    SolvedNetwork net = SolvedNetwork.forTimeline(story, ALL);

    assertThat(net.eventCount()).isEqualTo(3);
    assertThat(net.indexOf(EventId.of("missing"))).isEqualTo(-1);
    int o = net.indexOf(offensive);
    int r = net.indexOf(request);
    assertThat(net.event(o).id()).isEqualTo(offensive);
    assertThat(net.ids()[r]).isEqualTo(request);
    // The request starts strictly after the offensive ends, which is no earlier than 1 August:
    // at least a second after.
    assertThat(Seconds.toInstant(net.lower(2 * r))).isEqualTo(august.earliestStart().plusSeconds(1));
    assertThat(net.upper(2 * r)).isEqualTo(TemporalNetwork.INF);
    for (int p = 0; p < 6; p++) {
      assertThat(net.lowerBounds()[p]).isEqualTo(net.lower(p));
      assertThat(net.upperBounds()[p]).isEqualTo(net.upper(p));
    }
    assertThat(net.statedBounds(o)).contains(august);
    assertThat(net.statedBounds(r)).isEmpty();
    assertThat(net.conflicts()).isEmpty();
    assertThat(net.idOrder()).as("sorted meanwhile only on a large story").isEmpty();
  }
}
