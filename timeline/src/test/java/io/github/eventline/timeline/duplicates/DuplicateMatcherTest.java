package io.github.eventline.timeline.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.DuplicateSuggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scores of {@link DuplicateMatcher} signal by signal, as its documentation weighs them:
 * time 0.25, participants 0.25, place 0.2, summary 0.3, and 0.5 for a signal either event lacks.
 */
class DuplicateMatcherTest {

  /** Summaries with no letter trigram in common: the summary signal is 0. */
  private static final String FIRST = "aaaa";
  private static final String SECOND = "zzzz";

  private static Story.Builder story() {
    return Story.builder()
        .actor(Actor.builder("x", "X").build(), Actor.builder("y", "Y").build(), Actor.builder("z", "Z").build())
        .place(Place.builder("country", "Country").build(),
            Place.builder("region", "Region").within("country").build(),
            Place.builder("elsewhere", "Elsewhere").build())
        .source(Source.builder("s1", "Source 1").build());
  }

  private static DuplicateSuggestion only(Story story) {
    List<DuplicateSuggestion> suggestions = DuplicateMatcher.withThreshold(0).suggest(story);
    assertThat(suggestions).hasSize(1);
    return suggestions.get(0);
  }

  @Test
  void nothingKnownButTheSummaries_scoresHalfOfTimePlaceAndParticipants() {
    DuplicateSuggestion s = only(story()
        .event(Event.builder("b", SECOND).build(), Event.builder("a", FIRST).build()).build());

    assertThat(s.event()).isEqualTo(EventId.of("a"));
    assertThat(s.other()).isEqualTo(EventId.of("b"));
    assertThat(s.score()).isCloseTo(0.125 + 0.125 + 0.1, within(1e-12));
    assertThat(s.reasons()).singleElement().asString().startsWith("same type ");
  }

  @Test
  void identicalSummaries_addTheWholeSummaryWeight() {
    DuplicateSuggestion s = only(story()
        .event(Event.builder("a", "Troops cross the border").build(),
            Event.builder("b", "TROOPS cross the border!").build()).build());

    assertThat(s.score()).isCloseTo(0.35 + 0.3, within(1e-12));
    assertThat(s.reasons()).last().isEqualTo("similar summaries (1)");
  }

  @Test
  void summariesDifferingInCaseAndAccents_areIdentical() {
    DuplicateSuggestion s = only(story()
        .event(Event.builder("a", "Élan vital").build(), Event.builder("b", "elan VITAL").build()).build());

    assertThat(s.score()).isCloseTo(0.65, within(1e-12));
  }

  @Test
  void threshold_isInclusive() {
    Story story = story()
        .event(Event.builder("a", "Troops cross the border").build(),
            Event.builder("b", "Troops cross the border").build()).build();
    double score = DuplicateMatcher.withThreshold(0).suggest(story).get(0).score();

    assertThat(DuplicateMatcher.withThreshold(score).suggest(story)).hasSize(1);
    assertThat(DuplicateMatcher.withThreshold(Math.nextUp(score)).suggest(story)).isEmpty();
    assertThat(DuplicateMatcher.withThreshold(0.3).threshold()).isEqualTo(0.3);
    assertThat(DuplicateMatcher.defaults().threshold()).isEqualTo(0.6);
  }

  @Test
  void defaults_suggestIdenticalSummariesButNotUnlikeOnes() {
    Story story = story()
        .event(Event.builder("a", "Troops cross the border").build(),
            Event.builder("b", "Troops cross the border").build(),
            Event.builder("c", SECOND).build()).build();

    assertThat(DuplicateMatcher.defaults().suggest(story)).extracting(DuplicateSuggestion::other)
        .containsExactly(EventId.of("b"));
  }

  @Test
  void overlappingBounds_countFully_andEitherMissingCountsHalf() {
    DuplicateSuggestion both = only(story()
        .event(Event.builder("a", FIRST).when(TimeBounds.parse("2024-08")).build(),
            Event.builder("b", SECOND).when(TimeBounds.parse("2024-08-06")).build()).build());
    DuplicateSuggestion one = only(story()
        .event(Event.builder("a", FIRST).when(TimeBounds.parse("2024-08")).build(),
            Event.builder("b", SECOND).build()).build());

    assertThat(both.score()).isCloseTo(0.25 + 0.125 + 0.1, within(1e-12));
    assertThat(both.reasons()).contains("bounds overlap: 2024-08 and 2024-08-06");
    assertThat(one.score()).isCloseTo(0.35, within(1e-12));
  }

