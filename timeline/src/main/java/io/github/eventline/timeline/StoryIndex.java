package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.StoryAccess;
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
  /** The positions of the assertions that supersede or link to others, in order. */
  final int[] linking;

  StoryIndex(Story story) {
    this.events = story.events().toArray(new Event[0]);
    // The story's own positions: its events' by id, and, if its validation resolved them, its claims'
    // events' (shared, not copied, and never written); else the claims' events are looked up here.
    StoryAccess access = StoryAccess.get();
    this.index = new EventIndex(access.eventPositions(story));
    AssertionPositions resolved = access.assertionPositions(story);
    List<Assertion> assertions = story.assertions();
    int count = assertions.size();
    this.type = new byte[count];
    this.event = resolved != null ? resolved.event() : new int[count];
    this.other = resolved != null ? resolved.other() : new int[count];
    EventIndex index = resolved != null ? null : this.index;
    int[] linking = new int[16];
    int links = 0;
    for (int p = 0; p < count; p++) {
      Assertion a = assertions.get(p);
      if (!a.supersedes().isEmpty() || !a.links().isEmpty()) {
        if (links == linking.length) {
          linking = java.util.Arrays.copyOf(linking, 2 * links);
        }
        linking[links++] = p;
      }
      Claim claim = a.claim();
      type[p] = (byte) claim.type().ordinal();
      if (index == null) {
        continue;
      }
      event[p] = index.indexOf(claim.event());
      if (claim instanceof Claim.Relation r) {
        other[p] = index.indexOf(r.other());
      } else if (claim instanceof Claim.SameAs s) {
        other[p] = index.indexOf(s.other());
      } else {
        other[p] = -1;
      }
    }
    this.linking = java.util.Arrays.copyOf(linking, links);
  }
}
