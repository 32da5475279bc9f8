package io.github.eventline.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The qualitative constraints of a network: sets of Allen relations that no difference constraint
 * states exactly, such as {@code {BEFORE, AFTER}}. Not public, by design.
 */
final class QualitativeNetwork {

  private final Map<Long, Integer> labels;
  private final List<TemporalConflict> conflicts;

  private QualitativeNetwork(Map<Long, Integer> labels, List<TemporalConflict> conflicts) {
    this.labels = labels;
    this.conflicts = conflicts;
  }

  static QualitativeNetwork check(StoryNetwork net) {
    long n = net.events.length;
    Map<Long, Integer> labels = new HashMap<>();
    for (int[] q : net.qualitative) {
      if (net.dropped.get(q[3])) {
        continue;
      }
      labels.merge(q[0] * n + q[1], q[2], (x, y) -> x & y);
      labels.merge(q[1] * n + q[0], AllenPoints.inverse(q[2]), (x, y) -> x & y);
    }
    return new QualitativeNetwork(Map.copyOf(labels), List.of());
  }

  Map<Long, Integer> labels() {
    return labels;
  }

  List<TemporalConflict> conflicts() {
    return conflicts;
  }
}
