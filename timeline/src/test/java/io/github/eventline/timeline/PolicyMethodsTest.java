package io.github.eventline.timeline;

import static io.github.eventline.timeline.ReconciliationRulesTest.says;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 6: each policy differs where its rule differs, and has one name. */
class PolicyMethodsTest {

  private static ClaimKey dead(String event) {
    return new ClaimKey(ClaimType.QUANTITY, EventId.of(event), Optional.empty(), Optional.empty(), Optional.of("dead"));
  }

  private static Claim.Quantity dead(String event, double value) {
    return Claim.Quantity.of(EventId.of(event), "dead", value, null, false);
  }

  private static Optional<Claim> held(Story story, ReconciliationPolicy policy, String event) {
    return Reconciliation.of(story, policy).verdict(dead(event)).orElseThrow().value();
  }

  /**
   * Two agreeing sources of 0.6 say 100 first, a source of 0.8 says 200, and last a source of 0.5
   * says 150.
   */
  private static Story revisedToll() {
    return Story.builder()
        .event(Event.builder("e", "An attack").build())
        .source(
            Source.builder("s1", "One").reliability(0.6).build(), Source.builder("s2", "Two").reliability(0.6).build(),
            Source.builder("s3", "Three").reliability(0.8).build(), Source.builder("s4", "Four").reliability(0.5).build())
        .assertion(
            // Three figures of the same day (none outdates another), then a weaker, later one.
            says("a1", "s1", dead("e", 100)).stated(TimeBounds.parse("2024-01-02")).build(),
            says("a2", "s2", dead("e", 100)).stated(TimeBounds.parse("2024-01-02")).build(),
            says("a3", "s3", dead("e", 200)).stated(TimeBounds.parse("2024-01-02")).build(),
            says("a4", "s4", dead("e", 150)).stated(TimeBounds.parse("2024-01-04")).build())
        .build();
  }

  @Test
  void weightedVote_mostReliable_andLatestStatement_holdDifferentFigures() {
    Story story = revisedToll();

    assertThat(held(story, ReconciliationPolicy.weightedVote(), "e")).contains(dead("e", 100));
    assertThat(held(story, ReconciliationPolicy.mostReliableSource(), "e")).contains(dead("e", 200));
    assertThat(held(story, ReconciliationPolicy.latestStatement(), "e")).contains(dead("e", 150));
  }

  @Test
  void latestStatement_holdsTheLatestStatementsOwnFigure_notWhatItAgreesOnWithOthers() {
    Story story = Story.builder()
        .event(Event.builder("e", "An attack").build())
        .source(Source.builder("s1", "One").reliability(0.9).build(), Source.builder("s2", "Two").reliability(0.3).build())
        .assertion(
            says("a1", "s1", Claim.Quantity.of(EventId.of("e"), "dead", 10_000, null, true))
                .stated(TimeBounds.parse("2024-01-01")).build(),
            says("a2", "s2", dead("e", 10_500)).stated(TimeBounds.parse("2024-01-05")).build())
        .build();

    assertThat(held(story, ReconciliationPolicy.weightedVote(), "e"))
        .contains(Claim.Quantity.of(EventId.of("e"), "dead", 10_000, null, true));
    assertThat(held(story, ReconciliationPolicy.latestStatement(), "e")).contains(dead("e", 10_500));
  }

  /**
   * A regulator (0.9) and a company defending itself (0.4) disagree on the key question; on three
   * other questions five blogs (0.5) side with the company against the regulator.
   */
  private static Story regulatorAndCompany() {
    Story.Builder b = Story.builder()
        .source(Source.builder("regulator", "Regulator").reliability(0.9).build(),
            Source.builder("company", "Company").reliability(0.4).build());
    for (int i = 0; i < 5; i++) {
      b.source(Source.builder("blog" + i, "Blog " + i).reliability(0.5).build());
    }
    b.event(Event.builder("key", "The key question").build());
    b.assertion(says("r-key", "regulator", dead("key", 12)).build(), says("c-key", "company", dead("key", 2)).build());
    for (int q = 0; q < 3; q++) {
      String e = "side" + q;
      b.event(Event.builder(e, "A side question").build());
      b.assertion(says("r-" + e, "regulator", dead(e, 50)).build(), says("c-" + e, "company", dead(e, 5)).build());
      for (int i = 0; i < 5; i++) {
        b.assertion(says("b" + i + "-" + e, "blog" + i, dead(e, 5)).build());
      }
    }
    return b.build();
  }

  @Test
  void sourceTrust_startsFromTheStatedReliabilities_soAHandfulOfAgreementsCannotFlipARegulator() {
    Story story = regulatorAndCompany();
    ReconciliationPolicy weakPrior = ReconciliationPolicy.sourceTrust().toBuilder().trustPriorStrength(1).build();

    Reconciliation trusted = Reconciliation.of(story, ReconciliationPolicy.sourceTrust());
    assertThat(trusted.verdict(dead("key")).orElseThrow().value()).contains(dead("key", 12));
    assertThat(trusted.trust().get(io.github.eventline.core.SourceId.of("regulator")))
        .isGreaterThan(trusted.trust().get(io.github.eventline.core.SourceId.of("company")));
    // the same estimation with a prior worth one observation lets the blogs flip the regulator
    assertThat(held(story, weakPrior, "key")).contains(dead("key", 2));
  }

  @Test
  void sourceTrust_differsFromTheWeightedVote_whereAgreementsAcrossTheStoryOutweighAPrior() {
    Story.Builder b = Story.builder()
        .source(Source.builder("a", "A").reliability(0.5).build(), Source.builder("b", "B").reliability(0.5).build(),
            Source.builder("c", "C").reliability(0.55).build());
    b.event(Event.builder("last", "The last question").build());
    b.assertion(says("a-last", "a", dead("last", 5)).build(), says("c-last", "c", dead("last", 7)).build());
    for (int q = 0; q < 20; q++) {
      String e = "q" + q;
      b.event(Event.builder(e, "A question").build());
      b.assertion(says("a-" + e, "a", dead(e, 10)).build(), says("b-" + e, "b", dead(e, 10)).build(),
          says("c-" + e, "c", dead(e, 20)).build());
    }
    Story story = b.build();

    assertThat(held(story, ReconciliationPolicy.weightedVote(), "last")).contains(dead("last", 7));
    assertThat(held(story, ReconciliationPolicy.sourceTrust(), "last")).contains(dead("last", 5));
  }

  @Test
  void eachMethodHasOneName_thatParseReadsBack() {
    assertThat(ReconciliationPolicy.Method.labels())
        .containsExactly("weighted-vote", "most-reliable-source", "latest-statement", "source-trust");
    for (ReconciliationPolicy.Method m : ReconciliationPolicy.Method.values()) {
      assertThat(ReconciliationPolicy.Method.parse(m.label())).isEqualTo(m);
      assertThat(ReconciliationPolicy.of(m).method()).isEqualTo(m);
    }
    assertThat(ReconciliationPolicy.of(ReconciliationPolicy.Method.WEIGHTED_VOTE)).isSameAs(ReconciliationPolicy.defaults());
  }

  @Test
  void parse_refusesOtherSpellings_listingTheNames() {
    assertThatThrownBy(() -> ReconciliationPolicy.Method.parse("latest-statement-wins"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown policy \"latest-statement-wins\": expected one of weighted-vote, most-reliable-source,"
            + " latest-statement, source-trust");
    assertThatThrownBy(() -> ReconciliationPolicy.Method.parse("LATEST_STATEMENT"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
