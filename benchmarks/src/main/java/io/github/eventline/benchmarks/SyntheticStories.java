package io.github.eventline.benchmarks;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic generators of realistic synthetic stories for the benchmarks.
 *
 * <p>Every event has a hidden true day between 2000 and 2024; its {@code when} states that day at
 * day precision (half of the events), its month (three in ten), its year (one in seven), or nothing.
 * The {@code PRECEDES} relations join events whose true days differ, earlier to later, so the
 * relations and dates of a story are always consistent; a quarter of them are stated the other way
 * round, as {@code FOLLOWS}. Sources are one in ten media outlets or agencies, which relay the
 * others: most assertions come {@code via} an outlet, some through an outlet and a second source.
 * Assertions carry French and Spanish quotes with accented text; about one in seven denies or
 * hedges its claim, timings and figures sometimes disagree, and a few assertions supersede an
 * earlier one of their source.
 *
 * <p>The same shape gives the same story, element for element. Not instantiable.
 */
public final class SyntheticStories {

  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
  private static final int DAYS = 9_000;
  private static final int ACTORS = 500;
  private static final int COUNTRIES = 50;
  private static final int PLACES = 500;
  /** How far ahead in the true order a relation looks for its other event. */
  private static final int WINDOW = 2_000;

  private static final String[] GIVEN = {
    "José", "María", "François", "Hélène", "Jérôme", "Inés", "Ángel", "Zoé", "Raúl", "Cécile",
    "Joaquín", "Benoît", "Lucía", "Thérèse", "Andrés", "Gaëlle", "Sebastián", "Noémie", "Martín", "Loïc"
  };
  private static final String[] FAMILY = {
    "Martínez", "Lefèvre", "Núñez", "Bérubé", "Peña", "Gérard", "Ibáñez", "Lemaître", "Muñoz", "Dupré",
    "Gómez", "Théron", "Cañas", "Clément", "Jiménez", "Rivière"
  };
  private static final String[] COUNTRY_NAMES = {
    "Pérou", "Équateur", "Sénégal", "Côte d'Ivoire", "Bénin", "México", "Perú", "Panamá", "Colombie", "Haïti"
  };
  private static final String[] CITY_NAMES = {
    "Bogotá", "Medellín", "Québec", "Besançon", "Mérida", "Córdoba", "Orléans", "Nîmes", "Cádiz", "Pétionville",
    "Asunción", "Saint-Étienne", "León", "Mâcon", "Cúcuta", "Sète"
  };
  private static final EventType[] TYPES = {
    EventType.MILITARY_OFFENSIVE, EventType.ATTACK, EventType.DEPLOYMENT, EventType.REQUEST,
    EventType.STATEMENT, EventType.AGREEMENT, EventType.MEETING, EventType.of("protest"), EventType.of("election")
  };
  private static final String[] SUMMARIES_FR = {
    "Offensive près de %s, annoncée par l'état-major", "Déclaration de %s sur la sécurité régionale",
    "Réunion à %s des ministres des Affaires étrangères", "Manifestation à %s contre la réforme",
    "Déploiement de troupes près de %s, d'après les services de renseignement"
  };
  private static final String[] SUMMARIES_ES = {
    "Ataque cerca de %s según fuentes oficiales", "Reunión en %s de los jefes de Estado",
    "Elecciones anticipadas en %s tras la crisis", "Acuerdo de paz firmado en %s", "Petición de ayuda desde %s"
  };
  private static final String[] QUOTES_FR = {
    "Selon des sources sud-coréennes, environ %d soldats auraient été déployés.",
    "D'après les informations préliminaires, les troupes auraient subi des pertes près de %s.",
    "Le ministère a démenti toute implication directe à %s.",
    "Ces révélations contredisent les déclarations antérieures du secrétaire à la Défense.",
    "L'offensive aurait commencé début août, près de %s."
  };
  private static final String[] QUOTES_ES = {
    "Según fuentes oficiales, unos %d soldados habrían sido desplegados.",
    "El ministerio negó cualquier participación en %s.",
    "La reunión se celebró en %s, según el comunicado de prensa.",
    "Fuentes de inteligencia señalan que el ataque ocurrió a principios de agosto."
  };
  private static final Role[] ROLES = {Role.AGENT, Role.TARGET, Role.ALLY, Role.SUPPLIER, Role.RECIPIENT, Role.SPEAKER};
  private static final SourceKind[] CLAIMANT_KINDS = {
    SourceKind.STATEMENT, SourceKind.OFFICIAL_DOCUMENT, SourceKind.INTELLIGENCE, SourceKind.EXPERT, SourceKind.ANONYMOUS
  };
  private static final IntervalRelation[] RELATIONS = IntervalRelation.values();

