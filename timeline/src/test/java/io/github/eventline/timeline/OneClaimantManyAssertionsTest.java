package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One source stating one claim many times, as a story file of tiny assertions can: the verdict's
 * explanation is made in time linear in the assertions (it was quadratic, hours for the 1.4
 * million assertions a 98 MB file holds).
 */
class OneClaimantManyAssertionsTest {

  private static final int ASSERTIONS = 300_000;

  @Test
  void theExplanation_ofOneClaimantsMany_isLinear() {
    EventId event = EventId.of("e");
    List<Assertion> assertions = new ArrayList<>(ASSERTIONS);
    for (int i = 0; i < ASSERTIONS; i++) {
      assertions.add(Assertion.builder("a" + i, "wire", new Claim.Occurred(event)).build());
    }
    Story story = Story.builder()
        .source(Source.builder("wire", "Wire").build())
        .event(Event.builder("e", "Event").build())
        .assertions(assertions)
        .build();

    List<Weighed> explanation = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        Timeline.build(story).verdicts().stream()
            .filter(v -> v.key().event().equals(event))
            .findFirst().orElseThrow().explanation().stream().toList()); // made, not only promised

    assertThat(explanation).hasSize(ASSERTIONS);
    assertThat(explanation.stream().filter(Weighed::isCounted)).singleElement()
        .extracting(Weighed::assertion).hasToString("a0");
  }
}
