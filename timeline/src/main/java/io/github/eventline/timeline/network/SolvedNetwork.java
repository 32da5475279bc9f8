package io.github.eventline.timeline.network;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.TimelineOptions;
import io.github.eventline.timeline.index.StoryIndex;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The end of building a network: a story's temporal network, consistent, with the conflicts found
 * on the way and what each set aside, the derived bounds of every point and the qualitative labels.
 * The pipeline a timeline follows, one step per type:
 *
 * <ol>
 *   <li>{@link EventLayout}: the events and assertions numbered, in an order that does not depend
 *       on the story's;
 *   <li>{@link StoryNetwork}: the claims translated into difference constraints, then solved round
 *       by round, each conflict reported and resolved by its {@link ConflictResolution};
 *   <li>{@link QualitativeNetwork}: the relation sets no difference constraint states exactly,
 *       checked by partial path consistency, a conflict resolved as the others;
 *   <li>this result, which nothing changes after.
 * </ol>
 *
 * <p>Event {@code i} has start point {@code 2i} and end point {@code 2i+1}; bounds are whole epoch
 * seconds ({@link io.github.eventline.timeline.points.Seconds}), {@link TemporalNetwork#INF} and
 * {@link TemporalNetwork#NEG_INF} meaning unbounded.
 *
 * <p>Immutable and thread-safe: the arrays that {@link #lowerBounds()}, {@link #upperBounds()},
 * {@link #ids()} and {@link #idOrder()} return are the result's own, which callers must not modify.
 */
public final class SolvedNetwork {

  private final StoryNetwork net;
  private final QualitativeNetwork qualitative;
  private final EventId[] ids;
  private final int[] byId;
  private final ImmutableList<TemporalConflict> conflicts;
  private final ImmutableList<List<Link>> cycles;

  private SolvedNetwork(StoryNetwork net, QualitativeNetwork qualitative, NumberedIds numbered) {
    this.net = net;
    this.qualitative = qualitative;
    if (numbered != null) {
      this.ids = numbered.ids();
      this.byId = numbered.byId();
    } else {
      this.ids = new EventId[net.eventCount];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = net.event(i).id();
      }
      this.byId = null;
    }
    this.conflicts = ImmutableList.copyOf(net.resolution.conflicts());
    this.cycles = ImmutableList.<List<Link>>copyOf(net.resolution.cycles());
  }

  /**
   * Solves the network of a story as a timeline is built, with the story's index: its events and
   * assertions laid out {@link EventLayout#byStatedStart by stated start}, a layout that does not
   * depend on the story's order, nor then do the conflicts and what they set aside. O(events +
   * assertions) for a consistent story, plus the conflicts' rounds.
   *
   * @param story  the story, not null
   * @param options  the options: what a conflict sets aside, not null
   * @param index  the story's index, made for a timeline, not null
   * @param acceptedAt  gives the test of acceptance by position in the story's assertions, not
   *     null, never giving null; asked for once the events are laid out, since it may be made
   *     meanwhile on another thread
   * @return the solved network, not null
   */
  public static SolvedNetwork forTimeline(
      Story story, TimelineOptions options, StoryIndex index, Supplier<IntPredicate> acceptedAt) {
    return solveOnce(EventLayout.byStatedStart(story, index, acceptedAt, options.executor()), options);
  }

  /**
   * Solves the network of a story as a timeline is built, accepting the assertions that the
   * options accept: as {@link #forTimeline(Story, TimelineOptions, StoryIndex, Supplier)} with an
   * index made here.
   *
   * @param story  the story, not null
   * @param options  the options: which assertions are accepted, what a conflict sets aside, not null
   * @return the solved network, not null
   */
  public static SolvedNetwork forTimeline(Story story, TimelineOptions options) {
    StoryIndex index = new StoryIndex(story, options.executor());
    return forTimeline(story, options, index, () -> byOptions(story, options));
  }

  /**
   * Solves the network of a story once, with the events and assertions in id order: as {@link
   * #forTimeline}, its conflicts do not depend on the story's order, but it compares ids to sort.
   *
   * @param story  the story, not null
   * @param options  the options: which assertions are accepted, what a conflict sets aside, not null
   * @return the solved network, not null
   */
  public static SolvedNetwork inIdOrder(Story story, TimelineOptions options) {
    return solveOnce(EventLayout.byId(story, () -> byOptions(story, options)), options);
  }

  /**
   * Solves the network of a story once, with the events and assertions in the story's order,
   * accepting the assertions that the options accept.
   *
   * @param story  the story, not null
   * @param options  the options: which assertions are accepted, what a conflict sets aside, not null
   * @return the solved network, not null
   */
  public static SolvedNetwork inStoryOrder(Story story, TimelineOptions options) {
    return inStoryOrder(story, options, byOptions(story, options));
  }

  /**
   * Solves the network of a story once, with the events and assertions in the story's order.
   *
   * @param story  the story, not null
   * @param options  the options: what a conflict sets aside, not null
   * @param acceptedAt  the test of acceptance by position in the story's assertions, not null
   * @return the solved network, not null
   */
  public static SolvedNetwork inStoryOrder(Story story, TimelineOptions options, IntPredicate acceptedAt) {
    return solveOnce(EventLayout.inStoryOrder(story, () -> acceptedAt), options);
  }

  /**
   * Solves the network of a story once, laid out by stated start as {@link #forTimeline} does,
   * with a test of acceptance given at once.
   *
   * @param story  the story, not null
   * @param options  the options: what a conflict sets aside, not null
   * @param acceptedAt  the test of acceptance by position in the story's assertions, not null
   * @param index  the story's index, made for a timeline, not null
   * @return the solved network, not null
   */
  public static SolvedNetwork byStatedStart(
      Story story, TimelineOptions options, IntPredicate acceptedAt, StoryIndex index) {
    return solveOnce(EventLayout.byStatedStart(story, index, () -> acceptedAt, options.executor()), options);
  }

  private static SolvedNetwork solveOnce(EventLayout layout, TimelineOptions options) {
    StoryNetwork net = new StoryNetwork(layout, options);
    net.solve();
    QualitativeNetwork qualitative = QualitativeNetwork.check(net);
    return new SolvedNetwork(net, qualitative, layout.ids != null ? layout.ids.get() : null);
  }

  /** The options' test of acceptance, by position in the story's assertions. */
  private static IntPredicate byOptions(Story story, TimelineOptions options) {
    return p -> options.accepted().test(story.assertions().get(p));
  }

  /**
   * Returns the number of events.
   *
   * @return the number of events
   */
  public int eventCount() {
    return net.eventCount;
  }

  /**
   * Returns an event by its number in the network.
   *
   * @param i  the number, from 0 to {@link #eventCount()} exclusive
   * @return the event, not null
   */
  public Event event(int i) {
    return net.event(i);
  }

  /**
   * Returns the number of an event in the network. O(1).
   *
   * @param id  the event's id, not null
   * @return the number, -1 if the story has no such event
   */
  public int indexOf(EventId id) {
    return net.index.indexOf(id);
  }

  /**
   * Returns the derived lower bound of a point: the earliest time some solution gives it.
   *
   * @param point  the point, {@code 2i} for the start of event i, {@code 2i+1} for its end
   * @return the bound in seconds, {@link TemporalNetwork#NEG_INF} if unbounded
   */
  public long lower(int point) {
    return net.lower[point];
  }

  /**
   * Returns the derived upper bound of a point: the latest time some solution gives it.
   *
   * @param point  the point, {@code 2i} for the start of event i, {@code 2i+1} for its end
   * @return the bound in seconds, {@link TemporalNetwork#INF} if unbounded
   */
  public long upper(int point) {
    return net.upper[point];
  }

  /**
   * Returns the derived lower bound of every point, as {@link #lower}: the result's own array,
   * which callers must not modify.
   *
   * @return the bounds, not null
   */
  public long[] lowerBounds() {
    return net.lower;
  }

  /**
   * Returns the derived upper bound of every point, as {@link #upper}: the result's own array,
   * which callers must not modify.
   *
   * @return the bounds, not null
   */
  public long[] upperBounds() {
    return net.upper;
  }

  /**
   * Returns the network of the constraints in force.
   *
   * @return the network, not null
   */
  public TemporalNetwork network() {
    return net.network;
  }

  /**
   * Returns the labels of the qualitative constraints, partially path consistent.
   *
   * @return the labels, not null
   */
  public QualitativeNetwork qualitative() {
    return qualitative;
  }

  /**
   * Returns the id of each event, by number: the result's own array, which callers must not modify.
   *
   * @return the ids, not null
   */
  public EventId[] ids() {
    return ids;
  }

  /**
   * Returns the events' numbers in id order, if they were sorted while the network was solved: the
   * result's own array, which callers must not modify.
   *
   * @return the numbers in id order, or empty if not sorted
   */
  public Optional<int[]> idOrder() {
    return Optional.ofNullable(byId);
  }

  /**
   * Returns the conflicts, in the order they were found, each with what it set aside.
   *
   * @return the conflicts, empty if the story is consistent, not null
   */
  public List<TemporalConflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the cycle of constraints of each conflict, as {@link #conflicts()}: links whose
   * weights sum to a negative number.
   *
   * @return the cycles, not null
   */
  public List<List<Link>> cycles() {
    return cycles;
  }

  /**
   * Returns what the accepted statements not set aside say of when an event happened: its {@code
   * when} intersected with its timing claims. O(statements of the event).
   *
   * @param event  the event's number
   * @return the statement, empty if there is none or they are disjoint
   */
  public Optional<TimeBounds> statedBounds(int event) {
    return Optional.ofNullable(StatedDates.finalStated(net, event));
  }
}
