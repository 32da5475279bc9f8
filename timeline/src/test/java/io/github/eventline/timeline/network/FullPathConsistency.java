package io.github.eventline.timeline.network;

import io.github.eventline.timeline.points.AllenPoints;

/**
 * The test oracle for {@link QualitativeNetwork}: plain PC-2 path consistency on every triple of
 * events, over an n x n matrix of labels (what the timeline did before partial path consistency).
 */
final class FullPathConsistency {

  private FullPathConsistency() {}

  /**
   * Returns the path-consistent labels of claims {@code (a[c], b[c], mask[c])} over events
   * {@code 0..n-1} ({@code [x][y]}: the relations of x to y), or null if a label becomes empty.
   */
  static int[][] labels(int n, int[] a, int[] b, int[] mask, int count) {
    int[][] label = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        label[i][j] = i == j ? AllenPoints.bit(io.github.eventline.core.time.IntervalRelation.EQUALS) : AllenPoints.ALL;
      }
    }
    for (int c = 0; c < count; c++) {
      if (a[c] != b[c]) {
        label[a[c]][b[c]] &= mask[c];
        label[b[c]][a[c]] &= AllenPoints.inverse(mask[c]);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i == j) {
            continue;
          }
          if (label[i][j] == 0) {
            return null;
          }
          for (int m = 0; m < n; m++) {
            if (m == i || m == j) {
              continue;
            }
            int narrowed = label[i][j] & slowCompose(label[i][m], label[m][j]);
            if (narrowed != label[i][j]) {
              label[i][j] = narrowed;
              label[j][i] = AllenPoints.inverse(narrowed);
              changed = true;
              if (narrowed == 0) {
                return null;
              }
            }
          }
        }
      }
    }
    return label;
  }

  /** Composition from Allen's table, relation by relation (not the network's lookup tables). */
  static int slowCompose(int first, int second) {
    io.github.eventline.core.time.IntervalRelation[] values = io.github.eventline.core.time.IntervalRelation.values();
    int result = 0;
    for (int x = 0; x < values.length; x++) {
      if ((first & 1 << x) == 0) {
        continue;
      }
      for (int y = 0; y < values.length; y++) {
        if ((second & 1 << y) != 0) {
          result |= AllenPoints.mask(io.github.eventline.core.time.IntervalRelation.compose(values[x], values[y]));
        }
      }
    }
    return result;
  }
}
