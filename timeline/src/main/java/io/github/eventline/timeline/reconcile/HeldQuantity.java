package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Claim;
import java.util.List;

/**
 * The value held on a quantity question: a range some supporter stated, never one made up.
 *
 * <p>Among the live supporters of the value held (the assertions the verdict counts in support),
 * the value held is:
 *
 * <ol>
 *   <li>the narrowest stated range that lies within every supporter's range
 *       ({@link QuantityRanges#isWithin}, after conversion to a common unit and with stated
 *       uncertainties): of "at least 20,000", "at least 24,000" and "at least 26,500", the last,
 *       so that a rising toll given as "at least" figures holds its highest figure; of "about
 *       10,000" and "between 9,000 and 11,000", "about 10,000";
 *   <li>else the range of the heaviest supporter: "between 9,000 and 11,000" and "between 10,000
 *       and 12,000" hold the heavier one's range, not 10,000 to 11,000, which nobody stated.
 * </ol>
 *
 * <p>Ranges that lie within each other are equal ("5,000 barrels a day" and "210,000 gallons a
 * day"): the heaviest of them is held, and on equal weights the first in the given order. The
 * value held keeps its supporter's own figures, unit and wording (approximate, uncertainty).
 *
 * <p>O(n^2) in the number of supporters, which a question has few of; O(n) when the heaviest
 * supporter's range lies within the others' (the common case of one agreed figure). Not part of
 * the API: the module does not export this package. Stateless and thread-safe.
 */
public final class HeldQuantity {

  private HeldQuantity() {}

  /**
   * Chooses the value held among the supporters' stated quantities.
   *
   * @param supporters  the quantities the live supporters stated, in a canonical order, not empty
   * @param weights  their weights, in the same order
   * @return one of the supporters' quantities, not null
   * @throws IllegalArgumentException if there are no supporters or the lengths differ
   */
  public static Claim.Quantity choose(List<Claim.Quantity> supporters, double[] weights) {
    if (supporters.isEmpty() || supporters.size() != weights.length) {
      throw new IllegalArgumentException(
          "Expected as many weights as supporters, at least one: " + supporters.size() + " and " + weights.length);
    }
    int heaviest = 0;
    for (int i = 1; i < weights.length; i++) {
      if (weights[i] > weights[heaviest]) {
        heaviest = i;
      }
    }
    if (isWithinAll(supporters, heaviest)) {
      return supporters.get(heaviest);
    }
    int best = -1;
    for (int i = 0; i < supporters.size(); i++) {
      if (isWithinAll(supporters, i) && (best < 0 || weights[i] > weights[best])) {
        best = i;
      }
    }
    return supporters.get(best >= 0 ? best : heaviest);
  }

  private static boolean isWithinAll(List<Claim.Quantity> supporters, int i) {
    Claim.Quantity candidate = supporters.get(i);
    for (Claim.Quantity other : supporters) {
      if (other != candidate && !QuantityRanges.isWithin(candidate, other)) {
        return false;
      }
    }
    return true;
  }
}
