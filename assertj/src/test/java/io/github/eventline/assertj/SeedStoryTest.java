package io.github.eventline.assertj;

import static io.github.eventline.assertj.EventlineAssertions.assertThat;
import static io.github.eventline.assertj.EventlineAssertions.occurred;
import static io.github.eventline.assertj.EventlineAssertions.quantity;
import static io.github.eventline.assertj.EventlineAssertions.relation;
import static io.github.eventline.core.time.IntervalRelation.AFTER;
import static io.github.eventline.core.time.IntervalRelation.MET_BY;
import static io.github.eventline.timeline.VerdictStatus.CORROBORATED;
import static io.github.eventline.timeline.VerdictStatus.UNCONTESTED;
import static io.github.eventline.timeline.VerdictStatus.UNVERIFIED;

import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader of the seed article ("Kim Jong-un envoie des troupes en Ukraine") checks,
 * said in Eventline's assertions. Core's KurskStoryTest checks the model itself.
 */
class SeedStoryTest {

  private final Story story = KurskStory.build();
  private final Timeline timeline = Timeline.build(story);

  @Test
  void story_isValid() {
    assertThat(story).hasNoProblems();
    assertThat(KurskStory.builder()).hasNoProblems();
  }

  @Test
  void request_cameAfterTheOffensiveOfEarlyAugust() {
    // "Après une offensive de l'armée ukrainienne début août [...], Vladimir Poutine aurait sollicité l'aide de Kim Jong-un."
    assertThat(timeline).event("putin-asks-kim")
        .isNecessarilyAfter("kursk-offensive")
        .cannotOverlap("kursk-offensive")
        .hasPossibleRelationsTo("kursk-offensive", MET_BY, AFTER)
        .hasStatus(UNCONTESTED);
    assertThat(timeline).event("kursk-offensive").isNecessarilyBefore("putin-asks-kim");
    assertThat(timeline).hasEventsInOrder("russian-invasion", "kursk-offensive", "putin-asks-kim");
  }

  @Test
  void request_startsNoEarlierThanTheOffensive_andNothingBoundsItsEnd() {
    assertThat(timeline).event("putin-asks-kim")
        .startsNoEarlierThan("2024-08-01")
        .hasDerivedBounds("not before 2024-08-01");
    assertThat(timeline).event("kursk-offensive")
        .hasDerivedBounds("early 2024-08")
        .startsNoLaterThan("2024-08-10")
        .endsNoLaterThan("2024-08");
  }

  @Test
  void request_isHedged_singleSourced() {
    // "aurait sollicité": the conditional mood, one claimant.
    assertThat(timeline).verdictOn(occurred("putin-asks-kim"))
        .isUncontested()
        .isSupportedBy("article", "a11")
        .hasConfidenceAtMost(0.5);
    assertThat(timeline).verdictOn(relation("putin-asks-kim", "kursk-offensive")).isUncontested().isSupportedBy("a12");
  }

  @Test
  void troopsInAssaults_isCorroborated_onceZelenskysAddressSettlesAustinsEarlierNoInformation() {
    assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults"))
        .isCorroborated()
        .isSupportedBy("zelensky-address")
        .isSupportedBy("preliminary-information")
        .isAccepted();
    assertThat(timeline).event("nk-troops-in-assaults").hasStatus(CORROBORATED);
    // Austin's uncommitted statement of 31 October is outdated by the address's certain one (rule 2).
    org.assertj.core.api.Assertions.assertThat(
            timeline.occurrence(io.github.eventline.core.EventId.of("nk-troops-in-assaults")).outdated())
        .extracting(io.github.eventline.core.AssertionId::value).containsExactly("a17");
  }

  @Test
  void preliminaryInformation_isRelayedByTheAddress_notTheAddressOwnClaim() {
    // Zelensky passes on "des informations préliminaires": the address relays a3, it does not state it.
    assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults"))
        .isSupportedBy("a3")
        .isRelayedBy("zelensky-address")
        .isRelayedBy("article");
  }

  @Test
  void troopsInKursk_isRelayedByTheArticle_notCorroborated() {
    // Only South Korean sources say it; the article passing it on is not a second voice.
    assertThat(timeline).verdictOn(occurred("nk-troops-in-kursk"))
        .isUncontested()
        .isNotCorroborated()
        .isSupportedBy("south-korean-sources")
        .isRelayedBy("article")
        .isNotSupportedBy("article");
  }

  @Test
  void troopsInKursk_areAboutTenThousand() {
    // "environ 10 000 soldats nord-coréens"
    assertThat(timeline).verdictOn(quantity("nk-troops-in-kursk", "soldiers"))
        .isUncontested()
        .hasApproximateFigure(10_000)
        .isSupportedBy("a15");
  }

  @Test
  void troopsInKursk_areThereAtTheArticlesDate() {
    // "se trouveraient actuellement dans la région"
    assertThat(timeline).event("nk-troops-in-kursk")
        .startsNoLaterThan("2024-12-15")
        .endsNoEarlierThan("2024-12-15")
        .mayOverlap("ukrainian-occupation-of-kursk");
  }

  @Test
  void timeline_hasNoTemporalConflicts() {
    assertThat(timeline).hasNoConflicts();
  }

  @Test
  void asKnownAt_beforeZelenskysAddress_troopsInAssaultsIsUnverified() {
    // Before 14 December only Austin's "no information" was known: uncommitted, it neither supports nor refutes.
    assertThat(timeline).asKnownAt("2024-12-14").verdictOn(occurred("nk-troops-in-assaults"))
        .hasStatus(UNVERIFIED)
        .isOpposedBy("austin-statement")
        .isNotAccepted();
    assertThat(timeline).asKnownAt("2024-12-15").verdictOn(occurred("nk-troops-in-assaults")).isCorroborated();
  }
}
