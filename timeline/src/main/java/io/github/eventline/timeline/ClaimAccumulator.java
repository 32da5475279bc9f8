package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.reconcile.Accumulation;
import io.github.eventline.timeline.reconcile.ImpliedOccurrence;
import io.github.eventline.timeline.reconcile.LinkedStatements;
import java.util.Map;
import java.util.Optional;

/**
 * The assertions gathered so far on one question ({@link ClaimKey}), from which a {@link Verdict}
 * is made.
 *
 * <p>Every verdict is made here, by the rules of the {@code reconcile} package (implied
 * occurrence, links, outdating, weight) applied in one place. {@link Reconciliation} feeds it
 * the assertions of a story; a distributed engine can feed it partitions of the same assertions
 * on several machines and {@link #merge} the partial accumulations. The merge is associative and
 * commutative: for any partition of the assertions on a key, accumulating each part, merging the
 * parts in any grouping and order, and calling {@link #verdict} gives the same verdict as
 * accumulating them all at once, because an accumulation is the multiset of what was added and the
 * verdict reads it in a canonical order (claimant, then assertion id).
 *
 * <p>Each assertion comes with what the story knows about it and the assertion alone does not:
 * when it was stated, whether a later assertion of its source superseded it, whether it is read
 * from the key's other event (a relation stated from the other side), and whether it answers an
 * occurred question only by implication ({@link #addImplied}). The weights are applied when
 * the verdict is made, from the reliabilities given then, so that an iterative trust estimation
 * can re-judge the same accumulation with new trust.
 *
 * <p>A mutable buffer, like {@link StringBuilder}: not thread-safe; {@link #add} and
 * {@link #merge} return this accumulator. Holds no more than references to what it was given
 * and up to seven arrays.
 */
public final class ClaimAccumulator {

  private final Accumulation accumulation;

  private ClaimAccumulator(Accumulation accumulation) {
    this.accumulation = accumulation;
  }

  /**
   * Obtains an empty accumulation for a question.
   *
   * @param key  the question, not null
   * @return the accumulator, not null
   */
  public static ClaimAccumulator of(ClaimKey key) {
    return new ClaimAccumulator(Accumulation.of(key));
  }

  /**
   * Returns the question.
   *
   * @return the key, not null
   */
  public ClaimKey key() {
    return accumulation.key();
  }

  /**
   * Returns how many assertions were added.
   *
   * @return the count
   */
  public int size() {
    return accumulation.size();
  }

  /**
   * Adds an assertion on this question.
   *
   * @param assertion  the assertion, whose claim is of this key's type, not null
   * @param statedTime  when it was stated ({@code Story.statedTime}), empty if unknown
   * @param supersededBy  the later assertion of the same source that supersedes or retracts it, if any
   * @param reversed  true if the claim is read from the key's other event (a relation or same-as
   *     claim whose event is the key's {@code other})
   * @return this accumulator
   * @throws IllegalArgumentException if the claim is not of this key's type
   */
  public ClaimAccumulator add(
      Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy, boolean reversed) {
    accumulation.add(assertion, statedTime, supersededBy, reversed);
    return this;
  }

  /**
   * Adds an assertion that implies the occurrence this question asks about, as {@link
   * ImpliedOccurrence} says: a positive timing, location, participation, quantity or relation
   * claim about the key's event (or a part of it), or an occurred claim of a part of it. It counts
   * as its claimant's support, unless the claimant addresses this question itself. Also takes a
   * statement lent by a link from another question ({@link LinkedStatements#lent}), whose claim
   * answers this question: it counts as its claimant's statement, with the same exception.
   *
   * @param assertion  the implying assertion, or the lent statement, not null
   * @param statedTime  when it was stated ({@code Story.statedTime}), empty if unknown
   * @param supersededBy  the later assertion of the same source that supersedes or retracts it, if any
   * @return this accumulator
   * @throws IllegalArgumentException if the assertion is not a lent statement of this question and
   *     either the key is not an occurred question or the assertion does not imply occurrence (not
   *     positive, the editor's, a same-as claim, or a forecast)
   */
  public ClaimAccumulator addImplied(Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy) {
    accumulation.addImplied(assertion, statedTime, supersededBy);
    return this;
  }

  /**
   * Adds everything another accumulation of the same question holds. Associative and commutative
   * as far as verdicts tell: see the class description. The other accumulator is left unchanged.
   *
   * @param other  an accumulation of the same key, not null
   * @return this accumulator
   * @throws IllegalArgumentException if the other accumulation is of another key
   */
  public ClaimAccumulator merge(ClaimAccumulator other) {
    accumulation.merge(requireNonNull(other, "other").accumulation);
    return this;
  }

  /**
   * Makes the verdict on the assertions gathered so far.
   *
   * <p>{@link ReconciliationPolicy.Method#SOURCE_TRUST} is judged here as a weighted vote with the
   * reliabilities given: the iteration that estimates them lives in {@link Reconciliation}.
   *
   * @param policy  the policy, not null
   * @param reliability  the reliability (or estimated trust) of sources, in [0, 1]; a source
   *     missing from it has the policy's default (the editor's for {@code Source.EDITOR}), not null
   * @param within  the place each place lies within, for location claims, not null
   * @return the verdict, not null
   */
  public Verdict verdict(ReconciliationPolicy policy, Map<SourceId, Double> reliability, Map<PlaceId, PlaceId> within) {
    return accumulation.verdict(policy, reliability, within);
  }

  /**
   * Returns the key and the count.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ClaimAccumulator[" + key() + ": " + size() + " assertions]";
  }
}
