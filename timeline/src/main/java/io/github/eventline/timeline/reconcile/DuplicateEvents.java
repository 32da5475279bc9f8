package io.github.eventline.timeline.reconcile;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.timeline.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Step 3 of reconciliation, duplicate events: the same-as claims are judged first, and each
 * accepted one merges its two events (union-find); a merged event is known by the smallest id of
 * its class. O(s log s) in the same-as claims. Not instantiable.
 */
final class DuplicateEvents {

  private DuplicateEvents() {}

  /**
   * Judges the story's same-as claims (with the sources' prior reliabilities) and joins the two
   * events of each accepted one; returns the canonical id of each merged event that is not its
   * class's: the smallest id of its class.
   */
  static Map<EventId, EventId> merged(Reconciler r, byte[] types) {
    Map<EventId, EventId> canonical = new HashMap<>();
    Map<ClaimKey, Accumulation> sameAs = new HashMap<>();
    List<Assertion> assertions = r.story.assertions();
    int sameAsType = ClaimType.SAME_AS.ordinal();
    for (int p = 0; p < types.length; p++) {
      if (types[p] == sameAsType) {
        Assertion a = assertions.get(p);
        ClaimKey key = a.claim().key();
        sameAs.computeIfAbsent(key, Accumulation::of)
            .add(a, r.stated(a), r.superseded(a), !a.claim().event().equals(key.event()));
      }
    }
    Map<EventId, EventId> parent = new HashMap<>();
    for (Accumulation acc : sameAs.values()) {
      Verdict v = acc.verdict(r.policy, r.prior, r.within);
      if (v.isAccepted()) {
        union(parent, acc.key().event(), acc.key().other().orElseThrow());
      }
    }
    for (EventId e : parent.keySet()) {
      EventId root = find(parent, e);
      if (!root.equals(e)) {
        canonical.put(e, root);
      }
    }
    return canonical;
  }

  private static EventId find(Map<EventId, EventId> parent, EventId e) {
    EventId root = e;
    for (EventId p = parent.get(root); p != null && !p.equals(root); p = parent.get(root)) {
      root = p;
    }
    for (EventId x = e; !x.equals(root); ) {
      EventId next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  /** Joins two classes; the smaller id becomes the root, so that the canonical id is the smallest. */
  private static void union(Map<EventId, EventId> parent, EventId a, EventId b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    EventId ra = find(parent, a);
    EventId rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** Returns each class of merged events by its canonical id, in id order. */
  static ImmutableMap<EventId, ImmutableSortedSet<EventId>> classes(Map<EventId, EventId> canonical) {
    Map<EventId, ImmutableSortedSet.Builder<EventId>> builders = new TreeMap<>();
    for (Map.Entry<EventId, EventId> e : canonical.entrySet()) {
      builders.computeIfAbsent(e.getValue(), k -> ImmutableSortedSet.<EventId>naturalOrder().add(k)).add(e.getKey());
    }
    ImmutableMap.Builder<EventId, ImmutableSortedSet<EventId>> classes = ImmutableMap.builder();
    builders.forEach((k, v) -> classes.put(k, v.build()));
    return classes.buildOrThrow();
  }

}