  @Test
  void disjointBounds_ruleThePairOut_evenAtThresholdZero() {
    Story story = story()
        .event(Event.builder("a", "Same words").when(TimeBounds.parse("2024-08")).build(),
            Event.builder("b", "Same words").when(TimeBounds.parse("2024-10")).build()).build();

    assertThat(DuplicateMatcher.withThreshold(0).suggest(story)).isEmpty();
  }

  @Test
  void samePlace_countsFully_aPlaceWithinTheOtherCountsSevenTenths_andPlacesApartRuleThePairOut() {
    DuplicateSuggestion same = only(story()
        .event(Event.builder("a", FIRST).place("region").build(), Event.builder("b", SECOND).place("region").build())
        .build());
    DuplicateSuggestion inner = only(story()
        .event(Event.builder("a", FIRST).place("country").build(), Event.builder("b", SECOND).place("region").build())
        .build());
    Story apart = story()
        .event(Event.builder("a", FIRST).place("elsewhere").build(), Event.builder("b", SECOND).place("region").build())
        .build();

    assertThat(same.score()).isCloseTo(0.25 + 0.2, within(1e-12));
    assertThat(same.reasons()).contains("same place region");
    assertThat(inner.score()).isCloseTo(0.25 + 0.14, within(1e-12));
    assertThat(inner.reasons()).contains("region lies within country");
    assertThat(DuplicateMatcher.withThreshold(0).suggest(apart)).isEmpty();
  }

  @Test
  void participants_countTheirShareInCommon() {
    DuplicateSuggestion third = only(story()
        .event(Event.builder("a", FIRST).participant("x", Role.AGENT).participant("y", Role.AGENT).build(),
            Event.builder("b", SECOND).participant("y", Role.AGENT).participant("z", Role.AGENT).build())
        .build());
    DuplicateSuggestion none = only(story()
        .event(Event.builder("a", FIRST).participant("x", Role.AGENT).build(),
            Event.builder("b", SECOND).participant("z", Role.AGENT).build())
        .build());

    assertThat(third.score()).isCloseTo(0.25 / 3 + 0.125 + 0.1, within(1e-12));
    assertThat(third.reasons()).contains("shared participants: y");
    assertThat(none.score()).isCloseTo(0.125 + 0.1, within(1e-12));
    assertThat(none.reasons()).noneMatch(r -> r.startsWith("shared participants"));
  }

  @Test
  void positiveClaims_addBoundsPlacesAndParticipants_deniedOnesDoNot() {
    Story.Builder story = story()
        .event(Event.builder("a", FIRST).when(TimeBounds.parse("2024-08")).place("region").participant("x", Role.AGENT)
            .build(), Event.builder("b", SECOND).build());
    Story claimed = story()
        .event(Event.builder("a", FIRST).when(TimeBounds.parse("2024-08")).place("region").participant("x", Role.AGENT)
            .build(), Event.builder("b", SECOND).build())
        .assertion(
            Assertion.builder("t", "s1", new Claim.Timing(EventId.of("b"), TimeBounds.parse("2024-08-02"))).build(),
            Assertion.builder("l", "s1", new Claim.Location(EventId.of("b"), PlaceId.of("region"))).build(),
            Assertion.builder("p", "s1", new Claim.Participation(EventId.of("b"), io.github.eventline.core.ActorId.of("x"),
                Role.AGENT)).build())
        .build();
    Story denied = story
        .assertion(
            Assertion.builder("t", "s1", new Claim.Timing(EventId.of("b"), TimeBounds.parse("2024-09")))
                .factuality(Factuality.DENIED).build(),
            Assertion.builder("l", "s1", new Claim.Location(EventId.of("b"), PlaceId.of("elsewhere")))
                .factuality(Factuality.DENIED).build(),
            Assertion.builder("p", "s1", new Claim.Participation(EventId.of("b"), io.github.eventline.core.ActorId.of("z"),
                Role.AGENT)).factuality(Factuality.DENIED).build())
        .build();

    assertThat(only(claimed).score()).isCloseTo(0.25 + 0.25 + 0.2, within(1e-12));
    assertThat(only(denied).score()).isCloseTo(0.35, within(1e-12));
  }

