package io.github.eventline.timeline.reconcile;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import io.github.eventline.timeline.Weighed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on the assertions of one key: the rules of the {@code reconcile} package applied in
 * the order a reader reasons, then the weighing. Not public, by design: the entry point is {@link
 * Accumulation#verdict}.
 *
 * <ol>
 *   <li>supersession: an entry superseded or retracted by its own source takes no part;
 *   <li>implied occurrence ({@link ImpliedOccurrence}) and statements lent by links across
 *       questions ({@link LinkedStatements}): such an entry of a claimant that addresses the
 *       question itself takes no part;
 *   <li>links ({@link Links}): {@code refines} outdates a refined value it does not agree with,
 *       {@code contradicts} keeps two positive entries apart, and mismatches are reported;
 *   <li>outdating ({@link Outdating}): later and stronger outdates earlier;
 *   <li>weighing ({@link Weight}): the entries left are clustered by compatible values, and the
 *       policy's method chooses the value held and its status.
 * </ol>
 *
 * <p>Positions index the canonical order of the entries (claimant, then assertion id), so that
 * the verdict does not depend on the order in which assertions were added. The links, the
 * outdating, the clustering and the choice of the value held are in {@link ValueClusters}; the
 * stances, status and confidence that follow from that choice in {@link StatusRule}; the
 * explanation of each verdict is in {@link VerdictExplanation}.
 */
final class Judgement {

  final ReconciliationPolicy policy;
  final Map<SourceId, Double> reliability;
  final Map<PlaceId, PlaceId> within;
  /** The reliability of each claimant by rank, as {@link #weigh} reads it from the map; null if not known. */
  final double[] reliabilityByClaimant;

  // The key judged; set by reset.
  ClaimKey key;
  int n;
  private Assertion[] assertions;
  TimeBounds[] stated;
  AssertionId[] supersededBy;
  private boolean[] reversed;
  boolean[] implied;
  /** The rank of each entry's claimant (as added), -1 or missing if unknown. */
  private int[] claimants;
  boolean valued;

  // Per position, in canonical order; scratch space kept from one key to the next, read up to n.
  int[] order = new int[0];
  double[] weight = new double[0];
  double[] trust = new double[0];
  Claim[] value = new Claim[0];
  int[] cluster = new int[0];
  Stance[] stance = new Stance[0];
  int[] positives = new int[0];
  /** The entry that outdated (or refined) each, -1 if none. */
  int[] outdatedBy = new int[0];
  /** True where {@link #outdatedBy} is a hedge settled, not weight. */
  boolean[] settled = new boolean[0];
  /** True where a refinement outdated it. */
  boolean[] refined = new boolean[0];
  /** True for an implied entry of a claimant that addresses the question itself. */
  boolean[] silenced = new boolean[0];
  final List<Claim> merged = new ArrayList<>();
  /** The value held of the last accepted verdict, as stated (not yet retargeted); null before. */
  @Nullable Claim heldValue;
  /** The pairs of positions a {@code contradicts} link keeps apart, each twice; null if none. */
  Map<Integer, List<Integer>> apart;
  /** The value of the implied entries of the key, made on first need; null until then. */
  private Claim impliedValue;
  /** Where the link conflicts found are added; null if not wanted. */
  List<LinkConflict> conflicts;

  /** How verdicts get their explanation: {@link #EAGER}, {@link #LAZY} or {@link #NONE}. */
  int explain = EAGER;
  /** The accumulation judged, which a lazy explanation judges again when first read; set by {@link #source}. */
  Accumulation source;

  /** Verdicts carry their explanation, made with them. */
  static final int EAGER = 0;
  /**
   * Verdicts carry an explanation made when first read, by judging the same accumulation again with
   * the same policy, reliabilities and places: the accumulation must not change afterwards.
   */
  static final int LAZY = 1;
  /** Verdicts carry an empty explanation: only their status, value and confidence are wanted. */
  static final int NONE = 2;

  /**
   * Makes a judgement of no key yet, to {@link #reset} for each key in turn: one judge for many
   * keys keeps its scratch arrays rather than making them per key.
   */
  Judgement(ReconciliationPolicy policy, Map<SourceId, Double> reliability, Map<PlaceId, PlaceId> within) {
    this(policy, reliability, within, null);
  }

  /**
   * Makes a judgement as {@link #Judgement(ReconciliationPolicy, Map, Map)} does, with the
   * reliability of each claimant rank read from the map beforehand (see {@link Accumulation}).
   */
  Judgement(
      ReconciliationPolicy policy, Map<SourceId, Double> reliability, Map<PlaceId, PlaceId> within,
      double[] reliabilityByClaimant) {
    this.policy = policy;
    this.reliability = reliability;
    this.within = within;
    this.reliabilityByClaimant = reliabilityByClaimant;
  }

  /** Sets how the verdicts made from now on get their explanation; returns this judgement. */
  Judgement explaining(int mode) {
    this.explain = mode;
    return this;
  }

  /** Sets where the link conflicts of the keys judged from now on are added; null for nowhere. */
  Judgement reportingTo(List<LinkConflict> sink) {
    this.conflicts = sink;
    return this;
  }

  /** Sets the accumulation judged next, which a lazy explanation judges again. */
  void source(Accumulation accumulation) {
    this.source = accumulation;
  }

  /** Sets the key to judge and the assertions on it; returns this judgement. */
  Judgement reset(
      ClaimKey key, int n, Assertion[] assertions, TimeBounds[] stated, AssertionId[] supersededBy, boolean[] reversed,
      boolean[] implied, int[] claimants) {
    this.key = key;
    this.claimants = claimants;
    this.n = n;
    this.assertions = assertions;
    this.stated = stated;
    this.supersededBy = supersededBy;
    this.reversed = reversed;
    this.implied = implied;
    this.valued = isValued(key.type());
    if (order.length < n) {
      int capacity = Math.max(n, 2 * order.length);
      order = new int[capacity];
      weight = new double[capacity];
      trust = new double[capacity];
      value = new Claim[capacity];
      cluster = new int[capacity];
      stance = new Stance[capacity];
      positives = new int[capacity];
      outdatedBy = new int[capacity];
      settled = new boolean[capacity];
      refined = new boolean[capacity];
      silenced = new boolean[capacity];
    }
    merged.clear();
    apart = null;
    impliedValue = null;
    canonicalOrder();
    return this;
  }

  private static boolean isValued(ClaimType type) {
    return type == ClaimType.TIMING || type == ClaimType.QUANTITY || type == ClaimType.LOCATION
        || type == ClaimType.RELATION;
  }

  /**
   * Sorts the entries by claimant, then assertion id, then kind (stated, implied, lent), into
   * {@link #order}; insertion sort, as groups are small.
   */
  private void canonicalOrder() {
    int[] result = order;
    for (int i = 0; i < n; i++) {
      result[i] = i;
    }
    if (n > 32) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, this::compareEntries);
      for (int i = 0; i < n; i++) {
        result[i] = boxed[i];
      }
      return;
    }
    for (int i = 1; i < n; i++) {
      int x = result[i];
      int j = i - 1;
      while (j >= 0 && compareEntries(result[j], x) > 0) {
        result[j + 1] = result[j];
        j--;
      }
      result[j + 1] = x;
    }
  }

  private int compareEntries(int i, int j) {
    int a = claimant(i);
    int b = claimant(j);
    // Ranks are in id order: they compare as the ids do.
    int c = a >= 0 && b >= 0 ? Integer.compare(a, b) : assertions[i].source().value().compareTo(assertions[j].source().value());
    if (c == 0) {
      c = assertions[i].id().value().compareTo(assertions[j].id().value());
    }
    // One assertion may both imply an occurrence and lend a statement on one question.
    return c != 0 ? c : Integer.compare(kind(i), kind(j));
  }

  /** The kind of an entry as added, for the canonical order: 0 stated, 1 implied occurrence, 2 lent by a link. */
  private int kind(int i) {
    if (i >= implied.length || !implied[i]) {
      return 0;
    }
    return LinkedStatements.isLent(assertions[i], key) ? 2 : 1;
  }

  /** The rank of the claimant of an entry as added, -1 if unknown. */
  int claimant(int i) {
    return i < claimants.length ? claimants[i] : -1;
  }

  /**
   * Combines, noisy-or, each claimant's heaviest entry among those that count: one claimant's
   * entries are consecutive, and each claimant is one voice however many entries it has.
   */
  double noisyOr(java.util.function.IntPredicate counts) {
    double none = 1;
    double voice = 0;
    for (int p = 0; p < n; p++) {
      if (p > 0 && !sameSource(p, p - 1)) {
        none *= 1 - voice;
        voice = 0;
      }
      if (counts.test(p)) {
        voice = Math.max(voice, weight[p]);
      }
    }
    return 1 - none * (1 - voice);
  }

  /** Checks if the entries at two positions have the same claimant. */
  boolean sameSource(int p, int q) {
    int a = claimant(order[p]);
    int b = claimant(order[q]);
    return a >= 0 && b >= 0 ? a == b : at(p).source().equals(at(q).source());
  }

  Assertion at(int p) {
    return assertions[order[p]];
  }

  boolean live(int p) {
    return supersededBy(p) == null;
  }

  /** Checks if an entry takes part in outdating: live, neither silenced nor refined. */
  boolean takesPart(int p) {
    return live(p) && !silenced[p] && !refined[p];
  }

  /** Checks if an entry counts in the weighing: it takes part and was not outdated. */
  boolean counts(int p) {
    return takesPart(p) && outdatedBy[p] < 0;
  }

  boolean implied(int p) {
    int i = order[p];
    return i < implied.length && implied[i];
  }

  /** Checks if an implied entry is a statement a link lends from another question ({@link LinkedStatements}). */
  boolean lent(int p) {
    return implied(p) && LinkedStatements.isLent(at(p), key);
  }

  /** Returns the assertion superseding the entry, or null; the array is short when none is. */
  AssertionId supersededBy(int p) {
    int i = order[p];
    return i < supersededBy.length ? supersededBy[i] : null;
  }

  private boolean reversed(int p) {
    int i = order[p];
    return i < reversed.length && reversed[i];
  }

  Polarity polarity(int p) {
    return at(p).factuality().polarity();
  }

  /** The verdict on a question no assertion answers: unverified, as {@link #verdict()} makes it, without the work. */
  static Verdict unasserted(ClaimKey key) {
    return new Verdict(key, keyClaim(key), VerdictStatus.UNVERIFIED, 0, ImmutableList.of());
  }

  Verdict verdict() {
    int live = weigh();
    if (live == 0) {
      Arrays.fill(stance, 0, n, Stance.SUPERSEDED);
      VerdictStatus status = n == 0 ? VerdictStatus.UNVERIFIED : VerdictStatus.SUPERSEDED;
      return new Verdict(key, n == 0 ? keyClaim(key) : Optional.empty(), status, 0, VerdictExplanation.of(this));
    }
    silence();
    ValueClusters.links(this);
    ValueClusters.outdate(this);
    ValueClusters.cluster(this);
    Choice choice = ValueClusters.choose(this);
    return choice.held < 0 ? StatusRule.unheld(this) : StatusRule.held(this, choice);
  }

  /**
   * Returns the entries (as added) that support the value held, once {@link #verdict()} is made;
   * implied supports are left out: they are accepted, or not, on their own question.
   */
  int[] supporting() {
    int count = 0;
    for (int p = 0; p < n; p++) {
      count += stance[p] == Stance.SUPPORTS && !implied(p) ? 1 : 0;
    }
    int[] result = new int[count];
    int k = 0;
    for (int p = 0; p < n; p++) {
      if (stance[p] == Stance.SUPPORTS && !implied(p)) {
        result[k++] = order[p];
      }
    }
    return result;
  }

  /** Computes weights and oriented values; returns the number of live entries. */
  private int weigh() {
    int live = 0;
    for (int p = 0; p < n; p++) {
      Assertion a = at(p);
      int k = claimant(order[p]);
      double t;
      if (k >= 0 && reliabilityByClaimant != null) {
        t = reliabilityByClaimant[k];
      } else {
        Double r = reliability.get(a.source());
        t = r != null ? r : policy.fallbackReliability(a.source());
      }
      double w = weight(policy, t, a);
      trust[p] = t;
      weight[p] = w;
      value[p] = implied(p) ? (lent(p) ? a.claim() : impliedValue())
          : Values.oriented(a.claim(), reversed(p), key.event(), key.other().orElse(key.event()));
      cluster[p] = -1;
      outdatedBy[p] = -1;
      settled[p] = false;
      refined[p] = false;
      silenced[p] = false;
      live += live(p) ? 1 : 0;
    }
    return live;
  }

  /** The weight of an assertion whose claimant has reliability {@code t}: see {@link Weighed}. */
  static double weight(ReconciliationPolicy policy, double t, Assertion a) {
    return weight(policy, t, a.factuality().certainty(), a.via().size(), a.factuality().isUncommitted());
  }

  private static double weight(ReconciliationPolicy policy, double t, Certainty certainty, int relays, boolean uncommitted) {
    return Weight.of(t, policy.certaintyFactor(certainty), relays, policy.relayDiscount(),
        uncommitted ? policy.uncommittedFactor() : 1.0);
  }

  /** The value of an implied entry: the occurred claim of the key's event, made once per key. */
  private Claim impliedValue() {
    if (impliedValue == null) {
      impliedValue = new Claim.Occurred(key.event());
    }
    return impliedValue;
  }

  /** Rule 1's exception: an implied support of a claimant that addresses the question itself takes no part. */
  private void silence() {
    if (implied.length == 0) {
      return;
    }
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && sameSource(from, to)) {
        to++;
      }
      boolean addresses = false;
      for (int p = from; p < to; p++) {
        addresses |= !implied(p);
      }
      for (int p = from; p < to; p++) {
        silenced[p] = implied(p) && !ImpliedOccurrence.isCountedBeside(addresses);
      }
      from = to;
    }
  }

  /**
   * Checks if the verdict on a question that one assertion alone answers is accepted, as
   * {@link #verdict()} decides it with every method: the assertion is live, states the claim and
   * weighs something (it then supports a value nobody opposes). {@code t} is its claimant's
   * reliability.
   */
  static boolean acceptsAlone(ReconciliationPolicy policy, double t, Assertion a, boolean live) {
    return live && a.factuality().polarity() == Polarity.POSITIVE && weight(policy, t, a) > 0;
  }

  /**
   * As {@link #acceptsAlone(ReconciliationPolicy, double, Assertion, boolean)} for a live assertion,
   * from what a {@link StoryIndex#weighing} says of it.
   */
  static boolean acceptsAlone(ReconciliationPolicy policy, double t, int weighing) {
    Polarity polarity = POLARITIES[(weighing / StoryIndex.POLARITY) % (StoryIndex.RELAYS / StoryIndex.POLARITY)];
    return polarity == Polarity.POSITIVE
        && weight(policy, t, CERTAINTIES[weighing % StoryIndex.POLARITY], weighing / StoryIndex.RELAYS, polarity == Polarity.UNKNOWN) > 0;
  }

  private static final Polarity[] POLARITIES = Polarity.values();
  private static final Certainty[] CERTAINTIES = Certainty.values();

  boolean compatible(Claim a, Claim b) {
    return !valued || Values.compatible(a, b, policy.approximateTolerance(), within);
  }

  /**
   * The cluster held (or -1), whether the claim is refuted, and the entry whose own value is held
   * (the deciding statement of {@code MOST_RELIABLE_SOURCE} and {@code LATEST_STATEMENT}), or -1.
   */
  record Choice(int held, boolean refuted, int decider) {
    Choice(int held, boolean refuted) {
      this(held, refuted, -1);
    }
  }

  /** Returns the key's own claim for yes-or-no questions about events (occurred, same-as). */
  static Optional<Claim> keyClaim(ClaimKey key) {
    if (key.type() == ClaimType.OCCURRED) {
      return Optional.of(new Claim.Occurred(key.event()));
    }
    if (key.type() == ClaimType.SAME_AS) {
      return Optional.of(new Claim.SameAs(key.event(), key.other().orElseThrow()));
    }
    return Optional.empty();
  }
}
