package io.github.eventline.timeline;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  private final ClaimKey key;
  private final int n;
  private final Assertion[] assertions;
  private final TimeBounds[] stated;
  private final AssertionId[] supersededBy;
  private final boolean[] reversed;
  private final ReconciliationPolicy policy;
  private final Map<SourceId, Double> reliability;
  private final Map<PlaceId, PlaceId> within;
  private final boolean valued;

  // Per position, in canonical order.
  private final int[] order;
  private final double[] weight;
  private final double[] trust;
  private final Claim[] value;
  private final int[] cluster;
  private final Stance[] stance;
  private final List<Claim> merged = new ArrayList<>();

  Judgement(
      ClaimKey key, int n, Assertion[] assertions, TimeBounds[] stated, AssertionId[] supersededBy, boolean[] reversed,
      ReconciliationPolicy policy, Map<SourceId, Double> reliability, Map<PlaceId, PlaceId> within) {
    this.key = key;
    this.n = n;
    this.assertions = assertions;
    this.stated = stated;
    this.supersededBy = supersededBy;
    this.reversed = reversed;
    this.policy = policy;
    this.reliability = reliability;
    this.within = within;
    this.valued = isValued(key.type());
    this.order = canonicalOrder();
    this.weight = new double[n];
    this.trust = new double[n];
    this.value = new Claim[n];
    this.cluster = new int[n];
    this.stance = new Stance[n];
  }

  private static boolean isValued(ClaimType type) {
    return type == ClaimType.TIMING || type == ClaimType.QUANTITY || type == ClaimType.LOCATION
        || type == ClaimType.RELATION;
  }

  /** Sorts the entries by claimant, then assertion id; insertion sort, as groups are small. */
  private int[] canonicalOrder() {
    int[] result = new int[n];
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
      return result;
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
    return result;
  }

  private int compareEntries(int i, int j) {
    int c = assertions[i].source().value().compareTo(assertions[j].source().value());
    return c != 0 ? c : assertions[i].id().value().compareTo(assertions[j].id().value());
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

  Verdict verdict() {
    int live = weigh();
    if (live == 0) {
      Arrays.fill(stance, Stance.SUPERSEDED);
      VerdictStatus status = n == 0 ? VerdictStatus.UNVERIFIED : VerdictStatus.SUPERSEDED;
      return new Verdict(key, n == 0 ? keyClaim() : Optional.empty(), status, 0, explanation());
    }
    cluster();
    Choice choice = choose();
    return choice.held < 0 ? unheld() : held(choice);
  }

  /** Computes weights and oriented values; returns the number of live entries. */
  private int weigh() {
    int live = 0;
    for (int p = 0; p < n; p++) {
      Assertion a = at(p);
      Double r = reliability.get(a.source());
      double t = r != null ? r : a.source().equals(Source.EDITOR) ? policy.editorReliability() : policy.defaultReliability();
      double w = t * policy.certaintyFactor(a.factuality().certainty()) * Math.pow(policy.relayDiscount(), a.via().size());
      if (a.factuality().isUncommitted()) {
        w *= policy.uncommittedFactor();
      }
      trust[p] = t;
      weight[p] = w;
      value[p] = Values.oriented(a.claim(), reversed(p), key.event(), key.other().orElse(key.event()));
      cluster[p] = -1;
      live += live(p) ? 1 : 0;
    }
    return live;
  }

  /** Groups the live positive entries into clusters of compatible values, heaviest first. */
  private void cluster() {
    int[] positives = new int[n];
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

  /** The cluster held (or -1) and whether the claim is refuted. */
  private record Choice(int held, boolean refuted) {}

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
      return new Choice(decider < 0 ? best : cluster[decider], false);
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
      if (p > 0 && !at(p).source().equals(at(p - 1).source())) {
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
      if (cluster[p] == c && (p == 0 || !at(p).source().equals(at(p - 1).source()) || cluster[p - 1] != c)) {
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
    Claim claim = retarget(merged.get(h));
    if (choice.refuted) {
      double d = combined(Stance.OPPOSES, h, true);
      return new Verdict(key, Optional.of(claim), VerdictStatus.REFUTED, clamp(d * (1 - s)), explanation());
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
    return new Verdict(key, Optional.of(claim), status, confidence, explanation());
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
      if (p > 0 && !at(p).source().equals(at(p - 1).source())) {
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
  private Optional<Claim> keyClaim() {
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
    ImmutableList.Builder<Weighed> list = ImmutableList.builderWithExpectedSize(n);
    for (int p = 0; p < n; p++) {
      Assertion a = at(p);
      int counted = countedFor(p);
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

  /** Returns the position of the claimant's heaviest entry of the same stance (the first on ties). */
  private int countedFor(int p) {
    int first = p;
    while (first > 0 && at(first - 1).source().equals(at(p).source())) {
      first--;
    }
    int best = p;
    for (int q = first; q < n && at(q).source().equals(at(p).source()); q++) {
      if (stance[q] == stance[p] && (weight[q] > weight[best] || weight[q] == weight[best] && q < best)) {
        best = q;
      }
    }
    return best;
  }

  private String why(int p) {
    switch (stance[p]) {
      case SUPPORTS:
        if (!valued) {
          return STATES_CLAIM;
        }
        return value[p].equals(merged.get(cluster[p])) ? STATES_HELD : STATES_COMPATIBLE;
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
