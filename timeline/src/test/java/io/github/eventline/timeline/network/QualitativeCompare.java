package io.github.eventline.timeline.network;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.timeline.QualitativeStories;
import io.github.eventline.timeline.points.AllenComposition;
import io.github.eventline.timeline.points.AllenPoints;

/**
 * Compares the labels of partial path consistency with those of full path consistency on a
 * {@link QualitativeStories} story: how many pairs of events get a weaker label, and how many
 * relations a pair keeps on average. Run by hand; prints its figures. Not a test:
 * {@code java ... io.github.eventline.timeline.QualitativeCompare dense 300 3000} or
 * {@code ... QualitativeCompare sparse 1000 2}. Full path consistency is O(n^3) per sweep: keep n
 * to a few hundred or a thousand.
 */
final class QualitativeCompare {

  private QualitativeCompare() {}

  public static void main(String[] args) {
    int events = Integer.parseInt(args[1]);
    int m = Integer.parseInt(args[2]);
    Story story = args[0].equals("dense")
        ? QualitativeStories.dense(events, m, 42)
        : QualitativeStories.sparse(events, m, 64, 42).story();
    int n = story.events().size();
    int count = story.assertions().size();
    int[] a = new int[count];
    int[] b = new int[count];
    int[] mask = new int[count];
    int[] origin = new int[count];
    for (int c = 0; c < count; c++) {
      Claim.Relation r = (Claim.Relation) story.assertions().get(c).claim();
      a[c] = Integer.parseInt(r.event().value().substring(2));
      b[c] = Integer.parseInt(r.other().value().substring(2));
      mask[c] = AllenPoints.mask(r.relations());
      origin[c] = c;
    }
    ChordalGraph graph = new ChordalGraph(n, a, b, mask, origin, count);
    System.out.printf("conflict: %s; chordal graph: %d edges of %d pairs%n", graph.enforce(), graph.edges(), (long) n * (n - 1) / 2);
    int[][] full = fullPathConsistency(n, a, b, mask, count);
    long weaker = 0;
    long pairs = 0;
    long fullRelations = 0;
    long partialRelations = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int partial = graph.label(graph.renumbered[i], graph.renumbered[j]);
        if ((partial & full[i][j]) != full[i][j]) {
          throw new AssertionError("partial stronger than full on ev" + i + ", ev" + j);
        }
        pairs++;
        weaker += partial == full[i][j] ? 0 : 1;
        fullRelations += Integer.bitCount(full[i][j]);
        partialRelations += Integer.bitCount(partial);
      }
    }
    System.out.printf("pairs %d, weaker label %d; relations per pair: full %.4f, partial %.4f%n",
        pairs, weaker, (double) fullRelations / pairs, (double) partialRelations / pairs);
  }

  /** {@link FullPathConsistency#labels} with the network's fast composition, for hundreds of events. */
  private static int[][] fullPathConsistency(int n, int[] a, int[] b, int[] mask, int count) {
    int[][] label = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        label[i][j] = i == j ? AllenPoints.bit(IntervalRelation.EQUALS) : AllenPoints.ALL;
      }
    }
    for (int c = 0; c < count; c++) {
      label[a[c]][b[c]] &= mask[c];
      label[b[c]][a[c]] &= AllenPoints.inverse(mask[c]);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          for (int k = 0; k < n; k++) {
            if (i != j && k != i && k != j) {
              int narrowed = label[i][j] & AllenComposition.compose(label[i][k], label[k][j]);
              if (narrowed != label[i][j]) {
                label[i][j] = narrowed;
                label[j][i] = AllenPoints.inverse(narrowed);
                changed = true;
              }
            }
          }
        }
      }
    }
    return label;
  }
}
