package io.github.eventline.benchmarks;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reconciliation written plainly, the baseline of {@link ReconciliationBenchmark}: the same job as
 * the library's, with hash maps and lists, leaving out only the rules that compare values.
 *
 * <ol>
 *   <li>supersession: a map from each superseded or retracted assertion to the one replacing it;
 *   <li>duplicates: the same-as claims weighed first, and each accepted one merging its events
 *       (union-find); every key then names the smallest id of its events' class;
 *   <li>a hash group-by of every assertion under its (merged) claim key, beside the editor's fields
 *       and an occurred key per event; a positive claim other than occurred also goes, as an
 *       implied support, to the occurred key of each of its events;
 *   <li>a verdict per key: the entries sorted by claimant then id, each claimant's heaviest
 *       support and heaviest opposition combined as independent voices (noisy-or), an implied
 *       support left out where its claimant answers the question itself, and an explanation entry
 *       per assertion with its stance and weight.
 * </ol>
 *
 * <p>Left out, because they compare values: the clustering of compatible values (timings,
 * figures, places), outdating, links and the choice of the value held. Not instantiable.
 */
public final class PlainReconciliation {

  /** How an entry bears on its question. */
  public enum Stance {
    /** States the claim. */
    SUPPORTS,
    /** Denies it. */
    OPPOSES,
    /** Uncommitted. */
    DOUBTS,
    /** Replaced or retracted by its own source. */
    SUPERSEDED,
    /** An implied support of a claimant that answers the question itself. */
    NEUTRAL
  }

  /**
   * One assertion in the explanation of a verdict.
   *
   * @param assertion  the assertion
   * @param stance  how it bears on the question
   * @param weight  reliability x certainty x the relay discount per relay
   */
  public record Entry(Assertion assertion, Stance stance, double weight) {}

  /**
   * The verdict on one question.
   *
   * @param support  the combined support
   * @param opposition  the combined opposition
   * @param explanation  every assertion on the question, by claimant then id
   */
  public record Verdict(double support, double opposition, List<Entry> explanation) {}

  private static final Comparator<Entry> CANONICAL = Comparator
      .comparing((Entry e) -> e.assertion().source().value())
      .thenComparing(e -> e.assertion().id().value())
      .thenComparing(e -> e.stance() == Stance.NEUTRAL);

  private PlainReconciliation() {}

  /**
   * Reconciles a story plainly.
   *
   * @param story  the story
   * @param policy  where the weights come from
   * @return the verdict on each question
   */
  public static Map<ClaimKey, Verdict> reconcile(Story story, ReconciliationPolicy policy) {
    Map<SourceId, Double> reliability = new HashMap<>();
    for (Source s : story.sources()) {
      reliability.put(s.id(), s.reliability().orElse(policy.defaultReliability()));
    }
    Map<AssertionId, AssertionId> supersededBy = supersessions(story);
    Map<EventId, EventId> canonical = mergedEvents(story, policy, reliability, supersededBy);

    Map<ClaimKey, List<Entry>> groups = new HashMap<>(4 * story.events().size() + 2 * story.assertions().size());
    Map<ClaimKey, List<Entry>> implied = new HashMap<>();
    for (Event e : story.events()) {
      groups.computeIfAbsent(ClaimKey.occurred(canonical.getOrDefault(e.id(), e.id())), k -> new ArrayList<>(2));
    }
    for (Event e : story.events()) {
      for (Assertion a : editorClaims(e)) {
        add(groups, canonical(a.claim().key(), canonical), new Entry(a, Stance.SUPPORTS, policy.editorReliability()));
      }
    }
    for (Assertion a : story.assertions()) {
      Factuality f = a.factuality();
      double w = reliability.getOrDefault(a.source(), policy.defaultReliability())
          * policy.certaintyFactor(f.certainty())
          * Math.pow(policy.relayDiscount(), a.via().size())
          * (f.isUncommitted() ? policy.uncommittedFactor() : 1);
      Stance stance = supersededBy.containsKey(a.id()) ? Stance.SUPERSEDED
          : f.polarity() == Polarity.POSITIVE ? Stance.SUPPORTS
          : f.polarity() == Polarity.NEGATIVE ? Stance.OPPOSES : Stance.DOUBTS;
      Claim claim = a.claim();
      add(groups, canonical(claim.key(), canonical), new Entry(a, stance, w));
      if (f.polarity() == Polarity.POSITIVE && claim.type() != ClaimType.OCCURRED && claim.type() != ClaimType.SAME_AS) {
        Entry support = new Entry(a, stance, w);
        add(implied, ClaimKey.occurred(canonical.getOrDefault(claim.event(), claim.event())), support);
        if (claim instanceof Claim.Relation r) {
          add(implied, ClaimKey.occurred(canonical.getOrDefault(r.other(), r.other())), support);
        }
      }
    }
    Map<ClaimKey, Verdict> verdicts = new HashMap<>(2 * groups.size());
    groups.forEach((key, entries) -> verdicts.put(key, verdict(entries, implied.get(key))));
    return verdicts;
  }

  private static void add(Map<ClaimKey, List<Entry>> groups, ClaimKey key, Entry entry) {
    groups.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
  }

