package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.PlaceId;
import io.github.eventline.core.SourceId;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Weighed;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The explanation of a verdict, made when first read: the accumulation is judged again, with the
 * policy, reliabilities and places it was judged with, and the explanation of that verdict kept.
 * Judging is deterministic, so the list is the one an eager judgement makes; most verdicts of a
 * large story are never explained, and their explanation is then never built. Public for the
 * module's own packages ({@code Verdict} keeps it as it is); not part of the API.
 *
 * <p>Immutable as a list and thread-safe: made once, under a lock, then read without one. The
 * accumulation, the maps and the array must not change after the verdict is made; a
 * {@link Reconciliation} keeps them to itself.
 */
public final class LazyExplanation extends AbstractList<Weighed> implements RandomAccess {

  private final int size;
  private final ReconciliationPolicy policy;
  private final Map<SourceId, Double> reliability;
  private final Map<PlaceId, PlaceId> within;
  private final double[] reliabilityByClaimant;
  // Dropped once the explanation is made.
  private Accumulation accumulation;
  private volatile List<Weighed> made;

  LazyExplanation(
      Accumulation accumulation, ReconciliationPolicy policy, Map<SourceId, Double> reliability,
      Map<PlaceId, PlaceId> within, double[] reliabilityByClaimant) {
    this.accumulation = accumulation;
    this.size = accumulation.size();
    this.policy = policy;
    this.reliability = reliability;
    this.within = within;
    this.reliabilityByClaimant = reliabilityByClaimant;
  }

  private List<Weighed> list() {
    List<Weighed> list = made;
    if (list == null) {
      synchronized (this) {
        list = made;
        if (list == null) {
          Judgement judgement = new Judgement(policy, reliability, within, reliabilityByClaimant);
          list = accumulation.verdict(judgement, null).explanation();
          made = list;
          accumulation = null;
        }
      }
    }
    return list;
  }

  @Override
  public Weighed get(int index) {
    return list().get(index);
  }

  @Override
  public int size() {
    return size;
  }
}
