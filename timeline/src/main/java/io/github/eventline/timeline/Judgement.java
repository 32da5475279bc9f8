package io.github.eventline.timeline;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.reconcile.HeldQuantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reconciliation rules, applied once to the assertions of one key. Not public, by design: the
 * entry point is {@link ClaimAccumulator#verdict}.
 *
 * <p>Positions index the canonical order of the entries (claimant, then assertion id), so that
 * the verdict does not depend on the order in which assertions were added.
 */
final class Judgement {

  private static final String STATES_HELD = "states the value held";
  private static final String STATES_COMPATIBLE = "states a compatible value";
  private static final String STATES_CLAIM = "states the claim";
  private static final String DENIES_HELD = "denies the value held";
  private static final String DENIES_CLAIM = "denies the claim";
  private static final String STATES_RIVAL = "states an incompatible value";
  private static final String DOUBTS = "uncommitted on it, never refutes on its own";
  private static final String NEUTRAL = "denies or doubts a value nobody holds";
  private static final String SUPERSEDED = "replaced or retracted by its own source";

  private final ReconciliationPolicy policy;
  private final Map<SourceId, Double> reliability;
  private final Map<PlaceId, PlaceId> within;
  /** The reliability of each claimant by rank, as {@link #weigh} reads it from the map; null if not known. */
  private final double[] reliabilityByClaimant;

  // The key judged; set by reset.
  private ClaimKey key;
  private int n;
  private Assertion[] assertions;
  private TimeBounds[] stated;
  private AssertionId[] supersededBy;
  private boolean[] reversed;
  /** The rank of each entry's claimant (as added), -1 or missing if unknown. */
  private int[] claimants;
  private boolean valued;

  // Per position, in canonical order; scratch space kept from one key to the next, read up to n.
  private int[] order = new int[0];
  private double[] weight = new double[0];
  private double[] trust = new double[0];
  private Claim[] value = new Claim[0];
  private int[] cluster = new int[0];
  private Stance[] stance = new Stance[0];
  private int[] positives = new int[0];
  private final List<Claim> merged = new ArrayList<>();
  /** The value held of the last accepted verdict, as stated (not yet retargeted); null before. */
  private @Nullable Claim heldValue;

  /** How verdicts get their explanation: {@link #EAGER}, {@link #LAZY} or {@link #NONE}. */
  private int explain = EAGER;
  /** The accumulation judged, which a lazy explanation judges again when first read; set by {@link #source}. */
  private ClaimAccumulator source;

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
   * reliability of each claimant rank read from the map beforehand (see {@link ClaimAccumulator}).
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

  /** Sets the accumulation judged next, which a lazy explanation judges again. */
  void source(ClaimAccumulator accumulation) {
    this.source = accumulation;
  }

  /** Sets the key to judge and the assertions on it; returns this judgement. */
  Judgement reset(
      ClaimKey key, int n, Assertion[] assertions, TimeBounds[] stated, AssertionId[] supersededBy, boolean[] reversed,
      int[] claimants) {
    this.key = key;
    this.claimants = claimants;
    this.n = n;
    this.assertions = assertions;
    this.stated = stated;
    this.supersededBy = supersededBy;
    this.reversed = reversed;
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
    }
    merged.clear();
    canonicalOrder();
    return this;
  }

  private static boolean isValued(ClaimType type) {
    return type == ClaimType.TIMING || type == ClaimType.QUANTITY || type == ClaimType.LOCATION
        || type == ClaimType.RELATION;
  }

  /** Sorts the entries by claimant, then assertion id, into {@link #order}; insertion sort, as groups are small. */
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
    return c != 0 ? c : assertions[i].id().value().compareTo(assertions[j].id().value());
  }

  /** The rank of the claimant of an entry as added, -1 if unknown. */
  private int claimant(int i) {
    return i < claimants.length ? claimants[i] : -1;
  }

  /** Checks if the entries at two positions have the same claimant. */
  private boolean sameSource(int p, int q) {
    int a = claimant(order[p]);
    int b = claimant(order[q]);
    return a >= 0 && b >= 0 ? a == b : at(p).source().equals(at(q).source());
  }

  private Assertion at(int p) {
    return assertions[order[p]];
  }

  private boolean live(int p) {
    return supersededBy(p) == null;
  }

  /** Returns the assertion superseding the entry, or null; the array is short when none is. */
  private AssertionId supersededBy(int p) {
    int i = order[p];
    return i < supersededBy.length ? supersededBy[i] : null;
  }

  private boolean reversed(int p) {
    int i = order[p];
    return i < reversed.length && reversed[i];
  }

  private Polarity polarity(int p) {
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
      return new Verdict(key, n == 0 ? keyClaim(key) : Optional.empty(), status, 0, explanation());
    }
    cluster();
    Choice choice = choose();
    return choice.held < 0 ? unheld() : held(choice);
  }

  /** Returns the entries (as added) that support the value held, once {@link #verdict()} is made. */
  int[] supporting() {
    int count = 0;
    for (int p = 0; p < n; p++) {
      count += stance[p] == Stance.SUPPORTS ? 1 : 0;
    }
    int[] result = new int[count];
    int k = 0;
    for (int p = 0; p < n; p++) {
      if (stance[p] == Stance.SUPPORTS) {
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
        t = r != null ? r : a.source().equals(Source.EDITOR) ? policy.editorReliability() : policy.defaultReliability();
      }
      double w = weight(policy, t, a);
      trust[p] = t;
      weight[p] = w;
      value[p] = Values.oriented(a.claim(), reversed(p), key.event(), key.other().orElse(key.event()));
      cluster[p] = -1;
      live += live(p) ? 1 : 0;
    }
    return live;
  }

  /** The weight of an assertion whose claimant has reliability {@code t}: see {@link Weighed}. */
  static double weight(ReconciliationPolicy policy, double t, Assertion a) {
    return weight(policy, t, a.factuality().certainty(), a.via().size(), a.factuality().isUncommitted());
  }

  private static double weight(ReconciliationPolicy policy, double t, Certainty certainty, int relays, boolean uncommitted) {
    // pow(x, 0) is exactly 1: most assertions are not relayed.
    double w = t * policy.certaintyFactor(certainty) * (relays == 0 ? 1.0 : Math.pow(policy.relayDiscount(), relays));
    if (uncommitted) {
      w *= policy.uncommittedFactor();
    }
    return w;
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

  /** Groups the live positive entries into clusters of compatible values, heaviest first. */
  private void cluster() {
    int[] positives = this.positives;
    int count = 0;
    for (int p = 0; p < n; p++) {
      if (live(p) && polarity(p) == Polarity.POSITIVE) {
        // Heaviest first, then in canonical order: insertion sort, as groups are small.
        int j = count - 1;
        while (j >= 0 && weight[positives[j]] < weight[p]) {
          positives[j + 1] = positives[j];
          j--;
        }
        positives[j + 1] = p;
        count++;
      }
    }
    for (int i = 0; i < count; i++) {
      int p = positives[i];
      int c = 0;
      while (c < merged.size() && valued && !compatible(merged.get(c), value[p])) {
        c++;
      }
      if (c == merged.size()) {
        merged.add(value[p]);
      } else if (valued) {
        merged.set(c, Values.merge(merged.get(c), value[p], within));
      }
      cluster[p] = c;
    }
  }

  private boolean compatible(Claim a, Claim b) {
    return !valued || Values.compatible(a, b, policy.approximateTolerance(), within);
  }

  /**
   * The cluster held (or -1), whether the claim is refuted, and the entry whose own value is held
   * (the deciding statement of {@code MOST_RELIABLE_SOURCE} and {@code LATEST_STATEMENT}), or -1.
   */
  private record Choice(int held, boolean refuted, int decider) {
    Choice(int held, boolean refuted) {
      this(held, refuted, -1);
    }
  }

  private Choice choose() {
    int best = bestCluster(-1);
    ReconciliationPolicy.Method method = policy.method();
    if (method == ReconciliationPolicy.Method.WEIGHTED_VOTE || method == ReconciliationPolicy.Method.SOURCE_TRUST) {
      if (best < 0) {
        return new Choice(-1, false);
      }
      return new Choice(best, combined(Stance.OPPOSES, best, true) > combined(Stance.SUPPORTS, best, false));
    }
    int decider = decider(method == ReconciliationPolicy.Method.LATEST_STATEMENT);
    if (decider < 0 || polarity(decider) == Polarity.POSITIVE) {
      return decider < 0 ? new Choice(best, false) : new Choice(cluster[decider], false, decider);
    }
    int denied = bestCluster(decider);
    return denied >= 0 ? new Choice(denied, true) : new Choice(best, false);
  }

  /** Returns the cluster with the most support (compatible with a denial, if one is given), or -1. */
  private int bestCluster(int deniedBy) {
    int best = -1;
    double bestSupport = -1;
    for (int c = 0; c < merged.size(); c++) {
      if (deniedBy >= 0 && !compatible(merged.get(c), value[deniedBy])) {
        continue;
      }
      double s = combined(Stance.SUPPORTS, c, false);
      if (s > bestSupport || s == bestSupport && claimants(c) > claimants(best)) {
        best = c;
        bestSupport = s;
      }
    }
    return best;
  }

  /** Returns the deciding committed entry: the heaviest, or the latest stated; -1 if none. */
  private int decider(boolean latest) {
    int best = -1;
    for (int p = 0; p < n; p++) {
      if (!live(p) || polarity(p) == Polarity.UNKNOWN) {
        continue;
      }
      if (best < 0 || (latest ? compareStated(p, best) > 0 || compareStated(p, best) == 0 && weight[p] > weight[best]
          : weight[p] > weight[best])) {
        best = p;
      }
    }
    return best;
  }

  private int compareStated(int p, int q) {
    TimeBounds a = stated[order[p]];
    TimeBounds b = stated[order[q]];
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int c = a.latestEnd().compareTo(b.latestEnd());
    return c != 0 ? c : a.earliestStart().compareTo(b.earliestStart());
  }

  /**
   * Combines, noisy-or, the voices of the claimants on one side of a cluster: positive entries in
   * it ({@code SUPPORTS}), or committed denials compatible with it ({@code OPPOSES} with denials).
   */
  private double combined(Stance side, int c, boolean denials) {
    double none = 1;
    double voice = 0;
    for (int p = 0; p < n; p++) {
      if (p > 0 && !sameSource(p, p - 1)) {
        none *= 1 - voice;
        voice = 0;
      }
      boolean counts = side == Stance.SUPPORTS
          ? cluster[p] == c
          : denials && live(p) && polarity(p) == Polarity.NEGATIVE && compatible(merged.get(c), value[p]);
      if (counts) {
        voice = Math.max(voice, weight[p]);
      }
    }
    return 1 - none * (1 - voice);
  }

  private int claimants(int c) {
    if (c < 0) {
      return -1;
    }
    int count = 0;
    for (int p = 0; p < n; p++) {
      if (cluster[p] == c && (p == 0 || !sameSource(p, p - 1) || cluster[p - 1] != c)) {
        count++;
      }
    }
    return count;
  }

  /** No positive statement is held: refuted by denials (claims that are yes or no) or unverified. */
  private Verdict unheld() {
    boolean denied = false;
    for (int p = 0; p < n; p++) {
      if (!live(p)) {
        stance[p] = Stance.SUPERSEDED;
      } else if (valued) {
        stance[p] = Stance.NEUTRAL;
      } else {
        stance[p] = polarity(p) == Polarity.NEGATIVE ? Stance.OPPOSES : Stance.DOUBTS;
        denied |= polarity(p) == Polarity.NEGATIVE && weight[p] > 0;
      }
    }
    Optional<Claim> claim = valued ? Optional.<Claim>empty() : Optional.of(retarget(value[heaviestLive()]));
    if (denied) {
      double d = side(Stance.OPPOSES, Stance.OPPOSES);
      return new Verdict(key, claim, VerdictStatus.REFUTED, d, explanation());
    }
    return new Verdict(key, claim, VerdictStatus.UNVERIFIED, 0, explanation());
  }

  private int heaviestLive() {
    int best = -1;
    for (int p = 0; p < n; p++) {
      if (live(p) && (best < 0 || weight[p] > weight[best])) {
        best = p;
      }
    }
    return best;
  }

  private Verdict held(Choice choice) {
    int h = choice.held;
    for (int p = 0; p < n; p++) {
      stance[p] = stanceTowards(p, h);
    }
    double s = side(Stance.SUPPORTS, Stance.SUPPORTS);
    double o = side(Stance.OPPOSES, Stance.DOUBTS);
    heldValue = choice.refuted ? merged.get(h) : heldValue(choice);
    Claim claim = retarget(heldValue);
    if (choice.refuted) {
      double d = combined(Stance.OPPOSES, h, true);
      return new Verdict(key, Optional.of(claim), VerdictStatus.REFUTED, clamp(d * (1 - s)), explanation(), supportingValues());
    }
    VerdictStatus status;
    if (s == 0) {
      status = VerdictStatus.UNVERIFIED;
    } else if (o > 0) {
      status = VerdictStatus.CONTESTED;
    } else {
      status = independentSupporters() >= 2 ? VerdictStatus.CORROBORATED : VerdictStatus.UNCONTESTED;
    }
    double confidence = status == VerdictStatus.UNVERIFIED ? 0 : clamp(s * (1 - o));
    return new Verdict(key, Optional.of(claim), status, confidence, explanation(), supportingValues());
  }

  /**
   * Returns the value held of an accepted cluster: the deciding statement's own value for the
   * methods that decide by one statement; for a quantity, the supporter's range
   * {@link HeldQuantity} chooses; else what the cluster's values agree on.
   */
  private Claim heldValue(Choice choice) {
    if (choice.decider >= 0) {
      return value[choice.decider];
    }
    if (key.type() != ClaimType.QUANTITY) {
      return merged.get(choice.held);
    }
    List<Claim.Quantity> supporters = new ArrayList<>();
    double[] weights = new double[n];
    for (int p = 0; p < n; p++) {
      if (stance[p] == Stance.SUPPORTS) {
        weights[supporters.size()] = weight[p];
        supporters.add((Claim.Quantity) value[p]);
      }
    }
    return HeldQuantity.choose(supporters, Arrays.copyOf(weights, supporters.size()));
  }

  /** Returns the values the supporters stated, in canonical order, for a question of values; else empty. */
  private List<Claim> supportingValues() {
    if (!valued) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Claim> values = ImmutableList.builder();
    for (int p = 0; p < n; p++) {
      if (stance[p] == Stance.SUPPORTS) {
        values.add(retarget(value[p]));
      }
    }
    return values.build();
  }

  private Stance stanceTowards(int p, int h) {
    if (!live(p)) {
      return Stance.SUPERSEDED;
    }
    Polarity polarity = polarity(p);
    if (polarity == Polarity.POSITIVE) {
      return cluster[p] == h ? Stance.SUPPORTS : Stance.OPPOSES;
    }
    if (!compatible(merged.get(h), value[p])) {
      return Stance.NEUTRAL;
    }
    return polarity == Polarity.NEGATIVE ? Stance.OPPOSES : Stance.DOUBTS;
  }

  /** Combines, noisy-or, each claimant's heaviest entry of the given stances. */
  private double side(Stance one, Stance other) {
    double none = 1;
    double voice = 0;
    for (int p = 0; p < n; p++) {
      if (p > 0 && !sameSource(p, p - 1)) {
        none *= 1 - voice;
        voice = 0;
      }
      if (stance[p] == one || stance[p] == other) {
        voice = Math.max(voice, weight[p]);
      }
    }
    return 1 - none * (1 - voice);
  }

  private int independentSupporters() {
    int count = 0;
    SourceId last = null;
    for (int p = 0; p < n; p++) {
      SourceId source = at(p).source();
      if (stance[p] == Stance.SUPPORTS && weight[p] > 0 && !source.equals(Source.EDITOR) && !source.equals(last)) {
        count++;
        last = source;
      }
    }
    return count;
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  /** Returns the key's own claim for yes-or-no questions about events (occurred, same-as). */
  private static Optional<Claim> keyClaim(ClaimKey key) {
    if (key.type() == ClaimType.OCCURRED) {
      return Optional.of(new Claim.Occurred(key.event()));
    }
    if (key.type() == ClaimType.SAME_AS) {
      return Optional.of(new Claim.SameAs(key.event(), key.other().orElseThrow()));
    }
    return Optional.empty();
  }

  /** Returns the claim about the key's event, when it was stated about an event merged into it. */
  private Claim retarget(Claim claim) {
    EventId event = key.event();
    if (claim.event().equals(event)) {
      return claim;
    }
    if (claim instanceof Claim.Occurred) {
      return new Claim.Occurred(event);
    }
    if (claim instanceof Claim.Timing t) {
      return new Claim.Timing(event, t.when());
    }
    if (claim instanceof Claim.Location l) {
      return new Claim.Location(event, l.place());
    }
    if (claim instanceof Claim.Participation p) {
      return new Claim.Participation(event, p.actor(), p.role());
    }
    if (claim instanceof Claim.Quantity q) {
      return new Claim.Quantity(event, q.measure(), q.low(), q.high(), q.unit(), q.approximate());
    }
    if (claim instanceof Claim.Relation r) {
      return new Claim.Relation(event, r.relations(), key.other().orElseThrow());
    }
    return new Claim.SameAs(event, key.other().orElseThrow());
  }

  private List<Weighed> explanation() {
    if (explain == NONE) {
      return ImmutableList.of();
    }
    if (explain == LAZY && source != null) {
      return new LazyExplanation(source, policy, reliability, within, reliabilityByClaimant);
    }
    ImmutableList.Builder<Weighed> list = ImmutableList.builderWithExpectedSize(n);
    int[] countedFor = countedFor();
    for (int p = 0; p < n; p++) {
      Assertion a = at(p);
      int counted = countedFor[p];
      Optional<AssertionId> sameVoice = counted == p || stance[p] == Stance.SUPERSEDED
          ? Optional.empty() : Optional.of(at(counted).id());
      list.add(new Weighed(
          a.id(), a.source(), stance[p], weight[p], counted == p && stance[p] != Stance.SUPERSEDED, trust[p],
          a.factuality().certainty(), policy.certaintyFactor(a.factuality().certainty()), a.via().size(),
          policy.relayDiscount(), a.factuality().isUncommitted() ? policy.uncommittedFactor() : 1.0, why(p),
          Optional.ofNullable(supersededBy(p)), sameVoice));
    }
    return list.build();
  }

  /**
   * Returns, for each position, the position of its claimant's heaviest entry of the same stance
   * (the first on ties). A claimant's entries are adjacent: one pass over each run, O(n) in all
   * (a claimant of a million assertions must not cost a million squared).
   */
  private int[] countedFor() {
    int[] counted = new int[n];
    int[] best = new int[Stance.values().length];
    for (int first = 0, end; first < n; first = end) {
      end = first + 1;
      while (end < n && sameSource(end, first)) {
        end++;
      }
      java.util.Arrays.fill(best, -1);
      for (int q = first; q < end; q++) {
        int s = stance[q].ordinal();
        if (best[s] < 0 || weight[q] > weight[best[s]]) {
          best[s] = q;
        }
      }
      for (int q = first; q < end; q++) {
        counted[q] = best[stance[q].ordinal()];
      }
    }
    return counted;
  }

  private String why(int p) {
    switch (stance[p]) {
      case SUPPORTS:
        if (!valued) {
          return STATES_CLAIM;
        }
        return value[p].equals(heldValue) ? STATES_HELD : STATES_COMPATIBLE;
      case OPPOSES:
        if (polarity(p) == Polarity.POSITIVE) {
          return STATES_RIVAL;
        }
        return valued ? DENIES_HELD : DENIES_CLAIM;
      case DOUBTS:
        return DOUBTS;
      case NEUTRAL:
        return NEUTRAL;
      default:
        return SUPERSEDED;
    }
  }
}
