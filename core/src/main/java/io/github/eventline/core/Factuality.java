package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

/**
 * The factuality a source gives to a claim: polarity by certainty, after FactBank (Saurí and
 * Pustejovsky 2009).
 *
 * <p>"No information on active involvement" is {@link #UNCOMMITTED}, not a denial; the conditional
 * mood of "auraient subi des pertes" is {@link #POSSIBLE}. Immutable and thread-safe.
 *
 * @param polarity  whether the source says it is so, not null
 * @param certainty  how sure the source is, not null
 */
public record Factuality(Polarity polarity, Certainty certainty) {

  /** Stated as fact (FactBank CT+). */
  public static final Factuality CERTAIN = new Factuality(Polarity.POSITIVE, Certainty.CERTAIN);
  /** Stated as likely (FactBank PR+). */
  public static final Factuality PROBABLE = new Factuality(Polarity.POSITIVE, Certainty.PROBABLE);
  /** Stated as possible or hedged (FactBank PS+). */
  public static final Factuality POSSIBLE = new Factuality(Polarity.POSITIVE, Certainty.POSSIBLE);
  /** Denied as fact (FactBank CT-). */
  public static final Factuality DENIED = new Factuality(Polarity.NEGATIVE, Certainty.CERTAIN);
  /** No commitment either way (FactBank Uu). */
  public static final Factuality UNCOMMITTED = new Factuality(Polarity.UNKNOWN, Certainty.UNDERSPECIFIED);

  /**
   * Creates a factuality value.
   *
   * @param polarity  whether the source says it is so, not null
   * @param certainty  how sure the source is, not null
   * @throws NullPointerException if an argument is null
   */
  public Factuality {
    requireNonNull(polarity, "polarity");
    requireNonNull(certainty, "certainty");
  }

  /**
   * Obtains a factuality value.
   *
   * @param polarity  the polarity, not null
   * @param certainty  the certainty, not null
   * @return the value, not null
   */
  public static Factuality of(Polarity polarity, Certainty certainty) {
    return new Factuality(polarity, certainty);
  }

  /**
   * Checks if the source commits neither way.
   *
   * @return true if the polarity is unknown
   */
  public boolean isUncommitted() {
    return polarity == Polarity.UNKNOWN;
  }

  /**
   * Returns the FactBank code, such as {@code CT+}, {@code PR-} or {@code Uu}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    String c =
        switch (certainty) {
          case CERTAIN -> "CT";
          case PROBABLE -> "PR";
          case POSSIBLE -> "PS";
          case UNDERSPECIFIED -> "U";
        };
    String p =
        switch (polarity) {
          case POSITIVE -> "+";
          case NEGATIVE -> "-";
          case UNKNOWN -> "u";
        };
    return c + p;
  }
}
