package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.network.QualitativeNetwork;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.network.TemporalNetwork;
import io.github.eventline.timeline.order.TimelineOrder;
import io.github.eventline.timeline.points.AllenPoints;
import io.github.eventline.timeline.points.Seconds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * A story's events in time: ordered, their bounds tightened by the relations between them, and the
 * conflicts among what sources say about when things happened.
 *
 * <p>Each event has a start and an end point, the real interval being half-open {@code [start,
 * end)}; an instantaneous event has {@code start == end}. The constraints on those points are the
 * event's {@code when}, the accepted {@code Timing} claims (intersected), {@code start <= end}, and
 * the accepted {@code Relation} claims, translated into the tightest difference constraints that
 * cover their set of Allen relations ({@code x PRECEDES y} becomes {@code x.end <= y.start}). By
 * default the accepted assertions are those that support a verdict {@link Reconciliation} accepts
 * (see {@link #build(Story, ReconciliationPolicy)}); {@link TimelineBuilder#accepting} can say otherwise. Sets of
 * relations that no difference constraint states exactly (such as {@code {BEFORE, AFTER}}) are also
 * kept as qualitative constraints and checked by path consistency over Allen's composition table,
 * on the triangles of a chordal completion of the graph of relation claims (partial path
 * consistency: full path consistency where that graph is complete; sound, cheaper on long sparse
 * stories, and for non-convex sets at times weaker than full path consistency; the label of a pair
 * of events that no edge of the graph relates composes the labels along the paths between them).
 *
 * <p>Allen's relations are defined for intervals of positive length. The queries on two events
 * ({@link #relation}, {@link #isNecessarilyBefore}, {@link #isPossiblyBefore},
 * {@link #eventsPossiblyOverlapping}) take an event to last unless the constraints force it to be
 * instantaneous; then its start and end are compared as they are.
 *
 * <p>Time is counted in whole seconds: a lower bound is rounded down to the second, an upper bound
 * up, and "strictly before" means at least one second before.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.build(story);
 * timeline.events();                         // in timeline order
 * timeline.derivedBounds(EventId.of("putin-asks-kim")); // no earlier than the offensive's start
 * timeline.conflicts();                      // empty when the story is consistent
 * timeline.verdicts();                       // each claim reconciled, with its reasons
 * }</pre>
 *
 * <p>An inconsistent story is not an error: {@link #conflicts()} explains each cycle of constraints
 * that cannot all hold, and the timeline is built from the rest.
 *
 * <p>{@link #builder(Story)} combines every setting of a build: the policy, which assertions are
 * accepted, what a conflict drops, and the {@link TimelineBuilder#executor executor}. The short forms
 * ({@link #build(Story)}, {@link #build(Story, ReconciliationPolicy)}, {@link #build(Story,
 * TimelineOptions)}) call it. Threads belong to the caller: on a large story (from 65,536
 * assertions or 32,768 events) the build hands independent parts of its work to the executor,
 * by default the {@linkplain ForkJoinPool#commonPool() common pool}, and with {@code
 * executor(Runnable::run)} runs on the calling thread alone; the timeline is the same either way.
 *
 * <p>Complexity: the temporal network is built and propagated in time linear in the size of the
 * story (events, assertions, relations), but for the conflicts; conflicts found together are
 * resolved together, so a story with a conflict every few hundred events still builds in about
 * linear time. Before the network, only the questions it needs are reconciled (the same-as claims,
 * the timings and the relations); the other verdicts are made when {@link #verdicts()}, {@link
 * #reconciliation()} or {@link #occurrence} is first called, once. Non-convex relation sets (such
 * as {@code {BEFORE, AFTER}}) are checked by partial path consistency, which grows with the
 * triangles of the chordal completion of their graph: about linearly on long sparse stories,
 * steeply on dense random graphs. The queries on two events search the constraint graph between
 * them. Measurements are in {@code benchmarks/README.md}. Immutable and thread-safe.
 */
public final class Timeline {

  private static final int ALL = AllenPoints.ALL;
  private static final int BEFORE_MASK = AllenPoints.bit(IntervalRelation.BEFORE) | AllenPoints.bit(IntervalRelation.MEETS);
  private static final int OVERLAP_MASK =
      ALL & ~BEFORE_MASK & ~AllenPoints.bit(IntervalRelation.AFTER) & ~AllenPoints.bit(IntervalRelation.MET_BY);

  private final Story story;
  private final TimelineOptions options;
  /** The settings it was built with, to build it again as known at another time. */
  private final TimelineBuilder.Settings settings;
  private final SolvedNetwork net;
  private final List<Event> events;
  private final ImmutableList<TemporalConflict> conflicts;
  /** The partially path-consistent labels of the pairs of events in qualitative constraints. */
  private final QualitativeNetwork qualitative;
  /** The reconciliation, made when first asked for: building the network needs only part of it. */
  private final Supplier<Reconciliation> reconciliation;

  /** Makes a timeline of what {@link TimelineBuilder} built. */
  Timeline(
      Story story, TimelineOptions options, TimelineBuilder.Settings settings, SolvedNetwork net, int[] order,
      QualitativeNetwork qualitative, Supplier<Reconciliation> reconciliation) {
    this.story = story;
    this.settings = settings;
    this.reconciliation = reconciliation;
    this.options = options;
    this.net = net;
    this.events = new OrderedEvents(net, order);
    this.conflicts = ImmutableList.copyOf(net.conflicts());
    this.qualitative = qualitative;
  }

  /**
   * Builds the timeline of a story, reconciled with the {@linkplain ReconciliationPolicy#defaults()
   * default policy}: only the {@code Timing} and {@code Relation} assertions that support an
   * accepted verdict constrain time, and each conflict sets aside the assertions of its cycle. The
   * same as {@code Timeline.builder(story).build()}.
   *
   * @param story  the story, not null
   * @return the timeline, not null
   */
  public static Timeline build(Story story) {
    return builder(story).build();
  }

  /**
   * Builds the timeline of a story, reconciled with a policy: only the {@code Timing} and
   * {@code Relation} assertions that {@linkplain Reconciliation#isAccepted support an accepted
   * verdict} constrain time (a rival date or a refuted relation does not), with the positive,
   * certain reports that an event occurred (it had begun by the report's stated time, unless the
   * report is withdrawn or a forecast), and each conflict sets aside the assertions of its cycle.
   * The same as {@code Timeline.builder(story).policy(policy).build()}.
   *
   * @param story  the story, not null
   * @param policy  the reconciliation policy, not null
   * @return the timeline, not null
   */
  public static Timeline build(Story story, ReconciliationPolicy policy) {
    return builder(story).policy(policy).build();
  }

  /**
   * Builds the timeline of a story with options that say which assertions constrain time, whatever
   * the verdicts on them, and how; {@link #verdicts()} are those of the options' policy. The same
   * as a {@link #builder} given every setting of the options.
   *
   * <p>The result does not depend on the order of the story's elements.
   *
   * @param story  the story, not null
   * @param options  which assertions are accepted, what a conflict does, the policy and the
   *     executor, not null
   * @return the timeline, not null
   */
  public static Timeline build(Story story, TimelineOptions options) {
    requireNonNull(options, "options");
    TimelineBuilder builder = builder(story).accepting(options.accepted()).policy(options.policy()).executor(options.executor());
    if (options.isDropWeakest()) {
      builder.dropWeakest();
    }
    return builder.build();
  }

  /**
   * Returns a builder of the timeline of a story, where every setting combines with the others.
   *
   * <pre>{@code
   * Timeline timeline = Timeline.builder(story)
   *     .policy(ReconciliationPolicy.mostReliableSource())
   *     .dropWeakest()
   *     .executor(Runnable::run)        // the whole build on this thread
   *     .build();
   * }</pre>
   *
   * @param story  the story, not null
   * @return the builder, not null
   */
  public static TimelineBuilder builder(Story story) {
    return new TimelineBuilder(requireNonNull(story, "story"));
  }

  /**
   * Returns the timeline of this timeline's story as it was known at an instant ({@link
   * Story#asKnownAt(Instant)}), built with the same settings: policy, acceptance, handling of
   * conflicts and executor.
   *
   * @param instant  the instant, not null
   * @return the timeline, not null
   */
  public Timeline asKnownAt(Instant instant) {
    return TimelineBuilder.build(story.asKnownAt(requireNonNull(instant, "instant")), settings);
  }

  /**
   * Returns the story this timeline was built from.
   *
   * @return the story, not null
   */
  public Story story() {
    return story;
  }

  /**
   * Returns the options this timeline was built with.
   *
   * @return the options, not null
   */
  public TimelineOptions options() {
    return options;
  }

  /**
   * Returns the reconciliation of the story: the verdicts, merged duplicates and source trust.
   *
   * @return the reconciliation, not null
   */
  public Reconciliation reconciliation() {
    return reconciliation.get();
  }

  /**
   * Returns the verdicts on every question the story's assertions answer, as
   * {@link Reconciliation#verdicts()}.
   *
   * @return the verdicts, not null
   */
  public List<Verdict> verdicts() {
    return reconciliation.get().verdicts();
  }

  /**
   * Returns the verdict on whether an event occurred: the verdict its {@code Occurred} claim
   * carries, {@link VerdictStatus#UNVERIFIED UNVERIFIED} if nobody asserts it.
   *
   * @param event  the event, not null
   * @return the verdict, not null
   * @throws IllegalArgumentException if the story has no such event
   */
  public Verdict occurrence(EventId event) {
    indexOf(event);
    return reconciliation.get().occurrence(event);
  }

  /**
   * Returns the events in timeline order: a total order consistent with every accepted constraint.
   * If a is necessarily before b (a ends no later than b starts in every solution), a comes first;
   * otherwise events come by the order rule, which every output of a timeline follows (the JSON
   * and CSV timelines, the text timeline and the views):
   *
   * <ol>
   *   <li>by place: the first instant known of the event, the earliest of its four derived bounds
   *       that is bounded. That is its earliest start when known; an event whose start is open
   *       ("ongoing as of 15 Dec 2024", "before 6 Aug 2024") is placed at the earlier of its latest
   *       start and its earliest end, else at its latest end; an event of which nothing is known
   *       comes after every other;
   *   <li>at the same place, an event whose start is open (begun by then) before one that starts
   *       there;
   *   <li>then by latest end, then by id.
   * </ol>
   *
   * @return the events, an unmodifiable list, not null
   */
  public List<Event> events() {
    return events;
  }

  /**
   * Returns the conflicts: the cycles of constraints that cannot all hold, in the order they were
   * found, and what was set aside for each.
   *
   * @return the conflicts, empty if the story is consistent, not null
   */
  public List<TemporalConflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the modeller's links that the values disagree with, as {@link
   * Reconciliation#linkConflicts()} finds them: the conflicts among what is said, beside the
   * temporal {@link #conflicts()}. Reconciles the story if that was not done yet.
   *
   * @return the link conflicts, empty if every checked link agrees with the values, not null
   */
  public List<LinkConflict> linkConflicts() {
    return reconciliation.get().linkConflicts();
  }

  /**
   * Returns the bounds of an event derived from every accepted constraint: the earliest and latest
   * start and end that some solution attains. The label and precision are the stated ones when the
   * constraints leave the stated bounds unchanged; otherwise the label says the bounds were derived.
   *
   * @param event  the event, not null
   * @return the bounds, not null
   * @throws IllegalArgumentException if the story has no such event
   */
  public TimeBounds derivedBounds(EventId event) {
    int i = indexOf(event);
    Instant es = Seconds.toInstant(net.lower(2 * i));
    Instant ls = Seconds.toInstant(net.upper(2 * i));
    Instant ee = Seconds.toInstant(net.lower(2 * i + 1));
    Instant le = Seconds.toInstant(net.upper(2 * i + 1));
    TimeBounds stated = net.statedBounds(i).orElse(null);
    if (stated != null
        && stated.earliestStart().equals(es)
        && stated.latestStart().equals(ls)
        && stated.earliestEnd().equals(ee)
        && stated.latestEnd().equals(le)) {
      return stated;
    }
    if (stated == null && es.equals(Instant.MIN) && le.equals(Instant.MAX) && ls.equals(Instant.MAX)
        && ee.equals(Instant.MIN)) {
      return TimeBounds.unbounded();
    }
    String label = stated == null ? "derived" : "derived from " + stated.label();
    return TimeBounds.of(es, ls, ee, le, stated == null ? Precision.NONE : stated.precision(), label);
  }

  /**
   * Returns where the timeline order places an event in time: the first instant known of it, the
   * earliest of its {@linkplain #derivedBounds derived bounds} that is bounded (see {@link
   * #events()} for the whole rule). Views use it to put an event whose start is open ("ongoing as of
   * 15 Dec 2024") where the order puts it.
   *
   * @param event  an event of the timeline, not null
   * @return the instant, empty for an event of which nothing is known (it comes last)
   * @throws IllegalArgumentException if the story has no such event
   */
  public Optional<Instant> place(EventId event) {
    int i = indexOf(event);
    long place = TimelineOrder.place(net.lowerBounds(), net.upperBounds(), i);
    return place >= TemporalNetwork.INF ? Optional.empty() : Optional.of(Seconds.toInstant(place));
  }

  /**
   * Returns the Allen relations of one event to another that are still possible: those consistent
   * with the derived bounds, the constraint network and the qualitative constraints.
   *
   * @param event  the first event, not null
   * @param other  the second event, not null
   * @return the relations of {@code event} to {@code other}, in their natural order, not null
   * @throws IllegalArgumentException if the story has no such event
   */
  public Set<IntervalRelation> relation(EventId event, EventId other) {
    int a = indexOf(event);
    int b = indexOf(other);
    if (a == b) {
      return ImmutableSet.of(IntervalRelation.EQUALS);
    }
    return ImmutableSet.copyOf(AllenPoints.relations(possible(a, b)));
  }

  /**
   * Checks if one event ends no later than the other starts, in every solution (taking events to
   * last unless they must be instantaneous).
   *
   * @param event  the first event, not null
   * @param other  the second event, not null
   * @return true if {@code event} is necessarily before {@code other}
   * @throws IllegalArgumentException if the story has no such event
   */
  public boolean isNecessarilyBefore(EventId event, EventId other) {
    int a = indexOf(event);
    int b = indexOf(other);
    if (a == b) {
      return false;
    }
    // The largest a.end - b.start is at most 0.
    return (label(a, b) & ~BEFORE_MASK) == 0 || pointsOf(a, b)[2][1] <= 0;
  }

  /**
   * Checks if one event may end no later than the other starts, in some solution (taking events
   * to last unless they must be instantaneous).
   *
   * @param event  the first event, not null
   * @param other  the second event, not null
   * @return true if {@code event} is possibly before {@code other}
   * @throws IllegalArgumentException if the story has no such event
   */
  public boolean isPossiblyBefore(EventId event, EventId other) {
    int a = indexOf(event);
    int b = indexOf(other);
    if (a == b || (label(a, b) & BEFORE_MASK) == 0) {
      return false;
    }
    // The smallest a.end - b.start is at most 0.
    return -pointsOf(a, b)[1][2] <= 0;
  }

  /**
   * Returns the events that may take place, at least in part, within a window: those whose derived
   * bounds allow them to start before the window ends and end after it starts.
   *
   * @param startInclusive  the start of the window, not null
   * @param endExclusive  the end of the window, not before its start, not null
   * @return the events, in timeline order, not null
   * @throws IllegalArgumentException if the window ends before it starts
   */
  public List<Event> eventsIn(Instant startInclusive, Instant endExclusive) {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "Window ends before it starts: " + startInclusive + " to " + endExclusive);
    }
    long from = Seconds.floor(startInclusive);
    long to = Seconds.ceil(endExclusive);
    ImmutableList.Builder<Event> result = ImmutableList.builder();
    for (Event e : events) {
      int i = net.indexOf(e.id());
      if (net.lower(2 * i) < to && net.upper(2 * i + 1) > from) {
        result.add(e);
      }
    }
    return result.build();
  }

  /**
   * Returns the events an actor takes part in: as a participant of the event, or by an accepted
   * {@code Participation} claim, itself or through an actor that is a member of it (directly or
   * along a {@code memberOf} chain: the troops of a state are the state's).
   *
   * @param actor  the actor, not null
   * @return the events, in timeline order, not null
   */
  public List<Event> eventsInvolving(ActorId actor) {
    return EventFilters.involving(story, options.accepted(), events, requireNonNull(actor, "actor"));
  }

  /**
   * Returns the events that take place at a place, or at a place within it (along a {@code within}
   * chain): by the event's own place or by an accepted {@code Location} claim.
   *
   * @param place  the place, not null
   * @return the events, in timeline order, not null
   */
  public List<Event> eventsAt(PlaceId place) {
    return EventFilters.at(story, options.accepted(), events, requireNonNull(place, "place"));
  }

  /**
   * Returns the other events that may overlap an event: those for which some relation other than
   * {@code BEFORE}, {@code MEETS}, {@code MET_BY} and {@code AFTER} is still possible.
   *
   * @param event  the event, not null
   * @return the events, in timeline order, not null
   * @throws IllegalArgumentException if the story has no such event
   */
  public List<Event> eventsPossiblyOverlapping(EventId event) {
    int a = indexOf(event);
    ImmutableList.Builder<Event> result = ImmutableList.builder();
    for (Event e : events) {
      int b = net.indexOf(e.id());
      // Overlapping needs each to start before the other ends: a cheap test before the exact one.
      if (b != a
          && net.lower(2 * b) < net.upper(2 * a + 1)
          && net.lower(2 * a) < net.upper(2 * b + 1)
          && (possible(a, b) & OVERLAP_MASK) != 0) {
        result.add(e);
      }
    }
    return result.build();
  }

  private int indexOf(EventId event) {
    requireNonNull(event, "event");
    int i = net.indexOf(event);
    if (i < 0) {
      throw new IllegalArgumentException("Unknown event \"" + event + "\": the timeline's story has no such event");
    }
    return i;
  }

  private int label(int a, int b) {
    return qualitative.label(a, b);
  }

  /**
   * The relations still possible between two events. Allen's relations are defined for intervals
   * of positive length: an event is taken to last, unless the constraints force it to be
   * instantaneous (then its start and end points are compared as they are).
   */
  private int possible(int a, int b) {
    return AllenPoints.possible(pointsOf(a, b)) & label(a, b);
  }

  /** What is known of the points of two events, each taken to last if it can. */
  private long[][] pointsOf(int a, int b) {
    long[][] known = known(a, b);
    long[][] m = lasting(known, true, true);
    if (m == null) {
      m = lasting(known, true, false);
      if (m == null) {
        m = lasting(known, false, true);
      }
      if (m == null) {
        m = known;
      }
    }
    return m;
  }

  /** The known matrix with {@code start < end} added for the chosen events; null if inconsistent. */
  private static long[][] lasting(long[][] known, boolean first, boolean second) {
    long[][] m = new long[5][];
    for (int i = 0; i < 5; i++) {
      m[i] = known[i].clone();
    }
    if (first) {
      m[1][0] = Math.min(m[1][0], -1);
    }
    if (second) {
      m[3][2] = Math.min(m[3][2], -1);
    }
    return AllenPoints.close(m, 5) ? m : null;
  }

  /** The minimal network over a.start, a.end, b.start, b.end and the time origin (index 4). */
  private long[][] known(int a, int b) {
    int[] points = {2 * a, 2 * a + 1, 2 * b, 2 * b + 1};
    long[][] m = new long[5][5];
    for (int i = 0; i < 4; i++) {
      long[] d = net.network().distances(points[i], points);
      for (int j = 0; j < 4; j++) {
        m[i][j] = d[j];
        long up = net.upper(points[j]);
        long low = net.lower(points[i]);
        if (up < TemporalNetwork.INF && low > TemporalNetwork.NEG_INF) {
          m[i][j] = Math.min(m[i][j], up - low);
        }
      }
      m[4][i] = net.upper(points[i]);
      m[i][4] = net.lower(points[i]) > TemporalNetwork.NEG_INF ? -net.lower(points[i]) : TemporalNetwork.INF;
    }
    m[4][4] = 0;
    AllenPoints.close(m, 5);
    return m;
  }

  /**
   * Returns a summary: the number of events and conflicts.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Timeline[" + events.size() + " events, " + conflicts.size() + " conflicts]";
  }
}
