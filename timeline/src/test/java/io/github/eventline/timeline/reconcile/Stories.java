package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.util.List;
import java.util.Optional;

/** Small stories for the tests of the rules, built with the core builders. */
final class Stories {

  static final EventId E1 = EventId.of("e1");
  static final EventId E2 = EventId.of("e2");
  static final EventId WHOLE = EventId.of("war");
  static final EventId PART = EventId.of("battle");

  private Stories() {}

  /**
   * A story with events e1, e2, a battle part of a war, places kursk (within russia) and ukraine,
   * and sources s1, s2... of the given reliabilities, with no publication date.
   */
  static Story.Builder story(double... reliabilities) {
    Story.Builder b = Story.builder()
        .event(Event.builder(E1, "first").build(), Event.builder(E2, "second").build(),
            Event.builder(WHOLE, "the war").build(), Event.builder(PART, "a battle of the war").partOf(WHOLE).build())
        .place(
            Place.builder("russia", "Russia").build(),
            Place.builder("kursk", "Kursk").within("russia").build(),
            Place.builder("ukraine", "Ukraine").build())
        .source(Source.builder("outlet1", "Outlet 1").build(), Source.builder("outlet2", "Outlet 2").build());
    for (int i = 0; i < reliabilities.length; i++) {
      b.source(Source.builder("s" + (i + 1), "Source " + (i + 1)).reliability(reliabilities[i]).build());
    }
    return b;
  }

  static Assertion.Builder says(String id, String source, Claim claim) {
    return Assertion.builder(id, source, claim);
  }

  static TimeBounds day(String day) {
    return TimeBounds.parse(day);
  }

  static Claim.Quantity figure(EventId event, double low, double high) {
    return new Claim.Quantity(event, "deaths", low, high, Optional.of("person"), false);
  }

  static ClaimKey quantityKey(EventId event) {
    return new ClaimKey(ClaimType.QUANTITY, event, Optional.empty(), Optional.empty(), Optional.of("deaths"));
  }

  static ClaimKey timingKey(EventId event) {
    return new ClaimKey(ClaimType.TIMING, event, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Verdict verdict(Story story, ClaimKey key) {
    return Reconciliation.of(story).verdict(key).orElseThrow();
  }

  static Weighed entry(Verdict v, String assertion) {
    return v.explanation().stream().filter(w -> w.assertion().value().equals(assertion)).findFirst().orElseThrow();
  }

  static List<String> ids(List<AssertionId> ids) {
    return ids.stream().map(AssertionId::value).toList();
  }
}
