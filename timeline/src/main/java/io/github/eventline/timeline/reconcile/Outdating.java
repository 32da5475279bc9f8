package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Polarity;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 2, later and stronger outdates earlier. On one question, an assertion is <em>outdated</em>
 * when, after it was stated:
 *
 * <ul>
 *   <li>assertions of other claimants for one rival value together weigh more than it does (their
 *       combined weight as independent voices, {@code 1 - (1 - w1)(1 - w2)...} over each
 *       claimant's heaviest), or
 *   <li>it was hedged (probable, possible, underspecified, or uncommitted) and a later certain
 *       assertion of a rival value settles the question. An uncommitted statement ("no
 *       information") is settled by any later certain statement; a probable or possible one by the
 *       hedging claimant's own later certain statement (an operator's noncommittal wording, then
 *       its admission), or by another claimant's that weighs at least as much as the hedged
 *       assertion: a hedge gives way to a voice at least as strong as the hedged one, not to any
 *       voice that sounds sure (a weaker party's flat denial does not settle two governments'
 *       "probably").
 * </ul>
 *
 * <p>A rival of a positive assertion is a positive assertion in another cluster of compatible
 * values, or a denial of a value compatible with its own; a rival of a denial is a positive
 * assertion of a value compatible with the one denied. An uncommitted statement outdates nothing
 * and is settled by a later certain statement, for or against, of a value it speaks of. Two
 * denials are never rivals. So compatible earlier values keep supporting, and two equal sides
 * answering each other stay contested: the last word does not win by being last.
 *
 * <p>"After" is strict and is read on the stated bounds: {@code q} comes after {@code p} if
 * {@code q} cannot have been stated before {@code p} ended (its earliest start is at or after
 * {@code p}'s latest end) and ends later. Two statements of the same day are not after one another;
 * nor are overlapping fuzzy ones. An entry with no stated time (the modeller's own fields, a source
 * with no date) never outdates and is never outdated. The time that counts is the claimant's
 * statement, not when a relay repeated it.
 *
 * <p>Only later assertions that are not themselves outdated count: the entries are decided from
 * the latest to the earliest, so a claim overtaken and then restored by stronger evidence keeps
 * its earliest supporters. One sort by stated time and one sweep with running weights per rival
 * value: {@code O(n log n + n k)} for {@code n} entries and {@code k} clusters of compatible values,
 * never a loop over pairs. Sums compare with a tolerance of {@value #TOLERANCE}, so that equal
 * weights stay equal whatever the rounding. Not instantiable; thread-safe.
 */
public final class Outdating {

  /** How much more the rivals must weigh than an assertion to outdate it: rounding, no more. */
  public static final double TOLERANCE = 1e-9;

  private Outdating() {}

  /** What the sweep reads of the entries of one question, by position. */
  public interface Entries {
    /** @return the number of entries */
    int size();

    /**
     * @param p  a position
     * @return false for an entry that takes no part: superseded, refined, or its claimant speaks for itself
     */
    boolean takesPart(int p);

    /**
     * @param p  a position
     * @return when it was stated, null if unknown
     */
    TimeBounds stated(int p);

    /**
     * @param p  a position
     * @return its weight
     */
    double weight(int p);

    /**
     * @param p  a position
     * @return its claimant: equal numbers for one claimant
     */
    int claimant(int p);

    /**
     * @param p  a position
     * @return its polarity
     */
    Polarity polarity(int p);

    /**
     * @param p  a position
     * @return true if stated as certain and committed
     */
    boolean isCertain(int p);

    /**
     * @param p  a position
     * @return true if stated as uncommitted (the source says it does not know)
     */
    boolean isUncommitted(int p);

    /**
     * @param p  a position of a positive entry
     * @return its cluster of compatible values, in [0, clusters)
     */
    int cluster(int p);

    /**
     * @param p  a position of a denial or an uncommitted entry
     * @param c  a cluster
     * @return true if its value meets the cluster's
     */
    boolean meets(int p, int c);
  }

  /**
   * Checks if an entry of a question may be outdated at all: at least two entries with a stated
   * time take part, and they are not all positive answers in one cluster of compatible values
   * (positive answers to a yes-or-no question are one cluster). A question that fails this check
   * needs neither clustering nor the sweep.
   *
   * @param dated  how many entries with a stated time take part
   * @param allPositive  true if all of them are positive
   * @param clusters  the number of clusters of compatible positive values, or more if not known yet
   * @return true if {@link #find} may find something
   */
  public static boolean mayOutdate(int dated, boolean allPositive, int clusters) {
    return dated >= 2 && !(allPositive && clusters <= 1);
  }

  /**
   * Finds the outdated entries.
   *
   * @param entries  the entries, not null
   * @param clusters  the number of clusters of compatible positive values (at least 1 for a yes-or-no question)
   * @param outdatedBy  filled: per position, the entry that outdated it, or -1; as long as the entries
   * @param settled  filled: per position, true if outdated as a hedge settled (not by weight)
   * @return the number of entries outdated
   */
  public static int find(Entries entries, int clusters, int[] outdatedBy, boolean[] settled) {
    int n = entries.size();
    Arrays.fill(outdatedBy, 0, n, -1);
    Arrays.fill(settled, 0, n, false);
    List<Integer> dated = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (entries.takesPart(p) && entries.stated(p) != null) {
        dated.add(p);
      }
    }
    if (dated.size() < 2) {
      return 0;
    }
    Integer[] byEnd = dated.toArray(new Integer[0]);
    Integer[] byStart = byEnd.clone();
    Arrays.sort(byEnd, Comparator.<Integer, java.time.Instant>comparing(p -> entries.stated(p).latestEnd()).reversed()
        .thenComparing(Comparator.naturalOrder()));
    Arrays.sort(byStart, Comparator.<Integer, java.time.Instant>comparing(p -> entries.stated(p).earliestStart()).reversed()
        .thenComparing(Comparator.naturalOrder()));
    Side[] positive = new Side[clusters];
    Side[] denial = new Side[clusters];
    for (int c = 0; c < clusters; c++) {
      positive[c] = new Side();
      denial[c] = new Side();
    }
    int outdated = 0;
    int next = 0;
    List<Integer> pending = new ArrayList<>();
    for (int g = 0; g < byEnd.length; ) {
      java.time.Instant end = entries.stated(byEnd[g]).latestEnd();
      // Every entry stated at or after this end is decided: it ends later, or is an instant at it.
      while (next < byStart.length && entries.stated(byStart[next]).earliestStart().compareTo(end) >= 0) {
        int q = byStart[next++];
        if (entries.stated(q).latestEnd().compareTo(end) > 0) {
          add(entries, q, outdatedBy, positive, denial);
        } else {
          pending.add(q);
        }
      }
      int h = g;
      while (h < byEnd.length && entries.stated(byEnd[h]).latestEnd().equals(end)) {
        int p = byEnd[h++];
        if (decide(entries, p, positive, denial, outdatedBy, settled)) {
          outdated++;
        }
      }
      for (int q : pending) {
        add(entries, q, outdatedBy, positive, denial);
      }
      pending.clear();
      g = h;
    }
    return outdated;
  }

  private static void add(Entries entries, int q, int[] outdatedBy, Side[] positive, Side[] denial) {
    if (outdatedBy[q] >= 0) {
      return;
    }
    Polarity polarity = entries.polarity(q);
    if (polarity == Polarity.POSITIVE) {
      positive[entries.cluster(q)].add(q, entries.claimant(q), entries.weight(q), entries.isCertain(q));
    } else if (polarity == Polarity.NEGATIVE) {
      for (int c = 0; c < denial.length; c++) {
        if (entries.meets(q, c)) {
          denial[c].add(q, entries.claimant(q), entries.weight(q), entries.isCertain(q));
        }
      }
    }
  }

  /** Decides one entry against the later ones added so far; returns true if outdated. */
  private static boolean decide(Entries entries, int p, Side[] positive, Side[] denial, int[] outdatedBy, boolean[] settled) {
    Polarity polarity = entries.polarity(p);
    int claimant = entries.claimant(p);
    boolean hedged = !entries.isCertain(p);
    double heaviest = entries.weight(p) + TOLERANCE;
    int byWeight = -1;
    int bySettling = -1;
    for (int c = 0; c < positive.length; c++) {
      Side[] rivals;
      if (polarity == Polarity.POSITIVE) {
        int own = entries.cluster(p);
        rivals = c == own ? new Side[] {denial[c]} : new Side[] {positive[c]};
      } else if (entries.meets(p, c)) {
        // A denial's rivals are the values it denies; a doubt's, anything said of what it doubts.
        rivals = polarity == Polarity.NEGATIVE ? new Side[] {positive[c]} : new Side[] {positive[c], denial[c]};
      } else {
        continue;
      }
      for (Side side : rivals) {
        if (polarity != Polarity.UNKNOWN) {
          double w = side.combinedWithout(claimant);
          if (w > heaviest) {
            heaviest = w;
            byWeight = side.heaviestBesides(claimant);
          }
        }
        int settler = hedged ? side.settlerOf(entries, p, claimant) : -1;
        if (settler >= 0 && (bySettling < 0 || Side.better(entries, settler, bySettling))) {
          bySettling = settler;
        }
      }
    }
    if (byWeight >= 0) {
      outdatedBy[p] = byWeight;
      return true;
    }
    if (bySettling >= 0) {
      outdatedBy[p] = bySettling;
      settled[p] = true;
      return true;
    }
    return false;
  }

  /** The running weights of the later assertions for one rival value. */
  private static final class Side {
    private final Map<Integer, Double> voice = new HashMap<>();
    /** The sum of log(1 - v) over the voices below 1, and how many voices are 1. */
    private double logNone;
    private int ones;
    private int top = -1;
    private int topClaimant;
    private double topWeight;
    /** The heaviest entry of a claimant other than {@link #top}'s. */
    private int second = -1;
    private double secondWeight;
    private int heaviestCertain = -1;
    private double certainWeight;
    /** Each claimant's heaviest certain entry. */
    private final Map<Integer, Integer> certainOf = new HashMap<>();

    void add(int q, int claimant, double w, boolean certain) {
      double old = voice.getOrDefault(claimant, 0.0);
      if (w > old) {
        remove(old);
        voice.put(claimant, w);
        if (w >= 1) {
          ones++;
        } else {
          logNone += Math.log1p(-w);
        }
      }
      if (top < 0 || w > topWeight || w == topWeight && q < top) {
        if (top >= 0 && claimant != topClaimant) {
          second = top;
          secondWeight = topWeight;
        }
        top = q;
        topClaimant = claimant;
        topWeight = w;
      } else if (claimant != topClaimant && (second < 0 || w > secondWeight || w == secondWeight && q < second)) {
        second = q;
        secondWeight = w;
      }
      if (certain && (heaviestCertain < 0 || w > certainWeight || w == certainWeight && q < heaviestCertain)) {
        heaviestCertain = q;
        certainWeight = w;
      }
      if (certain) {
        certainOf.merge(claimant, q, (a, b) -> a < b ? a : b);
      }
    }

    /**
     * Returns the later certain entry of this side that settles a hedged entry, or -1: for an
     * uncommitted entry the heaviest; else the heaviest if it weighs at least as much as the hedged
     * entry, failing which the hedging claimant's own.
     */
    int settlerOf(Entries entries, int p, int claimant) {
      if (heaviestCertain < 0) {
        return -1;
      }
      if (entries.isUncommitted(p) || certainWeight + TOLERANCE >= entries.weight(p)) {
        return heaviestCertain;
      }
      return certainOf.getOrDefault(claimant, -1);
    }

    private void remove(double v) {
      if (v >= 1) {
        ones--;
      } else if (v > 0) {
        logNone -= Math.log1p(-v);
      }
    }

    /** The combined weight of the voices but a claimant's. */
    double combinedWithout(int claimant) {
      Double own = voice.get(claimant);
      if (voice.isEmpty() || own != null && voice.size() == 1) {
        return 0;
      }
      if (voice.size() == (own == null ? 1 : 2)) {
        // One voice: its weight exactly.
        return claimant == topClaimant ? secondWeight : topWeight;
      }
      double log = logNone;
      int o = ones;
      if (own != null) {
        if (own >= 1) {
          o--;
        } else {
          log -= Math.log1p(-own);
        }
      }
      return o > 0 ? 1 : -Math.expm1(log);
    }

    int heaviestBesides(int claimant) {
      return claimant == topClaimant ? second : top;
    }

    static boolean better(Entries entries, int q, int r) {
      double a = entries.weight(q);
      double b = entries.weight(r);
      return a > b || a == b && q < r;
    }
  }
}
