package io.github.eventline.cli;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Stories built in Java for the command's tests. */
final class Stories {

  private Stories() {}

  static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * A small story after the seed article: two dated events, one dated only from below, two
   * undated; two assertions stated through their sources' publication.
   */
  static Story kursk() {
    return Story.builder()
        .title("Kim Jong-un envoie des troupes à Koursk")
        .actor(Actor.builder("ukraine", "Ukraine").build(), Actor.builder("north-korea", "North Korea").build())
        .place(Place.builder("kursk-oblast", "Kursk Oblast").build())
        .source(
            Source.builder("article", "Le Monde").published(TimeBounds.on(LocalDate.of(2024, 12, 16))).build(),
            Source.builder("zelensky-address", "Zelensky's address")
                .published(TimeBounds.on(LocalDate.of(2024, 12, 14))).build())
        .event(
            Event.builder("nk-troops-in-assaults", "North Korean troops take part in assaults")
                .when(TimeBounds.in(YearMonth.of(2024, 12))).build(),
            Event.builder("losses", "Losses    among\n North Korean troops").build(),
            Event.builder("kursk-offensive", "Ukrainian offensive into Kursk Oblast")
                .when(TimeBounds.of(day("2024-08-01"), day("2024-08-11"), day("2024-08-01"), day("2024-08-11"),
                    Precision.DAY, "early August 2024"))
                .place("kursk-oblast").build(),
            Event.builder("a-request", "Russia asks for troops").build(),
            Event.builder("request", "Russia asks North Korea for troops")
                .when(TimeBounds.of(day("2024-08-11"), Instant.MAX, day("2024-08-11"), Instant.MAX,
                    Precision.NONE, "after the offensive"))
                .build())
        .assertion(
            Assertion.builder("a1", "zelensky-address", new Claim.Occurred(EventId.of("nk-troops-in-assaults")))
                .build(),
            Assertion.builder("a2", "article", new Claim.Occurred(EventId.of("losses"))).build())
        .build();
  }
}
