package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.time.IntervalRelation;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a careful reader of the seed article checks in its model. */
class KurskStoryTest {

  private final Story story = KurskStory.build();

  private Assertion assertion(String id) {
    return story.assertion(AssertionId.of(id)).orElseThrow();
  }

  private List<Assertion> about(String event) {
    return story.assertions().stream()
        .filter(a -> a.claim().event().equals(EventId.of(event)))
        .collect(Collectors.toList());
  }

  @Test
  void build_isValidAndHoldsEveryKindOfElement() {
    assertThat(story.actors()).hasSize(12);
    assertThat(story.places()).hasSize(3);
    assertThat(story.sources()).hasSize(5);
    assertThat(story.events()).hasSize(11);
    assertThat(story.assertions()).hasSize(19);
    assertThat(story.language()).contains("fr");
  }

  @Test
  void preliminaryInformation_reachesTheStoryThroughTheArticleAndTheAddress() {
    Assertion a = assertion("a3");
    assertThat(a.source()).isEqualTo(SourceId.of("preliminary-information"));
    assertThat(a.via()).containsExactly(SourceId.of("article"), SourceId.of("zelensky-address"));
    assertThat(a.factuality()).isEqualTo(Factuality.PROBABLE);
    assertThat(a.claim()).isEqualTo(new Claim.Occurred(EventId.of("nk-troops-in-assaults")));
  }

  @Test
  void southKoreanFigure_isAboutTenThousandSoldiers_reportedThroughTheArticle() {
    Assertion a = assertion("a15");
    assertThat(a.source()).isEqualTo(SourceId.of("south-korean-sources"));
    assertThat(a.via()).containsExactly(SourceId.of("article"));
    Claim.Quantity q = (Claim.Quantity) a.claim();
    assertThat(q.isSingleValue()).isTrue();
    assertThat(q.low()).isEqualTo(10_000);
    assertThat(q.approximate()).isTrue();
    assertThat(q.measure()).isEqualTo("soldiers");
    assertThat(a.quote().orElseThrow().text()).contains("environ 10 000 soldats");
  }

  @Test
  void conditionalMood_isHedgedNotCertain() {
    for (String id : List.of("a6", "a11", "a13", "a14")) {
      Assertion a = assertion(id);
      assertThat(a.factuality()).as(id).isEqualTo(Factuality.POSSIBLE);
      assertThat(a.quote().orElseThrow().text()).as(id).containsPattern("aurai(en)?t|trouveraient");
    }
  }

  @Test
  void austinsEarlierStatement_isUncommittedNotADenial() {
    Assertion austin = assertion("a17");
    assertThat(austin.factuality().polarity()).isEqualTo(Polarity.UNKNOWN);
    assertThat(austin.factuality().isUncommitted()).isTrue();
    assertThat(austin.factuality()).isNotEqualTo(Factuality.DENIED);
    assertThat(story.statedTime(austin).orElseThrow().latestEnd())
        .isBefore(story.statedTime(assertion("a2")).orElseThrow().earliestStart());
  }

  @Test
  void newRevelations_contradictAustinsEarlierStatement() {
    assertThat(assertion("a14").links()).containsExactly(AssertionLink.of(LinkType.CONTRADICTS, AssertionId.of("a17")));
  }

  @Test
  void offensive_isInEarlyAugust2024() {
    var when = story.event(EventId.of("kursk-offensive")).orElseThrow().when().orElseThrow();
    assertThat(when.earliestStart()).isEqualTo(Instant.parse("2024-08-01T00:00:00Z"));
    assertThat(when.latestStart()).isEqualTo(Instant.parse("2024-08-11T00:00:00Z"));
    assertThat(when.label()).isEqualTo("early 2024-08");
  }

  @Test
  void request_isStatedAfterTheOffensive() {
    Claim.Relation r = (Claim.Relation) assertion("a12").claim();
    assertThat(r.event()).isEqualTo(EventId.of("putin-asks-kim"));
    assertThat(r.other()).isEqualTo(EventId.of("kursk-offensive"));
    assertThat(r.relations()).containsExactlyInAnyOrder(IntervalRelation.AFTER, IntervalRelation.MET_BY);
  }

  @Test
  void currently_isOngoingAtTheArticlesDate() {
    Claim.Timing t = (Claim.Timing) assertion("a16").claim();
    Instant articleDayStart = Instant.parse("2024-12-15T00:00:00Z");
    assertThat(t.when().isUnboundedStart()).isTrue();
    assertThat(t.when().isUnboundedEnd()).isTrue();
    assertThat(t.when().latestStart()).isEqualTo(articleDayStart.plusSeconds(86_400));
    assertThat(t.when().earliestEnd()).isEqualTo(articleDayStart);
  }

  @Test
  void everyQuote_isTheArticlesFrenchText() {
    assertThat(story.assertions()).allSatisfy(a -> assertThat(a.quote()).hasValueSatisfying(q -> assertThat(q.language()).isEqualTo("fr")));
  }

  @Test
  void northKoreanTroopsInAssaults_isClaimedByZelenskyAndPreliminaryInformation_andNotAssertedByAustin() {
    assertThat(about("nk-troops-in-assaults"))
        .extracting(Assertion::source)
        .extracting(SourceId::value)
        .containsExactlyInAnyOrder("zelensky-address", "zelensky-address", "preliminary-information", "austin-statement", "zelensky-address");
  }

  @Test
  void kursk_isWithinRussia_andKnownByItsFrenchName() {
    Place kursk = story.place(PlaceId.of("kursk-oblast")).orElseThrow();
    assertThat(kursk.within()).contains(PlaceId.of("russia"));
    assertThat(kursk.aliases()).contains("Koursk");
  }
}
