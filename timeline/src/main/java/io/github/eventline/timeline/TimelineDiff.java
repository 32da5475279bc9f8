package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed from one timeline to another: "what did we know on 1 November, and what changed
 * since?"
 *
 * <pre>{@code
 * TimelineDiff diff = TimelineDiff.between(
 *     Timeline.build(story.asKnownAt(november1)),
 *     Timeline.build(story.asKnownAt(december20)));
 * diff.verdictsChanged();   // occurred(nk-troops-in-assaults): UNVERIFIED -> CONTESTED
 * diff.boundsChanged();     // putin-requests-help: tightened
 * }</pre>
 *
 * <ul>
 *   <li>events added and removed, by id;
 *   <li>verdicts whose status or value changed, or that appeared or went away (a change of
 *       confidence alone is not listed);
 *   <li>derived bounds of events in both that changed: tightened, widened or moved;
 *   <li>order changes: the fewest events in both timelines whose moves explain the new order (the
 *       others keep their relative order: a longest common subsequence of the two orders).
 * </ul>
 *
 * <p>Every list is in a fixed order: events by id, verdicts by key. Immutable and thread-safe.
 */
public final class TimelineDiff {

  /** How an event's derived bounds changed. */
  public enum BoundsChangeKind {
    /** The new bounds lie within the old ones: we know more precisely when it happened. */
    TIGHTENED,
    /** The old bounds lie within the new ones: a constraint was dropped or replaced. */
    WIDENED,
    /** Neither lies within the other. */
    MOVED
  }

