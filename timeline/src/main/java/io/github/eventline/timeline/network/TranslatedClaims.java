package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.points.AllenPoints;
import io.github.eventline.timeline.index.EventIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The edges of a network, then the timing and relation claims of its story translated, before it
 * is known which are accepted: per claim (in the story's order) its position; per bound and
 * qualitative constraint, the claim it comes from; per edge, the origin of that claim if every
 * claim is accepted ({@code events + claim}, as most stories have it), -1 for an edge of no claim.
 *
 * <p>Holds the translation of claims into difference constraints, in one pass over the assertions
 * (O(assertions)), then keeps those of the accepted claims in a {@link StoryNetwork} (O(edges +
 * bounds)). Static methods over arrays: no object per edge. Not public, by design.
 */
final class TranslatedClaims {
  /** The number of events: the origin of claim k, if every claim is accepted, is {@code events + k}. */
  final int events;
  int claims;
  int[] claimPosition;
  int[] claimEvent;
  /** The candidate reports that an event occurred ({@link OccurredReports}): position and event each. */
  int reports;
  int[] reportPosition = new int[16];
  int[] reportEvent = new int[16];
  int edges;
  int[] edgeFrom;
  int[] edgeTo;
  int[] edgeWeight;
  int[] edgeClaim;
  int timings;
  int[] timingEvent = new int[16];
  TimeBounds[] timingWhen = new TimeBounds[16];
  int[] timingClaim = new int[16];
  /** {a, b, mask, claim} each. */
  final List<int[]> qualitative = new ArrayList<>();

  /** Sized for one edge per event and about one claim and one edge per assertion, as most stories have. */
  TranslatedClaims(int events, int assertions) {
    this.events = events;
    claimPosition = new int[Math.max(16, assertions)];
    claimEvent = new int[claimPosition.length];
    int size = events + assertions + 16;
    edgeFrom = new int[size];
    edgeTo = new int[size];
    edgeWeight = new int[size];
    edgeClaim = new int[size];
  }

  int claim(int position, int event) {
    if (claims == claimPosition.length) {
      claimPosition = Arrays.copyOf(claimPosition, 2 * claims);
      claimEvent = Arrays.copyOf(claimEvent, 2 * claims);
    }
    claimPosition[claims] = position;
    claimEvent[claims] = event;
    return claims++;
  }

  void report(int position, int event) {
    if (reports == reportPosition.length) {
      reportPosition = Arrays.copyOf(reportPosition, 2 * reports);
      reportEvent = Arrays.copyOf(reportEvent, 2 * reports);
    }
    reportPosition[reports] = position;
    reportEvent[reports] = event;
    reports++;
  }

  void edge(int from, int to, int weight, int claim) {
    if (edges == edgeFrom.length) {
      int size = 2 * edges;
      edgeFrom = Arrays.copyOf(edgeFrom, size);
      edgeTo = Arrays.copyOf(edgeTo, size);
      edgeWeight = Arrays.copyOf(edgeWeight, size);
      edgeClaim = Arrays.copyOf(edgeClaim, size);
    }
    edgeFrom[edges] = from;
    edgeTo[edges] = to;
    edgeWeight[edges] = weight;
    edgeClaim[edges] = claim;
    edges++;
  }

  void timing(int event, TimeBounds when, int claim) {
    if (timings == timingEvent.length) {
      int size = 2 * timings;
      timingEvent = Arrays.copyOf(timingEvent, size);
      timingWhen = Arrays.copyOf(timingWhen, size);
      timingClaim = Arrays.copyOf(timingClaim, size);
    }
    timingEvent[timings] = event;
    timingWhen[timings] = when;
    timingClaim[timings] = claim;
    timings++;
  }

  /**
   * Translates every timing and relation claim, in one pass over the assertions, whether accepted
   * or not: that is known only after ({@link #keepAccepted}).
   *
   * @param claims  what the network reads of the assertions, if the layout read it from the story
   *     index; else null, and the claims' events are found by id
   */
  static void translateClaims(
      StoryNetwork net, TranslatedClaims out, List<Assertion> assertions, EventLayout.ClaimColumns claims) {
    int[][] translations = new int[AllenPoints.ALL + 1][];
    if (claims != null) {
      translateColumns(out, assertions, claims, translations);
      return;
    }
    EventIndex index = net.index;
    AllenPoints.MaskCache masks = new AllenPoints.MaskCache();
    for (int position = 0, size = assertions.size(); position < size; position++) {
      Claim claim = assertions.get(position).claim();
      if (claim instanceof Claim.Timing t) {
        int event = index.indexOf(t.event());
        out.timing(event, t.when(), out.claim(position, event));
      } else if (claim instanceof Claim.Relation r) {
        int a = index.indexOf(r.event());
        int b = index.indexOf(r.other());
        int mask = masks.mask(r.relations());
        translate(out, a, b, mask, out.claim(position, a), translations);
      } else if (claim instanceof Claim.Occurred o && OccurredReports.isCandidate(assertions.get(position))) {
        out.report(position, index.indexOf(o.event()));
      }
    }
  }

  /**
   * Translates the claims from what the layout read of them: relations without reading the claims,
   * timings and reports from theirs.
   */
  private static void translateColumns(
      TranslatedClaims out, List<Assertion> assertions, EventLayout.ClaimColumns claims, int[][] translations) {
    int timingType = ClaimType.TIMING.ordinal();
    int relationType = ClaimType.RELATION.ordinal();
    byte[] type = claims.type;
    int[] event = claims.event;
    int[] other = claims.other;
    short[] relations = claims.relations;
    for (int k = 0, size = type.length; k < size; k++) {
      int e = event[k];
      if (type[k] == relationType) {
        translate(out, e, other[k], relations[k], out.claim(k, e), translations);
      } else if (type[k] == timingType) {
        out.timing(e, ((Claim.Timing) assertions.get(k).claim()).when(), out.claim(k, e));
      } else if (OccurredReports.isCandidate(assertions.get(k))) {
        out.report(k, e);
      }
    }
  }

  /** Translates relation claim {@code k}, of events {@code a} and {@code b} and relations {@code mask}. */
  private static void translate(TranslatedClaims out, int a, int b, int mask, int k, int[][] translations) {
    int[] tr = translations[mask];
    if (tr == null) {
      tr = flatten(AllenPoints.translate(mask));
      translations[mask] = tr;
    }
    // tr: {from, to, weight} per edge over the points 0-3 of a and b, then 1 if exact.
    int last = tr.length - 1;
    for (int i = 0; i < last; i += 3) {
      int from = tr[i] < 2 ? 2 * a + tr[i] : 2 * b + tr[i] - 2;
      int to = tr[i + 1] < 2 ? 2 * a + tr[i + 1] : 2 * b + tr[i + 1] - 2;
      out.edge(from, to, tr[i + 2], out.events + k);
    }
    if (tr[last] == 0) {
      out.qualitative.add(new int[] {a, b, mask, k});
    }
  }

  /**
   * Keeps the translations of the accepted claims, in the story's order: each accepted assertion
   * gets the next origin, and its edges, bounds and qualitative constraints are added with it.
   *
   * @param acceptedAt  the test of acceptance by position in the layout's assertions
   * @return the positions of the accepted assertions, in the order of their origins
   */
  static int[] keepAccepted(StoryNetwork net, TranslatedClaims t, IntPredicate acceptedAt) {
    int n = net.eventCount;
    int[] kept = new int[t.claims];
    int[] keptEvent = new int[t.claims];
    int[] originOf = new int[t.claims];
    int count = 0;
    for (int k = 0; k < t.claims; k++) {
      int position = t.claimPosition[k];
      if (acceptedAt.test(position)) {
        originOf[k] = n + count;
        keptEvent[count] = t.claimEvent[k];
        kept[count++] = position;
      } else {
        originOf[k] = -1;
      }
    }
    // The arrays become the network's edges. If every claim is accepted, each edge already has its
    // origin; else the edges are moved down over those of rejected claims, and their origins
    // replaced by those of the accepted.
    int[] edgeFrom = t.edgeFrom;
    int[] edgeTo = t.edgeTo;
    int[] edgeWeight = t.edgeWeight;
    int[] edgeClaim = t.edgeClaim;
    int edges = t.edges;
    if (count < t.claims) {
      edges = 0;
      for (int e = 0; e < t.edges; e++) {
        int claim = edgeClaim[e];
        int o = claim < 0 ? -1 : originOf[claim - n];
        if (claim < 0 || o >= 0) {
          edgeFrom[edges] = edgeFrom[e];
          edgeTo[edges] = edgeTo[e];
          edgeWeight[edges] = edgeWeight[e];
          edgeClaim[edges] = o;
          edges++;
        }
      }
    }
    net.src = edgeFrom;
    net.dst = edgeTo;
    net.weight = edgeWeight;
    net.edgeOrigin = edgeClaim;
    net.edgeCount = edges;
    for (int i = 0; i < t.timings; i++) {
      int origin = originOf[t.timingClaim[i]];
      if (origin >= 0) {
        StatedDates.addBounds(net, t.timingEvent[i], t.timingWhen[i], origin);
      }
    }
    for (int[] q : t.qualitative) {
      int origin = originOf[q[3]];
      if (origin >= 0) {
        net.qualitative.add(new int[] {q[0], q[1], q[2], origin});
      }
    }
    net.acceptedEvent = keptEvent;
    return count == kept.length ? kept : Arrays.copyOf(kept, count);
  }

  /**
   * Adds the reports that an event occurred that constrain it ({@link OccurredReports}) after the
   * accepted claims: each is an origin of its own, an upper bound on its event's start.
   *
   * @param kept  the positions of the accepted claims, as {@link #keepAccepted} returns them
   * @return the positions of the accepted claims, then of the reports, in the order of their origins
   */
  static int[] addReports(StoryNetwork net, int[] kept, TranslatedClaims t, List<Assertion> assertions) {
    if (t.reports == 0) {
      return kept;
    }
    long[] latest = OccurredReports.latestStarts(net.story, assertions, t.reportPosition, t.reports);
    int[] all = Arrays.copyOf(kept, kept.length + t.reports);
    int[] events = Arrays.copyOf(net.acceptedEvent, all.length);
    int count = kept.length;
    for (int i = 0; i < t.reports; i++) {
      if (latest[i] < TemporalNetwork.INF) {
        StatedDates.addBound(net, 2 * t.reportEvent[i], latest[i], true, net.eventCount + count);
        events[count] = t.reportEvent[i];
        all[count++] = t.reportPosition[i];
      }
    }
    net.acceptedEvent = events;
    return count == all.length ? all : Arrays.copyOf(all, count);
  }

  /** A translation as {from, to, weight} per edge, then 1 if it is exact, else 0. */
  private static int[] flatten(AllenPoints.Translation tr) {
    int[] flat = new int[3 * tr.edges().size() + 1];
    int i = 0;
    for (long[] edge : tr.edges()) {
      flat[i++] = (int) edge[0];
      flat[i++] = (int) edge[1];
      flat[i++] = (int) edge[2];
    }
    flat[i] = tr.exact() ? 1 : 0;
    return flat;
  }
}
