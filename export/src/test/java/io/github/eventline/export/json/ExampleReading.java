package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the reader tests of the example stories ask of a timeline: the verdict on a question, the
 * value it holds, and how each assertion stands in its explanation, by the ids of the story file.
 */
final class ExampleReading {

  private ExampleReading() {}

  /** Reads {@code examples/NAME.json}. */
  static Story story(String name) {
    try {
      return StoryJson.read(Path.of("..", "examples", name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the timeline of the story as it was known at an instant such as {@code 2010-05-01T00:00:00Z}. */
  static Timeline knownAt(Story story, String instant) {
    return Timeline.build(story.asKnownAt(Instant.parse(instant)));
  }

  static Verdict occurred(Timeline timeline, String event) {
    return timeline.occurrence(EventId.of(event));
  }

  static Verdict timing(Timeline timeline, String event) {
    return verdict(timeline, new ClaimKey(ClaimType.TIMING, EventId.of(event), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  static Verdict quantity(Timeline timeline, String event, String measure) {
    return verdict(timeline, new ClaimKey(ClaimType.QUANTITY, EventId.of(event), Optional.empty(), Optional.empty(), Optional.of(measure)));
  }

  static Verdict verdict(Timeline timeline, ClaimKey key) {
    Optional<Verdict> verdict = timeline.reconciliation().verdict(key);
    assertThat(verdict).as("verdict on " + key).isPresent();
    return verdict.orElseThrow();
  }

  /** Returns the quantity the verdict holds. */
  static Claim.Quantity heldQuantity(Verdict verdict) {
    assertThat(verdict.value()).as("value held by " + verdict).isPresent();
    assertThat(verdict.value().orElseThrow()).as("value held by " + verdict).isInstanceOf(Claim.Quantity.class);
    return (Claim.Quantity) verdict.value().orElseThrow();
  }

  /** Returns the bounds the verdict holds. */
  static TimeBounds heldBounds(Verdict verdict) {
    assertThat(verdict.value()).as("value held by " + verdict).isPresent();
    assertThat(verdict.value().orElseThrow()).as("value held by " + verdict).isInstanceOf(Claim.Timing.class);
    return ((Claim.Timing) verdict.value().orElseThrow()).when();
  }

  /** Returns the entry of one assertion in the verdict's explanation. */
  static Weighed weighed(Verdict verdict, String assertion) {
    return verdict.explanation().stream()
        .filter(w -> w.assertion().value().equals(assertion))
        .findFirst()
        .orElseThrow(() -> new AssertionError(assertion + " is not in the explanation of " + verdict));
  }

  /**
   * Checks that an assertion stands in the verdict's explanation as outdated: shown, not counted,
   * with a reason that says it was outdated, and not among the support or opposition of the value held.
   */
  static void assertOutdated(Verdict verdict, String assertion) {
    Weighed w = weighed(verdict, assertion);
    assertThat(w.reason()).as(assertion + " in " + verdict).contains("outdated by");
    assertThat(w.isCounted()).as(assertion + " counted in " + verdict).isFalse();
    assertThat(ids(verdict.support())).as("support of " + verdict).doesNotContain(assertion);
    assertThat(ids(verdict.opposition())).as("opposition of " + verdict).doesNotContain(assertion);
  }

  /** Checks that an assertion counts as its claimant's voice, with the given stance. */
  static void assertCounted(Verdict verdict, String assertion, Stance stance) {
    Weighed w = weighed(verdict, assertion);
    assertThat(w.stance()).as(assertion + " in " + verdict).isEqualTo(stance);
    assertThat(w.isCounted()).as(assertion + " counted in " + verdict).isTrue();
    assertThat(w.reason()).as(assertion + " in " + verdict).doesNotContain("outdated");
  }

  /** Returns the claimants whose voice supports the value held. */
  static List<String> supportingClaimants(Verdict verdict) {
    return verdict.explanation().stream()
        .filter(w -> w.stance() == Stance.SUPPORTS && w.isCounted())
        .map(Weighed::source)
        .map(SourceId::value)
        .distinct()
        .sorted()
        .toList();
  }

  static List<String> ids(List<AssertionId> ids) {
    return ids.stream().map(AssertionId::value).toList();
  }

  static Instant instant(String text) {
    return Instant.parse(text);
  }
}
