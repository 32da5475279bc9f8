package io.github.eventline.timeline;

/**
 * How a claim stands once every assertion on it has been weighed.
 *
 * <p>The words below use the vocabulary of {@link Verdict}: the <em>support</em> of the value held
 * is the positive assertions that agree with it; its <em>opposition</em> is the denials of it, the
 * positive assertions of an incompatible value (a disjoint date, a disjoint range, another place,
 * disjoint relations) and the uncommitted statements on it ("no information on ..."). A
 * <em>claimant</em> is an assertion's {@code source}: however many outlets relay it, one claimant is
 * one voice.
 */
public enum VerdictStatus {
  /** One claimant, and no other, supports the value held, and nothing opposes it. */
  UNCONTESTED,
  /**
   * At least two distinct claimants, other than the story's editor, support the value held, and
   * nothing opposes it. Relays ({@code via}) of one claimant never corroborate it.
   */
  CORROBORATED,
  /**
   * Nobody asserts the claim: no live assertion supports it or denies it. Either there is no
   * assertion at all (an event declared by the modeller that no source says happened), or only
   * uncommitted statements, which never refute on their own, or only denials of values no source
   * puts forward.
   */
  UNVERIFIED,
  /**
   * The value held is supported and also opposed: by denials that do not outweigh it, by a rival
   * value, or by uncommitted statements. The value held is still taken as true.
   */
  CONTESTED,
  /**
   * Denials outweigh the support of the claim (or the policy's deciding assertion is a denial):
   * the claim is taken as false. Uncommitted statements alone never refute.
   */
  REFUTED,
  /**
   * Every assertion on the claim was superseded or retracted by a later assertion of its own
   * source, whose replacement (if any) is about another question: the claim is no longer asserted
   * by anyone. A group where the replacement answers the same question is judged on the
   * replacement instead, and the replaced assertion is shown as superseded in the explanation.
   */
  SUPERSEDED;

  /**
   * Checks if the value held is taken as true: uncontested, corroborated or contested.
   *
   * @return true if the verdict accepts its value
   */
  public boolean isAccepted() {
    return this == UNCONTESTED || this == CORROBORATED || this == CONTESTED;
  }
}
