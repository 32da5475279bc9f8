package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
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
  /** The {@link AllenPoints#mask} of each relation claim's set of relations; 0 for the other claims. */
  final short[] relations;

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
    this.relations = new short[count];
    AllenPoints.MaskCache masks = new AllenPoints.MaskCache();
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
      if (claim instanceof Claim.Relation r) {
        relations[p] = (short) masks.mask(r.relations());
      }
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

  /**
   * The numbering of events for the network, made by the network (so not by the thread judging
   * the verdicts, which reads this index at the same time on a large story).
   */
  static final class Numbering {
    /**
     * The index in the network of each event of {@link StoryIndex#events}: the events are numbered
     * there by their stated earliest start (the undated last, ties in the story's order), so that
     * the points a relation joins, mostly events close in time, are close in the network's arrays
     * too. Built on a story whose relations join events of distant story positions, the network
     * then reads and writes memory mostly in order, not at random.
     */
    final int[] position;
    /** The events in the network's order: {@code ordered[position[i]] == events[i]}. */
    final Event[] ordered;
    /** The ids of {@link #ordered}. */
    final EventId[] orderedIds;
    /** The index of each event id in {@link #ordered}. */
    final EventIndex orderedIndex;
    /**
     * The stated bounds of each event of {@link StoryIndex#events}, in whole seconds as the network
     * states them, four per event: earliest start (rounded down), latest start (up), earliest end
     * (down), latest end (up); {@link #NONE} for an unbounded one, {@link #UNDATED} first if the
     * event has no {@code when}.
     */
    final long[] stated;

    private Numbering(StoryIndex index) {
      Event[] events = index.events;
      int n = events.length;
      // One pass over the events (in the story's order, as they lie in memory) reads all the
      // network needs of them: their ids, and their stated bounds as the network states them.
      long[] stated = new long[4 * n];
      EventId[] ids = new EventId[n];
      for (int i = 0; i < n; i++) {
        Event e = events[i];
        ids[i] = e.id();
        java.util.Optional<TimeBounds> when = e.when();
        if (when.isPresent()) {
          TimeBounds b = when.get();
          stated[4 * i] = b.earliestStart().equals(Instant.MIN) ? NONE : StoryNetwork.floor(b.earliestStart());
          stated[4 * i + 1] = b.latestStart().equals(Instant.MAX) ? NONE : StoryNetwork.ceil(b.latestStart());
          stated[4 * i + 2] = b.earliestEnd().equals(Instant.MIN) ? NONE : StoryNetwork.floor(b.earliestEnd());
          stated[4 * i + 3] = b.latestEnd().equals(Instant.MAX) ? NONE : StoryNetwork.ceil(b.latestEnd());
        } else {
          stated[4 * i] = UNDATED;
        }
      }
      int[] position = byStatedStart(stated, n);
      Event[] ordered = new Event[n];
      EventId[] orderedIds = new EventId[n];
      for (int i = 0; i < n; i++) {
        ordered[position[i]] = events[i];
        orderedIds[position[i]] = ids[i];
      }
      this.position = position;
      this.ordered = ordered;
      this.orderedIds = orderedIds;
      this.orderedIndex = index.index.remapped(position);
      this.stated = stated;
    }

    /** Numbers the events of a story index by stated start. */
    static Numbering of(StoryIndex index) {
      return new Numbering(index);
    }
  }

  /** In {@link Numbering#stated}: an unbounded side. No bound in seconds of an {@link Instant} is as low. */
  static final long NONE = Long.MIN_VALUE;
  /** In {@link Numbering#stated}, first of an event's four: the event has no {@code when}. */
  static final long UNDATED = Long.MIN_VALUE + 1;

  /** Seconds in a day: events are numbered by the day of their earliest start. */
  private static final long DAY = 86_400;

  /**
   * Numbers events by the day of their stated earliest start, the undated and those with no
   * earliest start last, ties in the given order: a counting sort over days, or over spans of days
   * when they are more than the events (so that it stays linear).
   *
   * @param stated  the events' {@link Numbering#stated} bounds
   * @param n  the number of events
   * @return the number of each event
   */
  private static int[] byStatedStart(long[] stated, int n) {
    long[] day = new long[n];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long start = stated[4 * i];
      if (start == NONE || start == UNDATED) {
        day[i] = Long.MAX_VALUE;
      } else {
        long d = Math.floorDiv(start, DAY);
        day[i] = d;
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
    }
    int[] position = new int[n];
    if (min > max) {
      for (int i = 0; i < n; i++) {
        position[i] = i;
      }
      return position;
    }
    // Days since the first, in spans of 2^shift days: as many spans as events at most.
    long range = max - min;
    int shift = 0;
    while ((range >>> shift) >= Math.max(n, 1)) {
      shift++;
    }
    int spans = (int) (range >>> shift) + 1;
    // count[s + 1]: events in span s; the undated in the last slot.
    int[] start = new int[spans + 2];
    for (int i = 0; i < n; i++) {
      int s = day[i] == Long.MAX_VALUE ? spans : (int) ((day[i] - min) >>> shift);
      day[i] = s;
      start[s + 1]++;
    }
    for (int s = 1; s < start.length; s++) {
      start[s] += start[s - 1];
    }
    for (int i = 0; i < n; i++) {
      position[i] = start[(int) day[i]]++;
    }
    return position;
  }
}
