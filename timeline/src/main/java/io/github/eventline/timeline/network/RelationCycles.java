package io.github.eventline.timeline.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The first step of finding conflicts in a {@link StoryNetwork}: the cycles of relations that
 * cannot hold, found and explained before any bound is propagated, and resolved through {@link
 * ConflictResolution#resolve}. O(edges) to find the strongly connected components, plus per conflict the
 * points its search visits. Static methods over the network's arrays. Not public, by design.
 */
final class RelationCycles {
  /** How many points the search for a short cycle of relations visits at most, per conflict. */
  private static final int MAX_CYCLE_SEARCH = 1 << 14;

  private RelationCycles() {}

  /**
   * Finds and resolves the cycles of relations that cannot hold, before any bound is propagated:
   * each strongly connected component of the relation edges that holds a strict edge (see {@link
   * TemporalNetwork#negativeEdge}). In such a component, each edge that contradicts the stated
   * bounds of its own two points is a conflict: explained by the cycle of fewest edges through it
   * if one rests on no more constraints than the edge and the two bounds (a breadth-first search
   * over the points near it), else by the edge and the two bounds. A component with no such edge
   * is explained by the shortest cycle through its first strict edge. The stated bounds never
   * join the search: a component stays the cycles of relations, however many events are dated.
   *
   * <p>O(edges) to find the components, plus per conflict the points its search visits.
   *
   * @return true if a conflict was resolved, so that the network must be built again
   */
  static boolean resolveRelationCycles(
      StoryNetwork storyNet, long[] ub, long[] lb, int[] upperOrigin, int[] lowerOrigin) {
    TemporalNetwork net = storyNet.network;
    BitSet dropped = storyNet.resolution.dropped;
    if (net.isAcyclic()) {
      // No component to look into: not even a pass over them (one per point).
      return false;
    }
    IntPredicate setAside = e -> net.origin[e] >= 0 && dropped.get(net.origin[e]);
    TemporalNetwork.CycleSearch search = null;
    boolean found = false;
    for (int c = net.components - 1; c >= 0; c--) {
      if (net.isTrivial(c) || net.negativeEdge(c, setAside) < 0) {
        continue;
      }
      if (search == null) {
        search = new TemporalNetwork.CycleSearch(net.size);
      }
      boolean resolved = false;
      for (int i = net.memberStart[c]; i < net.memberStart[c + 1]; i++) {
        int u = net.members[i];
        for (int e = net.offsets[u]; e < net.offsets[u + 1]; e++) {
          int v = net.to[e];
          if (net.component[v] != c || setAside.test(e) || !contradictsStated(storyNet, e, ub, lb, upperOrigin, lowerOrigin)) {
            continue;
          }
          List<Link> direct = List.of(
              Link.bound(u, ub[u], true, upperOrigin[u]),
              Link.edge(u, v, net.weight[e], net.origin[e]),
              Link.bound(v, lb[v], false, lowerOrigin[v]));
          int origins = originCount(direct);
          int[] cycle = net.shortestCycle(e, 4 * origins, MAX_CYCLE_SEARCH, setAside, search);
          List<Link> links = cycle == null ? null : links(net, cycle);
          storyNet.resolution.resolve(links != null && total(links) < 0 && originCount(links) <= origins ? links : direct);
          resolved = true;
        }
      }
      if (!resolved) {
        int strict = net.negativeEdge(c, setAside);
        int[] cycle = strict < 0 ? null : net.shortestCycle(strict, Integer.MAX_VALUE, Integer.MAX_VALUE, setAside, search);
        if (cycle == null) {
          // Broken by a conflict of another component: the next round looks again.
          found = true;
          continue;
        }
        storyNet.resolution.resolve(links(net, cycle));
      }
      found = true;
    }
    return found;
  }

  /** Checks if edge e alone contradicts the stated bounds, still in force, of its two points. */
  private static boolean contradictsStated(
      StoryNetwork storyNet, int e, long[] ub, long[] lb, int[] upperOrigin, int[] lowerOrigin) {
    TemporalNetwork net = storyNet.network;
    BitSet dropped = storyNet.resolution.dropped;
    int u = net.from[e];
    int v = net.to[e];
    int uo = upperOrigin[u];
    int lo = lowerOrigin[v];
    return uo >= 0 && lo >= 0 && !dropped.get(uo) && !dropped.get(lo) && ub[u] + net.weight[e] < lb[v];
  }

  private static List<Link> links(TemporalNetwork net, int[] edges) {
    List<Link> links = new ArrayList<>(edges.length);
    for (int e : edges) {
      links.add(Link.edge(net.from[e], net.to[e], net.weight[e], net.origin[e]));
    }
    return links;
  }

  private static long total(List<Link> links) {
    long total = 0;
    for (Link l : links) {
      total += l.weight();
    }
    return total;
  }

  /** The number of distinct constraints (origins) a conflict rests on. */
  private static int originCount(List<Link> links) {
    java.util.HashSet<Integer> origins = new java.util.HashSet<>();
    for (Link l : links) {
      if (l.origin >= 0) {
        origins.add(l.origin);
      }
    }
    return origins.size();
  }
}
