package io.github.eventline.export.json;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Place;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.EnumSet;

/** Small stories built in Java for the tests. */
final class SampleStories {

  private SampleStories() {}

  /** A story using every field of the format once. */
  static Story everyField() {
    return Story.builder()
        .title("Kim « test »")
        .language("fr")
        .description("Every field once")
        .extension("x-meta", "{\"a\":[1,2.50,{}],\"b\":\"é\"}")
        .actor(
            Actor.builder("zelensky", "Volodymyr Zelensky").kind(ActorKind.PERSON).alias("Zelenskyy")
                .externalId("wikidata", "Q3874799").memberOf("ukraine").extension("x-note", "\"n\"").build(),
            Actor.builder("ukraine", "Ukraine").kind(ActorKind.STATE).build())
        .place(Place.builder("kursk", "Kursk").alias("Koursk").country("RU").within("russia").coordinates(51.7, 36.2).build(),
            Place.builder("russia", "Russia").country("RU").build())
        .source(Source.builder("addr", "Address").kind(SourceKind.STATEMENT).actor("zelensky")
            .published(TimeBounds.parse("2024-10-28")).reliability(0.7).url("https://example.org/a").build(),
            Source.builder("paper", "Paper").kind(SourceKind.MEDIA).build())
        .event(
            Event.builder("off", "Offensive").type(EventType.MILITARY_OFFENSIVE)
                .code(io.github.eventline.core.EventCode.of("CAMEO", "190"))
                .when(TimeBounds.of(Instant.parse("2024-08-01T00:00:00Z"), Instant.parse("2024-08-11T00:00:00Z"),
                    Instant.parse("2024-08-01T00:00:00Z"), Instant.parse("2024-08-11T00:00:00Z"), Precision.DAY, "early August"))
                .place("kursk").participant("ukraine", Role.AGENT).build(),
            Event.builder("ask", "Ask").partOf("off").build())
        .assertion(
            Assertion.builder("a1", "addr", Claim.Quantity.of(EventId.of("off"), "soldiers", 10000, "person", true))
                .factuality(Factuality.POSSIBLE).quote("environ 10 000", "fr").build(),
            Assertion.builder("a2", "addr", Claim.Relation.of(EventId.of("ask"),
                    EnumSet.of(IntervalRelation.MET_BY, IntervalRelation.AFTER), EventId.of("off")))
                .stated(TimeBounds.parse("2024-11"))
                .via("paper").link(LinkType.CONTRADICTS, "a1").note("n").build(),
            Assertion.builder("a3", "addr", new Claim.Quantity(EventId.of("off"), "losses", 0.5, 1e20,
                    java.util.Optional.empty(), false))
                .factuality(Factuality.UNCOMMITTED).supersedes("a1").build(),
            Assertion.builder("a4", "addr", new Claim.Participation(EventId.of("off"), io.github.eventline.core.ActorId.of("zelensky"), Role.SPEAKER)).build(),
            Assertion.builder("a5", "addr", new Claim.Location(EventId.of("off"), io.github.eventline.core.PlaceId.of("kursk"))).build(),
            Assertion.builder("a6", "addr", new Claim.SameAs(EventId.of("off"), EventId.of("ask"))).build(),
            Assertion.builder("a7", "addr", new Claim.Timing(EventId.of("off"), TimeBounds.parse("2024-08-06"))).build(),
            Assertion.builder("a8", "addr", new Claim.Occurred(EventId.of("ask"))).extension("x-n", "[true,null]").build(),
            Assertion.builder("a9", "addr", Claim.Quantity.atLeast(EventId.of("off"), "dead", 26500, "people")).build(),
            Assertion.builder("a10", "addr", Claim.Quantity.atMost(EventId.of("ask"), "dead", 100, null)).build(),
            Assertion.builder("a11", "addr",
                Claim.Quantity.of(EventId.of("ask"), "flow", 70000, "bbl/d", true).withUncertainty(0.2)).build())
        .build();
  }
}
