package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.index.EventIndex;
import io.github.eventline.timeline.index.IdSort;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.parallel.Parallel;
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
 * <p>Three numberings ({@link Numbered}), one factory each: {@link #inStoryOrder} (the story's
 * events and assertions as listed), {@link #byStatedStart} (the events renumbered by stated start
 * as a {@link StoryIndex} read them, so that the points a relation joins, mostly events close in
 * time, are close in the network's arrays; the numbering of a timeline's first attempt), and
 * {@link #byId} (events and assertions in id order, so that which conflict is found first does not
 * depend on the story's order). O(events + assertions), but for ties of the ids' first eight
 * characters by id ({@link IdSort#idOrder}).
 *
 * <p>Immutable once made, but for the test of acceptance, asked for once ({@link #acceptance}).
 */
final class EventLayout {

  /** The order of a layout's events and assertions. */
  enum Numbered {
    /** As the story lists them. */
    IN_STORY_ORDER,
    /** The events by stated start, as a story index read them; the assertions as the story lists them. */
    BY_STATED_START,
    /** The events and the assertions by id. */
    BY_ID
  }

  final Story story;
  final Numbered numbered;
  /** The events, as {@link #event} numbers them, directly or through {@link #original}. */
  private final List<Event> events;
  /** The position in {@link #events} of each event of the numbering, if through a story index; else null. */
  private final int[] original;
  /** The number of events. */
  final int eventCount;
  /** The index of each event id in the numbering. */
  final EventIndex index;
  /** The numbering read from a story index, if there is one; else null. */
  final StoryIndex.Numbering numbering;
  /** The numbering of each of the story's events, if through a story index; else null. */
  final int[] position;
  /** The story's index, if there is one; else null. */
  final StoryIndex storyIndex;
  /** The assertions whose positions the test of acceptance takes: the story's, or sorted by id. */
  final List<Assertion> assertions;
  /** The position in the story of each of {@link #assertions}, if sorted; else null. */
  final int[] assertionOrder;
  /**
   * The ids of the events in the numbering and, on a large story, their order by id, if through a
   * story index: sorted on another thread meanwhile on a large story; else null.
   */
  final Supplier<NumberedIds> ids;
  private final Supplier<IntPredicate> acceptedAt;

  private EventLayout(
      Story story, Numbered numbered, List<Event> events, List<Assertion> assertions, int[] assertionOrder,
      Supplier<IntPredicate> acceptedAt, StoryIndex storyIndex, StoryIndex.Numbering numbering,
      Supplier<NumberedIds> ids) {
    this.story = story;
    this.numbered = numbered;
    this.events = events;
    this.assertions = assertions;
    this.assertionOrder = assertionOrder;
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
    return new EventLayout(
        story, Numbered.IN_STORY_ORDER, story.events(), story.assertions(), null, acceptedAt, null, null, null);
  }

  /**
   * Numbers the events by stated start as a story index read them, the assertions as the story
   * lists them; the claims' events are then read from the index.
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
    return new EventLayout(
        story, Numbered.BY_STATED_START, story.events(), story.assertions(), null, acceptedAt, index, numbering, ids);
  }

  /**
   * Numbers the events and the assertions by id, so that conflicts do not depend on the story's
   * order; the test of acceptance is still by position in the story's assertions.
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
    return new EventLayout(
        story, Numbered.BY_ID, events, sorted(inStory, order), order, acceptedAt, null, null, null);
  }

  /**
   * Numbers the events and the assertions by id as {@link #byId(Story, Supplier)} does, reading
   * the events' statements and the claims' events from a story index: the same network, made in
   * O(events + assertions) but for ties of the ids' first eight characters.
   *
   * @param index  the story's index, made for a timeline
   * @param inIdOrder  the index's events (their positions) in id order, if sorted already; else null
   * @param acceptedAt  as for {@link #inStoryOrder}
   */
  static EventLayout byId(Story story, StoryIndex index, int[] inIdOrder, Supplier<IntPredicate> acceptedAt) {
    StoryIndex.Numbering numbering = StoryIndex.Numbering.byId(index, inIdOrder);
    List<Assertion> inStory = story.assertions();
    String[] assertionIds = new String[inStory.size()];
    for (int p = 0; p < assertionIds.length; p++) {
      assertionIds[p] = inStory.get(p).id().value();
    }
    int[] order = IdSort.idOrder(assertionIds);
    int n = numbering.position.length;
    EventId[] ids = new EventId[n];
    int[] identity = new int[n];
    for (int k = 0; k < n; k++) {
      ids[k] = numbering.ids[numbering.original[k]];
      identity[k] = k;
    }
    NumberedIds numberedIds = new NumberedIds(ids, identity);
    return new EventLayout(
        story, Numbered.BY_ID, story.events(), sorted(inStory, order), order, acceptedAt, index, numbering,
        () -> numberedIds);
  }

  private static List<Assertion> sorted(List<Assertion> assertions, int[] order) {
    Assertion[] sorted = new Assertion[order.length];
    for (int k = 0; k < order.length; k++) {
      sorted[k] = assertions.get(order[k]);
    }
    return Arrays.asList(sorted);
  }

  /** Returns event i of the numbering. */
  Event event(int i) {
    return events.get(original != null ? original[i] : i);
  }

  /**
   * Returns the story position of the k-th event whose statements of when the network adds: the
   * story's order, but by id in a layout by id, so that which of two equal bounds explains a
   * conflict does not depend on the story's order.
   */
  int statementOrder(int k) {
    return numbered == Numbered.BY_ID && original != null ? original[k] : k;
  }

  /**
   * Returns the test of acceptance by position in {@link #assertions}: asked for once, after the
   * claims are translated, since it may be made meanwhile on another thread.
   */
  IntPredicate acceptance() {
    return acceptedAt.get();
  }
}
