package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryKnowledgeTest {

  private static final EventId ASSAULTS = EventId.of("nk-troops-in-assaults");

  private static Story story() {
    return Story.builder()
        .source(
            Source.builder("austin-statement", "Lloyd Austin's statement")
                .published(TimeBounds.parse("2024-11-04"))
                .build(),
            Source.builder("zelensky-address", "Zelensky's address")
                .published(TimeBounds.parse("2024-12-14"))
                .build(),
            Source.builder("undated", "An undated leaflet").build())
        .event(Event.builder(ASSAULTS, "North Korean troops take part in assaults").build())
        .assertion(
            Assertion.builder("austin", "austin-statement", new Claim.Occurred(ASSAULTS))
                .factuality(Factuality.UNCOMMITTED)
                .build(),
            Assertion.builder("zelensky", "zelensky-address", new Claim.Occurred(ASSAULTS))
                .factuality(Factuality.PROBABLE)
                .link(LinkType.CONTRADICTS, "austin")
                .build(),
            Assertion.builder("austin-correction", "austin-statement", new Claim.Occurred(ASSAULTS))
                .stated(TimeBounds.parse("2024-12-20"))
                .supersedes("austin")
                .build(),
            Assertion.builder("leaflet", "undated", new Claim.Occurred(ASSAULTS)).build())
        .build();
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void asKnownAt_keepsOnlyAssertionsWhoseStatedTimeHasEnded() {
    Story known = story().asKnownAt(at("2024-12-01T00:00:00Z"));

    assertThat(known.assertions()).extracting(a -> a.id().value()).containsExactly("austin", "leaflet");
  }

  @Test
  void asKnownAt_aStatementOfADayIsKnownOnlyOnceTheDayIsOver() {
    assertThat(story().asKnownAt(at("2024-12-14T23:59:59Z")).assertion(AssertionId.of("zelensky"))).isEmpty();
    assertThat(story().asKnownAt(at("2024-12-15T00:00:00Z")).assertion(AssertionId.of("zelensky"))).isPresent();
  }

  @Test
  void asKnownAt_assertionsWithNoStatedTimeAreKnownAtEveryTime() {
    Story known = story().asKnownAt(at("1900-01-01T00:00:00Z"));

    assertThat(known.assertions()).extracting(a -> a.id().value()).containsExactly("leaflet");
  }

  @Test
  void asKnownAt_keepsEverythingButAssertions() {
    Story story = story();
    Story known = story.asKnownAt(at("1900-01-01T00:00:00Z"));

    assertThat(known.sources()).isEqualTo(story.sources());
    assertThat(known.events()).isEqualTo(story.events());
    assertThat(known.actors()).isEqualTo(story.actors());
    assertThat(known.title()).isEqualTo(story.title());
  }

  @Test
  void asKnownAt_whenEverythingIsKnown_returnsTheSameStory() {
    Story story = story();

    assertThat(story.asKnownAt(at("2025-01-01T00:00:00Z"))).isSameAs(story);
  }

  @Test
  void asKnownAt_beforeACorrectionIsKnown_theEarlierAssertionStands() {
    Story known = story().asKnownAt(at("2024-12-16T00:00:00Z"));

    assertThat(known.assertion(AssertionId.of("austin"))).isPresent();
    assertThat(known.assertion(AssertionId.of("austin-correction"))).isEmpty();
  }

  @Test
  void asKnownAt_dropsLinksAndSupersessionsToAssertionsNotYetKnown() {
    Story story =
        story().toBuilder()
            .assertion(
                // stated at some time from November to December: it may precede the early correction
                Assertion.builder("austin-update", "austin-statement", new Claim.Occurred(ASSAULTS))
                    .stated(TimeBounds.parse("2024-11/2024-12"))
                    .build(),
                Assertion.builder("early-correction", "austin-statement", new Claim.Occurred(ASSAULTS))
                    .stated(TimeBounds.parse("2024-11-10"))
                    .supersedes("austin-update")
                    .link(LinkType.CORROBORATES, "zelensky")
                    .link(LinkType.REFINES, "austin")
                    .build())
            .build();

    Story known = story.asKnownAt(at("2024-12-01T00:00:00Z"));

    Assertion kept = known.assertion(AssertionId.of("early-correction")).orElseThrow();
    assertThat(kept.supersedes()).isEmpty();
    assertThat(kept.links()).containsExactly(AssertionLink.of(LinkType.REFINES, AssertionId.of("austin")));
    assertThat(known.toBuilder().problems()).isEmpty();
  }

  @Test
  void asKnownAt_rejectsNull() {
    assertThatThrownBy(() -> story().asKnownAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("instant");
  }
}
