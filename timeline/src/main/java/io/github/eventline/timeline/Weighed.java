package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.SourceId;
import io.github.eventline.timeline.reconcile.Weight;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One assertion in the explanation of a {@link Verdict}: how it bears on the value held, its weight,
 * and why.
 *
 * <p>The weight is the product of the factors of the {@link ReconciliationPolicy}: the claimant's
 * reliability, the certainty factor, the relay discount per hop of {@code via}, and for an
 * uncommitted statement the uncommitted factor. An assertion is <em>counted</em> when it is its
 * claimant's voice on its side: a claimant's heaviest assertion of a given stance. Its other
 * assertions of that stance (the same report relayed by other outlets) are shown but not counted
 * again. Superseded assertions are never counted.
 *
 * <p>Immutable and thread-safe. The reason text is made on demand from the factors, so that
 * reconciling a large story does not build a sentence per assertion.
 */
public final class Weighed {

  private final AssertionId assertion;
  private final SourceId source;
  private final Stance stance;
  private final double weight;
  private final boolean counted;
  private final double reliability;
  private final Certainty certainty;
  private final double certaintyFactor;
  private final int relays;
  private final double relayDiscount;
  private final double uncommittedFactor;
  private final String why;
  private final Optional<AssertionId> supersededBy;
  private final Optional<AssertionId> outdatedBy;
  private final Optional<AssertionId> voice;

  /**
   * Creates an entry, as a judgement explains its verdict: the weight and every factor it is the
   * product of, so that {@link #reason()} prints it as it multiplies out.
   *
   * @param assertion  the assertion, not null
   * @param source  its claimant, not null
   * @param stance  how it bears on the value held, not null
   * @param weight  its weight
   * @param counted  whether it counts as its claimant's voice
   * @param reliability  the claimant's reliability or estimated trust
   * @param certainty  the assertion's certainty, not null
   * @param certaintyFactor  the policy's factor for that certainty
   * @param relays  how many relays it came through
   * @param relayDiscount  the policy's discount per relay
   * @param uncommittedFactor  the policy's factor for an uncommitted statement, 1 for the others
   * @param why  how it bears on the value held, or why it was set aside, in words, not null
   * @param supersededBy  the assertion that replaced or retracted it, if any, not null
   * @param outdatedBy  the assertion that outdated or refined it, if any, not null
   * @param voice  the claimant's assertion counted in its place, if it is not counted itself, not null
   * @throws NullPointerException if an argument is null
   */
  public Weighed(
      AssertionId assertion,
      SourceId source,
      Stance stance,
      double weight,
      boolean counted,
      double reliability,
      Certainty certainty,
      double certaintyFactor,
      int relays,
      double relayDiscount,
      double uncommittedFactor,
      String why,
      Optional<AssertionId> supersededBy,
      Optional<AssertionId> outdatedBy,
      Optional<AssertionId> voice) {
    this.assertion = requireNonNull(assertion, "assertion");
    this.source = requireNonNull(source, "source");
    this.stance = requireNonNull(stance, "stance");
    this.weight = weight;
    this.counted = counted;
    this.reliability = reliability;
    this.certainty = requireNonNull(certainty, "certainty");
    this.certaintyFactor = certaintyFactor;
    this.relays = relays;
    this.relayDiscount = relayDiscount;
    this.uncommittedFactor = uncommittedFactor;
    this.why = requireNonNull(why, "why");
    this.supersededBy = requireNonNull(supersededBy, "supersededBy");
    this.outdatedBy = requireNonNull(outdatedBy, "outdatedBy");
    this.voice = requireNonNull(voice, "voice");
  }

  /**
   * Returns the assertion.
   *
   * @return its id, not null
   */
  public AssertionId assertion() {
    return assertion;
  }

  /**
   * Returns the claimant, the assertion's {@code source}.
   *
   * @return its id, not null
   */
  public SourceId source() {
    return source;
  }

  /**
   * Returns how the assertion bears on the value held.
   *
   * @return the stance, not null
   */
  public Stance stance() {
    return stance;
  }

  /**
   * Returns the weight.
   *
   * @return in [0, 1]
   */
  public double weight() {
    return weight;
  }

  /**
   * Returns the reliability (or estimated trust) of the claimant that entered the weight.
   *
   * @return in [0, 1]
   */
  public double reliability() {
    return reliability;
  }

  /**
   * Returns the later assertion of the same source that superseded or retracted this one.
   *
   * @return its id, if superseded
   */
  public Optional<AssertionId> supersededBy() {
    return supersededBy;
  }

  /**
   * Returns the later assertion (of another claimant, or a certain one settling a hedge, or a
   * refinement) that outdated this one: see {@link Stance#OUTDATED}.
   *
   * @return its id, if outdated
   */
  public Optional<AssertionId> outdatedBy() {
    return outdatedBy;
  }

  /**
   * Checks if the assertion counts as its claimant's voice on its side.
   *
   * @return false for superseded and outdated assertions, implied supports of a claimant that
   *     addresses the question itself, and a claimant's lighter assertions of the same stance
   */
  public boolean isCounted() {
    return counted;
  }

  /**
   * Returns why the assertion weighs what it weighs and bears as it does, such as
   * {@code "supports: states the value held; weight 0.338 = reliability 0.5 x probable 0.75 x 1
   * relay 0.9"}. Every factor of the weight is printed, so that it multiplies out
   * as printed: two relays at 0.9 are {@code "2 relays 0.9^2"}.
   *
   * @return the reason, not null
   */
  public String reason() {
    StringBuilder sb = new StringBuilder(96);
    sb.append(stance.name().toLowerCase(Locale.ROOT)).append(": ").append(why).append("; ");
    sb.append(Weight.product(certainty.name(), reliability, certaintyFactor, relays, relayDiscount, uncommittedFactor));
    supersededBy.ifPresent(s -> sb.append("; superseded by ").append(s).append(", not counted"));
    outdatedBy.ifPresent(s -> sb.append("; outdated by ").append(s).append(", not counted"));
    voice.ifPresent(v -> sb.append("; same claimant ").append(source).append(" as ").append(v).append(", counted once"));
    return sb.toString();
  }

  static String number(double value) {
    return Weight.number(value);
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || obj instanceof Weighed other
            && assertion.equals(other.assertion)
            && source.equals(other.source)
            && stance == other.stance
            && Double.compare(weight, other.weight) == 0
            && counted == other.counted
            && Double.compare(reliability, other.reliability) == 0
            && certainty == other.certainty
            && Double.compare(certaintyFactor, other.certaintyFactor) == 0
            && relays == other.relays
            && Double.compare(relayDiscount, other.relayDiscount) == 0
            && Double.compare(uncommittedFactor, other.uncommittedFactor) == 0
            && why.equals(other.why)
            && supersededBy.equals(other.supersededBy)
            && outdatedBy.equals(other.outdatedBy)
            && voice.equals(other.voice);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assertion, stance, weight, counted);
  }

  /**
   * Returns the assertion id and the reason.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return assertion + " (" + source + ") " + reason();
  }
}
