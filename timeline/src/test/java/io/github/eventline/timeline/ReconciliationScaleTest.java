package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: reconciling a million assertions on 200,000 events from 1,000 sources
 * against a plain hash group-by of the same records. Run with
 * {@code mvn -pl timeline -am verify -Dtest=ReconciliationScaleTest -Deventline.scale=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints the times and asserts no timing.
 */
@EnabledIfSystemProperty(named = "eventline.scale", matches = "true")
class ReconciliationScaleTest {

  private static final int EVENTS = 200_000;
  private static final int SOURCES = 1_000;
  private static final int ASSERTIONS = 1_000_000;

  @Test
  void millionAssertions_reconcileInAboutTheTimeOfAGroupBy() {
    Story story = story(new Random(42));
    long groupBy = Long.MAX_VALUE;
    long reconcile = Long.MAX_VALUE;
    int groups = 0;
    int verdicts = 0;
    for (int run = 0; run < 5; run++) {
      long t0 = System.nanoTime();
      Map<ClaimKey, List<Assertion>> grouped = new HashMap<>();
      for (Assertion a : story.assertions()) {
        grouped.computeIfAbsent(a.claim().key(), k -> new ArrayList<>(2)).add(a);
      }
      groups = grouped.size();
      long t1 = System.nanoTime();
      verdicts = Reconciliation.of(story).verdicts().size();
      long t2 = System.nanoTime();
      groupBy = Math.min(groupBy, t1 - t0);
      reconcile = Math.min(reconcile, t2 - t1);
    }
    // Best of five: the machine may be busy with other work.
    System.out.printf("group-by: %d ms (%d groups); reconcile: %d ms (%d verdicts); ratio %.2f%n",
        groupBy / 1_000_000, groups, reconcile / 1_000_000, verdicts, (double) reconcile / groupBy);
    assertThat(verdicts).isGreaterThanOrEqualTo(groups);
  }

  private static Story story(Random random) {
    Story.Builder b = Story.builder();
    for (int s = 0; s < SOURCES; s++) {
      Source.Builder source = Source.builder("s" + s, "Source " + s)
          .published(TimeBounds.on(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300))));
      if (random.nextBoolean()) {
        source.reliability(random.nextInt(101) / 100.0);
      }
      b.source(source.build());
    }
    List<EventId> ids = new ArrayList<>(EVENTS);
    for (int e = 0; e < EVENTS; e++) {
      EventId id = EventId.of("e" + e);
      ids.add(id);
      b.event(Event.builder(id, "event " + e).build());
    }
    TimeBounds[] months = new TimeBounds[12];
    for (int m = 0; m < 12; m++) {
      months[m] = TimeBounds.in(java.time.YearMonth.of(2024, m + 1));
    }
    List<Assertion> assertions = new ArrayList<>(ASSERTIONS);
    for (int i = 0; i < ASSERTIONS; i++) {
      EventId event = ids.get(random.nextInt(EVENTS));
      int kind = random.nextInt(10);
      Claim claim = kind < 6 ? new Claim.Occurred(event)
          : kind < 9 ? new Claim.Timing(event, months[random.nextInt(12)])
          : Claim.Quantity.of(event, "people", 100 * (1 + random.nextInt(20)), null, random.nextBoolean());
      Polarity polarity = random.nextInt(10) == 0 ? Polarity.NEGATIVE : random.nextInt(20) == 0 ? Polarity.UNKNOWN : Polarity.POSITIVE;
      Assertion.Builder a = Assertion.builder(io.github.eventline.core.AssertionId.of("a" + i),
              SourceId.of("s" + random.nextInt(SOURCES)), claim)
          .factuality(Factuality.of(polarity, Certainty.values()[random.nextInt(4)]));
      if (random.nextInt(3) == 0) {
        a.via("s" + random.nextInt(SOURCES));
      }
      assertions.add(a.build());
    }
    return b.assertions(assertions).build();
  }
}
