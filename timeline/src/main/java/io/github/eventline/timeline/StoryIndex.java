package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import java.util.List;

/**
 * The story's events by index, and for each of its assertions, by position, the type of its claim
 * and the index of the claim's event and other event: made once per timeline, in one pass, and
 * read by both the reconciliation of timings and relations and the temporal network, so that each
 * event id of a claim is looked up once rather than once by each.
 */
final class StoryIndex {

  /** The story's events, in the story's order. */
  final Event[] events;
  /** The index of each event id in {@link #events}. */
  final EventIndex index;
  /** The ordinal of each assertion's claim type. */
  final byte[] type;
  /** The index of each assertion's claim's event. */
  final int[] event;
  /** The index of each assertion's claim's other event (relation, same-as), -1 for the other claims. */
  final int[] other;

  StoryIndex(Story story) {
    this.events = story.events().toArray(new Event[0]);
    this.index = new EventIndex(events);
    List<Assertion> assertions = story.assertions();
    int count = assertions.size();
    this.type = new byte[count];
    this.event = new int[count];
    this.other = new int[count];
    EventIndex index = this.index;
    for (int p = 0; p < count; p++) {
      Claim claim = assertions.get(p).claim();
      type[p] = (byte) claim.type().ordinal();
      event[p] = index.indexOf(claim.event());
      if (claim instanceof Claim.Relation r) {
        other[p] = index.indexOf(r.other());
      } else if (claim instanceof Claim.SameAs s) {
        other[p] = index.indexOf(s.other());
      } else {
        other[p] = -1;
      }
    }
  }
}