  private SyntheticStories() {}

  /**
   * Generates a story of the given shape.
   *
   * @param shape  the shape, not null
   * @return the story, valid, not null
   */
  public static Story generate(StoryShape shape) {
    requireNonNull(shape, "shape");
    return new Generator(shape).story();
  }

  /**
   * Generates a story of the given shape and writes it as a story file with {@link StoryJson}.
   *
   * @param shape  the shape, not null
   * @param file  the file, replaced if it exists, not null
   * @return the story written, not null
   * @throws IOException if the file cannot be written
   */
  public static Story writeFile(StoryShape shape, Path file) throws IOException {
    requireNonNull(file, "file");
    Story story = generate(shape);
    StoryJson.write(story, file);
    return story;
  }

  /**
   * Generates the story of the qualitative-reasoning workload: undated events, each pair of which
   * in a constraint is given a disjunction of two to four Allen relations (often non-convex, such
   * as {@code {BEFORE, AFTER}}) that holds the relation of their hidden true intervals.
   *
   * @param events  the number of events, at least 2
   * @param constraints  the number of relation claims, each on a different pair, at most
   *     {@code events * (events - 1) / 2}
   * @param seed  the seed
   * @return the story, consistent, not null
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static Story qualitative(int events, int constraints, long seed) {
    if (events < 2 || constraints < 0 || constraints > (long) events * (events - 1) / 2) {
      throw new IllegalArgumentException(
          "Cannot place " + constraints + " constraints on distinct pairs of " + events + " events");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Story.Builder story = Story.builder().title("Qualitative constraints").language("fr");
    long[] start = new long[events];
    long[] end = new long[events];
    for (int i = 0; i < events; i++) {
      start[i] = random.nextInt(1_000);
      end[i] = start[i] + 1 + random.nextInt(50);
      story.event(Event.builder(eventId(i), "Épisode nº " + i + " de la crise").build());
    }
    for (int s = 0; s < 10; s++) {
      story.source(Source.builder(sourceId(s), "Témoin nº " + s).kind(SourceKind.STATEMENT).build());
    }
    Set<Long> pairs = new HashSet<>();
    for (int c = 0; c < constraints; c++) {
      int a;
      int b;
      do {
        a = random.nextInt(events);
        b = random.nextInt(events);
      } while (a == b || !pairs.add((long) Math.min(a, b) * events + Math.max(a, b)));
      EnumSet<IntervalRelation> set = EnumSet.of(IntervalRelation.between(start[a], end[a], start[b], end[b]));
      int extra = 1 + random.nextInt(3);
      for (int k = 0; k < extra; k++) {
        set.add(RELATIONS[random.nextInt(RELATIONS.length)]);
      }
      Claim claim = Claim.Relation.of(EventId.of(eventId(a)), set, EventId.of(eventId(b)));
      story.assertion(Assertion.builder(AssertionId.of("q" + c), SourceId.of(sourceId(random.nextInt(10))), claim).build());
    }
    return story.build();
  }

  /**
   * Adds contradictions to a story, as real stories at scale hold a few: cycles of three {@code
   * BEFORE} claims ("x before y", "y before z", "z before x") over events dated to the day and far
   * apart in the story (a tenth to a fifth of its dated events between each two), and misdated
   * claims, each putting an event dated to the day before an event dated a few days to weeks earlier
   * (within the relation window of the story's own relations). Each added assertion comes from one
   * claimant, on a pair of events no other relation claim names, so that reconciliation accepts it
   * and the timeline has to resolve it.
   *
   * <p>Assertion ids: {@code cycle<k>-xy}, {@code cycle<k>-yz}, {@code cycle<k>-zx} and {@code
   * misdated<k>}. The same arguments give the same story.
   *
   * @param story  the story, with events dated to the day, not null
   * @param cycles  the number of cycles, at least 0
   * @param misdated  the number of misdated claims, at least 0
   * @param seed  the seed
   * @return the story with the contradictions, not null
   * @throws IllegalArgumentException if a count is negative or the story has too few events dated
   *     to the day for them
   */
  public static Story withConflicts(Story story, int cycles, int misdated, long seed) {
    requireNonNull(story, "story");
    List<Event> dated = new ArrayList<>();
    for (Event e : story.events()) {
      if (e.when().isPresent() && e.when().get().precision() == Precision.DAY) {
        dated.add(e);
      }
    }
    int n = dated.size();
    if (cycles < 0 || misdated < 0 || n < 100 || (long) 3 * cycles + 2L * misdated > n / 2) {
      throw new IllegalArgumentException(
          "Cannot add " + cycles + " cycles and " + misdated + " misdated claims to " + n + " events dated to the day");
    }
    dated.sort(Comparator.comparing((Event e) -> e.when().get().earliestStart()).thenComparing(Event::id));
    Set<String> pairs = new HashSet<>();
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Relation r) {
        pairs.add(pair(r.event(), r.other()));
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    int window = Math.min(WINDOW, n / 4);
    Story.Builder builder = story.toBuilder();
    SourceId claimant = story.sources().get(1).id();
    for (int k = 0; k < cycles; k++) {
      Event x;
      Event y;
      Event z;
      do {
        int first = random.nextInt(n - 2 * (n / 5) - 1);
        x = dated.get(first);
        int second = first + n / 10 + random.nextInt(n / 10);
        y = dated.get(second);
        z = dated.get(second + n / 10 + random.nextInt(n / 10));
      } while (!pairs.add(pair(x.id(), y.id())) || !pairs.add(pair(y.id(), z.id())) || !pairs.add(pair(z.id(), x.id())));
      builder.assertion(before("cycle" + k + "-xy", claimant, x, y));
      builder.assertion(before("cycle" + k + "-yz", claimant, y, z));
      builder.assertion(before("cycle" + k + "-zx", claimant, z, x));
    }
    for (int k = 0; k < misdated; k++) {
      Event early;
      Event late;
      do {
        int first = random.nextInt(n - window - 1);
        early = dated.get(first);
        late = dated.get(first + 1 + random.nextInt(window));
      } while (!late.when().get().earliestStart().isAfter(early.when().get().earliestStart())
          || !pairs.add(pair(early.id(), late.id())));
      builder.assertion(before("misdated" + k, claimant, late, early));
    }
    return builder.build();
  }

