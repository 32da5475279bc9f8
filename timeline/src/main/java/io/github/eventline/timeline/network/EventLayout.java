package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.index.EventIndex;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.parallel.Parallel;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The first step of building a network: how it numbers a story's events and assertions. Event
 * {@code i} of the numbering has start point {@code 2i} and end point {@code 2i+1}; the accepted
 * assertions later get origins in the order of {@link #assertions}.
 *
 * <p>Everything a network finds follows from this numbering: which conflict is found first, which
 * constraints explain it, what it sets aside. A timeline's layout ({@link #byStatedStart}) depends
 * on the story alone, not on the order it lists its events and assertions in: events by the day of
 * their stated earliest start as a {@link StoryIndex} numbers them (ties by id), so that the points
 * a relation joins, mostly events close in time, are close in the network's arrays; and the
 * assertions the network translates by their first event's number, then by what they claim,
 * ties by id. Two more, for tests and probes: {@link #inStoryOrder} (events and assertions as
 * listed) and {@link #byId}. O(events + assertions) for a story of a few claims per event, but for
 * ties of the events' ids' first eight characters; O(n log n) by id.
 *
 * <p>Immutable once made, but for the test of acceptance, asked for once ({@link #acceptance}).
 */
final class EventLayout {

  final Story story;
  /** The events, as {@link #event} numbers them, directly or through {@link #original}. */
  private final List<Event> events;
  /** The position in {@link #events} of each event of the numbering, if by stated start; else null. */
  private final int[] original;
  /** The number of events. */
  final int eventCount;
  /** The index of each event id in the numbering. */
  final EventIndex index;
  /** The numbering by stated start, if {@link #byStatedStart}; else null. */
  final StoryIndex.Numbering numbering;
  /** The numbering of each of the story's events, if {@link #byStatedStart}; else null. */
  final int[] position;
  /** The story's index, if {@link #byStatedStart}; else null. */
  final StoryIndex storyIndex;
  /**
   * The assertions whose positions the test of acceptance takes: the story's, or those sorted that
   * the network translates.
   */
  final List<Assertion> assertions;
  /** The position in the story of each of {@link #assertions}, if sorted; else null. */
  final int[] assertionOrder;
  /** What the network reads of each of {@link #assertions}, if {@link #byStatedStart}; else null. */
  final ClaimColumns claims;
  /**
   * The ids of the events in the numbering and, on a large story, their order by id, if {@link
   * #byStatedStart}: sorted on another thread meanwhile on a large story; else null.
   */
  final Supplier<NumberedIds> ids;
  private final Supplier<IntPredicate> acceptedAt;

  private EventLayout(
      Story story, List<Event> events, List<Assertion> assertions, int[] assertionOrder, ClaimColumns claims,
      Supplier<IntPredicate> acceptedAt, StoryIndex storyIndex, StoryIndex.Numbering numbering,
      Supplier<NumberedIds> ids) {
    this.story = story;
    this.events = events;
    this.assertions = assertions;
    this.assertionOrder = assertionOrder;
    this.claims = claims;
    this.acceptedAt = assertionOrder == null ? acceptedAt : () -> {
      IntPredicate inStoryOrder = acceptedAt.get();
      return k -> inStoryOrder.test(assertionOrder[k]);
    };
    this.storyIndex = storyIndex;
    this.numbering = numbering;
    this.original = numbering != null ? numbering.original : null;
    this.eventCount = events.size();
    this.index = numbering != null ? numbering.orderedIndex : new EventIndex(events.toArray(new Event[0]));
    this.position = numbering != null ? numbering.position : null;
    this.ids = ids;
  }

  /**
   * Numbers the events and assertions as the story lists them.
   *
   * @param acceptedAt  gives, once asked, the test of acceptance by position in the story's
   *     assertions; not null, never giving null
   */
  static EventLayout inStoryOrder(Story story, Supplier<IntPredicate> acceptedAt) {
    return new EventLayout(story, story.events(), story.assertions(), null, null, acceptedAt, null, null, null);
  }

  /**
   * Numbers the events by the day of their stated earliest start as a story index numbers them
   * (ties by id), and the assertions the network translates (timings, relations, reports of
   * occurrence) by their first event's number, then by what they claim, ties by id: a layout that
   * does not depend on the story's order. The claims' events are read from the index.
   *
   * @param index  the story's index, made for a timeline
   * @param acceptedAt  as for {@link #inStoryOrder}
   * @param executor  where the events' order by id is sorted meanwhile, on a large story
   */
  static EventLayout byStatedStart(
      Story story, StoryIndex index, Supplier<IntPredicate> acceptedAt, java.util.concurrent.Executor executor) {
    StoryIndex.Numbering numbering = StoryIndex.Numbering.of(index);
    // The order needs the events' order by id; on a large story it is sorted meanwhile, on another
    // thread of the build's executor (after the verdicts, if they are judged there).
    Supplier<NumberedIds> ids;
    if (2 * numbering.position.length >= Parallel.THRESHOLD) {
      Parallel.Forked<NumberedIds> forked = Parallel.fork(executor, () -> NumberedIds.of(numbering, true));
      ids = forked::join;
    } else {
      ids = () -> NumberedIds.of(numbering, false);
    }
    ClaimColumns claims = translatedByEvent(story, index, numbering.position);
    return new EventLayout(
        story, story.events(), sorted(story.assertions(), claims.order), claims.order, claims, acceptedAt, index,
        numbering, ids);
  }

  /**
   * Numbers the events and the assertions by id: a layout that does not depend on the story's
   * order either, made by comparing ids, for tests and probes.
   *
   * @param acceptedAt  as for {@link #inStoryOrder}
   */
  static EventLayout byId(Story story, Supplier<IntPredicate> acceptedAt) {
    List<Event> events = new ArrayList<>(story.events());
    events.sort((a, b) -> a.id().compareTo(b.id()));
    List<Assertion> inStory = story.assertions();
    Integer[] byId = new Integer[inStory.size()];
    Arrays.setAll(byId, i -> i);
    Arrays.sort(byId, (a, b) -> inStory.get(a).id().compareTo(inStory.get(b).id()));
    int[] order = new int[byId.length];
    Arrays.setAll(order, k -> byId[k]);
    return new EventLayout(story, events, sorted(inStory, order), order, null, acceptedAt, null, null, null);
  }

  /**
   * The story positions of the assertions a network translates (timings, relations, reports of
   * occurrence), by the number of their claim's first event (a counting sort), then by what they
   * claim (type, other event, relations), then, only where those tie, by id; with what the network
   * reads of each, in that order. O(assertions) for runs of a few claims per event, O(k log k) for
   * an event of k claims.
   */
  private static ClaimColumns translatedByEvent(Story story, StoryIndex index, int[] position) {
    byte[] type = index.type;
    int[] event = index.event;
    int n = position.length;
    int[] start = new int[n + 1];
    int count = 0;
    for (int p = 0; p < type.length; p++) {
      if (isTranslated(type[p])) {
        start[position[event[p]] + 1]++;
        count++;
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] order = new int[count];
    long[] key = new long[count];
    int[] fill = Arrays.copyOf(start, n);
    int relation = ClaimType.RELATION.ordinal();
    for (int p = 0; p < type.length; p++) {
      if (isTranslated(type[p])) {
        int at = fill[position[event[p]]]++;
        order[at] = p;
        key[at] = type[p] != relation
            ? (long) type[p] << 48
            : (long) type[p] << 48 | (long) (position[index.other[p]] + 1) << 16 | (index.relations[p] & 0xFFFF);
      }
    }
    List<Assertion> assertions = story.assertions();
    int[] first = new int[count];
    for (int i = 0; i < n; i++) {
      if (start[i + 1] - start[i] > 1) {
        sortRun(order, key, start[i], start[i + 1], assertions);
      }
      Arrays.fill(first, start[i], start[i + 1], i);
    }
    return new ClaimColumns(order, key, first);
  }

  /**
   * What the network reads of the assertions it translates, in the layout's order, read from the
   * story index once as they were sorted, so that the translation reads arrays in order.
   */
  static final class ClaimColumns {
    /** The story position of each assertion. */
    final int[] order;
    /** Its claim's type, as {@link ClaimType#ordinal()}. */
    final byte[] type;
    /** The number of its claim's first event. */
    final int[] event;
    /** The number of its relation's other event; -1 if it is not a relation. */
    final int[] other;
    /** Its relation's Allen relations as a mask ({@link io.github.eventline.timeline.points.AllenPoints}); 0 if it is not a relation. */
    final short[] relations;

    /** From the sort keys: type in bits 48 and up; for a relation, other event + 1 from bit 16, mask below. */
    private ClaimColumns(int[] order, long[] key, int[] first) {
      int count = order.length;
      this.order = order;
      this.event = first;
      this.type = new byte[count];
      this.other = new int[count];
      this.relations = new short[count];
      for (int k = 0; k < count; k++) {
        type[k] = (byte) (key[k] >>> 48);
        other[k] = (int) ((key[k] >>> 16) & 0xFFFF_FFFFL) - 1;
        relations[k] = (short) key[k];
      }
    }
  }

  /** Sorts {@code order[from..to)} by key, then by assertion id where keys tie. */
  private static void sortRun(int[] order, long[] key, int from, int to, List<Assertion> assertions) {
    if (to - from <= 16) {
      for (int k = from + 1; k < to; k++) {
        int p = order[k];
        long kp = key[k];
        int j = k - 1;
        while (j >= from && precedes(kp, p, key[j], order[j], assertions)) {
          order[j + 1] = order[j];
          key[j + 1] = key[j];
          j--;
        }
        order[j + 1] = p;
        key[j + 1] = kp;
      }
      return;
    }
    Integer[] run = new Integer[to - from];
    for (int k = 0; k < run.length; k++) {
      run[k] = from + k;
    }
    Arrays.sort(run, (x, y) -> precedes(key[x], order[x], key[y], order[y], assertions) ? -1
        : precedes(key[y], order[y], key[x], order[x], assertions) ? 1 : 0);
    int[] sortedOrder = new int[run.length];
    long[] sortedKey = new long[run.length];
    for (int k = 0; k < run.length; k++) {
      sortedOrder[k] = order[run[k]];
      sortedKey[k] = key[run[k]];
    }
    System.arraycopy(sortedOrder, 0, order, from, run.length);
    System.arraycopy(sortedKey, 0, key, from, run.length);
  }

  /** Checks if assertion p, of key kp, comes before assertion q, of key kq. */
  private static boolean precedes(long kp, int p, long kq, int q, List<Assertion> assertions) {
    return kp != kq ? kp < kq : assertions.get(p).id().compareTo(assertions.get(q).id()) < 0;
  }

  private static boolean isTranslated(byte type) {
    return type == ClaimType.TIMING.ordinal() || type == ClaimType.RELATION.ordinal()
        || type == ClaimType.OCCURRED.ordinal();
  }

  /** The assertions in the given order, a view: {@code sorted(a, order).get(k) == a.get(order[k])}. */
  private static List<Assertion> sorted(List<Assertion> assertions, int[] order) {
    return new AbstractList<>() {
      @Override
      public Assertion get(int k) {
        return assertions.get(order[k]);
      }

      @Override
      public int size() {
        return order.length;
      }
    };
  }

  /** Returns event i of the numbering. */
  Event event(int i) {
    return events.get(original != null ? original[i] : i);
  }

  /**
   * Returns the test of acceptance by position in {@link #assertions}: asked for once, after the
   * claims are translated, since it may be made meanwhile on another thread.
   */
  IntPredicate acceptance() {
    return acceptedAt.get();
  }
}
