package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clustering of a {@link Judgement}'s positive entries by compatible values, heaviest first,
 * with the rules that run over those clusters: the links between entries ({@link Links}) and the
 * outdating ({@link Outdating}, adapted to the judgement's per-position arrays); and the choice of
 * the cluster held by the policy's method (noisy-or of the claimants' voices, or the deciding
 * statement). Reads and writes the judgement's arrays; no state of its own.
 */
final class ValueClusters {

  private ValueClusters() {}

  /**
   * Rule 4: the links between entries of this question. Refinements outdate the refined values
   * they do not agree with; contradictions keep positive entries apart; mismatches are reported.
   */
  static void links(Judgement judge) {
    Map<AssertionId, Integer> byId = null;
    for (int p = 0; p < judge.n; p++) {
      List<AssertionLink> links = judge.at(p).links();
      if (links.isEmpty() || judge.implied(p)) {
        continue;
      }
      if (byId == null) {
        byId = new HashMap<>();
        for (int q = 0; q < judge.n; q++) {
          if (!judge.implied(q)) {
            byId.put(judge.at(q).id(), q);
          }
        }
      }
      for (AssertionLink link : links) {
        Integer found = byId.get(link.assertion());
        if (found == null || found == p || link.type() == LinkType.RETRACTS) {
          continue;
        }
        int q = found;
        boolean agree = Links.agree(judge.polarity(p), judge.polarity(q), judge.compatible(judge.value[p], judge.value[q]));
        // Only values can be kept apart: two positive answers to a yes-or-no question are one answer.
        boolean bothPositive = judge.valued && judge.polarity(p) == Polarity.POSITIVE && judge.polarity(q) == Polarity.POSITIVE;
        if (link.type() == LinkType.REFINES && Links.refinementOutdates(agree) && !judge.refined[p]) {
          judge.refined[q] = true;
          judge.outdatedBy[q] = p;
        } else if (Links.keepsApart(link.type()) && bothPositive) {
          if (judge.apart == null) {
            judge.apart = new HashMap<>();
          }
          judge.apart.computeIfAbsent(p, k -> new ArrayList<>()).add(q);
          judge.apart.computeIfAbsent(q, k -> new ArrayList<>()).add(p);
        }
        if (judge.conflicts != null) {
          Links.check(link.type(), judge.at(p).id(), judge.at(q).id(), judge.key, agree, bothPositive).ifPresent(judge.conflicts::add);
        }
      }
    }
  }

  /** Rule 2: finds the outdated entries against clusters of every value that takes part. */
  static void outdate(Judgement judge) {
    int dated = 0;
    boolean allPositive = true;
    for (int p = 0; p < judge.n; p++) {
      if (judge.stated[judge.order[p]] != null && judge.takesPart(p)) {
        dated++;
        allPositive &= judge.polarity(p) == Polarity.POSITIVE;
      }
    }
    if (!Outdating.mayOutdate(dated, allPositive, judge.valued ? Integer.MAX_VALUE : 1)) {
      return;
    }
    group(judge, true);
    int clusters = Math.max(1, judge.merged.size());
    if (!Outdating.mayOutdate(dated, allPositive, clusters)) {
      for (int p = 0; p < judge.n; p++) {
        judge.cluster[p] = -1;
      }
      judge.merged.clear();
      return;
    }
    Outdating.find(new Outdating.Entries() {
      @Override public int size() {
        return judge.n;
      }

      @Override public boolean takesPart(int p) {
        return judge.takesPart(p);
      }

      @Override public TimeBounds stated(int p) {
        return judge.stated[judge.order[p]];
      }

      @Override public double weight(int p) {
        return judge.weight[p];
      }

      @Override public int claimant(int p) {
        int k = judge.claimant(judge.order[p]);
        if (k >= 0) {
          return k;
        }
        // No rank: the first position of the claimant's run stands for it.
        int first = p;
        while (first > 0 && judge.sameSource(first - 1, p)) {
          first--;
        }
        return -1 - first;
      }

      @Override public Polarity polarity(int p) {
        return judge.polarity(p);
      }

      @Override public boolean isCertain(int p) {
        return judge.at(p).factuality().certainty() == Certainty.CERTAIN && !judge.at(p).factuality().isUncommitted();
      }

      @Override public boolean isUncommitted(int p) {
        return judge.at(p).factuality().isUncommitted();
      }

      @Override public int cluster(int p) {
        return Math.max(0, judge.cluster[p]);
      }

      @Override public boolean meets(int p, int c) {
        return !judge.valued || c < judge.merged.size() && judge.compatible(judge.merged.get(c), judge.value[p]);
      }
    }, clusters, judge.outdatedBy, judge.settled);
    for (int p = 0; p < judge.n; p++) {
      judge.cluster[p] = -1;
    }
    judge.merged.clear();
  }