  private static String pair(EventId a, EventId b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  private static Assertion before(String id, SourceId source, Event first, Event second) {
    return Assertion.builder(AssertionId.of(id), source,
        Claim.Relation.of(first.id(), EnumSet.of(IntervalRelation.BEFORE), second.id())).build();
  }

  static String eventId(int i) {
    return "ev" + i;
  }

  static String sourceId(int i) {
    return "src" + i;
  }

  /** One generation run: the hidden truth and the story built from it. */
  private static final class Generator {
    private final StoryShape shape;
    private final SplittableRandom random;
    private final int[] trueDay;
    private final int[] truePlace;
    private final int[] trueCount;
    private final EventId[] eventIds;
    private final SourceId[] sourceIds;
    private final ActorId[] actorIds;
    private final PlaceId[] placeIds;
    private int source;
    private int lastQuantity = -1;
    private int lastQuantityEvent;
    private int lastQuantitySource;
    private final Story.Builder story = Story.builder();
    private int assertionCount;

    Generator(StoryShape shape) {
      this.shape = shape;
      this.random = new SplittableRandom(shape.seed());
      int n = shape.events();
      trueDay = new int[n];
      truePlace = new int[n];
      trueCount = new int[n];
      eventIds = new EventId[n];
      sourceIds = new SourceId[shape.sources()];
      actorIds = new ActorId[ACTORS];
      placeIds = new PlaceId[PLACES];
    }

    Story story() {
      story.title("Synthetic story of " + shape.events() + " events")
          .language("fr")
          .description("Généré pour les bancs d'essai ; generado para las pruebas de rendimiento.");
      actors();
      places();
      sources();
      events();
      relations();
      claims();
      return story.build();
    }

    private void actors() {
      for (int i = 0; i < ACTORS; i++) {
        actorIds[i] = ActorId.of("actor" + i);
        Actor.Builder actor;
        if (i < 20) {
          actor = Actor.builder(actorIds[i], "Gouvernement de " + COUNTRY_NAMES[i % COUNTRY_NAMES.length] + " " + i)
              .kind(ActorKind.GOVERNMENT);
        } else if (i < 60) {
          actor = Actor.builder(actorIds[i], "Fuerzas armadas nº " + i).kind(ActorKind.ARMED_FORCE).memberOf("actor" + (i % 20));
        } else {
          actor = Actor.builder(actorIds[i], GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length])
              .kind(ActorKind.PERSON)
              .memberOf("actor" + (i % 20));
          if (i % 7 == 0) {
            actor.alias(FAMILY[i % FAMILY.length].toUpperCase(Locale.ROOT)).externalId("wikidata", "Q" + (1000 + i));
          }
        }
        story.actor(actor.build());
      }
    }

    private void places() {
      for (int i = 0; i < PLACES; i++) {
        placeIds[i] = PlaceId.of("place" + i);
        Place.Builder place;
        if (i < COUNTRIES) {
          place = Place.builder(placeIds[i], COUNTRY_NAMES[i % COUNTRY_NAMES.length] + " " + i)
              .country(String.valueOf((char) ('A' + i % 26)) + (char) ('A' + i / 26));
        } else {
          place = Place.builder(placeIds[i], CITY_NAMES[i % CITY_NAMES.length] + " " + i)
              .within(placeIds[i % COUNTRIES])
              .coordinates(-40 + (i * 37 % 800) / 10.0, -80 + (i * 53 % 1600) / 10.0);
        }
        story.place(place.build());
      }
    }

    private void sources() {
      for (int i = 0; i < sourceIds.length; i++) {
        sourceIds[i] = SourceId.of(sourceId(i));
        Source.Builder source;
        if (isOutlet(i)) {
          source = Source.builder(sourceIds[i], (i % 20 == 0 ? "Agence de presse " : "Diario ") + CITY_NAMES[i % CITY_NAMES.length] + " " + i)
              .kind(i % 20 == 0 ? SourceKind.AGENCY : SourceKind.MEDIA)
              .url("https://news.example/" + i);
        } else {
          source = Source.builder(sourceIds[i], "Déclaration nº " + i)
              .kind(CLAIMANT_KINDS[i % CLAIMANT_KINDS.length]);
          if (i % 3 == 0) {
            source.actor(actorIds[i % ACTORS]);
          }
        }
        source.published(TimeBounds.on(EPOCH.plusDays(random.nextInt(DAYS + 60))));
        if (random.nextInt(5) != 0) {
          source.reliability((30 + random.nextInt(66)) / 100.0);
        }
        story.source(source.build());
      }
    }

    private static boolean isOutlet(int source) {
      return source % 10 == 0;
    }

    private void events() {
      int n = shape.events();
      int days = Math.min(DAYS, Math.max(2, n));
      for (int i = 0; i < n; i++) {
        eventIds[i] = EventId.of(eventId(i));
        trueDay[i] = random.nextInt(days);
        truePlace[i] = COUNTRIES + random.nextInt(PLACES - COUNTRIES);
        trueCount[i] = 100 * (1 + random.nextInt(200));
        LocalDate day = EPOCH.plusDays(trueDay[i]);
        boolean french = random.nextBoolean();
        String[] templates = french ? SUMMARIES_FR : SUMMARIES_ES;
        String city = CITY_NAMES[truePlace[i] % CITY_NAMES.length];
        Event.Builder event = Event.builder(eventIds[i], String.format(Locale.ROOT, templates[random.nextInt(templates.length)], city))
            .type(TYPES[random.nextInt(TYPES.length)]);
        int precision = random.nextInt(20);
        if (precision < 10) {
          event.when(TimeBounds.on(day));
        } else if (precision < 16) {
          event.when(TimeBounds.in(YearMonth.from(day)));
        } else if (precision < 19) {
          event.when(TimeBounds.in(Year.from(day)));
        }
        if (random.nextInt(10) < 7) {
          event.place(placeIds[truePlace[i]]);
        }
        int participants = random.nextInt(4);
        for (int k = 0; k < participants; k++) {
          event.participant(Participant.of(actorIds[random.nextInt(ACTORS)], ROLES[k % ROLES.length]));
        }
        story.event(event.build());
      }
    }

    private void relations() {
      int n = shape.events();
      if (shape.relationsPerEvent() == 0) {
        return;
      }
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> trueDay[a] != trueDay[b] ? Integer.compare(trueDay[a], trueDay[b]) : Integer.compare(a, b));
      int[] order = new int[n];
      int[] dayStart = new int[n];
      int[] dayEnd = new int[n];
      for (int p = 0; p < n; p++) {
        order[p] = boxed[p];
        dayStart[p] = p > 0 && trueDay[order[p - 1]] == trueDay[order[p]] ? dayStart[p - 1] : p;
      }
      for (int p = n - 1; p >= 0; p--) {
        dayEnd[p] = p < n - 1 && trueDay[order[p + 1]] == trueDay[order[p]] ? dayEnd[p + 1] : p + 1;
      }
      for (int p = 0; p < n; p++) {
        for (int k = 0; k < shape.relationsPerEvent(); k++) {
          int later = dayEnd[p];
          if (later < n) {
            relation(order[p], order[later + random.nextInt(Math.min(WINDOW, n - later))]);
          } else if (dayStart[p] > 0) {
            int earlier = dayStart[p];
            relation(order[earlier - 1 - random.nextInt(Math.min(WINDOW, earlier))], order[p]);
          }
        }
      }
    }