  /** The entries sorted by claimant then id; each claimant's heaviest support and opposition combined. */
  private static Verdict verdict(List<Entry> stated, List<Entry> implied) {
    List<Entry> entries = stated;
    if (implied != null) {
      entries = new ArrayList<>(stated.size() + implied.size());
      entries.addAll(stated);
      for (Entry e : implied) {
        boolean answers = false;
        for (Entry s : stated) {
          answers |= s.assertion().source().equals(e.assertion().source());
        }
        entries.add(answers ? new Entry(e.assertion(), Stance.NEUTRAL, e.weight()) : e);
      }
    }
    entries.sort(CANONICAL);
    double noSupport = 1;
    double noOpposition = 1;
    double support = 0;
    double opposition = 0;
    SourceId claimant = null;
    for (Entry e : entries) {
      if (!e.assertion().source().equals(claimant)) {
        noSupport *= 1 - support;
        noOpposition *= 1 - opposition;
        support = 0;
        opposition = 0;
        claimant = e.assertion().source();
      }
      if (e.stance() == Stance.SUPPORTS) {
        support = Math.max(support, e.weight());
      } else if (e.stance() == Stance.OPPOSES) {
        opposition = Math.max(opposition, e.weight());
      }
    }
    noSupport *= 1 - support;
    noOpposition *= 1 - opposition;
    return new Verdict(1 - noSupport, 1 - noOpposition, entries);
  }

  private static Map<AssertionId, AssertionId> supersessions(Story story) {
    Map<AssertionId, AssertionId> supersededBy = new HashMap<>();
    Map<AssertionId, SourceId> retracted = new HashMap<>();
    for (Assertion a : story.assertions()) {
      for (AssertionId earlier : a.supersedes()) {
        supersededBy.put(earlier, a.id());
      }
      for (AssertionLink link : a.links()) {
        if (link.type() == LinkType.RETRACTS) {
          retracted.put(link.assertion(), a.source());
          supersededBy.put(link.assertion(), a.id());
        }
      }
    }
    if (!retracted.isEmpty()) {
      // a retraction counts only for the claimant's own statement
      for (Assertion a : story.assertions()) {
        SourceId by = retracted.get(a.id());
        if (by != null && !by.equals(a.source())) {
          supersededBy.remove(a.id());
        }
      }
    }
    return supersededBy;
  }

  /** The same-as claims weighed; each accepted one merges its events; the smallest id names the class. */
  private static Map<EventId, EventId> mergedEvents(
      Story story, ReconciliationPolicy policy, Map<SourceId, Double> reliability, Map<AssertionId, AssertionId> supersededBy) {
    Map<ClaimKey, double[]> sameAs = new HashMap<>();
    for (Assertion a : story.assertions()) {
      if (a.claim().type() == ClaimType.SAME_AS && !supersededBy.containsKey(a.id())) {
        double w = reliability.getOrDefault(a.source(), policy.defaultReliability())
            * policy.certaintyFactor(a.factuality().certainty());
        double[] sums = sameAs.computeIfAbsent(a.claim().key(), k -> new double[2]);
        sums[a.factuality().polarity() == Polarity.NEGATIVE ? 1 : 0] += a.factuality().polarity() == Polarity.UNKNOWN ? 0 : w;
      }
    }
    Map<EventId, EventId> parent = new HashMap<>();
    sameAs.forEach((key, sums) -> {
      if (sums[0] > sums[1]) {
        EventId x = find(parent, key.event());
        EventId y = find(parent, key.other().orElseThrow());
        if (!x.equals(y)) {
          parent.put(x.compareTo(y) < 0 ? y : x, x.compareTo(y) < 0 ? x : y);
        }
      }
    });
    Map<EventId, EventId> canonical = new HashMap<>();
    for (EventId e : parent.keySet()) {
      EventId root = find(parent, e);
      if (!root.equals(e)) {
        canonical.put(e, root);
      }
    }
    return canonical;
  }

  private static EventId find(Map<EventId, EventId> parent, EventId e) {
    EventId root = e;
    for (EventId p = parent.get(root); p != null; p = parent.get(root)) {
      root = p;
    }
    return root;
  }

  private static ClaimKey canonical(ClaimKey key, Map<EventId, EventId> canonical) {
    if (canonical.isEmpty() || key.type() == ClaimType.SAME_AS) {
      return key;
    }
    EventId e = canonical.getOrDefault(key.event(), key.event());
    Optional<EventId> o = key.other().map(x -> canonical.getOrDefault(x, x));
    return new ClaimKey(key.type(), e, o, key.actor(), key.measure());
  }

  /** The modeller's fields on an event, as the editor's claims. */
  private static List<Assertion> editorClaims(Event e) {
    List<Assertion> claims = new ArrayList<>(2 + e.participants().size());
    e.when().ifPresent(when -> claims.add(
        Assertion.builder(AssertionId.of("editor:when:" + e.id()), Source.EDITOR, new Claim.Timing(e.id(), when)).build()));
    e.place().ifPresent(place -> claims.add(
        Assertion.builder(AssertionId.of("editor:place:" + e.id()), Source.EDITOR, new Claim.Location(e.id(), place)).build()));
    for (Participant p : e.participants()) {
      claims.add(Assertion.builder(AssertionId.of("editor:participant:" + e.id() + ":" + p.actor()), Source.EDITOR,
          new Claim.Participation(e.id(), p.actor(), p.role())).build());
    }
    return claims;
  }
}
