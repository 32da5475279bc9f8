package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.TimelineOptions;
import io.github.eventline.timeline.index.EventIndex;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.parallel.Parallel;
import io.github.eventline.timeline.points.AllenPoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The second step of building a network: a story, laid out by an {@link EventLayout}, translated
 * into a temporal network, then solved round by round, each round's conflicts resolved by its
 * {@link ConflictResolution}. Mutable while it is built and solved; {@link SolvedNetwork} then holds
 * it and never changes it again.
 *
 * <p>Times are whole epoch seconds ({@link io.github.eventline.timeline.points.Seconds}). The
 * concepts live beside it: {@link TranslatedClaims} (claims translated into difference
 * constraints), {@link StatedDates} (the stated bounds, each point's domain), {@link RelationCycles}
 * and {@link EmptyDomains} (the two kinds of conflict, found and explained).
 *
 * <p>A round is O(points + edges + bounds) but for the conflicts it finds: conflicts found in one
 * round are resolved together, so that a story with a conflict every few hundred events is not
 * solved once per conflict.
 */
final class StoryNetwork {

  /** How many points with crossed bounds are examined for the shortest explanation of a conflict. */
  private static final int MAX_EXAMINED = 64;

  /** How many points with crossed bounds are examined per round for conflicts resolved together. */
  private static final int MAX_FOUND = 1 << 16;

  /** In {@link #statedOrigin}: the event has no statement of when. */
  static final int NO_STATEMENT = -1;
  /** In {@link #statedOrigin}: the event has several statements of when. */
  static final int SEVERAL_STATEMENTS = -2;

  final EventLayout layout;
  final Story story;
  /** The number of events. */
  final int eventCount;
  /** The index of each event id in the layout's numbering. */
  final EventIndex index;
  /** The layout's numbering of each of the story's events, if by stated start; else null. */
  final int[] position;
  /** The conflicts found, and what is set aside. */
  final ConflictResolution resolution;

  /**
   * The positions in the layout's assertions of the accepted timing and relation assertions, then
   * of the reports of occurrence that bound their events. Origin {@code i < eventCount} is the
   * editor's {@code when} of event i; origin {@code eventCount + k} is accepted assertion k.
   * Positions, not the assertions themselves: an int array costs the collector nothing to fill.
   */
  private final int[] accepted;
  /** The event of each accepted assertion's claim, as {@link #accepted}: its first event for a relation. */
  int[] acceptedEvent;
  /** The origin of the single statement of when of each event, {@link #NO_STATEMENT} or {@link #SEVERAL_STATEMENTS}. */
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

  /** The stated bounds: point, value in seconds, origin and side of each. */
  int boundCount;
  int[] boundPoint;
  long[] boundValue;
  int[] boundOrigin;
  boolean[] boundUpper;

  /** Non-convex or inexact relation sets, kept for path consistency: {a, b, mask, origin}. */
  final List<int[]> qualitative = new ArrayList<>();
  /** Every accepted relation claim: {a, b, mask, origin}; made on first use. */
  private final List<int[]> relationClaims = new ArrayList<>();

  /** The network of the edges in force, built anew each round. */
  TemporalNetwork network;
  /** The derived bounds of each point, once solved. */
  long[] lower;
  long[] upper;

  /** The policy whose reliabilities rank the weakest assertion of a conflict. */
  final ReconciliationPolicy policy;
  /** The executor of the independent parts of a large build. */
  private final java.util.concurrent.Executor executor;

  /**
   * Translates a laid-out story into a network, not yet solved: one edge per event ({@code start
   * <= end}), the stated bounds, then every timing and relation claim, kept if accepted.
   */
  StoryNetwork(EventLayout layout, TimelineOptions options) {
    this.layout = layout;
    this.story = layout.story;
    this.eventCount = layout.eventCount;
    this.index = layout.index;
    this.position = layout.position;
    this.policy = options.policy();
    this.executor = options.executor();
    this.resolution = new ConflictResolution(this, ConflictResolution.SetAside.of(options));
    int n = eventCount;
    StoryIndex.Numbering numbering = layout.numbering;
    List<Assertion> assertions = layout.assertions;
    // The edges: one per event, then the claims' (translated into these arrays: TranslatedClaims).
    TranslatedClaims translated = new TranslatedClaims(n, assertions.size());
    this.statedOrigin = new int[n];
    Arrays.fill(statedOrigin, NO_STATEMENT);
    int dated = 0;
    if (numbering != null) {
      long[] stated = numbering.stated;
      for (int i = 0; i < n; i++) {
        dated += stated[4 * i] != StoryIndex.UNDATED ? 1 : 0;
      }
    } else {
      for (int i = 0; i < n; i++) {
        dated += layout.event(i).when().isPresent() ? 1 : 0;
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
      // As the numbering read them, in the story's order: the bounds of a point are then its event's
      // own, then its timing claims' in the layout's order, whatever the story's order.
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
        Event e = layout.event(i);
        if (e.when().isPresent()) {
          StatedDates.addBounds(this, i, e.when().get(), i);
        }
      }
    }
    // The claims are translated before their acceptance is asked for: on a large story, the
    // verdicts are judged meanwhile on another thread.
    TranslatedClaims.translateClaims(this, translated, assertions, layout.claims);
    // On a large story the verdicts are still being judged: the network of every claim is built
    // meanwhile, as it is when every claim is accepted, as in most stories.
    TemporalNetwork speculative = layout.storyIndex != null && 2 * n >= Parallel.THRESHOLD
        ? TemporalNetwork.of(2 * n, translated.edges, translated.edgeFrom, translated.edgeTo, translated.edgeWeight,
            translated.edgeClaim, null)
        : null;
    int[] kept = TranslatedClaims.keepAccepted(this, translated, layout.acceptance());
    this.accepted = TranslatedClaims.addReports(this, kept, translated, assertions);
    if (speculative != null && kept.length == translated.claims) {
      network = speculative;
      src = null;
      dst = null;
      weight = null;
      edgeOrigin = null;
    }
  }

  /** Returns event i of the layout's numbering. */
  Event event(int i) {
    return layout.event(i);
  }

  /** Returns accepted assertion k, of origin {@code eventCount + k}. */
  Assertion accepted(int k) {
    return layout.assertions.get(accepted[k]);
  }

  /** Returns the number of accepted assertions. */
  int acceptedCount() {
    return accepted.length;
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
    resolution.resolve(links, " (path consistency over Allen's composition)");
    solve();
  }

  /** Checks if an origin is a report that an event occurred ({@link OccurredReports}). */
  boolean isReport(int o) {
    return o >= eventCount && accepted(o - eventCount).claim() instanceof Claim.Occurred;
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

  /**
   * Finds and resolves conflicts round by round, until the network is consistent. A round: the
   * network of the edges in force and the stated bounds in force; the cycles of relations ({@link
   * RelationCycles}); else the bounds propagated and the empty domains explained ({@link
   * EmptyDomains}).
   */
  void solve() {
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
        continue;
      }
      upper = ub;
      lower = lb;
      int[] upperPred = new int[points];
      int[] lowerPred = new int[points];
      network.propagate(upper, upperPred, lower, lowerPred, points >= Parallel.THRESHOLD ? executor : Parallel.CALLER);
      // The points whose domain is empty, each with the paths that explain it, as ints: most share
      // their cause with another and are no longer conflicts once it is resolved, so only those
      // resolved are made into links.
      List<EmptyDomains.Paths> emptied = new ArrayList<>();
      int shortest = -1;
      for (int p = 0; p < points && emptied.size() < MAX_FOUND; p++) {
        if (upper[p] < lower[p]) {
          EmptyDomains.Paths paths = EmptyDomains.Paths.of(this, p, upperPred, lowerPred);
          if (emptied.size() < MAX_EXAMINED && (shortest < 0 || paths.length() < emptied.get(shortest).length())) {
            shortest = emptied.size();
          }
          emptied.add(paths);
        }
      }
      if (shortest < 0) {
        return;
      }
      resolution.resolve(emptied.get(shortest).links(this, upperOrigin, lowerOrigin));
      // The other empty domains found in this round, shortest explanation first: each whose
      // constraints are all still in force is still a conflict, and is resolved now rather than
      // after another propagation over the whole network (one round per conflict would make a
      // story with a conflict every few hundred events quadratic).
      Integer[] rest = new Integer[emptied.size()];
      for (int k = 0; k < rest.length; k++) {
        rest[k] = k;
      }
      Arrays.sort(rest, (a, b) -> Integer.compare(emptied.get(a).length(), emptied.get(b).length()));
      for (int k : rest) {
        EmptyDomains.Paths paths = emptied.get(k);
        if (k != shortest && paths.inForce(this, upperOrigin, lowerOrigin)) {
          resolution.resolve(paths.links(this, upperOrigin, lowerOrigin));
        }
      }
    }
  }

  /**
   * Builds the network of the edges not set aside: from the translated edges the first time, which
   * are then let go, and from the previous network after, whose edges are in the same order.
   */
  private TemporalNetwork buildNetwork(int points) {
    BitSet dropped = resolution.dropped;
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
    return network.without(e -> org[e] < 0 || !dropped.get(org[e]));
  }
}
