package io.github.eventline.timeline.reconcile;

import static io.github.eventline.timeline.reconcile.Stories.E1;
import static io.github.eventline.timeline.reconcile.Stories.E2;
import static io.github.eventline.timeline.reconcile.Stories.day;
import static io.github.eventline.timeline.reconcile.Stories.entry;
import static io.github.eventline.timeline.reconcile.Stories.ids;
import static io.github.eventline.timeline.reconcile.Stories.says;
import static io.github.eventline.timeline.reconcile.Stories.story;
import static io.github.eventline.timeline.reconcile.Stories.timingKey;
import static io.github.eventline.timeline.reconcile.Stories.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rule 4 across questions: a contradicts or corroborates link lends its claimant a voice on the linked question. */
class LinkedStatementsTest {

  private static final ClaimKey FAILURE = ClaimKey.occurred(E2);

  /** An early hedged attribution to a failure (e2), then an admission of a strike (e1) that contradicts it. */
  private static Story admission(double attributorReliability, double admitterReliability, LinkType type) {
    return story(attributorReliability, admitterReliability)
        .assertion(
            says("attribution", "s1", new Claim.Occurred(E2)).factuality(Factuality.PROBABLE).stated(day("2020-01-08")).build(),
            says("admission", "s2", new Claim.Occurred(E1)).stated(day("2020-01-11")).link(type, "attribution").build())
        .build();
  }

  @Test
  void contradicts_acrossQuestions_isTheLinkingClaimantsDenial_andALaterCertainOneSettlesTheHedge() {
    Verdict v = verdict(admission(0.5, 0.9, LinkType.CONTRADICTS), FAILURE);

    assertThat(v.status()).isEqualTo(VerdictStatus.REFUTED);
    assertThat(ids(v.opposition())).containsExactly("admission");
    assertThat(ids(v.outdated())).containsExactly("attribution");
    assertThat(entry(v, "attribution").outdatedBy()).contains(AssertionId.of("admission"));
    assertThat(entry(v, "admission").stance()).isEqualTo(Stance.OPPOSES);
    assertThat(entry(v, "admission").reason()).contains("contradicts attribution (a link from another question); denies the claim");
  }

  @Test
  void contradicts_asKnownBeforeTheLink_leavesTheAttributionStanding() {
    Story before = admission(0.5, 0.9, LinkType.CONTRADICTS).asKnownAt(Instant.parse("2020-01-10T00:00:00Z"));

    Verdict v = verdict(before, FAILURE);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(ids(v.support())).containsExactly("attribution");
    assertThat(ids(v.opposition())).isEmpty();
  }

  @Test
  void contradicts_ofADenial_lendsTheStatementItself() {
    Story s = story(0.6, 0.6)
        .assertion(
            says("denial", "s1", new Claim.Occurred(E2)).factuality(Factuality.DENIED).stated(day("2020-01-08")).build(),
            says("report", "s2", new Claim.Occurred(E1)).stated(day("2020-01-08")).link(LinkType.CONTRADICTS, "denial").build())
        .build();

    Verdict v = verdict(s, FAILURE);

    // Same day: nobody outdates anybody, two equal voices answer each other.
    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(ids(v.support())).containsExactly("report");
    assertThat(ids(v.opposition())).containsExactly("denial");
  }

  @Test
  void corroborates_acrossQuestions_isASecondVoice() {
    Story s = story(0.6, 0.6)
        .assertion(
            says("first", "s1", new Claim.Occurred(E2)).build(),
            says("second", "s2", new Claim.Occurred(E1)).link(LinkType.CORROBORATES, "first").build())
        .build();

    Verdict v = verdict(s, FAILURE);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(ids(v.support())).containsExactly("first", "second");
    assertThat(entry(v, "second").reason()).startsWith("supports: corroborates first (a link from another question); states the claim");
  }

  @Test
  void aClaimantThatAnswersTheQuestionItself_isNotCountedTwice() {
    Story s = story(0.5, 0.9)
        .assertion(
            says("attribution", "s1", new Claim.Occurred(E2)).factuality(Factuality.PROBABLE).stated(day("2020-01-08")).build(),
            says("own", "s2", new Claim.Occurred(E2)).factuality(Factuality.POSSIBLE).stated(day("2020-01-11")).build(),
            says("admission", "s2", new Claim.Occurred(E1)).stated(day("2020-01-11")).link(LinkType.CONTRADICTS, "attribution").build())
        .build();

    Verdict v = verdict(s, FAILURE);

    // s2's own hedged "possibly" speaks for it; the link's denial is shown, not counted.
    assertThat(entry(v, "admission").isCounted()).isFalse();
    assertThat(entry(v, "admission").reason()).contains("not counted: s2 answers this question itself");
    assertThat(ids(v.support())).containsExactly("attribution", "own");
  }

  @Test
  void noLentStatement_forAnUncommittedTarget_aRefinement_orALinkOnTheSameQuestion() {
    Assertion uncommitted = says("unsure", "s1", new Claim.Occurred(E2)).factuality(Factuality.UNCOMMITTED).build();
    Assertion linking = says("l", "s2", new Claim.Occurred(E1)).build();
    ClaimKey question = FAILURE;

    assertThat(LinkedStatements.lent(linking, new AssertionLink(LinkType.CONTRADICTS, uncommitted.id()), uncommitted, question, false))
        .isEmpty();
    Assertion positive = says("yes", "s1", new Claim.Occurred(E2)).build();
    assertThat(LinkedStatements.lent(linking, new AssertionLink(LinkType.REFINES, positive.id()), positive, question, false)).isEmpty();
    assertThat(LinkedStatements.lent(linking, new AssertionLink(LinkType.CONTRADICTS, positive.id()), positive, question, false))
        .hasValueSatisfying(lent -> {
          assertThat(lent.id()).isEqualTo(linking.id());
          assertThat(lent.claim()).isEqualTo(positive.claim());
          assertThat(lent.factuality().polarity()).isEqualTo(Polarity.NEGATIVE);
        });

    // On one question the link keeps the values apart, as before: no second entry of the linking assertion.
    Story same = story(0.6, 0.6)
        .assertion(
            says("a", "s1", new Claim.Occurred(E2)).build(),
            says("b", "s2", new Claim.Occurred(E2)).factuality(Factuality.DENIED).link(LinkType.CONTRADICTS, "a").build())
        .build();
    assertThat(verdict(same, FAILURE).explanation()).extracting(w -> w.assertion().value()).containsExactly("a", "b");
  }

  @Test
  void aTimingContradictedFromAnotherQuestion_noLongerDatesTheEventInTheTimeline() {
    Story s = story(0.3, 0.9)
        .assertion(
            says("date", "s1", new Claim.Timing(E2, day("2024-08-06"))).factuality(Factuality.POSSIBLE).stated(day("2024-08-07")).build(),
            says("correction", "s2", new Claim.Occurred(E1)).stated(day("2024-09-01")).link(LinkType.CONTRADICTS, "date").build())
        .build();

    Verdict v = verdict(s, timingKey(E2));
    Timeline timeline = Timeline.build(s);

    assertThat(v.isAccepted()).isFalse();
    assertThat(ids(v.outdated())).containsExactly("date");
    // The timeline's own judgement of timings agrees with the reconciliation's: e2 is not dated.
    assertThat(timeline.derivedBounds(E2).earliestStart()).isEqualTo(Timeline.build(story(0.3, 0.9).build()).derivedBounds(E2).earliestStart());
    assertThat(timeline.verdicts()).contains(v);
  }
}
