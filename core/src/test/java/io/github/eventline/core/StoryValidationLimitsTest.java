package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The story's validation on large and hostile input: long chains, many unknown references. */
class StoryValidationLimitsTest {

  private static List<Place> chain(int count) {
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Place.Builder b = Place.builder("p" + i, "P");
      if (i > 0) {
        b.within("p" + (i - 1));
      }
      places.add(b.build());
    }
    return places;
  }

  @Test
  void validate_acceptsAChainOf100000Places_inEitherOrder_withoutStackOverflow() {
    List<Place> places = chain(100_000);
    List<Place> reversed = new ArrayList<>(places);
    java.util.Collections.reverse(reversed);

    assertThat(Story.builder().places(places).problems()).isEmpty();
    assertThat(Story.builder().places(reversed).problems()).isEmpty();
  }

  @Test
  void validate_reportsALongCycleOnce_withItsFirstAndLastFiveMembers() {
    List<Place> places = chain(100_000);
    places.set(0, Place.builder("p0", "P").within("p99999").build());

    assertThat(Story.builder().places(places).problems()).extracting(StoryProblem::toString).containsExactly(
        "places[0].within: cycle in within: \"p0\" -> \"p99999\" -> \"p99998\" -> \"p99997\" -> \"p99996\""
            + " -> ... (99991 more) -> \"p4\" -> \"p3\" -> \"p2\" -> \"p1\" -> \"p0\"; a place cannot be inside itself");
  }

  @Test
  void validate_reportsEveryCycleOfAGraphWithBranches() {
    Story.Builder b = Story.builder()
        .actor(Actor.builder("a", "A").memberOf(List.of(ActorId.of("b"), ActorId.of("c"))).build())
        .actor(Actor.builder("b", "B").memberOf(List.of(ActorId.of("a"))).build())
        .actor(Actor.builder("c", "C").memberOf(List.of(ActorId.of("c"))).build());

    assertThat(b.problems()).extracting(StoryProblem::toString).containsExactly(
        "actors[0].memberOf: cycle in memberOf: \"a\" -> \"b\" -> \"a\"; an actor cannot be inside itself",
        "actors[2].memberOf: cycle in memberOf: \"c\" -> \"c\"; an actor cannot be inside itself");
  }

  @Test
  void validate_givesHintsWhileItsBudgetLasts_thenReportsWithoutHint() {
    Story.Builder b = Story.builder().source(Source.builder("s", "S").build());
    int count = 20_000;
    for (int i = 0; i < count; i++) {
      b.event(Event.builder("event-" + i, "E").build());
    }
    for (int i = 0; i < count; i++) {
      b.assertion(Assertion.builder("a" + i, "s", new Claim.Occurred(EventId.of("evnt-" + i))).build());
    }

    List<StoryProblem> problems = b.problems();

    assertThat(problems).hasSize(count);
    assertThat(problems.get(0).toString())
        .isEqualTo("assertions[0].claim.event: unknown event \"evnt-0\" (did you mean \"event-0\"?)");
    assertThat(problems.get(count - 1).toString())
        .isEqualTo("assertions[19999].claim.event: unknown event \"evnt-19999\"");
  }

  @Test
  void language_mustBeABcp47Tag() {
    assertThat(Story.builder().language("en-GB").build().language()).contains("en-GB");
    assertThatThrownBy(() -> Story.builder().language("french!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid story language \"french!\": expected a BCP 47 tag such as \"fr\" or \"en-GB\"");
  }
}