    /** A claim that {@code before} precedes {@code after}, stated from either side. */
    private void relation(int before, int after) {
      Claim claim = random.nextInt(4) == 0
          ? Claim.Relation.of(eventIds[after], IntervalRelation.FOLLOWS, eventIds[before])
          : Claim.Relation.of(eventIds[before], IntervalRelation.PRECEDES, eventIds[after]);
      Assertion.Builder assertion = assertion(claim);
      if (random.nextInt(4) == 0) {
        assertion.quote(random.nextBoolean()
            ? "La demande est intervenue après l'offensive de début août."
            : "La petición llegó después de la ofensiva de principios de agosto.", random.nextBoolean() ? "fr" : "es");
      }
      add(assertion);
    }

    private void claims() {
      int n = shape.events();
      for (int c = 0; c < shape.claims(); c++) {
        int e = random.nextInt(n);
        int kind = random.nextInt(20);
        Assertion.Builder assertion;
        if (kind < 6) {
          assertion = assertion(new Claim.Occurred(eventIds[e])).factuality(factuality());
        } else if (kind < 11) {
          assertion = assertion(new Claim.Timing(eventIds[e], timing(e))).factuality(factuality());
        } else if (kind < 14) {
          int place = random.nextInt(5) == 0 ? COUNTRIES + random.nextInt(PLACES - COUNTRIES) : truePlace[e];
          assertion = assertion(new Claim.Location(eventIds[e], placeIds[place]));
        } else if (kind < 17) {
          assertion = assertion(new Claim.Participation(eventIds[e], actorIds[random.nextInt(ACTORS)], ROLES[random.nextInt(ROLES.length)]))
              .factuality(factuality());
        } else {
          assertion = quantity(e);
        }
        if (kind < 17 && random.nextInt(3) == 0) {
          quote(assertion, e, trueCount[e]);
        }
        add(assertion);
      }
    }

