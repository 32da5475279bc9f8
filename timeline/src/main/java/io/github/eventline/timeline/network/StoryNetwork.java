package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.TemporalConstraint;
import io.github.eventline.timeline.TimelineOptions;
import io.github.eventline.timeline.points.AllenPoints;
import io.github.eventline.timeline.index.EventIndex;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.parallel.Parallel;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * A story translated into a temporal network, then made consistent: conflicts found, reported and
 * resolved round by round. Not public, by design.
 *
 * <p>Event {@code i} has start point {@code 2i} and end point {@code 2i+1}; times are whole epoch
 * seconds, lower bounds rounded down and upper bounds up, {@link Instant#MIN}/{@link Instant#MAX}
 * meaning unbounded.
 *
 * <p>This class holds the build and the rounds of conflict resolution; the concepts live beside it:
 * {@link TranslatedClaims} (claims translated into difference constraints), {@link StatedDates}
 * (the stated bounds, each point's domain), {@link RelationCycles} and {@link EmptyDomains} (the two
 * kinds of conflict, found and explained), {@link Link} (one constraint of a conflict's cycle).
 */
public final class StoryNetwork {

  /** How many points with crossed bounds are examined for the shortest explanation of a conflict. */
  private static final int MAX_EXAMINED = 64;

  /** How many points with crossed bounds are examined per round for conflicts resolved together. */
  private static final int MAX_FOUND = 1024;

  final Story story;
  /**
   * The events, as {@link #event} numbers them: as the network numbers them, in the story's order
   * or by id; or in the story's order, numbered by stated start through {@link #original}.
   */
  private final List<Event> events;
  /**
   * The position in {@link #events} of each event of the network, if the network numbers them
   * otherwise (by stated start); else null. Positions, not the events themselves, as for {@link
   * #accepted}.
   */
  private final int[] original;
  /** The number of events. */
  public final int eventCount;
  /** The index of each event id in the network's numbering. */
  public final EventIndex index;
  /** The numbering of {@link #events} by stated start, if the network was built on a story index; else null. */
  final StoryIndex.Numbering numbering;
  /** The index in {@link #events} of each of the story's events, if they are not in the story's order; else null. */
  final int[] position;
  /**
   * The ids of the events in the network's numbering and their order by id ({@link
   * KeyRanks#idOrder}), if the network numbers events by stated start: made on another thread on a
   * large story, else on first use.
   */
  public final Supplier<NumberedIds> ids;

  /**
   * The positions in {@link #assertions} of the accepted timing and relation assertions. Origin
   * {@code i < eventCount} is the editor's {@code when} of event i; origin {@code eventCount
   * + k} is accepted assertion k. Positions, not the assertions themselves: an array of millions of
   * references, allocated outside the young generation, costs G1's write barrier several times more
   * to fill than an array of ints (a fence and a card per reference).
   */
  private final int[] accepted;
  /** The assertions {@link #accepted} are positions in: the story's, or sorted by id. */
  private final List<Assertion> assertions;
  /** The described origins, made on demand: most origins are never named. */
  private final Map<Integer, ConstraintOrigin> described = new HashMap<>();
  /** The event of each accepted assertion's claim, as {@link #accepted}: its first event for a relation. */
  int[] acceptedEvent;
  /**
   * The accepted assertions of each event, in CSR form: {@code byEvent[1][byEvent[0][i] ..
   * byEvent[0][i + 1])}; made on demand for the first conflict.
   */
  private int[][] byEvent;
  /** The origin of the single statement of when of each event, -1 if none, -2 if several. */
  final int[] statedOrigin;

  /**
   * The edges as translated, until the first network is built from them; each later network is
   * built from the previous one, whose edges are in the same order, less those set aside.
   */
  int edgeCount;
  int[] src;
  int[] dst;
  int[] weight;
  int[] edgeOrigin;

  int boundCount;
  int[] boundPoint;
  long[] boundValue;
  int[] boundOrigin;
  boolean[] boundUpper;

  /** Non-convex or inexact relation sets, kept for path consistency: {a, b, mask, origin}. */
  final List<int[]> qualitative = new ArrayList<>();
  /** Every accepted relation claim: {a, b, mask, origin}. */
  private final List<int[]> relationClaims = new ArrayList<>();

  final BitSet dropped = new BitSet();
  public final List<TemporalConflict> conflicts = new ArrayList<>();
  /** The cycle of each conflict, as links whose weights sum to a negative number. */
  public final List<List<Link>> cycles = new ArrayList<>();
  private final boolean dropWeakest;
  /** The policy whose reliabilities rank the weakest assertion of a conflict. */
  private final ReconciliationPolicy policy;
  /** The executor of the independent parts of a large build. */
  private final java.util.concurrent.Executor executor;
  /** True to stop at the first round that finds a conflict, leaving the bounds unsolved. */
  private boolean untilConflict;

  public TemporalNetwork network;
  public long[] lower;
  public long[] upper;

  private StoryNetwork(
      Story story, List<Event> events, List<Assertion> assertions, TimelineOptions options,
      Supplier<IntPredicate> acceptedAt,
      StoryIndex storyIndex) {
    this.story = story;
    this.dropWeakest = options.isDropWeakest();
    this.policy = options.policy();
    this.executor = options.executor();
    // With a story index, events are numbered as it numbers them for the network: by stated start.
    this.numbering = storyIndex != null ? StoryIndex.Numbering.of(storyIndex) : null;
    this.events = events;
    this.original = numbering != null ? numbering.original : null;
    this.eventCount = events.size();
    this.index = numbering != null ? numbering.orderedIndex : new EventIndex(events.toArray(new Event[0]));
    this.position = numbering != null ? numbering.position : null;
    int n = eventCount;
    // The order needs the events' order by id; on a large story it is sorted meanwhile, on another
    // thread (after the verdicts, if they are judged there).
    if (numbering == null) {
      this.ids = null;
    } else if (2 * n >= Parallel.THRESHOLD) {
      Parallel.Forked<NumberedIds> forked = Parallel.fork(executor, () -> NumberedIds.of(numbering, true));
      this.ids = forked::join;
    } else {
      this.ids = () -> NumberedIds.of(numbering, false);
    }
    // The edges: one per event, then the claims' (translated into these arrays: TranslatedClaims).
    TranslatedClaims translated = new TranslatedClaims(n, assertions.size());
    this.statedOrigin = new int[n];
    Arrays.fill(statedOrigin, -1);
    int dated = 0;
    if (numbering != null) {
      long[] stated = numbering.stated;
      for (int i = 0; i < n; i++) {
        dated += stated[4 * i] != StoryIndex.UNDATED ? 1 : 0;
      }
    } else {
      for (Event e : events) {
        dated += e.when().isPresent() ? 1 : 0;
      }
    }
    // Four bounds per statement of when: sized for the events' own, doubled for timing claims.
    int bounds = 4 * dated + 16;
    this.boundPoint = new int[bounds];
    this.boundValue = new long[bounds];
    this.boundOrigin = new int[bounds];
    this.boundUpper = new boolean[bounds];
    for (int i = 0; i < n; i++) {
      translated.edge(2 * i + 1, 2 * i, 0, -1);
    }
    if (numbering != null) {
      // As the numbering read them, in the story's order.
      long[] stated = numbering.stated;
      for (int i = 0; i < n; i++) {
        if (stated[4 * i] != StoryIndex.UNDATED) {
          int p = position[i];
          StatedDates.noteStatement(this, p, p);
          StatedDates.addStated(this, 2 * p, stated[4 * i], false, p);
          StatedDates.addStated(this, 2 * p, stated[4 * i + 1], true, p);
          StatedDates.addStated(this, 2 * p + 1, stated[4 * i + 2], false, p);
          StatedDates.addStated(this, 2 * p + 1, stated[4 * i + 3], true, p);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        Event e = events.get(i);
        if (e.when().isPresent()) {
          StatedDates.addBounds(this, i, e.when().get(), i);
        }
      }
    }
    // The claims are translated before their acceptance is asked for: on a large story, the
    // verdicts are judged meanwhile on another thread.
    TranslatedClaims.translateClaims(this, translated, assertions, storyIndex);
    // On a large story the verdicts are still being judged: the network of every claim is built
    // meanwhile, as it is when every claim is accepted, as in most stories.
    TemporalNetwork speculative = storyIndex != null && 2 * n >= Parallel.THRESHOLD
        ? TemporalNetwork.of(2 * n, translated.edges, translated.edgeFrom, translated.edgeTo, translated.edgeWeight,
            translated.edgeClaim, null)
        : null;
    IntPredicate acc = acceptedAt.get();
    this.assertions = assertions;
    int[] kept = TranslatedClaims.keepAccepted(this, translated, assertions, options, acc);
    this.accepted = TranslatedClaims.addReports(this, kept, translated, assertions);
    if (speculative != null && kept.length == translated.claims) {
      network = speculative;
      src = null;
      dst = null;
      weight = null;
      edgeOrigin = null;
    }
  }

  /**
   * Translates and solves the network of a story.
   *
   * @param canonical  true to order events and assertions by id, so that conflicts do not depend on
   *     the story's order; false to keep the story's order (faster for large stories)
   */
  public static StoryNetwork solve(Story story, TimelineOptions options, boolean canonical) {
    return solve(story, options, canonical, null);
  }

  /**
   * Translates and solves the network of a story.
   *
   * @param canonical  true to order events and assertions by id, so that conflicts do not depend on
   *     the story's order; false to keep the story's order (faster for large stories)
   * @param acceptedAt  the options' test of acceptance by position in {@code story.assertions()},
   *     which saves a lookup per assertion; null to call the options' own test
   */
  public static StoryNetwork solve(Story story, TimelineOptions options, boolean canonical, IntPredicate acceptedAt) {
    return solve(story, options, canonical, acceptedAt, null);
  }

  /**
   * Translates and solves the network of a story, reading the claims' events from an index of the
   * story (in the story's order, so only if not {@code canonical}); null to look them up.
   */
  public static StoryNetwork solve(
      Story story, TimelineOptions options, boolean canonical, IntPredicate acceptedAt, StoryIndex storyIndex) {
    return solve(story, options, canonical, () -> acceptedAt, storyIndex);
  }

  /**
   * As {@link #solve(Story, TimelineOptions, boolean, IntPredicate, StoryIndex)}, asking for the
   * test of acceptance only once the events are laid out: it may be made meanwhile on another
   * thread. The supplier is called once, on this thread; it may give null, for the options' test.
   * The test is by position in {@code story.assertions()}, also when {@code canonical}.
   */
  public static StoryNetwork solve(
      Story story, TimelineOptions options, boolean canonical, Supplier<IntPredicate> acceptedAt,
      StoryIndex storyIndex) {
    List<Event> events = story.events();
    List<Assertion> assertions = story.assertions();
    Supplier<IntPredicate> acceptance = acceptedAt;
    if (canonical) {
      events = new ArrayList<>(events);
      events.sort((a, b) -> a.id().compareTo(b.id()));
      // The assertions by id, and the test of acceptance read through their story positions.
      List<Assertion> inStory = assertions;
      Integer[] byId = new Integer[inStory.size()];
      Arrays.setAll(byId, i -> i);
      Arrays.sort(byId, (a, b) -> inStory.get(a).id().compareTo(inStory.get(b).id()));
      Assertion[] sorted = new Assertion[byId.length];
      Arrays.setAll(sorted, k -> inStory.get(byId[k]));
      assertions = Arrays.asList(sorted);
      acceptance = () -> {
        IntPredicate inStoryOrder = acceptedAt.get();
        return inStoryOrder == null ? null : k -> inStoryOrder.test(byId[k]);
      };
    }
    StoryNetwork net = new StoryNetwork(
        story, events, assertions, options, acceptance, canonical ? null : storyIndex);
    net.solve();
    return net;
  }

  /**
   * As {@link #solve(Story, TimelineOptions, boolean, Supplier, StoryIndex)} in the story's order,
   * but stops at the first round that finds a conflict: {@link #conflicts} then holds that round's,
   * and the bounds are not solved. For a build that solves again in id order when there is a
   * conflict, so that the conflicts do not depend on the story's order.
   */
  public static StoryNetwork solveUntilConflict(
      Story story, TimelineOptions options, Supplier<IntPredicate> acceptedAt, StoryIndex storyIndex) {
    StoryNetwork net = new StoryNetwork(story, story.events(), story.assertions(), options, acceptedAt, storyIndex);
    net.untilConflict = true;
    net.solve();
    return net;
  }

  /** Returns event i of the network's numbering. */
  public Event event(int i) {
    return events.get(original != null ? original[i] : i);
  }

  /** Returns accepted assertion k, of origin {@code eventCount + k}. */
  Assertion accepted(int k) {
    return assertions.get(accepted[k]);
  }

  /** Returns every accepted relation claim, {a, b, mask, origin}. */
  List<int[]> relationClaims() {
    if (relationClaims.isEmpty()) {
      int n = eventCount;
      for (int k = 0; k < accepted.length; k++) {
        if (accepted(k).claim() instanceof Claim.Relation r) {
          relationClaims.add(
              new int[] {index.indexOf(r.event()), index.indexOf(r.other()), AllenPoints.mask(r.relations()), n + k});
        }
      }
    }
    return relationClaims;
  }

  /**
   * Reports a conflict found by path consistency among relation claims, sets them aside (or the
   * weakest) and solves the network again.
   */
  void resolveQualitative(BitSet claimOrigins) {
    List<Link> links = new ArrayList<>();
    for (int o = claimOrigins.nextSetBit(0); o >= 0; o = claimOrigins.nextSetBit(o + 1)) {
      Claim.Relation r = (Claim.Relation) accepted(o - eventCount).claim();
      links.add(Link.relation(index.indexOf(r.event()), index.indexOf(r.other()), AllenPoints.mask(r.relations()), o));
    }
    resolve(links, " (path consistency over Allen's composition)");
    solve();
  }

  /** Checks if an origin is a report that an event occurred ({@link OccurredReports}). */
  boolean isReport(int o) {
    return o >= eventCount && accepted(o - eventCount).claim() instanceof Claim.Occurred;
  }

  /** Returns what an origin is, described. */
  ConstraintOrigin origin(int o) {
    return described.computeIfAbsent(o, this::describe);
  }

  private ConstraintOrigin describe(int o) {
    int n = eventCount;
    if (o < n) {
      return ConstraintOrigin.ofWhen(o, story, policy, event(o).id(), event(o).when().orElseThrow());
    }
    List<Assertion> group = new ArrayList<>();
    for (int k : sameClaim(o)) {
      group.add(accepted(k - n));
    }
    return ConstraintOrigin.ofClaim(o, story, policy, accepted(o - n).claim(), group);
  }

  /**
   * The origins of every accepted assertion of the same claim as an assertion origin: among the
   * accepted assertions of its event, in origin order. A report that an event occurred is its own
   * origin alone: each report bounds the event by its own stated time.
   */
  private List<Integer> sameClaim(int o) {
    int n = eventCount;
    Claim claim = accepted(o - n).claim();
    if (claim instanceof Claim.Occurred) {
      return List.of(o);
    }
    if (byEvent == null) {
      int[] start = new int[n + 1];
      for (int k = 0; k < accepted.length; k++) {
        start[acceptedEvent[k] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, n);
      int[] list = new int[accepted.length];
      for (int k = 0; k < accepted.length; k++) {
        list[fill[acceptedEvent[k]]++] = k;
      }
      byEvent = new int[][] {start, list};
    }
    int event = acceptedEvent[o - n];
    List<Integer> same = new ArrayList<>();
    for (int i = byEvent[0][event]; i < byEvent[0][event + 1]; i++) {
      int k = byEvent[1][i];
      if (accepted(k).claim().equals(claim)) {
        same.add(n + k);
      }
    }
    return same;
  }

  /**
   * Built on first use, once every bound is added (before {@link #solve()}); a race only builds the
   * same index twice.
   */
  private volatile BoundIndex boundIndex;

  BoundIndex boundIndex() {
    BoundIndex index = boundIndex;
    if (index == null) {
      index = BoundIndex.of(eventCount, boundPoint, boundCount);
      boundIndex = index;
    }
    return index;
  }

  public static long floor(Instant t) {
    return t.getEpochSecond();
  }

  public static long ceil(Instant t) {
    return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
  }

  public static Instant toInstant(long seconds) {
    if (seconds <= Instant.MIN.getEpochSecond()) {
      return Instant.MIN;
    }
    if (seconds >= Instant.MAX.getEpochSecond()) {
      return Instant.MAX;
    }
    return Instant.ofEpochSecond(seconds);
  }

  /** Finds and resolves conflicts round by round until the network is consistent. */
  private void solve() {
    int points = 2 * eventCount;
    while (true) {
      long[] ub = new long[points];
      long[] lb = new long[points];
      int[] upperOrigin = new int[points];
      int[] lowerOrigin = new int[points];
      if (points >= Parallel.THRESHOLD) {
        // The stated bounds read the bounds and what is set aside, the network the edges and what
        // is set aside: neither writes what the other reads.
        Parallel.both(executor, () -> StatedDates.statedBounds(this, ub, lb, upperOrigin, lowerOrigin), () -> network = buildNetwork(points));
      } else {
        network = buildNetwork(points);
        StatedDates.statedBounds(this, ub, lb, upperOrigin, lowerOrigin);
      }
      if (RelationCycles.resolveRelationCycles(this, ub, lb, upperOrigin, lowerOrigin)) {
        if (untilConflict) {
          return;
        }
        continue;
      }
      upper = ub;
      lower = lb;
      int[] upperPred = new int[points];
      int[] lowerPred = new int[points];
      propagate(network, upper, upperPred, lower, lowerPred, points >= Parallel.THRESHOLD ? executor : Parallel.CALLER);
      List<List<Link>> found = new ArrayList<>();
      int shortest = -1;
      for (int p = 0; p < points && found.size() < MAX_FOUND; p++) {
        if (upper[p] < lower[p]) {
          List<Link> cycle = EmptyDomains.boundCycle(this, p, upperOrigin, lowerOrigin, upperPred, lowerPred);
          if (found.size() < MAX_EXAMINED && (shortest < 0 || cycle.size() < found.get(shortest).size())) {
            shortest = found.size();
          }
          found.add(cycle);
        }
      }
      if (shortest < 0) {
        return;
      }
      resolve(found.get(shortest));
      if (untilConflict) {
        return;
      }
      // The other cycles found in this round, shortest first: each whose constraints are all still
      // in force is still a conflict, and is resolved now rather than after another propagation
      // over the whole network (one round per conflict made a story with a conflict per few
      // hundred events quadratic).
      Integer[] rest = new Integer[found.size()];
      for (int k = 0; k < rest.length; k++) {
        rest[k] = k;
      }
      Arrays.sort(rest, (a, b) -> Integer.compare(found.get(a).size(), found.get(b).size()));
      for (int k : rest) {
        if (k != shortest && inForce(found.get(k))) {
          resolve(found.get(k));
        }
      }
    }
  }

  /**
   * Propagates the bounds over a network, both ways: the upper bounds handed to the executor, the
   * lower on this thread; each reads the network and writes its own arrays.
   */
  public static void propagate(
      TemporalNetwork network, long[] upper, int[] upperPred, long[] lower, int[] lowerPred,
      java.util.concurrent.Executor executor) {
    Parallel.both(executor, () -> network.propagateUpper(upper, upperPred), () -> network.propagateLower(lower, lowerPred));
  }

  /** Checks that no constraint of a cycle has been set aside. */
  private boolean inForce(List<Link> cycle) {
    for (Link l : cycle) {
      if (l.origin >= 0 && dropped.get(l.origin)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds the network of the edges not set aside: from the translated edges the first time, which
   * are then let go, and from the previous network after, whose edges are in the same order.
   */
  private TemporalNetwork buildNetwork(int points) {
    if (src == null && network != null && dropped.isEmpty()) {
      // Built already, from every claim, all accepted.
      return network;
    }
    if (src != null) {
      int[] org = edgeOrigin;
      TemporalNetwork net =
          TemporalNetwork.of(
              points, edgeCount, src, dst, weight, org,
              dropped.isEmpty() ? null : e -> org[e] < 0 || !dropped.get(org[e]));
      src = null;
      dst = null;
      weight = null;
      edgeOrigin = null;
      return net;
    }
    int[] org = network.origin;
    return TemporalNetwork.of(
        points, org.length, network.from, network.to, network.weight, org, e -> org[e] < 0 || !dropped.get(org[e]));
  }

  /** Reports a conflict and sets aside what it rests on, by the options. */
  void resolve(List<Link> links) {
    resolve(links, "");
  }

  private void resolve(List<Link> links, String how) {
    cycles.add(List.copyOf(links));
    java.util.LinkedHashSet<Integer> involved = new java.util.LinkedHashSet<>();
    for (Link l : links) {
      if (l.origin >= 0) {
        involved.add(l.origin);
      }
    }
    List<ConstraintOrigin> toDrop = new ArrayList<>();
    if (dropWeakest) {
      ConstraintOrigin weakest = null;
      for (int o : involved) {
        ConstraintOrigin c = origin(o);
        if (weakest == null || ConstraintOrigin.WEAKEST_FIRST.compare(c, weakest) < 0) {
          weakest = c;
        }
      }
      toDrop.add(weakest);
    } else {
      involved.forEach(o -> toDrop.add(origin(o)));
    }
    TreeSet<AssertionId> setAside = new TreeSet<>();
    TreeSet<EventId> setAsideDates = new TreeSet<>();
    List<String> names = new ArrayList<>();
    for (ConstraintOrigin o : toDrop) {
      dropped.set(o.index);
      if (!o.isEditorWhen()) {
        sameClaim(o.index).forEach(dropped::set);
      }
      setAside.addAll(o.assertions);
      if (o.isEditorWhen()) {
        setAsideDates.add(o.event);
      }
      names.add(o.name());
    }
    List<TemporalConstraint> cycle = new ArrayList<>();
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < links.size(); i++) {
      TemporalConstraint c = links.get(i).describe(this);
      cycle.add(c);
      message.append(i == 0 ? "" : i == 1 ? ", but " : ", and ").append(c);
    }
    message
        .append(how)
        .append(". ")
        .append(dropWeakest ? "Dropped the weakest: " : "Set aside: ")
        .append(String.join("; ", names))
        .append('.');
    conflicts.add(new TemporalConflict(cycle, List.copyOf(setAside), List.copyOf(setAsideDates), message.toString()));
  }
}
