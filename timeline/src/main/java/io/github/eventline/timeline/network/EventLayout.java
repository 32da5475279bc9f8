package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.index.EventIndex;
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
 * <p>Three numberings, one factory each: {@link #inStoryOrder} (the story's events and assertions
 * as listed), {@link #byStatedStart} (the events renumbered by stated start as a {@link StoryIndex}
 * read them, so that the points a relation joins, mostly events close in time, are close in the
 * network's arrays; the numbering of a large story's first attempt), and {@link #byId} (events and
 * assertions in id order, so that which conflict is found first does not depend on the story's
 * order). O(events + assertions), O(n log n) by id.
 *
 * <p>Immutable once made, but for the test of acceptance, asked for once ({@link #acceptance}).
 */
final class EventLayout {

  final Story story;
  /** The events, as {@link #event} numbers them, directly or through {@link #original}. */
  private final List<Event> events;
  /** The position in {@link #events} of each event of the numbering if it is by stated start, else null. */
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
  /** The assertions whose positions the test of acceptance takes: the story's, or sorted by id. */
  final List<Assertion> assertions;
  /**
   * The ids of the events in the numbering and, on a large story, their order by id, if {@link
   * #byStatedStart}: sorted on another thread meanwhile on a large story; else null.
   */
  final Supplier<NumberedIds> ids;
  private final Supplier<IntPredicate> acceptedAt;

  private EventLayout(
      Story story, List<Event> events, List<Assertion> assertions, Supplier<IntPredicate> acceptedAt,
      StoryIndex storyIndex, java.util.concurrent.Executor executor) {
    this.story = story;
    this.events = events;
    this.assertions = assertions;
    this.acceptedAt = acceptedAt;
    this.storyIndex = storyIndex;
    this.numbering = storyIndex != null ? StoryIndex.Numbering.of(storyIndex) : null;
    this.original = numbering != null ? numbering.original : null;
    this.eventCount = events.size();
    this.index = numbering != null ? numbering.orderedIndex : new EventIndex(events.toArray(new Event[0]));
    this.position = numbering != null ? numbering.position : null;
    // The order needs the events' order by id; on a large story it is sorted meanwhile, on another
    // thread of the build's executor (after the verdicts, if they are judged there).
    StoryIndex.Numbering numbered = numbering;
    if (numbered == null) {
      this.ids = null;
    } else if (2 * eventCount >= Parallel.THRESHOLD) {
      Parallel.Forked<NumberedIds> forked = Parallel.fork(executor, () -> NumberedIds.of(numbered, true));
      this.ids = forked::join;
    } else {
      this.ids = () -> NumberedIds.of(numbered, false);
    }
  }

  /**
   * Numbers the events and assertions as the story lists them.
   *
   * @param acceptedAt  gives, once asked, the test of acceptance by position in the story's
   *     assertions; not null, never giving null
   */
  static EventLayout inStoryOrder(Story story, Supplier<IntPredicate> acceptedAt) {
    return new EventLayout(story, story.events(), story.assertions(), acceptedAt, null, Parallel.CALLER);
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
    return new EventLayout(story, story.events(), story.assertions(), acceptedAt, index, executor);
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
    // The assertions by id, and the test of acceptance read through their story positions.
    List<Assertion> inStory = story.assertions();
    Integer[] byId = new Integer[inStory.size()];
    Arrays.setAll(byId, i -> i);
    Arrays.sort(byId, (a, b) -> inStory.get(a).id().compareTo(inStory.get(b).id()));
    Assertion[] sorted = new Assertion[byId.length];
    Arrays.setAll(sorted, k -> inStory.get(byId[k]));
    Supplier<IntPredicate> acceptance = () -> {
      IntPredicate inStoryOrder = acceptedAt.get();
      return k -> inStoryOrder.test(byId[k]);
    };
    return new EventLayout(story, events, Arrays.asList(sorted), acceptance, null, Parallel.CALLER);
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