    /**
     * A figure for an event; one in ten corrects the previous figure of its source, superseding it,
     * as a source revises a toll.
     */
    private Assertion.Builder quantity(int event) {
      boolean correction = lastQuantity >= 0 && random.nextInt(10) == 0;
      int e = correction ? lastQuantityEvent : event;
      int value = trueCount[e] + (random.nextInt(5) == 0 ? 100 * random.nextInt(-20, 21) : 0);
      boolean approximate = random.nextBoolean();
      Claim claim = Claim.Quantity.of(eventIds[e], "soldiers", Math.max(0, value), "person", approximate);
      Assertion.Builder assertion = correction ? assertion(claim, lastQuantitySource) : assertion(claim, claimant());
      if (correction) {
        assertion.supersedes(List.of(AssertionId.of("a" + lastQuantity)));
      }
      lastQuantity = assertionCount;
      lastQuantityEvent = e;
      lastQuantitySource = source;
      quote(assertion, e, value);
      return assertion;
    }

    private TimeBounds timing(int event) {
      int day = trueDay[event];
      if (random.nextInt(10) == 0) {
        day = Math.max(0, day + random.nextInt(-60, 61));
      }
      LocalDate date = EPOCH.plusDays(day);
      int form = random.nextInt(4);
      if (form == 0) {
        return TimeBounds.in(YearMonth.from(date));
      }
      if (form == 1 && date.getDayOfMonth() <= 10) {
        return TimeBounds.early(YearMonth.from(date));
      }
      return TimeBounds.on(date);
    }

