package io.github.eventline.timeline;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
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

/**
 * The seed article (/work/shared/seeds/kursk-north-korean-troops.fr.txt) as a story, the way a
 * careful modeller would write it down.
 */
final class SeedStory {

  static final EventId ASSAULTS = EventId.of("nk-troops-in-assaults");
  static final EventId IN_KURSK = EventId.of("nk-troops-in-kursk");
  static final EventId LOSSES = EventId.of("nk-losses");
  static final EventId OFFENSIVE = EventId.of("kursk-offensive");
  static final EventId REQUEST = EventId.of("putin-requests-help");
  static final EventId FUEL = EventId.of("russia-supplies-fuel");
  static final EventId ESCALATION = EventId.of("escalation");

  /** Zelensky's address, 14 December 2024. */
  static final TimeBounds ADDRESS_DAY = TimeBounds.parse("2024-12-14");
  static final TimeBounds EARLY_AUGUST =
      TimeBounds.of(
          Instant.parse("2024-08-01T00:00:00Z"), Instant.parse("2024-08-11T00:00:00Z"),
          Instant.parse("2024-08-01T00:00:00Z"), Instant.parse("2024-08-11T00:00:00Z"),
          Precision.DAY, "early August 2024");

  private SeedStory() {}

  static Story story() {
    return Story.builder()
        .title("Kim Jong-un envoie des troupes en Ukraine")
        .language("fr")
        .actor(
            Actor.builder("zelensky", "Volodymyr Zelensky").kind(ActorKind.PERSON).build(),
            Actor.builder("austin", "Lloyd Austin").kind(ActorKind.PERSON).build(),
            Actor.builder("putin", "Vladimir Putin").kind(ActorKind.PERSON).build(),
            Actor.builder("kim", "Kim Jong-un").kind(ActorKind.PERSON).build(),
            Actor.builder("north-korea", "North Korea").kind(ActorKind.STATE).build(),
            Actor.builder("russia", "Russia").kind(ActorKind.STATE).build(),
            Actor.builder("nk-troops", "North Korean troops").kind(ActorKind.ARMED_FORCE).memberOf("north-korea").build(),
            Actor.builder("ukraine-armed-forces", "Armed Forces of Ukraine").kind(ActorKind.ARMED_FORCE).build())
        .place(
            Place.builder("russia", "Russia").country("RU").build(),
            Place.builder("kursk-oblast", "Kursk Oblast").alias("Koursk").country("RU").within("russia").build())
        .source(
            Source.builder("article", "Kim Jong-un envoie des troupes en Ukraine").kind(SourceKind.MEDIA)
                .published(TimeBounds.parse("2024-12-16")).reliability(0.7).build(),
            Source.builder("zelensky-address", "Address of President Zelensky").kind(SourceKind.STATEMENT)
                .actor("zelensky").published(ADDRESS_DAY).reliability(0.6).build(),
            Source.builder("preliminary-information", "Preliminary information cited by Zelensky")
                .kind(SourceKind.INTELLIGENCE).build(),
            Source.builder("austin-statement", "Statement of US Defense Secretary Lloyd Austin")
                .kind(SourceKind.STATEMENT).actor("austin").published(TimeBounds.parse("2024-10-31")).reliability(0.8).build(),
            Source.builder("south-korean-sources", "South Korean sources and experts").kind(SourceKind.INTELLIGENCE)
                .reliability(0.6).build())
        .event(
            Event.builder(ASSAULTS, "North Korean troops take part in assaults in Kursk Oblast")
                .place("kursk-oblast").participant("nk-troops", Role.AGENT).build(),
            Event.builder(IN_KURSK, "About 10,000 North Korean soldiers are in the Kursk region").place("kursk-oblast").build(),
            Event.builder(LOSSES, "North Korean troops suffer notable losses").build(),
            Event.builder(OFFENSIVE, "Ukrainian offensive into Kursk Oblast")
                .when(EARLY_AUGUST).place("kursk-oblast").participant("ukraine-armed-forces", Role.AGENT).build(),
            Event.builder(REQUEST, "Putin asks Kim Jong-un for help").participant("putin", Role.AGENT).build(),
            Event.builder(FUEL, "Russia supplies fuel, anti-aircraft missiles and economic aid to North Korea").build(),
            Event.builder(ESCALATION, "The conflict escalates").build())
        .assertion(
            Assertion.builder("a1", "preliminary-information", new Claim.Occurred(ASSAULTS))
                .stated(ADDRESS_DAY).via("article", "zelensky-address").factuality(Factuality.PROBABLE)
                .quote("des informations préliminaires indiquaient que les Russes utilisaient activement des soldats "
                    + "nord-coréens dans des assauts", "fr")
                .link(LinkType.CONTRADICTS, "a2")
                .build(),
            Assertion.builder("a2", "austin-statement", new Claim.Occurred(ASSAULTS))
                .via("article").factuality(Factuality.UNCOMMITTED)
                .quote("ne pas avoir d'informations sur une implication active des soldats nord-coréens", "fr")
                .build(),
            Assertion.builder("a3", "zelensky-address", new Claim.Location(ASSAULTS, io.github.eventline.core.PlaceId.of("kursk-oblast")))
                .via("article").build(),
            Assertion.builder("a4", "south-korean-sources", Claim.Quantity.of(IN_KURSK, "soldiers", 10_000, "person", true))
                .via("article").stated(TimeBounds.parse("2024-12-16")).factuality(Factuality.POSSIBLE)
                .quote("environ 10 000 soldats nord-coréens se trouveraient actuellement dans la région", "fr")
                .build(),
            Assertion.builder("a5", "south-korean-sources", new Claim.Occurred(IN_KURSK))
                .via("article").stated(TimeBounds.parse("2024-12-16")).factuality(Factuality.POSSIBLE).build(),
            Assertion.builder("a6", "zelensky-address", new Claim.Occurred(LOSSES))
                .via("article").factuality(Factuality.POSSIBLE)
                .quote("les troupes nord-coréennes auraient déjà subi des pertes notables", "fr").build(),
            Assertion.builder("a7", "article", new Claim.Occurred(OFFENSIVE)).build(),
            Assertion.builder("a8", "article", new Claim.Timing(OFFENSIVE, EARLY_AUGUST))
                .quote("une offensive de l'armée ukrainienne début août", "fr").build(),
            Assertion.builder("a9", "article", new Claim.Occurred(REQUEST)).factuality(Factuality.POSSIBLE)
                .quote("Vladimir Poutine aurait sollicité l'aide de Kim Jong-un", "fr").build(),
            Assertion.builder("a10", "article",
                    Claim.Relation.of(REQUEST, EnumSet.of(IntervalRelation.AFTER, IntervalRelation.MET_BY), OFFENSIVE))
                .factuality(Factuality.POSSIBLE)
                .quote("Après une offensive de l'armée ukrainienne début août [...] Vladimir Poutine aurait sollicité", "fr")
                .build(),
            Assertion.builder("a11", "article", new Claim.Occurred(FUEL)).factuality(Factuality.POSSIBLE)
                .quote("la Russie aurait fourni du carburant, des missiles antiaériens et une aide économique", "fr").build())
        .build();
  }
}
