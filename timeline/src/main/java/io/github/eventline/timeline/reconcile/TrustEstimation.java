package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Step 8 of reconciliation with {@code SOURCE_TRUST}: each source's trust estimated from how its
 * counted statements agree with the verdicts, starting from the stated reliabilities as priors
 * weighed by the policy's prior strength, judged again until the estimates move less than the
 * policy's tolerance or the iterations run out. Sums in key order, so that the story's order of
 * events cannot change the last bits. Made for one reconciliation; not thread-safe.
 */
final class TrustEstimation {

  private final Story story;
  private final ReconciliationPolicy policy;
  private final Map<SourceId, Double> prior;
  private Map<SourceId, Double> current;
  private int iterations;

  TrustEstimation(Story story, ReconciliationPolicy policy, Map<SourceId, Double> prior) {
    this.story = story;
    this.policy = policy;
    this.prior = prior;
    this.current = new HashMap<>(prior);
  }

  /** Judges with the current trust and estimates it again, until it settles or the iterations run out. */
  void iterate(Function<Map<SourceId, Double>, List<Verdict>> judge) {
    for (iterations = 1; iterations <= policy.maxIterations(); iterations++) {
      Map<SourceId, Double> next = estimate(judge.apply(current));
      double moved = largestChange(current, next);
      current = next;
      if (moved < policy.trustTolerance()) {
        break;
      }
    }
    iterations = Math.min(iterations, policy.maxIterations());
  }

  /** The trust of the sources with a stated reliability or an estimate. */
  Map<SourceId, Double> current() {
    return current;
  }

  /** The iterations made, 0 if none. */
  int iterations() {
    return iterations;
  }

  /**
   * Estimates each source's trust from verdicts: {@code (k prior + sum of agreements) / (k +
   * count)} over its counted supporting and opposing assertions on questions at least two
   * claimants speak to; the editor keeps its reliability.
   */
  private Map<SourceId, Double> estimate(List<Verdict> verdicts) {
    // Sums in key order, so that the story's order of events cannot change the last bits.
    List<Verdict> inKeyOrder = new ArrayList<>(verdicts);
    inKeyOrder.sort(KeyOrder.VERDICTS);
    Map<SourceId, double[]> agreement = new HashMap<>();
    for (Verdict v : inKeyOrder) {
      double s = 0;
      double o = 0;
      SourceId one = null;
      boolean several = false;
      for (Weighed w : v.explanation()) {
        if (w.isCounted() && (w.stance() == Stance.SUPPORTS || w.stance() == Stance.OPPOSES)) {
          s += w.stance() == Stance.SUPPORTS ? w.weight() : 0;
          o += w.stance() == Stance.OPPOSES ? w.weight() : 0;
          several |= one != null && !one.equals(w.source());
          one = w.source();
        }
      }
      if (!several || s + o == 0) {
        continue;
      }
      for (Weighed w : v.explanation()) {
        if (w.isCounted() && (w.stance() == Stance.SUPPORTS || w.stance() == Stance.OPPOSES)) {
          double[] sum = agreement.computeIfAbsent(w.source(), k -> new double[2]);
          sum[0] += w.stance() == Stance.SUPPORTS ? s / (s + o) : o / (s + o);
          sum[1] += 1;
        }
      }
    }
    Map<SourceId, Double> trust = new HashMap<>(prior);
    double k = policy.trustPriorStrength();
    agreement.forEach((source, sum) -> {
      if (!source.equals(Source.EDITOR)) {
        double p = priorOf(source);
        trust.put(source, k + sum[1] == 0 ? p : (k * p + sum[0]) / (k + sum[1]));
      }
    });
    return trust;
  }

  private double priorOf(SourceId source) {
    Double p = prior.get(source);
    return p != null ? p : policy.fallbackReliability(source);
  }

  /** Returns the trust of every source of the story: the estimate, or the prior. */
  Map<SourceId, Double> ofAll() {
    Map<SourceId, Double> all = new HashMap<>();
    for (Source s : story.sources()) {
      Double t = current.get(s.id());
      all.put(s.id(), t != null ? t : priorOf(s.id()));
    }
    return all;
  }

  private static double largestChange(Map<SourceId, Double> before, Map<SourceId, Double> after) {
    double largest = 0;
    for (Map.Entry<SourceId, Double> e : after.entrySet()) {
      Double b = before.get(e.getKey());
      largest = Math.max(largest, b == null ? 1 : Math.abs(b - e.getValue()));
    }
    return largest;
  }}
