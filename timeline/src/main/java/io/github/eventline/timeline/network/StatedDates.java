package io.github.eventline.timeline.network;

import io.github.eventline.core.Claim;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.points.Seconds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The stated dates of a {@link StoryNetwork}, each point's domain: the events' own {@code when}
 * and the accepted timing claims, kept as bounds in seconds with their origins; the bounds in force
 * (not set aside) per point, in O(bounds) per round; and what the statements in force say of when
 * an event happened. Static methods over the network's arrays. Not public, by design.
 */
final class StatedDates {

  private StatedDates() {}

  /** Adds a bound in seconds, unless it is {@link StoryIndex#NONE}. */
  static void addStated(StoryNetwork net, int point, long value, boolean isUpper, int origin) {
    if (value != StoryIndex.NONE) {
      addBound(net, point, value, isUpper, origin);
    }
  }

  /** Notes a statement of when of an event: its origin if it is the first, else that there are several. */
  static void noteStatement(StoryNetwork net, int event, int origin) {
    int[] statedOrigin = net.statedOrigin;
    statedOrigin[event] = statedOrigin[event] == StoryNetwork.NO_STATEMENT ? origin : StoryNetwork.SEVERAL_STATEMENTS;
  }

  static void addBounds(StoryNetwork net, int event, TimeBounds b, int origin) {
    noteStatement(net, event, origin);
    if (!b.earliestStart().equals(Instant.MIN)) {
      addBound(net, 2 * event, Seconds.floor(b.earliestStart()), false, origin);
    }
    if (!b.latestStart().equals(Instant.MAX)) {
      addBound(net, 2 * event, Seconds.ceil(b.latestStart()), true, origin);
    }
    if (!b.earliestEnd().equals(Instant.MIN)) {
      addBound(net, 2 * event + 1, Seconds.floor(b.earliestEnd()), false, origin);
    }
    if (!b.latestEnd().equals(Instant.MAX)) {
      addBound(net, 2 * event + 1, Seconds.ceil(b.latestEnd()), true, origin);
    }
  }

  /**
   * Returns what the accepted statements not set aside say of when an event happened: its {@code
   * when} intersected with its timing claims, null if nothing or if they are disjoint.
   */
  static TimeBounds finalStated(StoryNetwork net, int event) {
    BitSet dropped = net.resolution.dropped;
    int eventCount = net.eventCount;
    int[] boundOrigin = net.boundOrigin;
    int o = net.statedOrigin[event];
    if (o >= 0) {
      return dropped.get(o) ? null : statement(net, o);
    }
    if (o == StoryNetwork.NO_STATEMENT) {
      return null;
    }
    List<TimeBounds> statements = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    java.util.TreeSet<Integer> seen = new java.util.TreeSet<>();
    BoundIndex index = net.boundIndex();
    for (int k = index.start[event]; k < index.start[event + 1]; k++) {
      int origin = boundOrigin[index.list[k]];
      if (origin < eventCount || net.accepted(origin - eventCount).claim() instanceof Claim.Timing) {
        seen.add(origin);
      }
    }
    if (net.event(event).when().isPresent()) {
      seen.add(event);
    }
    for (int origin : seen) {
      if (dropped.get(origin)) {
        continue;
      }
      if (origin < eventCount) {
        statements.add(net.event(event).when().orElseThrow());
        keys.add("");
      } else {
        statements.add(((Claim.Timing) net.accepted(origin - eventCount).claim()).when());
        keys.add(net.accepted(origin - eventCount).id().toString());
      }
    }
    // In a fixed order (the editor's first, then by assertion id), so that labels do not depend
    // on the story's order.
    Integer[] order = new Integer[statements.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> keys.get(x).compareTo(keys.get(y)));
    TimeBounds result = null;
    java.util.LinkedHashSet<String> labels = new java.util.LinkedHashSet<>();
    for (int i : order) {
      TimeBounds b = statements.get(i);
      result = result == null ? b : result.intersection(b).orElse(null);
      labels.add(b.label());
      if (result == null) {
        return null;
      }
    }
    if (result == null || order.length == 1) {
      return result;
    }
    // Each label once, however many statements say the same.
    return result.withLabel(String.join(" & ", labels));
  }

  /** The statement of when of an origin: an event's {@code when} or an accepted timing claim's. */
  private static TimeBounds statement(StoryNetwork net, int origin) {
    int n = net.eventCount;
    return origin < n
        ? net.event(origin).when().orElseThrow()
        : ((Claim.Timing) net.accepted(origin - n).claim()).when();
  }

  static void addBound(StoryNetwork net, int point, long value, boolean isUpper, int origin) {
    if (net.boundCount == net.boundPoint.length) {
      int size = net.boundPoint.length * 2;
      net.boundPoint = Arrays.copyOf(net.boundPoint, size);
      net.boundValue = Arrays.copyOf(net.boundValue, size);
      net.boundOrigin = Arrays.copyOf(net.boundOrigin, size);
      net.boundUpper = Arrays.copyOf(net.boundUpper, size);
    }
    net.boundPoint[net.boundCount] = point;
    net.boundValue[net.boundCount] = value;
    net.boundOrigin[net.boundCount] = origin;
    net.boundUpper[net.boundCount] = isUpper;
    net.boundCount++;
  }


  static void statedBounds(StoryNetwork net, long[] upper, long[] lower, int[] upperOrigin, int[] lowerOrigin) {
    BitSet dropped = net.resolution.dropped;
    int boundCount = net.boundCount;
    int[] boundOrigin = net.boundOrigin;
    int[] boundPoint = net.boundPoint;
    long[] boundValue = net.boundValue;
    boolean[] boundUpper = net.boundUpper;
    Arrays.fill(upper, TemporalNetwork.INF);
    Arrays.fill(lower, TemporalNetwork.NEG_INF);
    Arrays.fill(upperOrigin, -1);
    Arrays.fill(lowerOrigin, -1);
    boolean none = dropped.isEmpty();
    for (int b = 0; b < boundCount; b++) {
      int o = boundOrigin[b];
      if (!none && dropped.get(o)) {
        continue;
      }
      int p = boundPoint[b];
      long v = boundValue[b];
      if (boundUpper[b]) {
        if (v < upper[p]) {
          upper[p] = v;
          upperOrigin[p] = o;
        }
      } else if (v > lower[p]) {
        lower[p] = v;
        lowerOrigin[p] = o;
      }
    }
  }
}
