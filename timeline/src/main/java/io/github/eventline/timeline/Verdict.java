package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.timeline.reconcile.LazyExplanation;
import java.util.List;
import java.util.Optional;

/**
 * What the assertions on one question, weighed together, settle: the value held, how it stands,
 * how confident that is, and why.
 *
 * <p>The value held is a {@link Claim} carrying the settled value:
 *
 * <ul>
 *   <li>occurred, same-as: the claim itself; whether it holds is the status;
 *   <li>participation: the claim with the role of the heaviest supporting assertion;
 *   <li>timing: the intersection of the compatible bounds stated (the narrowest bounds every
 *       supporter allows);
 *   <li>quantity: a range a supporter stated: the narrowest that lies within every supporter's
 *       range, else the heaviest supporter's (see {@link #supportingValues()}); never an
 *       intersection nobody stated;
 *   <li>location: the innermost of the compatible places (a place and a place within it agree);
 *   <li>relation: the intersection of the compatible sets of relations, read from the key's first
 *       event to its other event.
 * </ul>
 *
 * <p>The confidence is in [0, 1]. With {@code s} the combined support ({@code 1 - (1 - w1)(1 - w2)...}
 * over the supporting claimants' voices), {@code o} the combined opposition (denials, rival values
 * and doubts) and {@code d} the combined denials: an accepted value has confidence {@code s (1 - o)};
 * a refuted claim has confidence {@code d (1 - s)}, the confidence that it is false; unverified and
 * superseded claims have confidence 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key  the question, not null
 * @param value  the value held; empty when no live assertion states one
 * @param status  how the claim stands, not null
 * @param confidence  the confidence, in [0, 1]
 * @param explanation  every assertion on the question with its stance, weight and reason, ordered by claimant then assertion id
 * @param supportingValues  for questions of values (timing, location, quantity, relation), the
 *     value each supporting assertion stated, in the order of {@link #support()}; else empty
 */
public record Verdict(
    ClaimKey key, Optional<Claim> value, VerdictStatus status, double confidence, List<Weighed> explanation,
    List<Claim> supportingValues) {

  /**
   * Creates a verdict. The lists are copied.
   *
   * @param key  the question, not null
   * @param value  the value held, empty when no live assertion states one, not null
   * @param status  how the claim stands, not null
   * @param confidence  the confidence, in [0, 1]
   * @param explanation  every assertion on the question with its stance, weight and reason, ordered
   *     by claimant then assertion id, not null
   * @param supportingValues  for questions of values (timing, location, quantity, relation), the
   *     value each supporting assertion stated, in the order of {@link #support()}; else empty; not
   *     null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the confidence is outside [0, 1] or not a number
   */
  public Verdict {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    requireNonNull(status, "status");
    // A reconciliation's own explanations are made when first read (immutable lists too).
    explanation = explanation instanceof LazyExplanation ? explanation : ImmutableList.copyOf(explanation);
    supportingValues = ImmutableList.copyOf(supportingValues);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Confidence " + confidence + " of verdict on " + key + " is out of range: expected 0 to 1");
    }
  }

  /**
   * Creates a verdict that lists no supporting values.
   *
   * @param key  the question, not null
   * @param value  the value held, not null
   * @param status  how the claim stands, not null
   * @param confidence  the confidence, in [0, 1]
   * @param explanation  every assertion on the question, not null
   * @throws IllegalArgumentException if the confidence is outside [0, 1]
   */
  public Verdict(ClaimKey key, Optional<Claim> value, VerdictStatus status, double confidence, List<Weighed> explanation) {
    this(key, value, status, confidence, explanation, ImmutableList.of());
  }

  /**
   * Returns the assertions that support the value held, relays of one claimant included.
   *
   * @return their ids, in the order of the explanation
   */
  public List<AssertionId> support() {
    return ids(Stance.SUPPORTS, Stance.SUPPORTS);
  }

  /**
   * Returns the assertions that oppose the value held: denials, rival values, and uncommitted
   * statements (which weigh less and never refute on their own).
   *
   * @return their ids, in the order of the explanation
   */
  public List<AssertionId> opposition() {
    return ids(Stance.OPPOSES, Stance.DOUBTS);
  }

  /**
   * Returns the assertions replaced or retracted by a later assertion of their own source.
   *
   * @return their ids, in the order of the explanation
   */
  public List<AssertionId> superseded() {
    return ids(Stance.SUPERSEDED, Stance.SUPERSEDED);
  }

  /**
   * Returns the assertions outdated by later statements (see {@link Stance#OUTDATED}).
   *
   * @return their ids, in the order of the explanation
   */
  public List<AssertionId> outdated() {
    return ids(Stance.OUTDATED, Stance.OUTDATED);
  }

  private List<AssertionId> ids(Stance one, Stance other) {
    ImmutableList.Builder<AssertionId> ids = ImmutableList.builder();
    for (Weighed w : explanation) {
      if (w.stance() == one || w.stance() == other) {
        ids.add(w.assertion());
      }
    }
    return ids.build();
  }

  /**
   * Checks if the value held is taken as true: the status is uncontested, corroborated or contested.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return status.isAccepted();
  }

  /**
   * Returns a one-line summary, such as {@code occurred(x): CONTESTED 0.31 support [a1] opposition [a2]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return key + ": " + status + " " + Weighed.number(confidence)
        + value.map(v -> " value " + v).orElse("") + " support " + support() + " opposition " + opposition();
  }
}
