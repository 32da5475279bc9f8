package io.github.eventline.timeline.reconcile;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The verdict's last step, once the policy's method has chosen a cluster ({@link
 * ValueClusters#choose}): the stance of each entry towards the value held, the weight of each side
 * (noisy-or of each claimant's heaviest entry, so that relays of one claimant are one voice), and
 * the status and confidence they give. Corroboration needs two distinct claimants other than the
 * editor; support with opposition is contested; committed denials that outweigh the support
 * refute. Reads and writes a {@link Judgement}'s arrays; linear in its entries; no state of its
 * own.
 */
final class StatusRule {

  private StatusRule() {}

  /** No positive statement is held: refuted by denials (claims that are yes or no) or unverified. */
  static Verdict unheld(Judgement judge) {
    boolean denied = false;
    for (int p = 0; p < judge.n; p++) {
      if (!judge.counts(p)) {
        judge.stance[p] = setAside(judge, p);
      } else if (judge.valued) {
        judge.stance[p] = Stance.NEUTRAL;
      } else {
        judge.stance[p] = judge.polarity(p) == Polarity.NEGATIVE ? Stance.OPPOSES : Stance.DOUBTS;
        denied |= judge.polarity(p) == Polarity.NEGATIVE && judge.weight[p] > 0;
      }
    }
    int heaviest = heaviestLive(judge);
    Optional<Claim> claim = judge.valued ? Optional.<Claim>empty()
        : heaviest < 0 ? Judgement.keyClaim(judge.key) : Optional.of(retarget(judge, judge.value[heaviest]));
    if (denied) {
      double d = side(judge, Stance.OPPOSES, Stance.OPPOSES);
      return new Verdict(judge.key, claim, VerdictStatus.REFUTED, d, VerdictExplanation.of(judge));
    }
    return new Verdict(judge.key, claim, VerdictStatus.UNVERIFIED, 0, VerdictExplanation.of(judge));
  }

  private static int heaviestLive(Judgement judge) {
    int best = -1;
    for (int p = 0; p < judge.n; p++) {
      if (judge.counts(p) && (best < 0 || judge.weight[p] > judge.weight[best])) {
        best = p;
      }
    }
    return best;
  }

  /** A cluster is held: accepted with the status its support and opposition give, or refuted. */
  static Verdict held(Judgement judge, Judgement.Choice choice) {
    int h = choice.held();
    for (int p = 0; p < judge.n; p++) {
      judge.stance[p] = stanceTowards(judge, p, h);
    }
    double s = side(judge, Stance.SUPPORTS, Stance.SUPPORTS);
    double o = side(judge, Stance.OPPOSES, Stance.DOUBTS);
    judge.heldValue = choice.refuted() ? judge.merged.get(h) : heldValue(judge, choice);
    Claim claim = retarget(judge, judge.heldValue);
    if (choice.refuted()) {
      double d = ValueClusters.combined(judge, Stance.OPPOSES, h, true);
      return new Verdict(judge.key, Optional.of(claim), VerdictStatus.REFUTED, clamp(d * (1 - s)),
          VerdictExplanation.of(judge), supportingValues(judge));
    }
    VerdictStatus status;
    if (s == 0) {
      status = VerdictStatus.UNVERIFIED;
    } else if (o > 0) {
      status = VerdictStatus.CONTESTED;
    } else {
      status = independentSupporters(judge) >= 2 ? VerdictStatus.CORROBORATED : VerdictStatus.UNCONTESTED;
    }
    double confidence = status == VerdictStatus.UNVERIFIED ? 0 : clamp(s * (1 - o));
    return new Verdict(judge.key, Optional.of(claim), status, confidence, VerdictExplanation.of(judge),
        supportingValues(judge));
  }

  /**
   * Returns the value held of an accepted cluster: the deciding statement's own value for the
   * methods that decide by one statement; for a quantity, the supporter's range
   * {@link HeldQuantity} chooses; else what the cluster's values agree on.
   */
  private static Claim heldValue(Judgement judge, Judgement.Choice choice) {
    if (choice.decider() >= 0) {
      return judge.value[choice.decider()];
    }
    if (judge.key.type() != ClaimType.QUANTITY) {
      return judge.merged.get(choice.held());
    }
    List<Claim.Quantity> supporters = new ArrayList<>();
    double[] weights = new double[judge.n];
    for (int p = 0; p < judge.n; p++) {
      if (judge.stance[p] == Stance.SUPPORTS) {
        weights[supporters.size()] = judge.weight[p];
        supporters.add((Claim.Quantity) judge.value[p]);
      }
    }
    return HeldQuantity.choose(supporters, Arrays.copyOf(weights, supporters.size()));
  }

  /** Returns the values the supporters stated, in canonical order, for a question of values; else empty. */
  private static List<Claim> supportingValues(Judgement judge) {
    if (!judge.valued) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Claim> values = ImmutableList.builder();
    for (int p = 0; p < judge.n; p++) {
      if (judge.stance[p] == Stance.SUPPORTS) {
        values.add(retarget(judge, judge.value[p]));
      }
    }
    return values.build();
  }

  /** Returns the stance of an entry that does not count: superseded, outdated, or implied and not counted. */
  private static Stance setAside(Judgement judge, int p) {
    if (!judge.live(p)) {
      return Stance.SUPERSEDED;
    }
    return judge.silenced[p] ? Stance.NEUTRAL : Stance.OUTDATED;
  }

  private static Stance stanceTowards(Judgement judge, int p, int h) {
    if (!judge.counts(p)) {
      return setAside(judge, p);
    }
    Polarity polarity = judge.polarity(p);
    if (polarity == Polarity.POSITIVE) {
      return judge.cluster[p] == h ? Stance.SUPPORTS : Stance.OPPOSES;
    }
    if (!judge.compatible(judge.merged.get(h), judge.value[p])) {
      return Stance.NEUTRAL;
    }
    return polarity == Polarity.NEGATIVE ? Stance.OPPOSES : Stance.DOUBTS;
  }

  /** Combines, noisy-or, each claimant's heaviest entry of the given stances. */
  private static double side(Judgement judge, Stance one, Stance other) {
    return judge.noisyOr(p -> judge.stance[p] == one || judge.stance[p] == other);
  }

  private static int independentSupporters(Judgement judge) {
    int count = 0;
    SourceId last = null;
    for (int p = 0; p < judge.n; p++) {
      SourceId source = judge.at(p).source();
      if (judge.stance[p] == Stance.SUPPORTS && judge.weight[p] > 0 && !source.equals(Source.EDITOR)
          && !source.equals(last)) {
        count++;
        last = source;
      }
    }
    return count;
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  /** Returns the claim about the key's event, when it was stated about an event merged into it. */
  private static Claim retarget(Judgement judge, Claim claim) {
    return Values.retargeted(claim, false, judge.key);
  }
}
