package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Quantities;
import java.util.Optional;

/**
 * When two stated quantities agree, and the range they agree on: compared in the common unit of
 * their dimension ({@link Quantities#toCommonUnit}), each widened by its stated uncertainty.
 *
 * <p>Two figures agree when their units are comparable ({@link Quantities#areComparable}: a figure
 * with no unit compares, in its own numbers, with any) and their ranges overlap; if one of them is
 * approximate with no stated uncertainty, they may also be apart by up to the tolerance times the
 * largest finite bound of the two. An open side ("at least", "at most") reaches as far as it
 * needs: two "at least" figures always agree. Bounds equal to within one part in 10^9 are equal,
 * so that figures converted from different units meet.
 *
 * <p>Not part of the API: the module does not export this package. Stateless and thread-safe.
 */
public final class QuantityRanges {

  /** The relative difference under which two converted bounds are taken as equal. */
  static final double EPSILON = 1e-9;

  private QuantityRanges() {}

  /**
   * Checks if two stated quantities agree.
   *
   * @param a  one quantity, not null
   * @param b  the other, not null
   * @param tolerance  the relative tolerance of approximate figures, at least 0
   * @return true if they agree
   */
  public static boolean compatible(Claim.Quantity a, Claim.Quantity b, double tolerance) {
    if (!Quantities.areComparable(a.unit(), b.unit())) {
      return false;
    }
    boolean convert = a.unit().isPresent() && b.unit().isPresent();
    Claim.Quantity x = common(a, convert);
    Claim.Quantity y = common(b, convert);
    double gap = Math.max(x.low(), y.low()) - Math.min(x.high(), y.high());
    double scale = scale(x, y);
    double allowed = x.approximate() || y.approximate() ? tolerance * scale : 0;
    return gap <= allowed + EPSILON * scale;
  }

  /**
   * Returns the range two agreeing quantities share, as a cluster of agreeing figures keeps it to
   * compare the next figure with: their intersection or, for approximate figures that agree only
   * within the tolerance, the range between them, approximate. In the common unit when both
   * state a unit, else in the numbers as stated. Not a value held: see {@link HeldQuantity}.
   *
   * @param a  one quantity, not null
   * @param b  another that agrees with it, not null
   * @return the shared range, {@code a} itself when it lies within {@code b}
   */
  public static Claim.Quantity agreement(Claim.Quantity a, Claim.Quantity b) {
    boolean convert = a.unit().isPresent() && b.unit().isPresent();
    Claim.Quantity x = common(a, convert);
    Claim.Quantity y = common(b, convert);
    double low = Math.max(x.low(), y.low());
    double high = Math.min(x.high(), y.high());
    if (low > high) {
      double gapLow = high;
      high = low;
      low = gapLow;
    }
    Optional<String> unit = x.unit().isPresent() ? x.unit() : y.unit();
    boolean approximate = x.approximate() || y.approximate();
    if (low == a.low() && high == a.high() && unit.equals(a.unit()) && approximate == a.approximate()
        && a.uncertainty().isEmpty()) {
      return a;
    }
    return new Claim.Quantity(a.event(), a.measure(), low, high, unit, approximate);
  }

  /**
   * Checks if the range a quantity allows lies within the range another allows, in the common
   * unit (to within {@link #EPSILON}); the tolerance of approximate figures plays no part.
   *
   * @param inner  the quantity that may lie within, not null
   * @param outer  the other, not null
   * @return true if {@code inner} lies within {@code outer}
   */
  public static boolean isWithin(Claim.Quantity inner, Claim.Quantity outer) {
    if (!Quantities.areComparable(inner.unit(), outer.unit())) {
      return false;
    }
    boolean convert = inner.unit().isPresent() && outer.unit().isPresent();
    Claim.Quantity x = common(inner, convert);
    Claim.Quantity y = common(outer, convert);
    double slack = EPSILON * scale(x, y);
    return x.low() >= y.low() - slack && x.high() <= y.high() + slack;
  }

  /** Returns the allowed range: widened by a stated uncertainty, converted if both state units. */
  private static Claim.Quantity common(Claim.Quantity q, boolean convert) {
    if (convert || q.unit().isEmpty()) {
      return Quantities.toCommonUnit(q);
    }
    // A bare figure compares with this one in the numbers as stated: widen, keep the label.
    Claim.Quantity bare = Quantities.toCommonUnit(
        new Claim.Quantity(q.event(), q.measure(), q.low(), q.high(), Optional.empty(), q.approximate(), q.uncertainty()));
    return new Claim.Quantity(q.event(), q.measure(), bare.low(), bare.high(), q.unit(), bare.approximate());
  }

  /** The largest finite magnitude among the bounds of two ranges. */
  private static double scale(Claim.Quantity a, Claim.Quantity b) {
    return Math.max(Math.max(finite(a.low()), finite(a.high())), Math.max(finite(b.low()), finite(b.high())));
  }

  private static double finite(double x) {
    return Double.isInfinite(x) ? 0 : Math.abs(x);
  }
}
