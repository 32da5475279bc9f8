package io.github.eventline.timeline.index;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.parallel.Parallel;
import io.github.eventline.timeline.points.AllenPoints;
import io.github.eventline.timeline.points.Seconds;
import java.time.Instant;
import java.util.List;

/**
 * The story's events by index, and for each of its assertions, by position, the type of its claim
 * and the index of the claim's event and other event: made once per timeline, in one pass, and
 * read by both the reconciliation of timings and relations and the temporal network, so that each
 * event id of a claim is looked up once rather than once by each. For a timeline, also what both
 * read of the events and of each assertion alone, in one pass over each: the objects are then read
 * once, not once by each.
 */
public final class StoryIndex {

  /** The story's events, in the story's order. */
  public final List<Event> events;
  /** The index of each event id in {@link #events}. */
  public final EventIndex index;
  /** The ordinal of each assertion's claim type. */
  public final byte[] type;
  /** The index of each assertion's claim's event. */
  public final int[] event;
  /** The index of each assertion's claim's other event (relation, same-as), -1 for the other claims. */
  public final int[] other;
  /** The positions of the assertions that supersede or link to others, in order. */
  public final int[] linking;
  /** The {@link AllenPoints#mask} of each relation claim's set of relations; 0 for the other claims. */
  public final short[] relations;

  /**
   * The stated bounds of each event of {@link #events}, in whole seconds as the network states
   * them, four per event: earliest start (rounded down), latest start (up), earliest end (down),
   * latest end (up); {@link #NONE} for an unbounded one, {@link #UNDATED} first if the event has no
   * {@code when}. Null unless made for a timeline.
   */
  public final long[] stated;
  /** The id of each of {@link #events}; null unless made for a timeline. */
  public final EventId[] ids;
  /** The length of the longest event id; 0 unless made for a timeline. */
  public final int longestId;
  /**
   * What a judgement weighs of each assertion alone ({@code Judgement.acceptsAlone}): its
   * certainty's ordinal, its polarity's times {@link #POLARITY}, and its number of relays times
   * {@link #RELAYS} (at most {@link #MAX_RELAYS}). Null unless made for a timeline.
   */
  public final int[] weighing;

  /** In {@link #weighing}: the factor of the polarity's ordinal. */
  public static final int POLARITY = 1 << 4;
  /** In {@link #weighing}: the factor of the number of relays. */
  public static final int RELAYS = 1 << 8;
  /** In {@link #weighing}: the most relays counted. A discount of relays is then as good as 0. */
  static final int MAX_RELAYS = (1 << 23) - 1;

  /**
   * Indexes a story for a timeline: its assertions, and what is read of its events and assertions;
   * on a large story, part of the reading is handed to the executor.
   */
  public StoryIndex(Story story, java.util.concurrent.Executor executor) {
    this(story, true, executor);
  }

  /**
   * Indexes a story.
   *
   * @param forTimeline  true to read also the events' stated bounds and what the up-front verdicts
   *     read of the events and the assertions ({@link #stated} and the following); false for a
   *     full reconciliation, which reads them itself
   */
  public StoryIndex(Story story, boolean forTimeline) {
    this(story, forTimeline, Parallel.CALLER);
  }

  private StoryIndex(Story story, boolean forTimeline, java.util.concurrent.Executor executor) {
    this.events = story.events();
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
    this.weighing = forTimeline ? new int[count] : null;
    int[] weighing = this.weighing;
    this.stated = forTimeline ? new long[4 * events.size()] : null;
    this.ids = forTimeline ? new EventId[events.size()] : null;
    long[] stated = this.stated;
    EventId[] ids = this.ids;
    byte[] type = this.type;
    int[] event = this.event;
    int[] other = this.other;
    short[] relations = this.relations;
    int n = events.size();
    int[][] linking = new int[1][];
    int[] longest = new int[2];
    if (forTimeline && n + count >= Parallel.THRESHOLD) {
      // Each part reads its own objects and writes its own arrays: the other thread reads the first
      // five eighths of the events, this one the assertions (about a third of the work), then the
      // rest of the events.
      int half = (int) (5L * n / 8);
      Parallel.both(executor, () -> longest[0] = readEvents(events, stated, ids, 0, half), () -> {
        linking[0] = readAssertions(assertions, index, type, event, other, relations, weighing);
        longest[1] = readEvents(events, stated, ids, half, n);
      });
    } else {
      longest[0] = forTimeline ? readEvents(events, stated, ids, 0, n) : 0;
      linking[0] = readAssertions(assertions, index, type, event, other, relations, weighing);
    }
    this.linking = linking[0];
    this.longestId = Math.max(longest[0], longest[1]);
  }

  /**
   * Reads what the index keeps of each assertion into its arrays.
   *
   * @param index  the events' index to look the claims' events up in; null if the story's
   *     validation resolved them already
   * @param weighing  null if not wanted
   * @return the positions of the assertions that supersede or link to others
   */
  private static int[] readAssertions(
      List<Assertion> assertions, EventIndex index, byte[] type, int[] event, int[] other, short[] relations,
      int[] weighing) {
    int count = assertions.size();
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
      if (weighing != null) {
        Factuality f = a.factuality();
        weighing[p] = f.certainty().ordinal() + POLARITY * f.polarity().ordinal() + RELAYS * Math.min(a.via().size(), MAX_RELAYS);
      }
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
    return java.util.Arrays.copyOf(linking, links);
  }

  /** How many events {@link #readEvents} reads ahead. */
  private static final int EVENT_BLOCK = 256;