  /**
   * A verdict that appeared, went away, or changed status or value.
   *
   * @param key  the question, not null
   * @param before  the verdict in the first timeline, if any
   * @param after  the verdict in the second timeline, if any
   */
  public record VerdictChange(ClaimKey key, Optional<Verdict> before, Optional<Verdict> after) {
    /**
     * Creates a change. At least one of the verdicts is present in a diff's changes.
     *
     * @param key  the question, not null
     * @param before  the verdict in the first timeline, empty if it appeared, not null
     * @param after  the verdict in the second timeline, empty if it went away, not null
     * @throws NullPointerException if an argument is null
     */
    public VerdictChange {
      requireNonNull(key, "key");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /**
     * Checks if the status changed, such as {@code UNVERIFIED -> CONTESTED}.
     *
     * @return true if both verdicts exist and their status differs
     */
    public boolean isStatusChanged() {
      return before.isPresent() && after.isPresent() && before.get().status() != after.get().status();
    }

    /**
     * Returns {@code key: STATUS -> STATUS}, with {@code none} for a missing verdict.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return key + ": " + before.map(v -> v.status().name()).orElse("none") + " -> "
          + after.map(v -> v.status().name()).orElse("none");
    }
  }

  /**
   * How the derived bounds of an event in both timelines changed.
   *
   * @param event  the event, not null
   * @param before  its derived bounds in the first timeline, not null
   * @param after  its derived bounds in the second timeline, not null
   * @param kind  tightened, widened or moved, not null
   */
  public record BoundsChange(EventId event, TimeBounds before, TimeBounds after, BoundsChangeKind kind) {
    /**
     * Creates a change.
     *
     * @param event  the event, in both timelines, not null
     * @param before  its derived bounds in the first timeline, not null
     * @param after  its derived bounds in the second timeline, not null
     * @param kind  tightened, widened or moved, not null
     * @throws NullPointerException if an argument is null
     */
    public BoundsChange {
      requireNonNull(event, "event");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      requireNonNull(kind, "kind");
    }
  }

  /**
   * An event in both timelines that moved in the order.
   *
   * @param event  the event, not null
   * @param before  its position among the events of both, in the first timeline, from 0
   * @param after  its position among the events of both, in the second timeline, from 0
   */
  public record OrderChange(EventId event, int before, int after) {
    /**
     * Creates a change.
     *
     * @param event  the event, in both timelines, not null
     * @param before  its position among the events of both, in the first timeline, from 0
     * @param after  its position among the events of both, in the second timeline, from 0
     * @throws NullPointerException if the event is null
     */
    public OrderChange {
      requireNonNull(event, "event");
    }
  }

  private final ImmutableList<EventId> eventsAdded;
  private final ImmutableList<EventId> eventsRemoved;
  private final ImmutableList<VerdictChange> verdictsChanged;
  private final ImmutableList<BoundsChange> boundsChanged;
  private final ImmutableList<OrderChange> orderChanged;

  private TimelineDiff(
      List<EventId> added, List<EventId> removed, List<VerdictChange> verdicts, List<BoundsChange> bounds,
      List<OrderChange> order) {
    this.eventsAdded = ImmutableList.copyOf(added);
    this.eventsRemoved = ImmutableList.copyOf(removed);
    this.verdictsChanged = ImmutableList.copyOf(verdicts);
    this.boundsChanged = ImmutableList.copyOf(bounds);
    this.orderChanged = ImmutableList.copyOf(order);
  }

  /**
   * Compares two timelines, typically of one story known at two times.
   *
   * @param before  the earlier timeline, not null
   * @param after  the later timeline, not null
   * @return what changed, not null
   */
  public static TimelineDiff between(Timeline before, Timeline after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    Set<EventId> was = ids(before);
    Set<EventId> is = ids(after);
    List<EventId> added = sorted(is, was);
    List<EventId> removed = sorted(was, is);
    List<BoundsChange> bounds = new ArrayList<>();
    for (EventId e : sorted(is, Set.of())) {
      if (was.contains(e)) {
        boundsChange(e, before.derivedBounds(e), after.derivedBounds(e)).ifPresent(bounds::add);
      }
    }
    return new TimelineDiff(added, removed, verdictChanges(before, after), bounds, orderChanges(before, after, was, is));
  }

  private static Set<EventId> ids(Timeline t) {
    Set<EventId> ids = new HashSet<>();
    for (Event e : t.events()) {
      ids.add(e.id());
    }
    return ids;
  }

  /** Returns the ids of one set not in another, in order. */
  private static List<EventId> sorted(Set<EventId> in, Set<EventId> notIn) {
    List<EventId> ids = new ArrayList<>();
    for (EventId e : in) {
      if (!notIn.contains(e)) {
        ids.add(e);
      }
    }
    ids.sort(null);
    return ids;
  }

  private static List<VerdictChange> verdictChanges(Timeline before, Timeline after) {
    Map<ClaimKey, Verdict> was = new HashMap<>();
    for (Verdict v : before.verdicts()) {
      was.put(v.key(), v);
    }
    List<VerdictChange> changes = new ArrayList<>();
    for (Verdict v : after.verdicts()) {
      Verdict old = was.remove(v.key());
      if (old == null || old.status() != v.status() || !old.value().equals(v.value())) {
        changes.add(new VerdictChange(v.key(), Optional.ofNullable(old), Optional.of(v)));
      }
    }
    for (Verdict old : was.values()) {
      changes.add(new VerdictChange(old.key(), Optional.of(old), Optional.empty()));
    }
    changes.sort((x, y) -> x.key().compareTo(y.key()));
    return changes;
  }

  private static Optional<BoundsChange> boundsChange(EventId event, TimeBounds before, TimeBounds after) {
    if (sameInstants(before, after)) {
      return Optional.empty();
    }
    BoundsChangeKind kind = within(after, before) ? BoundsChangeKind.TIGHTENED
        : within(before, after) ? BoundsChangeKind.WIDENED : BoundsChangeKind.MOVED;
    return Optional.of(new BoundsChange(event, before, after, kind));
  }

  private static boolean sameInstants(TimeBounds a, TimeBounds b) {
    return a.earliestStart().equals(b.earliestStart()) && a.latestStart().equals(b.latestStart())
        && a.earliestEnd().equals(b.earliestEnd()) && a.latestEnd().equals(b.latestEnd());
  }

  /** Checks if every bound of the inner is at least as tight as the outer's. */
  private static boolean within(TimeBounds inner, TimeBounds outer) {
    return !before(inner.earliestStart(), outer.earliestStart()) && !before(outer.latestStart(), inner.latestStart())
        && !before(inner.earliestEnd(), outer.earliestEnd()) && !before(outer.latestEnd(), inner.latestEnd());
  }

  private static boolean before(Instant a, Instant b) {
    return a.isBefore(b);
  }

  /**
   * Returns the events of both that are not in a longest common subsequence of the two orders
   * (restricted to the events of both): the fewest moves that explain the new order.
   */
  private static List<OrderChange> orderChanges(Timeline before, Timeline after, Set<EventId> was, Set<EventId> is) {
    List<EventId> oldOrder = new ArrayList<>();
    for (Event e : before.events()) {
      if (is.contains(e.id())) {
        oldOrder.add(e.id());
      }
    }
    Map<EventId, Integer> oldRank = new HashMap<>();
    for (int i = 0; i < oldOrder.size(); i++) {
      oldRank.put(oldOrder.get(i), i);
    }
    List<EventId> newOrder = new ArrayList<>();
    for (Event e : after.events()) {
      if (was.contains(e.id())) {
        newOrder.add(e.id());
      }
    }
    int[] ranks = new int[newOrder.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = oldRank.get(newOrder.get(i));
    }
    boolean[] kept = longestIncreasing(ranks);
    List<OrderChange> changes = new ArrayList<>();
    for (int i = 0; i < ranks.length; i++) {
      if (!kept[i]) {
        changes.add(new OrderChange(newOrder.get(i), ranks[i], i));
      }
    }
    changes.sort((x, y) -> x.event().compareTo(y.event()));
    return changes;
  }

  /** Marks a longest strictly increasing subsequence (patience sorting, O(n log n)). */
  private static boolean[] longestIncreasing(int[] values) {
    int n = values.length;
    int[] tailIndex = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (values[tailIndex[mid]] < values[i]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
      tailIndex[lo] = i;
      length = Math.max(length, lo + 1);
    }
    boolean[] kept = new boolean[n];
    for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
      kept[i] = true;
    }
    return kept;
  }

