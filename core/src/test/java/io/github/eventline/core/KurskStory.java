package io.github.eventline.core;

import static io.github.eventline.core.time.IntervalRelation.AFTER;
import static io.github.eventline.core.time.IntervalRelation.MET_BY;

import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;

/**
 * The seed article, "Kim Jong-un envoie des troupes en Ukraine", modelled completely: every actor,
 * place, source, event and assertion it contains.
 *
 * <p>The article's own publication date is not in its text; the modeller dates it 2024-12-15, the day
 * after the address it reports, and says so in a note.
 */
public final class KurskStory {

  private KurskStory() {}

  /**
   * Builds the story.
   *
   * @return the seed story, valid
   */
  public static Story build() {
    return builder().build();
  }

  /**
   * Returns a builder holding the seed story, for tests that change it.
   *
   * @return the builder
   */
  public static Story.Builder builder() {
    TimeBounds articleDay = TimeBounds.on(LocalDate.of(2024, 12, 15));
    TimeBounds addressDay = TimeBounds.on(LocalDate.of(2024, 12, 14));
    return Story.builder()
        .title("Kim Jong-un envoie des troupes en Ukraine")
        .language("fr")
        .description("North Korean troops in the Kursk region, as reported by a French article of December 2024. The article's publication date is not in its text: 2024-12-15, the day after the address it reports, is the modeller's estimate.")
        .actor(
            Actor.builder("zelensky", "Volodymyr Zelensky").kind(ActorKind.PERSON).alias("Zelenskyy", "Zelensky")
                .externalId("wikidata", "Q3874799").memberOf("ukraine").build(),
            Actor.builder("ukraine", "Ukraine").kind(ActorKind.STATE).externalId("wikidata", "Q212").build(),
            Actor.builder("ukraine-armed-forces", "Armed Forces of Ukraine").kind(ActorKind.ARMED_FORCE)
                .alias("l'armée ukrainienne").memberOf("ukraine").build(),
            Actor.builder("russia", "Russia").kind(ActorKind.STATE).alias("la Russie").externalId("wikidata", "Q159").build(),
            Actor.builder("russian-armed-forces", "Russian Armed Forces").kind(ActorKind.ARMED_FORCE)
                .alias("les forces russes", "l'armée russe").memberOf("russia").build(),
            Actor.builder("putin", "Vladimir Putin").kind(ActorKind.PERSON).alias("Vladimir Poutine")
                .externalId("wikidata", "Q7747").memberOf("russia").build(),
            Actor.builder("north-korea", "North Korea").kind(ActorKind.STATE).alias("la Corée du Nord")
                .externalId("wikidata", "Q423").build(),
            Actor.builder("kim-jong-un", "Kim Jong-un").kind(ActorKind.PERSON).memberOf("north-korea").build(),
            Actor.builder("nk-troops", "North Korean troops").kind(ActorKind.ARMED_FORCE)
                .alias("les troupes nord-coréennes", "soldats nord-coréens").memberOf("north-korea").build(),
            Actor.builder("united-states", "United States").kind(ActorKind.STATE).externalId("wikidata", "Q30").build(),
            Actor.builder("lloyd-austin", "Lloyd Austin").kind(ActorKind.PERSON)
                .alias("le secrétaire américain à la Défense").memberOf("united-states").build(),
            Actor.builder("south-korea", "South Korea").kind(ActorKind.STATE).externalId("wikidata", "Q884").build())
        .place(
            Place.builder("ukraine", "Ukraine").country("UA").build(),
            Place.builder("russia", "Russia").alias("Russie").country("RU").build(),
            Place.builder("kursk-oblast", "Kursk Oblast").alias("Koursk", "Kursk", "la région de Koursk")
                .country("RU").coordinates(51.7, 36.2).within("russia").build())
        .source(
            Source.builder("article", "Kim Jong-un envoie des troupes en Ukraine (French news article)")
                .kind(SourceKind.MEDIA).published(articleDay).reliability(0.8).build(),
            Source.builder("zelensky-address", "Volodymyr Zelensky's address").kind(SourceKind.STATEMENT)
                .actor("zelensky").published(addressDay).reliability(0.7).build(),
            Source.builder("preliminary-information", "Preliminary information cited by Zelensky")
                .kind(SourceKind.INTELLIGENCE).reliability(0.6).build(),
            Source.builder("south-korean-sources", "South Korean sources and experts")
                .kind(SourceKind.INTELLIGENCE).actor("south-korea").reliability(0.7).build(),
            Source.builder("austin-statement", "Lloyd Austin's earlier statements").kind(SourceKind.STATEMENT)
                .actor("lloyd-austin").published(TimeBounds.in(YearMonth.of(2024, 10))).reliability(0.8).build())
        .event(
            Event.builder("russian-invasion", "Russia launches its military offensive in Ukraine")
                .type(EventType.MILITARY_OFFENSIVE).when(TimeBounds.on(LocalDate.of(2022, 2, 24))).place("ukraine")
                .participant("russian-armed-forces", Role.AGENT).participant("ukraine", Role.TARGET).build(),
            Event.builder("kursk-offensive", "Ukrainian offensive to retake control of areas of the Kursk region")
                .type(EventType.MILITARY_OFFENSIVE).when(TimeBounds.early(YearMonth.of(2024, 8))).place("kursk-oblast")
                .participant("ukraine-armed-forces", Role.AGENT).build(),
            Event.builder("ukrainian-occupation-of-kursk", "Ukrainian army occupies part of the Kursk region")
                .type(EventType.of("occupation")).place("kursk-oblast")
                .participant("ukraine-armed-forces", Role.AGENT).build(),
            Event.builder("putin-asks-kim", "Putin asks Kim Jong-un for help")
                .type(EventType.REQUEST).participant("putin", Role.AGENT).participant("kim-jong-un", Role.RECIPIENT).build(),
            Event.builder("russia-supplies-north-korea", "Russia provides fuel, anti-aircraft missiles and economic aid in exchange for troops")
                .type(EventType.of("supply")).participant("russia", Role.SUPPLIER).participant("north-korea", Role.RECIPIENT).build(),
            Event.builder("nk-troops-reinforce-russia", "North Korean troops come to reinforce the Russian army")
                .type(EventType.DEPLOYMENT).participant("nk-troops", Role.AGENT).participant("russian-armed-forces", Role.ALLY).build(),
            Event.builder("nk-troops-in-kursk", "North Korean soldiers present in the Kursk region, ready for combat")
                .type(EventType.DEPLOYMENT).place("kursk-oblast").participant("nk-troops", Role.AGENT).build(),
            Event.builder("nk-troops-in-assaults", "North Korean troops take part in assaults in the Kursk region alongside Russian forces")
                .type(EventType.ATTACK).place("kursk-oblast")
                .participant("nk-troops", Role.AGENT).participant("russian-armed-forces", Role.ALLY).build(),
            Event.builder("nk-losses", "North Korean troops suffer notable losses")
                .type(EventType.of("casualties")).place("kursk-oblast").participant("nk-troops", Role.TARGET).build(),
            Event.builder("zelensky-accuses-russia", "Zelensky accuses Russia of taking the war to a new stage by calling on North Korean soldiers")
                .type(EventType.STATEMENT).when(addressDay).participant("zelensky", Role.SPEAKER).participant("russia", Role.TARGET).build(),
            Event.builder("escalation", "The conflict escalates")
                .type(EventType.of("escalation")).build())
        .assertion(
            Assertion.builder("a1", "zelensky-address", new Claim.Participation(EventId.of("nk-troops-in-assaults"), ActorId.of("north-korea"), Role.ALLY))
                .via("article")
                .quote("Volodymyr Zelensky a accusé la Corée du Nord de participer à des attaques en Ukraine, aux côtés des forces russes.", "fr")
                .build(),
            Assertion.builder("a2", "zelensky-address", new Claim.Occurred(EventId.of("nk-troops-in-assaults")))
                .via("article")
                .quote("les troupes nord-coréennes se sont engagées dans des actions offensives dans la région russe de Koursk", "fr")
                .build(),
            Assertion.builder("a3", "preliminary-information", new Claim.Occurred(EventId.of("nk-troops-in-assaults")))
                .stated(addressDay).via("article", "zelensky-address").factuality(Factuality.PROBABLE)
                .quote("des informations préliminaires indiquaient que les Russes utilisaient activement des soldats nord-coréens dans des assauts en quantité notable", "fr")
                .build(),
            Assertion.builder("a4", "article", new Claim.Occurred(EventId.of("ukrainian-occupation-of-kursk")))
                .quote("la région russe de Koursk, actuellement occupée par l’armée ukrainienne", "fr").build(),
            Assertion.builder("a5", "article", new Claim.Timing(EventId.of("ukrainian-occupation-of-kursk"), TimeBounds.ongoingAt(articleDay)))
                .quote("actuellement occupée par l’armée ukrainienne", "fr")
                .note("\"actuellement\": started by the article's date and not over by then").build(),
            Assertion.builder("a6", "zelensky-address", new Claim.Occurred(EventId.of("nk-losses")))
                .via("article").factuality(Factuality.POSSIBLE)
                .quote("les troupes nord-coréennes auraient déjà subi des pertes notables", "fr")
                .note("conditional mood: a hedged report").build(),
            Assertion.builder("a7", "zelensky-address", Claim.Relation.of(EventId.of("nk-troops-reinforce-russia"), EnumSet.of(AFTER, MET_BY), EventId.of("russian-invasion")))
                .via("article")
                .quote("elles étaient venues en renfort de l’armée russe après l’offensive militaire lancée par Vladimir Poutine en Ukraine", "fr")
                .build(),
            Assertion.builder("a8", "zelensky-address", new Claim.Occurred(EventId.of("zelensky-accuses-russia")))
                .via("article")
                .quote("Il a accusé la Russie d’avoir fait franchir à la guerre une nouvelle étape en faisant appel à des soldats nord-coréens.", "fr")
                .build(),
            Assertion.builder("a9", "zelensky-address", new Claim.Occurred(EventId.of("escalation")))
                .via("article").factuality(Factuality.POSSIBLE)
                .quote("ces événements pourraient potentiellement entraîner une escalade du conflit", "fr").build(),
            Assertion.builder("a10", "article", new Claim.Occurred(EventId.of("kursk-offensive")))
                .quote("une offensive de l’armée ukrainienne début août pour reprendre le contrôle de zones dans la région de Koursk", "fr")
                .build(),
            Assertion.builder("a11", "article", new Claim.Occurred(EventId.of("putin-asks-kim")))
                .factuality(Factuality.POSSIBLE)
                .quote("Vladimir Poutine aurait sollicité l’aide de Kim Jong-un", "fr")
                .note("conditional mood: a hedged report").build(),
            Assertion.builder("a12", "article", Claim.Relation.of(EventId.of("putin-asks-kim"), EnumSet.of(AFTER, MET_BY), EventId.of("kursk-offensive")))
                .quote("Après une offensive de l’armée ukrainienne début août pour reprendre le contrôle de zones dans la région de Koursk, Vladimir Poutine aurait sollicité l’aide de Kim Jong-un.", "fr")
                .build(),
            Assertion.builder("a13", "article", new Claim.Occurred(EventId.of("russia-supplies-north-korea")))
                .factuality(Factuality.POSSIBLE)
                .quote("En échange de troupes nord-coréennes, la Russie aurait fourni du carburant, des missiles antiaériens et une aide économique.", "fr")
                .build(),
            Assertion.builder("a14", "south-korean-sources", new Claim.Occurred(EventId.of("nk-troops-in-kursk")))
                .via("article").factuality(Factuality.POSSIBLE)
                .link(LinkType.CONTRADICTS, "a17")
                .quote("environ 10 000 soldats nord-coréens se trouveraient actuellement dans la région, prêts à être déployés au combat", "fr")
                .build(),
            Assertion.builder("a15", "south-korean-sources", Claim.Quantity.of(EventId.of("nk-troops-in-kursk"), "soldiers", 10_000, "person", true))
                .via("article").factuality(Factuality.POSSIBLE)
                .quote("environ 10 000 soldats nord-coréens", "fr").build(),
            Assertion.builder("a16", "south-korean-sources", new Claim.Timing(EventId.of("nk-troops-in-kursk"), TimeBounds.ongoingAt(articleDay)))
                .stated(articleDay).via("article").factuality(Factuality.POSSIBLE)
                .quote("se trouveraient actuellement dans la région", "fr")
                .note("\"actuellement\" is the article's present: stated as relayed on 2024-12-15").build(),
            Assertion.builder("a17", "austin-statement", new Claim.Occurred(EventId.of("nk-troops-in-assaults")))
                .via("article").factuality(Factuality.UNCOMMITTED)
                .quote("Lloyd Austin, qui affirmait ne pas avoir d’informations sur une implication active des soldats nord-coréens dans les combats", "fr")
                .note("no information is not a denial").build(),
            Assertion.builder("a18", "article", new Claim.Occurred(EventId.of("nk-troops-reinforce-russia")))
                .quote("elles étaient venues en renfort de l’armée russe", "fr").build(),
            Assertion.builder("a19", "zelensky-address", new Claim.Participation(EventId.of("nk-troops-in-assaults"), ActorId.of("nk-troops"), Role.AGENT))
                .via("article")
                .quote("Ces troupes nord-coréennes sont intégrées dans des unités combinées et participent aux opérations dans la région de Koursk.", "fr")
                .build());
  }
}