  @Test
  void suggestions_comeBestFirst_thenByEventIds() {
    Story story = story()
        .event(Event.builder("d", "Troops cross the border").build(),
            Event.builder("c", "Troops cross the border").build(),
            Event.builder("b", "Troops cross the border").build(),
            Event.builder("a", "Troops cross the river").build())
        .build();

    List<DuplicateSuggestion> suggestions = DuplicateMatcher.withThreshold(0).suggest(story);

    assertThat(suggestions).extracting(s -> s.event().value() + "/" + s.other().value())
        .containsExactly("b/c", "b/d", "c/d", "a/b", "a/c", "a/d");
  }

  @Test
  void onlyEventsOfOneType_areCompared() {
    Story story = story()
        .event(Event.builder("a", "Same words").type(EventType.of("offensive")).build(),
            Event.builder("b", "Same words").type(EventType.of("attack")).build(),
            Event.builder("c", "Same words").type(EventType.of("offensive")).build())
        .build();

    assertThat(DuplicateMatcher.withThreshold(0).suggest(story)).singleElement().satisfies(s -> {
      assertThat(s.other()).isEqualTo(EventId.of("c"));
      assertThat(s.reasons()).first().isEqualTo("same type offensive");
    });
  }

  @Test
  void aSameAsClaimEitherWay_removesThePair() {
    Story story = story()
        .event(Event.builder("a", "Same words").build(), Event.builder("b", "Same words").build(),
            Event.builder("c", "Same words").build())
        .assertion(Assertion.builder("same", "s1", new Claim.SameAs(EventId.of("c"), EventId.of("a"))).build())
        .build();

    assertThat(DuplicateMatcher.withThreshold(0).suggest(story)).extracting(s -> s.event().value() + "/" + s.other().value())
        .containsExactly("a/b", "b/c");
  }

  @Test
  void dice_ofTextsTooShortForATrigram_isZero() {
    assertThat(DuplicateMatcher.dice(" ", "  ")).isZero();
    assertThat(DuplicateMatcher.dice(" ab ", " ab ")).isEqualTo(1.0);
    assertThat(DuplicateMatcher.dice(" aaa ", " aa ")).isCloseTo(2.0 * 2 / 5, within(1e-12));
  }

  @Test
  void suggestion_rejectsAScoreOutOfRangeAndAPairOfOneEvent() {
    assertThatThrownBy(() -> new DuplicateSuggestion(EventId.of("a"), EventId.of("b"), 1.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Score 1.5 of duplicate a / b is out of range: expected 0 to 1");
    assertThatThrownBy(() -> new DuplicateSuggestion(EventId.of("a"), EventId.of("a"), 0.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event \"a\" cannot be a duplicate of itself");
    assertThatThrownBy(() -> DuplicateMatcher.withThreshold(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Threshold -0.1 is out of range: expected 0 to 1");
    assertThatThrownBy(() -> DuplicateMatcher.withThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Threshold NaN is out of range: expected 0 to 1");
  }

  @Test
  void summariesAlikeByThreeTenths_areAReason_andJustBelowAreNot() {
    DuplicateSuggestion alike = only(story()
        .event(Event.builder("a", "abc").build(), Event.builder("b", "abc zyxwvutsrqpon").build()).build());
    DuplicateSuggestion below = only(story()
        .event(Event.builder("a", "abcd").build(), Event.builder("b", "abcd zyxwvutsrqponmlkji").build()).build());

    assertThat(alike.reasons()).last().isEqualTo("similar summaries (0.3)");
    assertThat(below.reasons()).noneMatch(r -> r.startsWith("similar summaries"));
    assertThat(below.score()).isCloseTo(0.35 + 0.3 * 8 / 27, within(1e-12));
  }

  @Test
  void dice_countsARepeatedTrigramOnlyAsOftenAsBothHaveIt() {
    assertThat(DuplicateMatcher.dice(" aaa ", " aaaa ")).isCloseTo(2.0 * 3 / 7, within(1e-12));
    assertThat(DuplicateMatcher.dice(" aaaa ", " aaa ")).isCloseTo(2.0 * 3 / 7, within(1e-12));
  }

  @Test
  void thresholdAndScore_acceptBothEndsOfZeroToOne() {
    assertThat(DuplicateMatcher.withThreshold(1).threshold()).isEqualTo(1.0);
    assertThat(new DuplicateSuggestion(EventId.of("a"), EventId.of("b"), 0, List.of()).score()).isZero();
    assertThat(new DuplicateSuggestion(EventId.of("a"), EventId.of("b"), 1, List.of("same")).reasons())
        .containsExactly("same");
  }
}
