package io.github.eventline.benchmarks;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.HashMap;
import java.util.Map;

/**
 * Reconciliation written plainly, the baseline of {@link ReconciliationBenchmark}: one hash
 * group-by over claim keys, adding up each assertion's weight (source reliability x certainty x a
 * discount per relay, as the policy sets them) as support or opposition. The event fields count as
 * the editor's claims and every event gets its occurred key, as in the library, so both sides
 * answer the same questions. No supersession, duplicates, independence of claimants or values.
 *
 * <p>Not instantiable.
 */
public final class PlainReconciliation {

  private PlainReconciliation() {}

  /**
   * Groups a story's claims by key and sums their support and opposition.
   *
   * @param story  the story
   * @param policy  where the weights come from
   * @return for each claim key, {support, opposition}
   */
  public static Map<ClaimKey, double[]> supportAndOpposition(Story story, ReconciliationPolicy policy) {
    Map<SourceId, Double> reliability = new HashMap<>();
    for (Source s : story.sources()) {
      reliability.put(s.id(), s.reliability().orElse(policy.defaultReliability()));
    }
    Map<ClaimKey, double[]> groups = new HashMap<>(4 * story.events().size() + 2 * story.assertions().size());
    double editor = policy.editorReliability();
    for (Event e : story.events()) {
      groups.computeIfAbsent(ClaimKey.occurred(e.id()), k -> new double[2]);
      if (e.when().isPresent()) {
        groups.computeIfAbsent(new Claim.Timing(e.id(), e.when().get()).key(), k -> new double[2])[0] += editor;
      }
      if (e.place().isPresent()) {
        groups.computeIfAbsent(new Claim.Location(e.id(), e.place().get()).key(), k -> new double[2])[0] += editor;
      }
      for (Participant p : e.participants()) {
        groups.computeIfAbsent(new Claim.Participation(e.id(), p.actor(), p.role()).key(), k -> new double[2])[0] +=
            editor;
      }
    }
    for (Assertion a : story.assertions()) {
      Factuality f = a.factuality();
      double w = reliability.getOrDefault(a.source(), policy.defaultReliability())
          * policy.certaintyFactor(f.certainty())
          * Math.pow(policy.relayDiscount(), a.via().size());
      double[] group = groups.computeIfAbsent(a.claim().key(), k -> new double[2]);
      if (f.polarity() == Polarity.POSITIVE) {
        group[0] += w;
      } else if (f.polarity() == Polarity.NEGATIVE) {
        group[1] += w;
      }
    }
    return groups;
  }
}
