package io.github.eventline.timeline.points;

import io.github.eventline.core.time.IntervalRelation;

/**
 * Allen's composition table over sets of relations, as bit masks ({@link AllenPoints#mask}): the
 * composition of two sets in four table lookups, whatever their sizes, and the inverse of a set in
 * one. The tables (int arrays indexed by relation and by every set of the 13 relations) are made
 * once when the class is loaded. Composition is Allen's, for intervals of positive length.
 */
public final class AllenComposition {

  private static final int ALL = AllenPoints.ALL;
  private static final int[][] COMPOSE = new int[AllenPoints.RELATIONS][AllenPoints.RELATIONS];
  /** Each basic relation composed with each set of relations: 13 x 8192 ints, so a composition is at most 13 lookups. */
  private static final int[][] COMPOSE_WITH = new int[AllenPoints.RELATIONS][ALL + 1];
  /**
   * Each set of relations composed after each four relations: entry {@code second * 64 + 16 * g +
   * nibble} is the composition of the relations {@code nibble << 4g} with {@code second}. A
   * composition is then four lookups in one row, 128 bytes (the sets labelling a network are few,
   * so their rows stay in cache).
   */
  private static final char[] COMPOSE_NIBBLES = new char[(ALL + 1) * 64];
  /** The inverse of each set of relations. */
  private static final int[] INVERSE = new int[ALL + 1];

  static {
    IntervalRelation[] values = IntervalRelation.values();
    for (int a = 0; a < values.length; a++) {
      for (int b = 0; b < values.length; b++) {
        COMPOSE[a][b] = AllenPoints.mask(IntervalRelation.compose(values[a], values[b]));
      }
    }
    // COMPOSE_WITH[a][mask]: a basic relation composed with a set, built from the set without its lowest bit.
    for (int a = 0; a < AllenPoints.RELATIONS; a++) {
      for (int mask = 1; mask <= ALL; mask++) {
        COMPOSE_WITH[a][mask] = COMPOSE_WITH[a][mask & (mask - 1)] | COMPOSE[a][Integer.numberOfTrailingZeros(mask)];
      }
    }
    for (int mask = 0; mask <= ALL; mask++) {
      INVERSE[mask] = AllenPoints.inverse(mask);
    }
    for (int second = 0; second <= ALL; second++) {
      for (int g = 0; g < 4; g++) {
        for (int nibble = 0; nibble < 16; nibble++) {
          int first = (nibble << 4 * g) & ALL;
          int result = 0;
          for (int rest = first; rest != 0; rest &= rest - 1) {
            result |= COMPOSE_WITH[Integer.numberOfTrailingZeros(rest)][second];
          }
          COMPOSE_NIBBLES[second << 6 | g << 4 | nibble] = (char) result;
        }
      }
    }
  }


  /**
   * Returns the composition of two sets of relations: the relations of a to c possible when those
   * of a to b are {@code first} and those of b to c are {@code second}. O(1): four lookups.
   *
   * @param first  the relations of a to b, a mask of {@link AllenPoints#bit}s
   * @param second  the relations of b to c, a mask
   * @return the relations of a to c, a mask
   */
  public static int compose(int first, int second) {
    // Four lookups in one 128-byte stretch of the table, whatever the sizes of the sets.
    int row = second << 6;
    return COMPOSE_NIBBLES[row | first & 15]
        | COMPOSE_NIBBLES[row | 16 | first >>> 4 & 15]
        | COMPOSE_NIBBLES[row | 32 | first >>> 8 & 15]
        | COMPOSE_NIBBLES[row | 48 | first >>> 12];
  }

  /**
   * Returns the inverse of a set of relations: those of b to a when those of a to b are {@code
   * mask}. O(1).
   *
   * @param mask  a mask of {@link AllenPoints#bit}s
   * @return the inverse mask
   */
  public static int inverse(int mask) {
    return INVERSE[mask];
  }

  private AllenComposition() {}
}