    private Factuality factuality() {
      int f = random.nextInt(14);
      if (f == 0) {
        return Factuality.DENIED;
      }
      if (f == 1) {
        return Factuality.PROBABLE;
      }
      if (f == 2) {
        return Factuality.POSSIBLE;
      }
      return Factuality.CERTAIN;
    }

    private void quote(Assertion.Builder assertion, int event, int value) {
      String city = CITY_NAMES[truePlace[event] % CITY_NAMES.length];
      boolean french = random.nextBoolean();
      String[] templates = french ? QUOTES_FR : QUOTES_ES;
      String template = templates[random.nextInt(templates.length)];
      String text = template.contains("%d")
          ? String.format(Locale.ROOT, template, value)
          : template.contains("%s") ? String.format(Locale.ROOT, template, city) : template;
      assertion.quote(text, french ? "fr" : "es");
    }

    private int claimant() {
      int source;
      do {
        source = random.nextInt(sourceIds.length);
      } while (isOutlet(source));
      return source;
    }

    private Assertion.Builder assertion(Claim claim) {
      return assertion(claim, claimant());
    }

    /** A new assertion by a claimant, reaching the story through an attribution chain. */
    private Assertion.Builder assertion(Claim claim, int claimant) {
      source = claimant;
      Assertion.Builder assertion = Assertion.builder(AssertionId.of("a" + assertionCount), sourceIds[claimant], claim);
      int chain = random.nextInt(10);
      if (chain < 8) {
        List<SourceId> via = new ArrayList<>(2);
        via.add(sourceIds[10 * random.nextInt(sourceIds.length / 10)]);
        int relay = random.nextInt(sourceIds.length);
        if (chain >= 6 && relay != claimant && !isOutlet(relay)) {
          via.add(sourceIds[relay]);
        }
        assertion.via(via);
      }
      return assertion;
    }

    private void add(Assertion.Builder assertion) {
      story.assertion(assertion.build());
      assertionCount++;
    }
  }
}
