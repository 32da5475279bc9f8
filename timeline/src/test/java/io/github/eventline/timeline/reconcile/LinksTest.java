package io.github.eventline.timeline.reconcile;

import static io.github.eventline.timeline.reconcile.Stories.E1;
import static io.github.eventline.timeline.reconcile.Stories.E2;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Story;
import io.github.eventline.core.StoryValidationException;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import org.junit.jupiter.api.Test;

/** Rule 4: links between assertions act, and are checked against the values. */
class LinksTest {

  @Test
  void contradictsBetweenCompatibleValues_keepsThemApart_andIsReported() {
    Story s = story(0.6, 0.8)
        .assertion(
            says("month", "s1", new Claim.Timing(E1, day("2024-08"))).build(),
            says("day", "s2", new Claim.Timing(E1, day("2024-08-06"))).link(LinkType.CONTRADICTS, "month").build())
        .build();

    Reconciliation r = Reconciliation.of(s);
    Verdict v = r.verdict(timingKey(E1)).orElseThrow();

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(ids(v.support())).containsExactly("day");
    assertThat(ids(v.opposition())).containsExactly("month");
    assertThat(r.linkConflicts()).singleElement().satisfies(c -> {
      assertThat(c.assertion()).isEqualTo(AssertionId.of("day"));
      assertThat(c.type()).isEqualTo(LinkType.CONTRADICTS);
      assertThat(c.linked()).isEqualTo(AssertionId.of("month"));
      assertThat(c.question()).isEqualTo(timingKey(E1));
      assertThat(c.message()).isEqualTo("day is said to contradict month, but on timing(e1) they agree by their"
          + " values: the link keeps them on opposite sides.");
    });
  }

  @Test
  void corroboratesBetweenRivalValues_isReported_andTheValuesStand() {
    Story s = story(0.6, 0.8)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).build(),
            says("b", "s2", figure(E1, 300, 300)).link(LinkType.CORROBORATES, "a").build())
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.verdict(quantityKey(E1)).orElseThrow().status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(r.linkConflicts()).extracting(LinkConflict::message).containsExactly(
        "b is said to corroborate a, but on quantity(e1, deaths) their values are on opposite sides: the values stand.");
  }

  @Test
  void linksTheValuesAgreeWith_areNotReported() {
    // A "contradicts" between an assertion and a doubt of it, a "corroborates" between equal figures.
    Story s = story(0.6, 0.8, 0.5)
        .assertion(
            says("yes", "s1", new Claim.Occurred(E1)).link(LinkType.CONTRADICTS, "doubt").build(),
            says("doubt", "s2", new Claim.Occurred(E1)).factuality(Factuality.UNCOMMITTED).build(),
            says("f1", "s1", figure(E1, 100, 100)).build(),
            says("f2", "s3", figure(E1, 100, 100)).link(LinkType.CORROBORATES, "f1").build())
        .build();

    assertThat(Reconciliation.of(s).linkConflicts()).isEmpty();
  }

  @Test
  void aLinkBetweenAssertionsOnDifferentQuestions_isNotChecked() {
    Story s = story(0.6, 0.8)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).build(),
            says("b", "s2", figure(E2, 100, 100)).link(LinkType.CONTRADICTS, "a").build())
        .build();

    assertThat(Reconciliation.of(s).linkConflicts()).isEmpty();
  }

  @Test
  void refines_makesTheRefiningValueHeld_overARivalRefinedOne() {
    // The refining figure is lighter and undated: without the link, the heavier rival would hold.
    Story s = story(0.9, 0.5)
        .assertion(
            says("estimate", "s1", figure(E1, 10_000, 10_000)).build(),
            says("count", "s2", figure(E1, 11_000, 12_000)).link(LinkType.REFINES, "estimate").build())
        .build();

    Verdict v = verdict(s, quantityKey(E1));

    assertThat(v.value()).contains(figure(E1, 11_000, 12_000));
    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(entry(v, "estimate").stance()).isEqualTo(Stance.OUTDATED);
    assertThat(entry(v, "estimate").reason()).startsWith("outdated: refined by count: its value is refined by a later one;");
  }

  @Test
  void refines_ofAnAgreeingValue_keepsBothSupporting() {
    Story s = story(0.9, 0.5)
        .assertion(
            says("range", "s1", figure(E1, 10_000, 13_000)).build(),
            says("count", "s2", figure(E1, 11_000, 12_000)).link(LinkType.REFINES, "range").build())
        .build();

    Verdict v = verdict(s, quantityKey(E1));

    assertThat(v.value()).contains(figure(E1, 11_000, 12_000));
    assertThat(ids(v.support())).containsExactly("range", "count");
  }

  @Test
  void retracts_withdrawsOnlyTheClaimantsOwnStatements() {
    Story own = story(0.6, 0.8)
        .assertion(
            says("mine", "s1", new Claim.Occurred(E1)).build(),
            says("theirs", "s2", new Claim.Occurred(E2)).build(),
            says("retraction", "s1", new Claim.Occurred(E2)).factuality(Factuality.DENIED)
                .link(LinkType.RETRACTS, "mine").build())
        .build();

    Reconciliation r = Reconciliation.of(own);

    assertThat(r.occurrence(E1).status()).isEqualTo(VerdictStatus.SUPERSEDED);
    assertThat(entry(r.occurrence(E2), "theirs").stance()).isNotEqualTo(Stance.SUPERSEDED);
    // Another source's statement cannot be retracted: the story is refused before reconciling.
    assertThatThrownBy(() -> story(0.6, 0.8)
            .assertion(
                says("theirs", "s2", new Claim.Occurred(E2)).build(),
                says("retraction", "s1", new Claim.Occurred(E2)).factuality(Factuality.DENIED)
                    .link(LinkType.RETRACTS, "theirs").build())
            .build())
        .isInstanceOf(StoryValidationException.class)
        .hasMessageContaining("a source retracts only its own statements");
  }

  @Test
  void aTimeline_reportsTheLinkConflictsOfItsReconciliation() {
    Story s = story(0.6, 0.8)
        .assertion(
            says("a", "s1", figure(E1, 100, 100)).build(),
            says("b", "s2", figure(E1, 300, 300)).link(LinkType.CORROBORATES, "a").build())
        .build();

    Timeline timeline = Timeline.build(s);

    assertThat(timeline.linkConflicts()).isEqualTo(timeline.reconciliation().linkConflicts()).hasSize(1);
  }

  @Test
  void agree_isTheSideOfTheValuesAlone() {
    assertThat(Links.agree(Polarity.POSITIVE, Polarity.POSITIVE, true)).isTrue();
    assertThat(Links.agree(Polarity.POSITIVE, Polarity.POSITIVE, false)).isFalse();
    assertThat(Links.agree(Polarity.POSITIVE, Polarity.NEGATIVE, true)).isFalse();
    assertThat(Links.agree(Polarity.NEGATIVE, Polarity.POSITIVE, false)).isTrue();
    assertThat(Links.agree(Polarity.NEGATIVE, Polarity.NEGATIVE, false)).isTrue();
    assertThat(Links.agree(Polarity.UNKNOWN, Polarity.POSITIVE, true)).isFalse();
    assertThat(Links.agree(Polarity.UNKNOWN, Polarity.UNKNOWN, true)).isTrue();
  }
}
