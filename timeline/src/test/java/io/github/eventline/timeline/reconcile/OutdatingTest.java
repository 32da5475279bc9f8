package io.github.eventline.timeline.reconcile;

import static io.github.eventline.timeline.reconcile.Stories.E1;
import static io.github.eventline.timeline.reconcile.Stories.day;
import static io.github.eventline.timeline.reconcile.Stories.entry;
import static io.github.eventline.timeline.reconcile.Stories.figure;
import static io.github.eventline.timeline.reconcile.Stories.ids;
import static io.github.eventline.timeline.reconcile.Stories.quantityKey;
import static io.github.eventline.timeline.reconcile.Stories.says;
import static io.github.eventline.timeline.reconcile.Stories.story;
import static io.github.eventline.timeline.reconcile.Stories.timingKey;
import static io.github.eventline.timeline.reconcile.Stories.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rule 2: later and stronger outdates earlier. */
class OutdatingTest {

  private static final ClaimKey DEATHS = quantityKey(E1);
  private static final ClaimKey OCCURRED = ClaimKey.occurred(E1);

  @Test
  void aLaterStrongerFigure_outdatesAnEarlierWeakerOne() {
    // A company's early figure, then a government group's final estimate.
    Story s = story(0.5, 0.9)
        .assertion(
            says("early", "s1", figure(E1, 1_000, 1_000)).stated(day("2010-04-28")).build(),
            says("final", "s2", figure(E1, 5_000, 5_000)).stated(day("2010-08-02")).build())
        .build();

    Verdict v = verdict(s, DEATHS);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.value()).contains(figure(E1, 5_000, 5_000));
    assertThat(entry(v, "early").stance()).isEqualTo(Stance.OUTDATED);
    assertThat(entry(v, "early").outdatedBy()).contains(AssertionId.of("final"));
    assertThat(entry(v, "early").isCounted()).isFalse();
    assertThat(entry(v, "early").reason()).startsWith("outdated: outdated by final: later statements of a rival value weigh more;");
  }

  @Test
  void aLaterWeakDenial_doesNotOutdateAnInvestigationsFinding() {
    Story s = story(0.9, 0.3)
        .assertion(
            says("finding", "s1", new Claim.Occurred(E1)).stated(day("2021-03-01")).build(),
            says("denial", "s2", new Claim.Occurred(E1)).factuality(Factuality.DENIED).stated(day("2021-03-05")).build())
        .build();

    Verdict v = verdict(s, OCCURRED);

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(ids(v.support())).containsExactly("finding");
    assertThat(ids(v.opposition())).containsExactly("denial");
    assertThat(v.outdated()).isEmpty();
  }

  @Test
  void twoEqualSidesAnsweringEachOther_stayContested() {
    Story s = story(0.7, 0.7)
        .assertion(
            says("yes1", "s1", new Claim.Occurred(E1)).stated(day("2024-01-01")).build(),
            says("no", "s2", new Claim.Occurred(E1)).factuality(Factuality.DENIED).stated(day("2024-01-02")).build(),
            says("yes2", "s1", new Claim.Occurred(E1)).stated(day("2024-01-03")).build())
        .build();

    Verdict v = verdict(s, OCCURRED);

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.outdated()).isEmpty();
  }

  @Test
  void equalReliability_laterRivalAlone_doesNotOutdate() {
    Story s = story(0.6, 0.6)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).stated(day("2024-01-01")).build(),
            says("b", "s2", figure(E1, 200, 200)).stated(day("2024-02-01")).build())
        .build();

    Verdict v = verdict(s, DEATHS);

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.outdated()).isEmpty();
  }

  @Test
  void laterVoicesTogether_outdateWhatNoneOutweighsAlone() {
    // 1 - 0.5 x 0.5 = 0.75 > 0.7: a regulator's raised rating, confirmed by a second body.
    Story s = story(0.7, 0.5, 0.5)
        .assertion(
            says("first", "s1", figure(E1, 5, 5)).stated(day("2011-03-12")).build(),
            says("raised", "s2", figure(E1, 7, 7)).stated(day("2011-04-12")).build(),
            says("confirmed", "s3", figure(E1, 7, 7)).stated(day("2011-04-13")).build())
        .build();

    Verdict v = verdict(s, DEATHS);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.value()).contains(figure(E1, 7, 7));
    assertThat(entry(v, "first").outdatedBy()).contains(AssertionId.of("raised"));
  }

  @Test
  void aHedgedClaim_isSettledByALaterCertainRival_asStrongAsTheHedge() {
    // An official's "it probably worked" (0.8 x probable 0.75 = 0.6), then the operator's "it failed" (0.6).
    Story s = story(0.8, 0.6)
        .assertion(
            says("probably", "s1", new Claim.Occurred(E1)).factuality(Factuality.PROBABLE).stated(day("2010-05-27")).build(),
            says("failed", "s2", new Claim.Occurred(E1)).factuality(Factuality.DENIED).stated(day("2010-05-29")).build())
        .build();

    Verdict v = verdict(s, OCCURRED);

    assertThat(v.status()).isEqualTo(VerdictStatus.REFUTED);
    assertThat(entry(v, "probably").stance()).isEqualTo(Stance.OUTDATED);
    assertThat(entry(v, "probably").reason()).startsWith("outdated: outdated by failed: a later certain statement settles what it hedged;");
  }

  @Test
  void aHedgedClaim_isNotSettledByALaterCertainRivalWeakerThanTheHedge() {
    // Two governments' "probably a missile" (0.7 x 0.75 = 0.525 each), then a weaker body's flat denial (0.5).
    Story s = story(0.7, 0.7, 0.5)
        .assertion(
            says("canada", "s1", new Claim.Occurred(E1)).factuality(Factuality.PROBABLE).stated(day("2020-01-09")).build(),
            says("uk", "s2", new Claim.Occurred(E1)).factuality(Factuality.PROBABLE).stated(day("2020-01-09")).build(),
            says("denial", "s3", new Claim.Occurred(E1)).factuality(Factuality.DENIED).stated(day("2020-01-10")).build())
        .build();

    Verdict v = verdict(s, OCCURRED);

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(entry(v, "canada").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(entry(v, "uk").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anUncommittedWording_isSettledByTheSameClaimantsLaterAdmission() {
    Story s = story(0.6)
        .assertion(
            says("vague", "s1", new Claim.Occurred(E1)).factuality(Factuality.UNCOMMITTED).stated(day("2024-01-01")).build(),
            says("admits", "s1", new Claim.Occurred(E1)).stated(day("2024-03-01")).build())
        .build();

    Verdict v = verdict(s, OCCURRED);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(ids(v.outdated())).containsExactly("vague");
  }

  @Test
  void aForecastDate_isOutdatedByTheReportedActualDate() {
    Story s = story(0.8, 0.8)
        .assertion(
            says("forecast", "s1", new Claim.Timing(E1, day("2024-10"))).factuality(Factuality.PROBABLE).stated(day("2024-06-01")).build(),
            says("actual", "s2", new Claim.Timing(E1, day("2024-11-02"))).stated(day("2024-11-03")).build())
        .build();

    Verdict v = verdict(s, timingKey(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.value()).contains(new Claim.Timing(E1, day("2024-11-02")));
    assertThat(ids(v.outdated())).containsExactly("forecast");
  }

  @Test
  void compatibleEarlierValues_keepSupporting() {
    Story s = story(0.5, 0.9)
        .assertion(
            says("month", "s1", new Claim.Timing(E1, day("2024-08"))).stated(day("2024-08-10")).build(),
            says("day", "s2", new Claim.Timing(E1, day("2024-08-06"))).stated(day("2024-09-01")).build())
        .build();

    Verdict v = verdict(s, timingKey(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(ids(v.support())).containsExactly("month", "day");
    assertThat(v.outdated()).isEmpty();
  }

  @Test
  void statementsOfTheSameDay_neverOutdateOneAnother() {
    Story s = story(0.3, 0.9)
        .assertion(
            says("weak", "s1", figure(E1, 100, 100)).stated(day("2024-01-01")).build(),
            says("strong", "s2", figure(E1, 200, 200)).stated(day("2024-01-01")).build())
        .build();

    assertThat(verdict(s, DEATHS).outdated()).isEmpty();
  }

  @Test
  void unstatedTimes_neverOutdateAndAreNeverOutdated() {
    // s3 has no date: neither before nor after anything.
    Story s = story(0.3, 0.9)
        .source(Source.builder("undated", "Undated").reliability(0.95).build())
        .assertion(
            says("weak", "s1", figure(E1, 100, 100)).stated(day("2024-01-01")).build(),
            says("undated-rival", "undated", figure(E1, 300, 300)).build(),
            says("strong", "s2", figure(E1, 200, 200)).stated(day("2024-02-01")).build())
        .build();

    Verdict v = verdict(s, DEATHS);

    assertThat(ids(v.outdated())).containsExactly("weak");
    assertThat(entry(v, "undated-rival").stance()).isNotEqualTo(Stance.OUTDATED);
  }

  @Test
  void relaysDiscountALaterRival_andTheClaimantsOwnDateCounts() {
    // 0.7 x 0.9^2 = 0.567 < 0.6: relayed twice, the later rival no longer outweighs.
    Story relayed = story(0.6, 0.7)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).stated(day("2024-01-01")).build(),
            says("b", "s2", figure(E1, 200, 200)).via("outlet1", "outlet2").stated(day("2024-02-01")).build())
        .build();
    Story direct = story(0.6, 0.7)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).stated(day("2024-01-01")).build(),
            says("b", "s2", figure(E1, 200, 200)).stated(day("2024-02-01")).build())
        .build();

    assertThat(verdict(relayed, DEATHS).outdated()).isEmpty();
    assertThat(ids(verdict(direct, DEATHS).outdated())).containsExactly("a");
  }

  @Test
  void asKnownAt_givesTheRecordAsItStoodOnEachSideOfARevision() {
    Story s = story(0.5, 0.9)
        .assertion(
            says("early", "s1", figure(E1, 1_000, 1_000)).stated(day("2010-04-28")).build(),
            says("final", "s2", figure(E1, 5_000, 5_000)).stated(day("2010-08-02")).build())
        .build();

    Verdict before = verdict(s.asKnownAt(Instant.parse("2010-08-01T00:00:00Z")), DEATHS);
    Verdict after = verdict(s.asKnownAt(Instant.parse("2010-08-03T00:00:00Z")), DEATHS);

    assertThat(before.value()).contains(figure(E1, 1_000, 1_000));
    assertThat(before.outdated()).isEmpty();
    assertThat(after.value()).contains(figure(E1, 5_000, 5_000));
    assertThat(ids(after.outdated())).containsExactly("early");
  }

  @Test
  void anOvertakenValueRestoredByStrongerEvidence_keepsItsEarlySupporters() {
    // a says 100; b (heavier) says 200 later; c (heavier still) says 100 after b: b is outdated,
    // and a, no longer overtaken by anything standing, supports again.
    Story s = story(0.5, 0.7, 0.9)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).stated(day("2024-01-01")).build(),
            says("b", "s2", figure(E1, 200, 200)).stated(day("2024-02-01")).build(),
            says("c", "s3", figure(E1, 100, 100)).stated(day("2024-03-01")).build())
        .build();

    Verdict v = verdict(s, DEATHS);

    assertThat(ids(v.outdated())).containsExactly("b");
    assertThat(ids(v.support())).containsExactly("a", "c");
  }

  @Test
  void aLargeQuestion_isSweptOnce_notComparedPairwise() {
    // 20,000 figures alternating between two rival values, each a little heavier than the last: the
    // last one's value stands, and every statement of the other is outdated. A loop over pairs
    // would read 400 million weights.
    int n = 20_000;
    int[] reads = new int[1];
    Outdating.Entries entries = new Outdating.Entries() {
      @Override public int size() {
        return n;
      }

      @Override public boolean takesPart(int p) {
        return true;
      }

      @Override public TimeBounds stated(int p) {
        return TimeBounds.on(java.time.LocalDate.of(2000, 1, 1).plusDays(p));
      }

      @Override public double weight(int p) {
        reads[0]++;
        return 0.1 + 0.8 * p / n;
      }

      @Override public int claimant(int p) {
        return p;
      }

      @Override public Polarity polarity(int p) {
        return Polarity.POSITIVE;
      }

      @Override public boolean isCertain(int p) {
        return true;
      }

      @Override public boolean isUncommitted(int p) {
        return false;
      }

      @Override public int cluster(int p) {
        return p % 2;
      }

      @Override public boolean meets(int p, int c) {
        return false;
      }
    };
    int[] by = new int[n];
    boolean[] settled = new boolean[n];

    int outdated = Outdating.find(entries, 2, by, settled);

    assertThat(outdated).isEqualTo(n / 2);
    assertThat(by[0]).isEqualTo(n - 1);
    assertThat(by[n - 2]).isEqualTo(n - 1);
    assertThat(by[1]).isEqualTo(-1);
    assertThat(by[n - 1]).isEqualTo(-1);
    assertThat(reads[0]).isLessThan(10 * n);
  }
}