  /** Groups the counted positive entries into clusters of compatible values, heaviest first. */
  static void cluster(Judgement judge) {
    group(judge, false);
  }

  /**
   * Groups positive entries into clusters of compatible values, heaviest first: those that take
   * part in outdating ({@code beforeOutdating}), or those that count.
   */
  private static void group(Judgement judge, boolean beforeOutdating) {
    int[] positives = judge.positives;
    int count = 0;
    for (int p = 0; p < judge.n; p++) {
      if ((beforeOutdating ? judge.takesPart(p) : judge.counts(p)) && judge.polarity(p) == Polarity.POSITIVE) {
        // Heaviest first, then in canonical order: insertion sort, as groups are small.
        int j = count - 1;
        while (j >= 0 && judge.weight[positives[j]] < judge.weight[p]) {
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
      while (c < judge.merged.size() && (judge.valued && !judge.compatible(judge.merged.get(c), judge.value[p]) || keptApart(judge, p, c))) {
        c++;
      }
      if (c == judge.merged.size()) {
        judge.merged.add(judge.value[p]);
      } else if (judge.valued) {
        judge.merged.set(c, Values.merge(judge.merged.get(c), judge.value[p], judge.within));
      }
      judge.cluster[p] = c;
    }
  }

  /** Checks if a {@code contradicts} link keeps an entry out of a cluster: it holds an entry so linked. */
  private static boolean keptApart(Judgement judge, int p, int c) {
    if (judge.apart == null) {
      return false;
    }
    for (int q : judge.apart.getOrDefault(p, List.of())) {
      if (judge.cluster[q] == c) {
        return true;
      }
    }
    return false;
  }

  static Judgement.Choice choose(Judgement judge) {
    int best = bestCluster(judge, -1);
    ReconciliationPolicy.Method method = judge.policy.method();
    if (method == ReconciliationPolicy.Method.WEIGHTED_VOTE || method == ReconciliationPolicy.Method.SOURCE_TRUST) {
      if (best < 0) {
        return new Judgement.Choice(-1, false);
      }
      return new Judgement.Choice(best, combined(judge, Stance.OPPOSES, best, true) > combined(judge, Stance.SUPPORTS, best, false));
    }
    int decider = decider(judge, method == ReconciliationPolicy.Method.LATEST_STATEMENT);
    if (decider < 0 || judge.polarity(decider) == Polarity.POSITIVE) {
      return decider < 0 ? new Judgement.Choice(best, false) : new Judgement.Choice(judge.cluster[decider], false, decider);
    }
    int denied = bestCluster(judge, decider);
    return denied >= 0 ? new Judgement.Choice(denied, true) : new Judgement.Choice(best, false);
  }

  /** Returns the cluster with the most support (compatible with a denial, if one is given), or -1. */
  private static int bestCluster(Judgement judge, int deniedBy) {
    int best = -1;
    double bestSupport = -1;
    for (int c = 0; c < judge.merged.size(); c++) {
      if (deniedBy >= 0 && !judge.compatible(judge.merged.get(c), judge.value[deniedBy])) {
        continue;
      }
      double s = combined(judge, Stance.SUPPORTS, c, false);
      if (s > bestSupport || s == bestSupport && claimants(judge, c) > claimants(judge, best)) {
        best = c;
        bestSupport = s;
      }
    }
    return best;
  }

  /** Returns the deciding committed entry: the heaviest, or the latest stated; -1 if none. */
  private static int decider(Judgement judge, boolean latest) {
    int best = -1;
    for (int p = 0; p < judge.n; p++) {
      if (!judge.counts(p) || judge.polarity(p) == Polarity.UNKNOWN) {
        continue;
      }
      if (best < 0 || (latest ? compareStated(judge, p, best) > 0 || compareStated(judge, p, best) == 0 && judge.weight[p] > judge.weight[best]
          : judge.weight[p] > judge.weight[best])) {
        best = p;
      }
    }
    return best;
  }

  private static int compareStated(Judgement judge, int p, int q) {
    TimeBounds a = judge.stated[judge.order[p]];
    TimeBounds b = judge.stated[judge.order[q]];
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
  static double combined(Judgement judge, Stance side, int c, boolean denials) {
    if (side == Stance.SUPPORTS) {
      return judge.noisyOr(p -> judge.cluster[p] == c);
    }
    return !denials ? 0 : judge.noisyOr(p -> judge.counts(p) && judge.polarity(p) == Polarity.NEGATIVE
        && judge.compatible(judge.merged.get(c), judge.value[p]));
  }

  private static int claimants(Judgement judge, int c) {
    if (c < 0) {
      return -1;
    }
    int count = 0;
    for (int p = 0; p < judge.n; p++) {
      if (judge.cluster[p] == c && (p == 0 || !judge.sameSource(p, p - 1) || judge.cluster[p - 1] != c)) {
        count++;
      }
    }
    return count;
  }
}
