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

  /** The cycle through the time origin behind {@code upper[y] < lower[y]}, in reading order. */
  static List<Link> boundCycle(
      StoryNetwork storyNet, int y, int[] upperOrigin, int[] lowerOrigin, int[] upperPred, int[] lowerPred) {
    TemporalNetwork net = storyNet.network;
    List<Link> upperPath = new ArrayList<>();
    int x = y;
    while (upperPred[x] >= 0) {
      int e = upperPred[x];
      upperPath.add(Link.edge(net.from[e], net.to[e], net.weight[e], net.origin[e]));
      x = net.from[e];
    }
    List<Link> links = new ArrayList<>();
    links.add(Link.bound(x, upperOfStated(storyNet, x, upperOrigin[x]), true, upperOrigin[x]));
    for (int i = upperPath.size() - 1; i >= 0; i--) {
      links.add(upperPath.get(i));
    }
    int z = y;
    while (lowerPred[z] >= 0) {
      int e = lowerPred[z];
      links.add(Link.edge(net.from[e], net.to[e], net.weight[e], net.origin[e]));
      z = net.to[e];
    }
    links.add(Link.bound(z, lowerOfStated(storyNet, z, lowerOrigin[z]), false, lowerOrigin[z]));
    return links;
  }

  /**
   * The number of links of {@link #boundCycle}'s explanation of {@code upper[y] < lower[y]}, read
   * without making it: O(length of the paths).
   */
  static int length(StoryNetwork storyNet, int y, int[] upperPred, int[] lowerPred) {
    TemporalNetwork net = storyNet.network;
    int length = 2;
    for (int x = y; upperPred[x] >= 0; x = net.from[upperPred[x]]) {
      length++;
    }
    for (int z = y; lowerPred[z] >= 0; z = net.to[lowerPred[z]]) {
      length++;
    }
    return length;
  }

  /**
   * Checks that every constraint of {@link #boundCycle}'s explanation of {@code upper[y] < lower[y]}
   * is still in force (none set aside), without making it: O(length of the paths).
   */
  static boolean inForce(
      StoryNetwork storyNet, int y, int[] upperOrigin, int[] lowerOrigin, int[] upperPred, int[] lowerPred) {
    TemporalNetwork net = storyNet.network;
    java.util.BitSet dropped = storyNet.resolution.dropped;
    int x = y;
    for (; upperPred[x] >= 0; x = net.from[upperPred[x]]) {
      if (setAside(net.origin[upperPred[x]], dropped)) {
        return false;
      }
    }
    int z = y;
    for (; lowerPred[z] >= 0; z = net.to[lowerPred[z]]) {
      if (setAside(net.origin[lowerPred[z]], dropped)) {
        return false;
      }
    }
    return !setAside(upperOrigin[x], dropped) && !setAside(lowerOrigin[z], dropped);
  }

  private static boolean setAside(int origin, java.util.BitSet dropped) {
    return origin >= 0 && dropped.get(origin);
  }

  // Through the bound index, O(bounds of the point's event): a scan of every bound per conflict
  // would make a story with a conflict every few hundred events quadratic.
  private static long upperOfStated(StoryNetwork storyNet, int point, int origin) {
    int[] boundPoint = storyNet.boundPoint;
    int[] boundOrigin = storyNet.boundOrigin;
    boolean[] boundUpper = storyNet.boundUpper;
    long[] boundValue = storyNet.boundValue;
    long v = TemporalNetwork.INF;
    BoundIndex index = storyNet.boundIndex();
    for (int k = index.start[point / 2]; k < index.start[point / 2 + 1]; k++) {
      int b = index.list[k];
      if (boundPoint[b] == point && boundOrigin[b] == origin && boundUpper[b]) {
        v = Math.min(v, boundValue[b]);
      }
    }
    return v;
  }

  private static long lowerOfStated(StoryNetwork storyNet, int point, int origin) {
    int[] boundPoint = storyNet.boundPoint;
    int[] boundOrigin = storyNet.boundOrigin;
    boolean[] boundUpper = storyNet.boundUpper;
    long[] boundValue = storyNet.boundValue;
    long v = TemporalNetwork.NEG_INF;
    BoundIndex index = storyNet.boundIndex();
    for (int k = index.start[point / 2]; k < index.start[point / 2 + 1]; k++) {
      int b = index.list[k];
      if (boundPoint[b] == point && boundOrigin[b] == origin && !boundUpper[b]) {
        v = Math.max(v, boundValue[b]);
      }
    }
    return v;
  }
}
