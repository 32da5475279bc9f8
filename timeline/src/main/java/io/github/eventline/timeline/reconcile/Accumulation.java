package io.github.eventline.timeline.reconcile;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Verdict;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;

/**
 * The assertions gathered so far on one question ({@link ClaimKey}), from which a {@link Verdict}
 * is made: the buffer behind the API's {@code Accumulation}, with what the reconciliation of a
 * story adds (the position and claimant rank of each entry, the feeding of a {@link
 * Reconciliation.Feed}). Public for the module's own packages; not part of the API.
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
public final class Accumulation {

  private static final int INITIAL_CAPACITY = 2;
  // Most assertions are neither superseded nor reversed: those arrays are made on first need.
  private static final AssertionId[] NONE_SUPERSEDED = new AssertionId[0];
  private static final boolean[] NONE_REVERSED = new boolean[0];
  private static final int[] NO_ORDINALS = new int[0];
  private static final Assertion[] NO_ASSERTIONS = new Assertion[0];
  private static final TimeBounds[] NONE_STATED = new TimeBounds[0];

  private final ClaimKey key;
  private int size;
  private Assertion[] assertions;
  private TimeBounds[] stated;
  private AssertionId[] supersededBy;
  private boolean[] reversed;
  /** True for an entry that supports occurrence by implication ({@link ImpliedOccurrence}); made on first need. */
  private boolean[] implied;
  /** The position of each assertion in what {@link Reconciliation} read, -1 if unknown; made on first need. */
  private int[] ordinals;
  /**
   * The rank of each assertion's claimant among one story's sources in id order, -1 if unknown;
   * made on first need, dropped on a merge.
   */
  private int[] claimants;

  private Accumulation(ClaimKey key, int capacity) {
    this.key = key;
    // A question nobody answers (most occurred questions) shares the empty arrays.
    this.assertions = capacity == 0 ? NO_ASSERTIONS : new Assertion[capacity];
    this.stated = capacity == 0 ? NONE_STATED : new TimeBounds[capacity];
    this.supersededBy = NONE_SUPERSEDED;
    this.reversed = NONE_REVERSED;
    this.implied = NONE_REVERSED;
    this.ordinals = NO_ORDINALS;
    this.claimants = NO_ORDINALS;
  }

  /**
   * Obtains an empty accumulation for a question.
   *
   * @param key  the question, not null
   * @return the accumulator, not null
   */
  public static Accumulation of(ClaimKey key) {
    return new Accumulation(requireNonNull(key, "key"), INITIAL_CAPACITY);
  }

  /**
   * Obtains an empty accumulation for a question, made for the given number of assertions added
   * with their ordinal and claimant: no array grows or is copied.
   *
   * @param key  the question, not null
   * @param capacity  how many entries will be added
   * @return the accumulator, not null
   */
  public static Accumulation of(ClaimKey key, int capacity) {
    Accumulation acc = new Accumulation(key, capacity);
    if (capacity > 0) {
      acc.ordinals = filled(NO_ORDINALS, capacity);
      acc.claimants = filled(NO_ORDINALS, capacity);
    }
    return acc;
  }

  /**
   * Returns the question.
   *
   * @return the key, not null
   */
  public ClaimKey key() {
    return key;
  }

  /**
   * Returns how many assertions were added.
   *
   * @return the count
   */
  public int size() {
    return size;
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
  public Accumulation add(
      Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy, boolean reversed) {
    requireNonNull(assertion, "assertion");
    requireNonNull(statedTime, "statedTime");
    requireNonNull(supersededBy, "supersededBy");
    if (assertion.claim().type() != key.type()) {
      throw new IllegalArgumentException(
          "Assertion \"" + assertion.id() + "\" claims " + assertion.claim().key() + ", not an answer to " + key);
    }
    return append(assertion, statedTime, supersededBy, reversed);
  }

  private Accumulation append(
      Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy, boolean reversed) {
    ensureCapacity(size + 1);
    assertions[size] = assertion;
    stated[size] = statedTime.orElse(null);
    if (supersededBy.isPresent()) {
      superseded()[size] = supersededBy.get();
    }
    if (reversed) {
      reversed()[size] = true;
    }
    size++;
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
   * @param assertion  the implying assertion, not null
   * @param statedTime  when it was stated ({@code Story.statedTime}), empty if unknown
   * @param supersededBy  the later assertion of the same source that supersedes or retracts it, if any
   * @return this accumulator
   * @throws IllegalArgumentException if the assertion is not a lent statement of this question and
   *     either the key is not an occurred question or the assertion does not imply occurrence (not
   *     positive, the editor's, a same-as claim, or a forecast)
   */
  public Accumulation addImplied(Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy) {
    requireNonNull(assertion, "assertion");
    requireNonNull(statedTime, "statedTime");
    requireNonNull(supersededBy, "supersededBy");
    boolean lent = LinkedStatements.isLent(assertion, key);
    if (!lent && (key.type() != ClaimType.OCCURRED || !ImpliedOccurrence.implies(assertion, statedTime))) {
      throw new IllegalArgumentException("Assertion \"" + assertion.id() + "\" does not imply " + key
          + ": only a positive claim of a source other than the editor implies that an event occurred,"
          + " and only a statement lent by a link answers the question itself");
    }
    append(assertion, statedTime, supersededBy, false);
    implied()[size - 1] = true;
    return this;
  }

  /**
   * As {@link #addImplied(Assertion, Optional, Optional)}, with the ordinal and claimant of {@link #add}.
   *
   * @param assertion  the implying assertion, or the lent statement, not null
   * @param statedTime  when it was stated, empty if unknown
   * @param supersededBy  the assertion that supersedes or retracts it, if any
   * @param ordinal  its position in what the caller read, -1 if unknown
   * @param claimant  the rank of its claimant among the story's sources in id order, -1 if unknown
   * @return this accumulator
   */
  public Accumulation addImplied(
      Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy, int ordinal, int claimant) {
    addImplied(assertion, statedTime, supersededBy);
    note(ordinal, claimant);
    return this;
  }

  /**
   * Adds an assertion as {@link #add} does, remembering its position in what the caller read and
   * the rank of its claimant in id order (-1 if unknown), which spares the judgement comparing
   * and looking up source ids.
   *
   * @param assertion  the assertion, not null
   * @param statedTime  when it was stated, empty if unknown
   * @param supersededBy  the assertion that supersedes or retracts it, if any
   * @param reversed  true if the claim is read from the key's other event
   * @param ordinal  its position in what the caller read, -1 if unknown
   * @param claimant  the rank of its claimant among the story's sources in id order, -1 if unknown
   * @return this accumulator
   */
  public Accumulation add(
      Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy, boolean reversed,
      int ordinal, int claimant) {
    add(assertion, statedTime, supersededBy, reversed);
    note(ordinal, claimant);
    return this;
  }

  private void note(int ordinal, int claimant) {
    ordinals = filled(ordinals, assertions.length);
    ordinals[size - 1] = ordinal;
    if (claimant >= 0) {
      claimants = filled(claimants, assertions.length);
      claimants[size - 1] = claimant;
    }
  }

  /**
   * Adds everything another accumulation of the same question holds. Associative and commutative
   * as far as verdicts tell: see the class description. The other accumulator is left unchanged.
   *
   * @param other  an accumulation of the same key, not null
   * @return this accumulator
   * @throws IllegalArgumentException if the other accumulation is of another key
   */
  public Accumulation merge(Accumulation other) {
    requireNonNull(other, "other");
    if (!other.key.equals(key)) {
      throw new IllegalArgumentException("Cannot merge the accumulation of " + other.key + " into that of " + key);
    }
    int n = other.size;
    ensureCapacity(size + n);
    System.arraycopy(other.assertions, 0, assertions, size, n);
    System.arraycopy(other.stated, 0, stated, size, n);
    if (other.supersededBy.length > 0) {
      System.arraycopy(other.supersededBy, 0, superseded(), size, n);
    }
    if (other.reversed.length > 0) {
      System.arraycopy(other.reversed, 0, reversed(), size, n);
    }
    if (other.implied.length > 0) {
      System.arraycopy(other.implied, 0, implied(), size, n);
    }
    if (other.ordinals.length > 0 || ordinals.length > 0) {
      ordinals = filled(ordinals, assertions.length);
      for (int i = 0; i < n; i++) {
        ordinals[size + i] = i < other.ordinals.length ? other.ordinals[i] : -1;
      }
    }
    // Ranks are those of one story's sources; the other may come from elsewhere: compare ids.
    claimants = NO_ORDINALS;
    size += n;
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
    requireNonNull(policy, "policy");
    requireNonNull(reliability, "reliability");
    requireNonNull(within, "within");
    return verdict(new Judgement(policy, reliability, within), null);
  }

  /**
   * Makes the verdict as {@link #verdict(ReconciliationPolicy, Map, Map)} does, with the policy,
   * reliabilities and places a judgement was made with (its scratch space reused), and, if it is
   * accepted and {@code accepted} is not null, sets there the ordinal of each supporting assertion
   * (those added without one are left out).
   *
   * @param judgement  the judgement to make it with, not null
   * @param accepted  where to set the ordinals of the supporting assertions, or null
   * @return the verdict, not null
   */
  public Verdict verdict(Judgement judgement, BitSet accepted) {
    if (size == 0) {
      return Judgement.unasserted(key);
    }
    judgement.source(this);
    judgement.reset(key, size, assertions, stated, supersededBy, reversed, implied, claimants);
    Verdict verdict = judgement.verdict();
    if (accepted != null && verdict.isAccepted()) {
      for (int i : judgement.supporting()) {
        if (i < ordinals.length && ordinals[i] >= 0) {
          accepted.set(ordinals[i]);
        }
      }
    }
    return verdict;
  }

  /**
   * Feeds what was added, in the order it was added, to a receiver: the question if it is whether
   * an event occurred, then each entry as {@link #add} or {@link #addImplied} took it.
   *
   * @param feed  the receiver, not null
   */
  public void feedTo(Reconciliation.Feed feed) {
    if (key.type() == ClaimType.OCCURRED) {
      feed.question(key);
    }
    for (int i = 0; i < size; i++) {
      Optional<TimeBounds> when = Optional.ofNullable(stated[i]);
      Optional<AssertionId> by = Optional.ofNullable(i < supersededBy.length ? supersededBy[i] : null);
      if (i < implied.length && implied[i]) {
        feed.implied(key, assertions[i], when, by);
      } else {
        feed.add(key, assertions[i], when, by, i < reversed.length && reversed[i]);
      }
    }
  }

  private void ensureCapacity(int needed) {
    if (needed > assertions.length) {
      int capacity = Math.max(needed, assertions.length * 2);
      assertions = Arrays.copyOf(assertions, capacity);
      stated = Arrays.copyOf(stated, capacity);
      if (supersededBy.length > 0) {
        supersededBy = Arrays.copyOf(supersededBy, capacity);
      }
      if (reversed.length > 0) {
        reversed = Arrays.copyOf(reversed, capacity);
      }
      if (implied.length > 0) {
        implied = Arrays.copyOf(implied, capacity);
      }
      if (ordinals.length > 0) {
        ordinals = filled(ordinals, capacity);
      }
      if (claimants.length > 0) {
        claimants = filled(claimants, capacity);
      }
    }
  }

  /** Returns the array, or a copy of at least the given length whose new entries are -1. */
  private static int[] filled(int[] array, int capacity) {
    if (array.length >= capacity) {
      return array;
    }
    int[] copy = Arrays.copyOf(array, capacity);
    Arrays.fill(copy, array.length, capacity, -1);
    return copy;
  }

  private AssertionId[] superseded() {
    if (supersededBy.length < assertions.length) {
      supersededBy = Arrays.copyOf(supersededBy, assertions.length);
    }
    return supersededBy;
  }

  private boolean[] implied() {
    if (implied.length < assertions.length) {
      implied = Arrays.copyOf(implied, assertions.length);
    }
    return implied;
  }

  private boolean[] reversed() {
    if (reversed.length < assertions.length) {
      reversed = Arrays.copyOf(reversed, assertions.length);
    }
    return reversed;
  }

  /**
   * Returns the key and the count.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Accumulation[" + key + ": " + size + " assertions]";
  }
}
