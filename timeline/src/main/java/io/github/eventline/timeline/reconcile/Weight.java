package io.github.eventline.timeline.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rule 8, the weight of one assertion, and the product that explains it: the claimant's
 * reliability, times the factor of the certainty, times the relay discount once per hop of
 * {@code via}, times the uncommitted factor for an uncommitted statement. The explanation prints
 * every factor that enters the product, so that it multiplies out as printed: two relays at 0.9
 * are {@code 0.9^2}. Not instantiable; thread-safe.
 */
public final class Weight {

  private Weight() {}

  /**
   * Returns the weight of an assertion.
   *
   * @param reliability  the claimant's reliability (or estimated trust), in [0, 1]
   * @param certaintyFactor  the policy's factor of the assertion's certainty
   * @param relays  how many relays ({@code via}) the claim came through, at least 0
   * @param relayDiscount  the policy's discount per relay
   * @param uncommittedFactor  the policy's uncommitted factor for an uncommitted statement, else 1
   * @return the product, in [0, 1]
   */
  public static double of(
      double reliability, double certaintyFactor, int relays, double relayDiscount, double uncommittedFactor) {
    // pow(x, 0) is exactly 1: most assertions are not relayed.
    double w = reliability * certaintyFactor * (relays == 0 ? 1.0 : Math.pow(relayDiscount, relays));
    return uncommittedFactor == 1.0 ? w : w * uncommittedFactor;
  }

  /**
   * Returns the product that {@link #of} computes, in words, such as
   * {@code "weight 0.331 = reliability 0.6 x possible 0.5 x 2 relays 0.9^2 x uncommitted 1"}: each
   * factor printed to three decimals; the relay discount raised to the number of relays.
   *
   * @param certainty  the certainty's name, as printed
   * @param reliability  the claimant's reliability
   * @param certaintyFactor  the factor of the certainty
   * @param relays  the number of relays
   * @param relayDiscount  the discount per relay
   * @param uncommittedFactor  the uncommitted factor, 1 if committed
   * @return the text, not null
   */
  public static String product(
      String certainty, double reliability, double certaintyFactor, int relays, double relayDiscount,
      double uncommittedFactor) {
    StringBuilder sb = new StringBuilder(80);
    sb.append("weight ").append(number(of(reliability, certaintyFactor, relays, relayDiscount, uncommittedFactor)));
    sb.append(" = reliability ").append(number(reliability));
    sb.append(" x ").append(certainty.toLowerCase(Locale.ROOT)).append(' ').append(number(certaintyFactor));
    if (relays == 1) {
      sb.append(" x 1 relay ").append(number(relayDiscount));
    } else if (relays > 1) {
      sb.append(" x ").append(relays).append(" relays ").append(number(relayDiscount)).append('^').append(relays);
    }
    if (uncommittedFactor != 1.0) {
      sb.append(" x uncommitted ").append(number(uncommittedFactor));
    }
    return sb.toString();
  }

  /**
   * Returns a number as explanations print it: at most three decimals, half-even, no trailing zeros.
   *
   * @param value  the number
   * @return the text, not null
   */
  public static String number(double value) {
    // Weights, reliabilities and factors lie in [0, 1]: their thousandths are rounded in a long, unless
    // so close to a half that only the decimal of BigDecimal.valueOf can tell how it rounds.
    if (value >= 0 && value <= 1) {
      double thousandths = value * 1000;
      long rounded = Math.round(thousandths);
      if (Math.abs(Math.abs(thousandths - rounded) - 0.5) > 1e-9) {
        return thousandths(rounded);
      }
    }
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** Returns a number of thousandths from 0 to 1000 as {@link #number} prints it: no trailing zeros. */
  private static String thousandths(long n) {
    if (n == 0 || n == 1000) {
      return n == 0 ? "0" : "1";
    }
    StringBuilder sb = new StringBuilder("0.");
    sb.append((char) ('0' + n / 100)).append((char) ('0' + n / 10 % 10)).append((char) ('0' + n % 10));
    int end = sb.length();
    while (sb.charAt(end - 1) == '0') {
      end--;
    }
    sb.setLength(end);
    return sb.toString();
  }
}
