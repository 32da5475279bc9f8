package io.github.eventline.timeline.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of the second kind of conflict in a {@link StoryNetwork}: an empty domain, a
 * point whose latest time, once the dates are propagated along the relations, falls before its
 * earliest. Explained by the two paths that brought the bounds there, each from a stated bound,
 * read back through the propagation's predecessors: O(length of the paths) per conflict, plus the
 * stated bounds of the two ends' events through the {@link BoundIndex}. Not public, by design.
 */
final class EmptyDomains {

  private EmptyDomains() {}

  /**
   * The explanation of {@code upper[y] < lower[y]}, as the propagation's predecessors give it: the
   * point {@code start} whose stated upper bound was carried to y, the edges that carried it there
   * then those that carried the lower bound (in reading order), and the point {@code end} whose
   * stated lower bound it is. Ints, not links: most explanations are only measured and checked.
   */
  record Paths(int start, int[] edges, int end) {

    /** Reads the two paths back through the predecessors. O(length of the paths). */
    static Paths of(StoryNetwork storyNet, int y, int[] upperPred, int[] lowerPred) {
      TemporalNetwork net = storyNet.network;
      int upper = 0;
      int x = y;
      for (; upperPred[x] >= 0; x = net.from[upperPred[x]]) {
        upper++;
      }
      int lower = 0;
      int z = y;
      for (; lowerPred[z] >= 0; z = net.to[lowerPred[z]]) {
        lower++;
      }
      int[] edges = new int[upper + lower];
      int k = upper;
      for (int v = y; upperPred[v] >= 0; v = net.from[upperPred[v]]) {
        edges[--k] = upperPred[v];
      }
      k = upper;
      for (int v = y; lowerPred[v] >= 0; v = net.to[lowerPred[v]]) {
        edges[k++] = lowerPred[v];
      }
      return new Paths(x, edges, z);
    }

    /** The number of links of the explanation: the edges and the two stated bounds. */
    int length() {
      return edges.length + 2;
    }

    /** Checks that no constraint of the explanation has been set aside. */
    boolean inForce(StoryNetwork storyNet, int[] upperOrigin, int[] lowerOrigin) {
      java.util.BitSet dropped = storyNet.resolution.dropped;
      int[] origin = storyNet.network.origin;
      for (int e : edges) {
        if (setAside(origin[e], dropped)) {
          return false;
        }
      }
      return !setAside(upperOrigin[start], dropped) && !setAside(lowerOrigin[end], dropped);
    }

    /** The explanation as links, a cycle through the time origin, in reading order. */
    List<Link> links(StoryNetwork storyNet, int[] upperOrigin, int[] lowerOrigin) {
      TemporalNetwork net = storyNet.network;
      List<Link> links = new ArrayList<>(length());
      links.add(Link.bound(start, stated(storyNet, start, upperOrigin[start], true), true, upperOrigin[start]));
      for (int e : edges) {
        links.add(Link.edge(net.from[e], net.to[e], net.weight[e], net.origin[e]));
      }
      links.add(Link.bound(end, stated(storyNet, end, lowerOrigin[end], false), false, lowerOrigin[end]));
      return links;
    }
  }

  private static boolean setAside(int origin, java.util.BitSet dropped) {
    return origin >= 0 && dropped.get(origin);
  }

  /**
   * The stated bound of a point from one origin: the least of its upper bounds, or the greatest of
   * its lower. Through the bound index, O(bounds of the point's event): a scan of every bound per
   * conflict would make a story with a conflict every few hundred events quadratic.
   */
  private static long stated(StoryNetwork storyNet, int point, int origin, boolean upper) {
    int[] boundPoint = storyNet.boundPoint;
    int[] boundOrigin = storyNet.boundOrigin;
    boolean[] boundUpper = storyNet.boundUpper;
    long[] boundValue = storyNet.boundValue;
    long v = upper ? TemporalNetwork.INF : TemporalNetwork.NEG_INF;
    BoundIndex index = storyNet.boundIndex();
    for (int k = index.start[point / 2]; k < index.start[point / 2 + 1]; k++) {
      int b = index.list[k];
      if (boundPoint[b] == point && boundOrigin[b] == origin && boundUpper[b] == upper) {
        v = upper ? Math.min(v, boundValue[b]) : Math.max(v, boundValue[b]);
      }
    }
    return v;
  }
}
