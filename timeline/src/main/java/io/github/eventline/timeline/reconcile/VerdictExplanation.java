package io.github.eventline.timeline.reconcile;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Polarity;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Weighed;
import java.util.List;
import java.util.Optional;

/**
 * The explanation of a {@link Judgement}'s verdict: one {@link Weighed} entry per assertion, in
 * the judgement's canonical order, with its stance, its weight and whether it counts, and the
 * reason in words ({@link #why}: how it bears on the value held, or why it was set aside); or an
 * empty list, or a {@link LazyExplanation} that judges again when first read, as the judgement
 * says. Reads the judgement's per-position arrays once its verdict is made; no state of its own.
 */
final class VerdictExplanation {

  private static final String STATES_HELD = "states the value held";
  private static final String STATES_COMPATIBLE = "states a compatible value";
  private static final String STATES_CLAIM = "states the claim";
  private static final String DENIES_HELD = "denies the value held";
  private static final String DENIES_CLAIM = "denies the claim";
  private static final String STATES_RIVAL = "states an incompatible value";
  private static final String DOUBTS = "uncommitted on it, never refutes on its own";
  private static final String NEUTRAL = "denies or doubts a value nobody holds";
  private static final String SUPERSEDED = "replaced or retracted by a later statement of its source or its organisation";
  private static final String OUTDATED_BY_WEIGHT = ": later statements of a rival value weigh more";
  private static final String OUTDATED_BY_CERTAINTY = ": a later certain statement settles what it hedged";
  private static final String REFINED = ": its value is refined by a later one";

  private VerdictExplanation() {}

  /**
   * Returns the explanation of the verdict the judgement has just made, as its {@link
   * Judgement#explaining} mode asks.
   */
  static List<Weighed> of(Judgement judge) {
    if (judge.explain == Judgement.NONE) {
      return ImmutableList.of();
    }
    if (judge.explain == Judgement.LAZY && judge.source != null) {
      return new LazyExplanation(judge.source, judge.policy, judge.reliability, judge.within, judge.reliabilityByClaimant);
    }
    ImmutableList.Builder<Weighed> list = ImmutableList.builderWithExpectedSize(judge.n);
    int[] countedFor = countedFor(judge);
    for (int p = 0; p < judge.n; p++) {
      Assertion a = judge.at(p);
      int counted = countedFor[p];
      boolean setAside = !judge.counts(p);
      Optional<AssertionId> sameVoice = counted == p || setAside ? Optional.empty() : Optional.of(judge.at(counted).id());
      Optional<AssertionId> outdated = judge.live(p) && judge.outdatedBy[p] >= 0 ? Optional.of(judge.at(judge.outdatedBy[p]).id()) : Optional.empty();
      list.add(new Weighed(
          a.id(), a.source(), judge.stance[p], judge.weight[p], counted == p && !setAside, judge.trust[p],
          a.factuality().certainty(), judge.policy.certaintyFactor(a.factuality().certainty()), a.via().size(),
          judge.policy.relayDiscount(), a.factuality().isUncommitted() ? judge.policy.uncommittedFactor() : 1.0, why(judge, p),
          Optional.ofNullable(judge.supersededBy(p)), outdated, sameVoice));
    }
    return list.build();
  }

  /**
   * Returns, for each position, the position of its claimant's heaviest entry of the same stance
   * (the first on ties). A claimant's entries are adjacent: one pass over each run, O(n) in all
   * (a claimant of a million assertions must not cost a million squared).
   */
  private static int[] countedFor(Judgement judge) {
    int[] counted = new int[judge.n];
    int[] best = new int[Stance.values().length];
    for (int first = 0, end; first < judge.n; first = end) {
      end = first + 1;
      while (end < judge.n && judge.sameSource(end, first)) {
        end++;
      }
      java.util.Arrays.fill(best, -1);
      for (int q = first; q < end; q++) {
        int s = judge.stance[q].ordinal();
        if (best[s] < 0 || judge.weight[q] > judge.weight[best[s]]) {
          best[s] = q;
        }
      }
      for (int q = first; q < end; q++) {
        counted[q] = best[judge.stance[q].ordinal()];
      }
    }
    return counted;
  }

  private static String why(Judgement judge, int p) {
    if (!judge.implied(p)) {
      return bearing(judge, p);
    }
    if (judge.lent(p)) {
      return judge.silenced[p] ? LinkedStatements.reason(judge.at(p), false)
          : LinkedStatements.reason(judge.at(p), true) + "; " + bearing(judge, p);
    }
    return ImpliedOccurrence.reason(judge.at(p), !judge.silenced[p]);
  }

  /** Returns how an entry that is not implied bears on the value held, in words. */
  private static String bearing(Judgement judge, int p) {
    switch (judge.stance[p]) {
      case OUTDATED:
        if (!judge.live(p) || judge.outdatedBy[p] < 0) {
          return SUPERSEDED;
        }
        return (judge.refined[p] ? "refined by " : "outdated by ") + judge.at(judge.outdatedBy[p]).id()
            + (judge.refined[p] ? REFINED : judge.settled[p] ? OUTDATED_BY_CERTAINTY : OUTDATED_BY_WEIGHT);
      case SUPPORTS:
        if (!judge.valued) {
          return STATES_CLAIM;
        }
        return judge.value[p].equals(judge.heldValue) ? STATES_HELD : STATES_COMPATIBLE;
      case OPPOSES:
        if (judge.polarity(p) == Polarity.POSITIVE) {
          return STATES_RIVAL;
        }
        return judge.valued ? DENIES_HELD : DENIES_CLAIM;
      case DOUBTS:
        return DOUBTS;
      case NEUTRAL:
        return NEUTRAL;
      default:
        return SUPERSEDED;
    }
  }
}