  /**
   * Reads what a timeline needs of each event, in one pass: its stated bounds, its id and its id's
   * length. By blocks of events: each loop of a block loads one level
   * of the objects for every event of the block, so that the loads of a loop, at random in memory,
   * overlap, where one event after the other would wait on each load in turn.
   *
   * @param start  the first event read
   * @param end  after the last event read
   * @return the longest id's length
   */
  private static int readEvents(List<Event> events, long[] stated, EventId[] ids, int start, int end) {
    int block = Math.max(1, Math.min(end - start, EVENT_BLOCK));
    java.util.Optional<?>[] whens = new java.util.Optional<?>[block];
    TimeBounds[] bounds = new TimeBounds[block];
    String[] idText = new String[block];
    EventId[] blockIds = new EventId[block];
    int longest = 0;
    for (int from = start; from < end; from += block) {
      int size = Math.min(block, end - from);
      for (int j = 0; j < size; j++) {
        Event e = events.get(from + j);
        blockIds[j] = e.id();
        whens[j] = e.when();
      }
      for (int j = 0; j < size; j++) {
        Object when = whens[j].orElse(null);
        bounds[j] = (TimeBounds) when;
        idText[j] = blockIds[j].value();
      }
      for (int j = 0; j < size; j++) {
        // Stored once loaded: an array this large is old, and the fence of G1's barrier after each
        // store would otherwise wait for the load.
        ids[from + j] = blockIds[j];
        longest = Math.max(longest, idText[j].length());
        TimeBounds b = bounds[j];
        int i = 4 * (from + j);
        if (b == null) {
          stated[i] = UNDATED;
        } else {
          stated[i] = b.earliestStart().equals(Instant.MIN) ? NONE : Seconds.floor(b.earliestStart());
          stated[i + 1] = b.latestStart().equals(Instant.MAX) ? NONE : Seconds.ceil(b.latestStart());
          stated[i + 2] = b.earliestEnd().equals(Instant.MIN) ? NONE : Seconds.floor(b.earliestEnd());
          stated[i + 3] = b.latestEnd().equals(Instant.MAX) ? NONE : Seconds.ceil(b.latestEnd());
        }
      }
    }
    return longest;
  }

  /**
   * The numbering of events for the network, made by the network (so not by the thread judging
   * the verdicts, which reads this index at the same time on a large story).
   */
  public static final class Numbering {
    /**
     * The index in the network of each event of {@link StoryIndex#events}: the events are numbered
     * there by the day of their stated earliest start (the undated last), ties by id, so that the
     * points a relation joins, mostly events close in time, are close in the network's arrays too
     * (built on a story whose relations join events of distant story positions, the network then
     * reads and writes memory mostly in order, not at random), and so that the numbering does not
     * depend on the story's order.
     */
    public final int[] position;
    /**
     * The position in {@link StoryIndex#events} of each event of the network: {@code
     * original[position[i]] == i}.
     */
    public final int[] original;
    /** The index of each event id in the network's numbering. */
    public final EventIndex orderedIndex;
    /** The index's {@link StoryIndex#stated} bounds, in the story's order. */
    public final long[] stated;
    /** The index's {@link StoryIndex#ids}, in the story's order. */
    public final EventId[] ids;

    private Numbering(StoryIndex index, int[] position) {
      int n = position.length;
      long[] stated = index.stated;
      int[] original = new int[n];
      for (int i = 0; i < n; i++) {
        original[position[i]] = i;
      }
      this.position = position;
      this.original = original;
      this.orderedIndex = index.index.remapped(position);
      this.stated = stated;
      this.ids = index.ids;
    }

    /** Numbers the events of a story index made for a timeline by stated start. */
    public static Numbering of(StoryIndex index) {
      if (index.stated == null) {
        throw new IllegalArgumentException("the story index was not made for a timeline");
      }
      return new Numbering(index, byStatedStart(index.stated, index.ids));
    }
  }

  /** In {@link #stated}: an unbounded side. No bound in seconds of an {@link Instant} is as low. */
  public static final long NONE = Long.MIN_VALUE;
  /** In {@link #stated}, first of an event's four: the event has no {@code when}. */
  public static final long UNDATED = Long.MIN_VALUE + 1;

  /** Seconds in a day: events are numbered by the day of their earliest start. */
  private static final long DAY = 86_400;

  /**
   * Numbers events by the day of their stated earliest start, the undated and those with no
   * earliest start last, ties by id: a counting sort over days, or over spans of days when they are
   * more than the events (so that it stays linear), then each span's events sorted by id ({@link
   * IdSort#sortRunsById}). O(events) but for ties of the ids' first eight characters.
   *
   * @param stated  the events' {@link #stated} bounds
   * @param ids  the events' ids
   * @return the number of each event
   */
  private static int[] byStatedStart(long[] stated, EventId[] ids) {
    int n = ids.length;
    int[] spanEnd = new int[Math.max(n, 1)];
    int[] original = bySpanOfStart(stated, n, spanEnd);
    IdSort.sortRunsById(original, spanEnd, ids, new long[n], new int[n], new long[n]);
    int[] position = new int[n];
    for (int k = 0; k < n; k++) {
      position[original[k]] = k;
    }
    return position;
  }

  /**
   * Orders events by the span of days of their stated earliest start, ties in the given order.
   *
   * @param spanEnd  set, at the first position of each span's events, to the position after them
   * @return the events (their indexes) in that order
   */
  private static int[] bySpanOfStart(long[] stated, int n, int[] spanEnd) {
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
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (min > max) {
      // Nothing dated: one span.
      spanEnd[0] = n;
      return order;
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
    for (int s = 0; s + 1 < start.length; s++) {
      if (start[s + 1] > start[s]) {
        spanEnd[start[s]] = start[s + 1];
      }
    }
    for (int i = 0; i < n; i++) {
      order[start[(int) day[i]]++] = i;
    }
    return order;
  }
}
