package io.github.eventline.timeline.network;

import java.util.Arrays;

/**
 * The bounds of each event, in CSR form: bounds {@code list[start[e]..start[e + 1])} are on event e,
 * as numbers of the bounds of a {@link StoryNetwork}. Finds the stated bounds of a point without a
 * scan of every bound. Not public, by design.
 */
final class BoundIndex {
  final int[] start;
  final int[] list;

  BoundIndex(int[] start, int[] list) {
    this.start = start;
    this.list = list;
  }

  /**
   * Indexes bounds {@code 0 .. boundCount} by the event of their point. O(events + bounds).
   *
   * @param eventCount  the number of events
   * @param boundPoint  the point of each bound, event {@code i} having points {@code 2i} and {@code 2i+1}
   * @param boundCount  the number of bounds in use in {@code boundPoint}
   */
  static BoundIndex of(int eventCount, int[] boundPoint, int boundCount) {
    int n = eventCount;
    int[] start = new int[n + 1];
    for (int b = 0; b < boundCount; b++) {
      start[boundPoint[b] / 2 + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] list = new int[boundCount];
    for (int b = 0; b < boundCount; b++) {
      list[fill[boundPoint[b] / 2]++] = b;
    }
    return new BoundIndex(start, list);
  }
}