  /**
   * Returns the events of the second timeline not in the first.
   *
   * @return their ids, sorted, not null
   */
  public List<EventId> eventsAdded() {
    return eventsAdded;
  }

  /**
   * Returns the events of the first timeline not in the second.
   *
   * @return their ids, sorted, not null
   */
  public List<EventId> eventsRemoved() {
    return eventsRemoved;
  }

  /**
   * Returns the verdicts that appeared, went away, or changed status or value; a change of
   * confidence alone is not listed.
   *
   * @return the changes, sorted by key, not null
   */
  public List<VerdictChange> verdictsChanged() {
    return verdictsChanged;
  }

  /**
   * Returns the events of both timelines whose derived bounds changed.
   *
   * @return the changes, sorted by event id, not null
   */
  public List<BoundsChange> boundsChanged() {
    return boundsChanged;
  }

  /**
   * Returns the fewest events of both timelines whose moves explain the new order; the others keep
   * their relative order.
   *
   * @return the changes, sorted by event id, not null
   */
  public List<OrderChange> orderChanged() {
    return orderChanged;
  }

  /**
   * Checks if nothing changed.
   *
   * @return true if every list of changes is empty
   */
  public boolean isEmpty() {
    return eventsAdded.isEmpty() && eventsRemoved.isEmpty() && verdictsChanged.isEmpty() && boundsChanged.isEmpty()
        && orderChanged.isEmpty();
  }

  /**
   * Returns the number of changes of each kind, such as
   * {@code TimelineDiff[1 added, 0 removed, 2 verdicts, 1 bounds, 0 moved]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "TimelineDiff[" + eventsAdded.size() + " added, " + eventsRemoved.size() + " removed, "
        + verdictsChanged.size() + " verdicts, " + boundsChanged.size() + " bounds, " + orderChanged.size() + " moved]";
  }
}
