package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Certainty;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How assertions are weighed and which value a {@link Verdict} holds.
 *
 * <p>The weight of an assertion is the product of four factors, each set here:
 *
 * <pre>
 * weight = reliability(source) x certaintyFactor(certainty) x relayDiscount^(number of relays)
 *          x (uncommittedFactor if the polarity is unknown)
 * </pre>
 *
 * <ul>
 *   <li>the source's reliability is {@code Source.reliability()}, else {@link #defaultReliability()}
 *       (0.5); the implicit editor source, unless the story declares it, has
 *       {@link #editorReliability()} (0.5);
 *   <li>certainty factors, after FactBank: certain 1.0, probable 0.75, possible 0.5,
 *       underspecified 0.25;
 *   <li>each relay of {@code via} multiplies by {@link #relayDiscount()} (0.9): a claim heard
 *       third-hand weighs less than the same claim heard first-hand;
 *   <li>an uncommitted statement ("no information on ...") is further multiplied by
 *       {@link #uncommittedFactor()} (0.5), so it weighs less than a denial of the same
 *       certainty; it never refutes on its own whatever its weight.
 * </ul>
 *
 * <p>The voices of distinct claimants combine as independent evidence (noisy-or:
 * {@code 1 - (1 - w1)(1 - w2)...}); a claimant's several assertions on one side are one voice, the
 * heaviest. The {@link Method} decides which value is held. Two figures, one of them approximate
 * with no stated uncertainty, agree when they are no further apart than
 * {@link #approximateTolerance()} (10%) of the larger: the tolerance that "about" implies.
 *
 * <p>Immutable and thread-safe. Obtain one from {@link #defaults()}, a named factory, or
 * {@link #builder()}. Serializable, so that a distributed engine can ship it to its workers.
 *
 * <pre>{@code
 * ReconciliationPolicy policy = ReconciliationPolicy.builder()
 *     .method(ReconciliationPolicy.Method.MOST_RELIABLE_SOURCE)
 *     .defaultReliability(0.4)
 *     .build();
 * }</pre>
 */
public final class ReconciliationPolicy implements Serializable {

  /**
   * How the value a verdict holds is chosen. Each method has one name, its {@link #label()}, used
   * everywhere a method is named in text (the command line, the Spark job, the documentation):
   * {@code weighted-vote}, {@code most-reliable-source}, {@code latest-statement},
   * {@code source-trust}. {@link #parse(String)} reads it. {@code docs/policies.md} says when to
   * use which.
   */
  public enum Method {
    /**
     * {@code weighted-vote}, the default. The value held is the one whose claimants' combined
     * weight is highest; it is refuted when the combined weight of its denials is higher still.
     * Use it when sources are roughly comparable and several of them speak to most claims.
     */
    WEIGHTED_VOTE("weighted-vote"),
    /**
     * {@code most-reliable-source}. The single heaviest committed assertion decides: its own value
     * is held, or, if it is a denial, the claim is refuted. Use it when one source is known to be
     * authoritative (an official record) and the others are hearsay, so that numbers of weaker
     * voices must not outvote it.
     */
    MOST_RELIABLE_SOURCE("most-reliable-source"),
    /**
     * {@code latest-statement}. The committed assertion stated last (by its stated time, see
     * {@code Story.statedTime}) decides: its own value is held, or, if it is a denial, the claim is
     * refuted; assertions with no stated time count as the oldest, equal stated times go to the
     * heavier. Use it for developing stories where later reports correct earlier ones without
     * saying so explicitly (casualty counts, dates settled as news comes in).
     */
    LATEST_STATEMENT("latest-statement"),
    /**
     * {@code source-trust}. Iterative source-trust estimation in the family of TruthFinder (Yin,
     * Han and Yu 2008): verdicts are computed by weighted vote, each source's trust is re-estimated
     * from how well its assertions agree with them across the whole story, starting from its
     * stated reliability as a prior that counts as {@link ReconciliationPolicy#trustPriorStrength()}
     * observations (10 by default: a handful of agreements cannot turn a regulator's 0.9 below a
     * defendant's 0.4), and the verdicts are computed again, until trust moves by less than
     * {@link ReconciliationPolicy#trustTolerance()} or {@link ReconciliationPolicy#maxIterations()}
     * is reached. Use it for large stories where many sources speak to many claims: sources that
     * keep agreeing with the consensus gain weight, outliers lose it.
     */
    SOURCE_TRUST("source-trust");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /**
     * Returns the method's one name, such as {@code latest-statement}.
     *
     * @return the name, not null
     */
    public String label() {
      return label;
    }

    /**
     * Obtains the method of a name, as {@link #label()} gives it.
     *
     * @param name  the name, such as {@code most-reliable-source}, not null
     * @return the method, not null
     * @throws IllegalArgumentException if no method has that name; the message lists the names
     */
    public static Method parse(String name) {
      requireNonNull(name, "name");
      for (Method m : values()) {
        if (m.label.equals(name)) {
          return m;
        }
      }
      throw new IllegalArgumentException("Unknown policy \"" + name + "\": expected one of " + String.join(", ", labels()));
    }

    /**
     * Returns every method's name, the default first.
     *
     * @return the names, in declaration order, not null
     */
    public static List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (Method m : values()) {
        labels.add(m.label);
      }
      return List.copyOf(labels);
    }
  }

  private static final long serialVersionUID = 1L;
  private static final ReconciliationPolicy DEFAULTS = builder().build();

  /** The method choosing the value a verdict holds, not null. */
  private final Method method;
  /** The reliability of a source that states none, in [0, 1]. */
  private final double defaultReliability;
  /** The reliability of the implicit editor source unless the story declares it, in [0, 1]. */
  private final double editorReliability;
  /** The weight factor of each certainty, in [0, 1], one entry for every certainty. */
  private final EnumMap<Certainty, Double> certaintyFactors;
  /** The factor applied per relay of {@code via}, in [0, 1]. */
  private final double relayDiscount;
  /** The extra factor of uncommitted statements, in [0, 1]. */
  private final double uncommittedFactor;
  /** How far approximate figures may differ, as a fraction of the larger, and still agree; at least 0. */
  private final double approximateTolerance;
  /** The bound on iterations of {@link Method#SOURCE_TRUST}, at least 1. */
  private final int maxIterations;
  /** The change of trust under which {@link Method#SOURCE_TRUST} has converged, above 0. */
  private final double trustTolerance;
  /** How many observations a source's prior reliability counts for in {@link Method#SOURCE_TRUST}, at least 0. */
  private final double trustPriorStrength;

  private ReconciliationPolicy(Builder b) {
    this.method = b.method;
    this.defaultReliability = b.defaultReliability;
    this.editorReliability = b.editorReliability;
    this.certaintyFactors = new EnumMap<>(b.certaintyFactors);
    this.relayDiscount = b.relayDiscount;
    this.uncommittedFactor = b.uncommittedFactor;
    this.approximateTolerance = b.approximateTolerance;
    this.maxIterations = b.maxIterations;
    this.trustTolerance = b.trustTolerance;
    this.trustPriorStrength = b.trustPriorStrength;
  }

  /**
   * Returns the default policy: weighted vote with the documented default factors.
   *
   * @return the policy, not null
   */
  public static ReconciliationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the weighted-vote policy with default factors; the same as {@link #defaults()}.
   *
   * @return the policy, not null
   */
  public static ReconciliationPolicy weightedVote() {
    return DEFAULTS;
  }

  /**
   * Returns the most-reliable-source policy with default factors.
   *
   * @return the policy, not null
   */
  public static ReconciliationPolicy mostReliableSource() {
    return builder().method(Method.MOST_RELIABLE_SOURCE).build();
  }

  /**
   * Returns the latest-statement policy with default factors.
   *
   * @return the policy, not null
   */
  public static ReconciliationPolicy latestStatement() {
    return builder().method(Method.LATEST_STATEMENT).build();
  }

  /**
   * Returns the iterative source-trust policy with default factors.
   *
   * @return the policy, not null
   */
  public static ReconciliationPolicy sourceTrust() {
    return builder().method(Method.SOURCE_TRUST).build();
  }

  /**
   * Returns the policy of a method with default factors: {@code of(Method.parse("source-trust"))}.
   *
   * @param method  the method, not null
   * @return the policy, not null
   */
  public static ReconciliationPolicy of(Method method) {
    requireNonNull(method, "method");
    return method == Method.WEIGHTED_VOTE ? DEFAULTS : builder().method(method).build();
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the method choosing the value held.
   *
   * @return the method, {@code WEIGHTED_VOTE} by default
   */
  public Method method() {
    return method;
  }

  /**
   * Returns the reliability of a source that states none.
   *
   * @return in [0, 1], 0.5 by default
   */
  public double defaultReliability() {
    return defaultReliability;
  }

  /**
   * Returns the reliability of the implicit editor source, unless the story declares it.
   *
   * @return in [0, 1], 0.5 by default
   */
  public double editorReliability() {
    return editorReliability;
  }

  /**
   * Returns the reliability a source gets when it states none: {@link #editorReliability()} for
   * the implicit editor source ({@code Source.EDITOR}), {@link #defaultReliability()} for any
   * other. Every weighing of an assertion, and the ranking of the weakest assertion of a temporal
   * conflict, reads it from here.
   *
   * @param source  the source, not null
   * @return in [0, 1]
   */
  public double fallbackReliability(SourceId source) {
    return requireNonNull(source, "source").equals(Source.EDITOR) ? editorReliability : defaultReliability;
  }

  /**
   * Returns the factor of a certainty.
   *
   * @param certainty  the certainty, not null
   * @return in [0, 1]: by default certain 1.0, probable 0.75, possible 0.5, underspecified 0.25
   */
  public double certaintyFactor(Certainty certainty) {
    return certaintyFactors.get(requireNonNull(certainty, "certainty"));
  }

  /**
   * Returns the factor applied per relay of {@code via}.
   *
   * @return in [0, 1], 0.9 by default
   */
  public double relayDiscount() {
    return relayDiscount;
  }

  /**
   * Returns the extra factor of uncommitted statements.
   *
   * @return in [0, 1], 0.5 by default
   */
  public double uncommittedFactor() {
    return uncommittedFactor;
  }

  /**
   * Returns how far approximate figures may differ, relative to their size, and still agree.
   *
   * @return at least 0, 0.1 by default
   */
  public double approximateTolerance() {
    return approximateTolerance;
  }

  /**
   * Returns the bound on iterations of {@link Method#SOURCE_TRUST}.
   *
   * @return at least 1, 20 by default
   */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Returns the change of trust under which {@link Method#SOURCE_TRUST} has converged.
   *
   * @return above 0, 1e-6 by default
   */
  public double trustTolerance() {
    return trustTolerance;
  }

  /**
   * Returns how many observations a source's prior reliability counts for in {@link Method#SOURCE_TRUST}:
   * a source's trust is {@code (k prior + sum of agreements) / (k + count)}.
   *
   * @return at least 0, 10.0 by default
   */
  public double trustPriorStrength() {
    return trustPriorStrength;
  }

  /**
   * Returns a builder holding these settings, to derive a changed copy.
   *
   * @return the builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.method = method;
    b.defaultReliability = defaultReliability;
    b.editorReliability = editorReliability;
    b.certaintyFactors.putAll(certaintyFactors);
    b.relayDiscount = relayDiscount;
    b.uncommittedFactor = uncommittedFactor;
    b.approximateTolerance = approximateTolerance;
    b.maxIterations = maxIterations;
    b.trustTolerance = trustTolerance;
    b.trustPriorStrength = trustPriorStrength;
    return b;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || obj instanceof ReconciliationPolicy other
            && method == other.method
            && defaultReliability == other.defaultReliability
            && editorReliability == other.editorReliability
            && certaintyFactors.equals(other.certaintyFactors)
            && relayDiscount == other.relayDiscount
            && uncommittedFactor == other.uncommittedFactor
            && approximateTolerance == other.approximateTolerance
            && maxIterations == other.maxIterations
            && trustTolerance == other.trustTolerance
            && trustPriorStrength == other.trustPriorStrength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        method, defaultReliability, editorReliability, certaintyFactors, relayDiscount, uncommittedFactor,
        approximateTolerance, maxIterations, trustTolerance, trustPriorStrength);
  }

  /**
   * Returns the method and every factor.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReconciliationPolicy[" + method + ", defaultReliability=" + defaultReliability
        + ", editorReliability=" + editorReliability + ", certaintyFactors=" + certaintyFactors
        + ", relayDiscount=" + relayDiscount + ", uncommittedFactor=" + uncommittedFactor
        + ", approximateTolerance=" + approximateTolerance + ", maxIterations=" + maxIterations
        + ", trustTolerance=" + trustTolerance + ", trustPriorStrength=" + trustPriorStrength + "]";
  }

  /** Builds a {@link ReconciliationPolicy}. Each setter checks its value; the builder stays usable after {@link #build()}. */
  public static final class Builder {
    private Method method = Method.WEIGHTED_VOTE;
    private double defaultReliability = 0.5;
    private double editorReliability = 0.5;
    private final EnumMap<Certainty, Double> certaintyFactors = new EnumMap<>(
        Map.of(Certainty.CERTAIN, 1.0, Certainty.PROBABLE, 0.75, Certainty.POSSIBLE, 0.5, Certainty.UNDERSPECIFIED, 0.25));
    private double relayDiscount = 0.9;
    private double uncommittedFactor = 0.5;
    private double approximateTolerance = 0.1;
    private int maxIterations = 20;
    private double trustTolerance = 1e-6;
    private double trustPriorStrength = 10.0;

    private Builder() {}

    /**
     * Sets the method (default {@link Method#WEIGHTED_VOTE}).
     *
     * @param method the method, not null
     * @return this builder
     */
    public Builder method(Method method) {
      this.method = requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the reliability of sources that state none (default 0.5).
     *
     * @param reliability in [0, 1]
     * @return this builder
     */
    public Builder defaultReliability(double reliability) {
      this.defaultReliability = unit("defaultReliability", reliability);
      return this;
    }

    /**
     * Sets the reliability of the implicit editor source (default 0.5).
     *
     * @param reliability in [0, 1]
     * @return this builder
     */
    public Builder editorReliability(double reliability) {
      this.editorReliability = unit("editorReliability", reliability);
      return this;
    }

    /**
     * Sets the factor of a certainty (defaults: certain 1.0, probable 0.75, possible 0.5,
     * underspecified 0.25).
     *
     * @param certainty  the certainty, not null
     * @param factor  in [0, 1]
     * @return this builder
     */
    public Builder certaintyFactor(Certainty certainty, double factor) {
      certaintyFactors.put(requireNonNull(certainty, "certainty"), unit("certaintyFactor(" + certainty + ")", factor));
      return this;
    }

    /**
     * Sets the factor applied per relay (default 0.9).
     *
     * @param discount in [0, 1]
     * @return this builder
     */
    public Builder relayDiscount(double discount) {
      this.relayDiscount = unit("relayDiscount", discount);
      return this;
    }

    /**
     * Sets the extra factor of uncommitted statements (default 0.5).
     *
     * @param factor in [0, 1]
     * @return this builder
     */
    public Builder uncommittedFactor(double factor) {
      this.uncommittedFactor = unit("uncommittedFactor", factor);
      return this;
    }

    /**
     * Sets the relative tolerance of approximate figures (default 0.1).
     *
     * @param tolerance finite, at least 0
     * @return this builder
     */
    public Builder approximateTolerance(double tolerance) {
      if (!(tolerance >= 0 && Double.isFinite(tolerance))) {
        throw new IllegalArgumentException("approximateTolerance " + tolerance + " is out of range: expected a finite number, at least 0");
      }
      this.approximateTolerance = tolerance;
      return this;
    }

    /**
     * Sets the bound on iterations of {@link Method#SOURCE_TRUST} (default 20).
     *
     * @param iterations at least 1
     * @return this builder
     */
    public Builder maxIterations(int iterations) {
      if (iterations < 1) {
        throw new IllegalArgumentException("maxIterations " + iterations + " is out of range: expected at least 1");
      }
      this.maxIterations = iterations;
      return this;
    }

    /**
     * Sets the convergence threshold of {@link Method#SOURCE_TRUST} (default 1e-6).
     *
     * @param tolerance above 0
     * @return this builder
     */
    public Builder trustTolerance(double tolerance) {
      if (!(tolerance > 0 && Double.isFinite(tolerance))) {
        throw new IllegalArgumentException("trustTolerance " + tolerance + " is out of range: expected a finite number above 0");
      }
      this.trustTolerance = tolerance;
      return this;
    }

    /**
     * Sets how many observations a prior counts for in {@link Method#SOURCE_TRUST} (default 10).
     *
     * @param strength finite, at least 0
     * @return this builder
     */
    public Builder trustPriorStrength(double strength) {
      if (!(strength >= 0 && Double.isFinite(strength))) {
        throw new IllegalArgumentException("trustPriorStrength " + strength + " is out of range: expected a finite number, at least 0");
      }
      this.trustPriorStrength = strength;
      return this;
    }

    private static double unit(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " " + value + " is out of range: expected 0 to 1");
      }
      return value;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, not null
     */
    public ReconciliationPolicy build() {
      return new ReconciliationPolicy(this);
    }
  }
}
