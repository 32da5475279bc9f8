package io.github.eventline.imports;

import static io.github.eventline.imports.Cells.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Coordinates;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Place;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Role;
import io.github.eventline.core.time.TimeBounds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a GDELT 2.0 Events export ({@code YYYYMMDDHHMMSS.export.CSV}): 61 tab-separated
 * columns, no header, in the order of the GDELT 2.0 Event codebook. The mapping is documented in
 * {@code docs/imports-gdelt-acled.md}. Not public, by design.
 */
final class GdeltEvents {

  /** The columns, in file order, named as GDELT's header files name them. */
  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  static final int GLOBALEVENTID = 0;
  private static final int SQLDATE = 1;
  private static final int MONTH_YEAR = 2;
  private static final int YEAR = 3;
  private static final int FRACTION_DATE = 4;
  private static final int ACTOR1 = 5;
  private static final int ACTOR2 = 15;
  private static final int IS_ROOT_EVENT = 25;
  private static final int EVENT_CODE = 26;
  private static final int EVENT_BASE_CODE = 27;
  private static final int EVENT_ROOT_CODE = 28;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;
  private static final int NUM_MENTIONS = 31;
  private static final int NUM_SOURCES = 32;
  private static final int NUM_ARTICLES = 33;
  private static final int AVG_TONE = 34;
  private static final int ACTOR1_GEO = 35;
  private static final int ACTOR2_GEO = 43;
  private static final int ACTION_GEO = 51;
  private static final int DATEADDED = 59;
  private static final int SOURCEURL = 60;

  /** The event types of the twenty CAMEO root codes, 01 to 20, named as CAMEO names them. */
  private static final List<EventType> ROOT_TYPES = List.of(
      "make-public-statement", "appeal", "express-intent-to-cooperate", "consult", "engage-in-diplomatic-cooperation",
      "engage-in-material-cooperation", "provide-aid", "yield", "investigate", "demand", "disapprove", "reject",
      "threaten", "protest", "exhibit-force-posture", "reduce-relations", "coerce", "assault", "fight",
      "use-unconventional-mass-violence").stream().map(EventType::of).toList();

  /** Actor kinds by CAMEO actor type code. */
  private static final Map<String, ActorKind> KINDS = Map.ofEntries(
      Map.entry("GOV", ActorKind.GOVERNMENT), Map.entry("LEG", ActorKind.GOVERNMENT),
      Map.entry("JUD", ActorKind.GOVERNMENT), Map.entry("MIL", ActorKind.ARMED_FORCE),
      Map.entry("COP", ActorKind.ARMED_FORCE), Map.entry("SPY", ActorKind.ARMED_FORCE),
      Map.entry("REB", ActorKind.GROUP), Map.entry("INS", ActorKind.GROUP), Map.entry("SEP", ActorKind.GROUP),
      Map.entry("UAF", ActorKind.GROUP), Map.entry("OPP", ActorKind.GROUP), Map.entry("CRM", ActorKind.GROUP),
      Map.entry("CVL", ActorKind.GROUP), Map.entry("REF", ActorKind.GROUP), Map.entry("MED", ActorKind.MEDIA),
      Map.entry("BUS", ActorKind.ORGANIZATION), Map.entry("NGO", ActorKind.ORGANIZATION),
      Map.entry("IGO", ActorKind.ORGANIZATION), Map.entry("NGM", ActorKind.ORGANIZATION),
      Map.entry("EDU", ActorKind.ORGANIZATION), Map.entry("HLH", ActorKind.ORGANIZATION),
      Map.entry("LAB", ActorKind.ORGANIZATION), Map.entry("MNC", ActorKind.ORGANIZATION),
      Map.entry("PTY", ActorKind.ORGANIZATION), Map.entry("AMN", ActorKind.ORGANIZATION),
      Map.entry("HRI", ActorKind.ORGANIZATION), Map.entry("IRC", ActorKind.ORGANIZATION),
      Map.entry("UNO", ActorKind.ORGANIZATION));

  /** Values made for recent rows, shared by the rows that repeat them. */
  private final Recent<TimeBounds> days = new Recent<>();
  private final Recent<EventCode> codes = new Recent<>();
  private final Recent<Actor> actors = new Recent<>();
  private final Recent<Place> places = new Recent<>();
  private final Recent<String> strings = new Recent<>();
  private final Recent<String> numbers = new Recent<>();
  private final StringBuilder key = new StringBuilder(256);

  /** Creates the mapping of one file's rows; it keeps at most {@link Recent#CAPACITY} values of each kind. */
  GdeltEvents() {}

  /** The event id of a GLOBALEVENTID, as {@code gdelt-1203848537}. */
  static String eventId(String globalEventId) {
    return "gdelt-" + globalEventId;
  }

  /**
   * Maps one row.
   *
   * @throws BadCell naming the first bad column
   */
  ImportedRow row(CsvRows r, Path file) throws BadCell {
    String c0 = r.cell(GLOBALEVENTID);
    Cells.whole(COLUMNS.get(GLOBALEVENTID), c0);
    TimeBounds when = days.get(r.cell(SQLDATE));
    if (when == null) {
      when = TimeBounds.on(Cells.basicDate(COLUMNS.get(SQLDATE), r.cell(SQLDATE)));
      days.put(r.cell(SQLDATE), when);
    }
    Cells.whole(COLUMNS.get(MONTH_YEAR), r.cell(MONTH_YEAR));
    Cells.whole(COLUMNS.get(YEAR), r.cell(YEAR));
    Cells.decimal(COLUMNS.get(FRACTION_DATE), r.cell(FRACTION_DATE));
    String code = Cells.required(COLUMNS.get(EVENT_CODE), r.cell(EVENT_CODE));
    String root = r.cell(EVENT_ROOT_CODE);
    int rootNumber = Cells.whole(COLUMNS.get(EVENT_ROOT_CODE), root, 1, 20);
    Cells.whole(COLUMNS.get(QUAD_CLASS), r.cell(QUAD_CLASS), 1, 4);
    int isRoot = Cells.whole(COLUMNS.get(IS_ROOT_EVENT), r.cell(IS_ROOT_EVENT), 0, 1);
    Cells.decimal(COLUMNS.get(GOLDSTEIN), r.cell(GOLDSTEIN));
    Cells.whole(COLUMNS.get(NUM_MENTIONS), r.cell(NUM_MENTIONS));
    Cells.whole(COLUMNS.get(NUM_SOURCES), r.cell(NUM_SOURCES));
    Cells.whole(COLUMNS.get(NUM_ARTICLES), r.cell(NUM_ARTICLES));
    double tone = Cells.decimal(COLUMNS.get(AVG_TONE), r.cell(AVG_TONE));
    geo(r, ACTOR1_GEO);
    geo(r, ACTOR2_GEO);
    Optional<Place> place = geo(r, ACTION_GEO);
    Cells.basicDateTime(COLUMNS.get(DATEADDED), r.cell(DATEADDED));

    Optional<Actor> actor1 = actor(r, ACTOR1);
    Optional<Actor> actor2 = actor(r, ACTOR2);
    EventType type = ROOT_TYPES.get(rootNumber - 1);
    ImmutableMap.Builder<String, String> x = ImmutableMap.builderWithExpectedSize(11);
    x.put("x-gdelt-EventBaseCode", shared(r.cell(EVENT_BASE_CODE), true))
        .put("x-gdelt-EventRootCode", shared(root, true))
        .put("x-gdelt-QuadClass", shared(r.cell(QUAD_CLASS), false))
        .put("x-gdelt-GoldsteinScale", shared(r.cell(GOLDSTEIN), false))
        .put("x-gdelt-IsRootEvent", isRoot == 1 ? "true" : "false")
        .put("x-gdelt-NumMentions", shared(r.cell(NUM_MENTIONS), false))
        .put("x-gdelt-NumSources", shared(r.cell(NUM_SOURCES), false))
        .put("x-gdelt-NumArticles", shared(r.cell(NUM_ARTICLES), false))
        .put("x-gdelt-AvgTone", Cells.isJsonNumber(r.cell(AVG_TONE)) ? r.cell(AVG_TONE) : json(tone))
        .put("x-gdelt-DATEADDED", json(r.cell(DATEADDED)));
    if (!r.cell(SOURCEURL).isEmpty()) {
      x.put("x-gdelt-SOURCEURL", json(r.cell(SOURCEURL)));
    }
    ImmutableList.Builder<Participant> participants = ImmutableList.builderWithExpectedSize(2);
    ImmutableList.Builder<Actor> named = ImmutableList.builderWithExpectedSize(2);
    actor1.ifPresent(a -> {
      participants.add(Participant.of(a.id(), Role.AGENT));
      named.add(a);
    });
    actor2.ifPresent(a -> {
      participants.add(Participant.of(a.id(), Role.TARGET));
      named.add(a);
    });
    EventCode cameo = codes.computeIfAbsent(code, c -> EventCode.of("CAMEO", c));
    Event event = new Event(EventId.of(eventId(c0)), type, Optional.of(cameo),
        summary(type, code, actor1, actor2, place), Optional.of(when), place.map(Place::id), participants.build(),
        Optional.empty(), x.buildOrThrow());
    return new ImportedRow(file, r.line(), List.of(event), named.build(), place.isPresent() ? List.of(place.get())
        : List.of(), List.of(), List.of());
  }

  /**
   * The JSON text of a cell that recurs from row to row (a code, a count, a scale), one copy for the
   * rows that share it: a string, or a number already checked, written in its canonical form.
   */
  private String shared(String cell, boolean asString) {
    Recent<String> known = asString ? strings : numbers;
    String json = known.get(cell);
    if (json == null) {
      json = asString ? json(cell) : json(Double.parseDouble(cell));
      known.put(cell, json);
    }
    return json;
  }

  /** "fight (CAMEO 190): UKRAINE on RUSSIA, at Kursk, Kursk, Russia", the parts present. */
  private static String summary(EventType type, String code, Optional<Actor> a1, Optional<Actor> a2,
      Optional<Place> place) {
    StringBuilder s = new StringBuilder(80).append(type.value()).append(" (CAMEO ").append(code).append(')');
    a1.ifPresent(a -> s.append(": ").append(a.name()));
    a2.ifPresent(a -> s.append(a1.isPresent() ? " on " : ": on ").append(a.name()));
    place.ifPresent(p -> s.append(", at ").append(p.name()));
    return s.toString();
  }

  /** The actor of the ten columns from {@code first}, or none when its code is empty. */
  private Optional<Actor> actor(CsvRows r, int first) {
    String code = r.cell(first);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    key.setLength(0);
    key.append(code).append('\t').append(r.cell(first + 1)).append('\t').append(r.cell(first + 2)).append('\t')
        .append(r.cell(first + 7));
    String k = key.toString();
    Actor known = actors.get(k);
    if (known != null) {
      return Optional.of(known);
    }
    String name = r.cell(first + 1).isBlank() ? code : r.cell(first + 1);
    String type = r.cell(first + 7);
    ActorKind kind = KINDS.get(type);
    if (kind == null) {
      kind = type.isEmpty() && code.equals(r.cell(first + 2)) ? ActorKind.STATE : ActorKind.OTHER;
    }
    Actor actor = Actor.builder(Cells.id("gdelt-actor-", code), name).kind(kind).externalId("cameo", code).build();
    actors.put(k, actor);
    return Optional.of(actor);
  }

  /**
   * The place of the eight geography columns from {@code first}, or none when its type is 0 (no
   * location); the columns are checked either way.
   */
  private Optional<Place> geo(CsvRows r, int first) throws BadCell {
    String typeText = r.cell(first);
    int type = typeText.isEmpty() ? 0 : Cells.whole(COLUMNS.get(first), typeText, 0, 5);
    Optional<Coordinates> at = Cells.coordinates(COLUMNS.get(first + 5), r.cell(first + 5), COLUMNS.get(first + 6),
        r.cell(first + 6));
    if (type == 0 || first != ACTION_GEO) {
      return Optional.empty();
    }
    key.setLength(0);
    for (int i = first; i < first + 8; i++) {
      key.append(r.cell(i)).append('\t');
    }
    String k = key.toString();
    Place known = places.get(k);
    if (known != null) {
      return Optional.of(known);
    }
    String feature = r.cell(first + 7);
    String key = !feature.isEmpty() ? feature : !r.cell(first + 3).isEmpty() ? r.cell(first + 3) : r.cell(first + 2);
    if (key.isEmpty()) {
      throw new BadCell(COLUMNS.get(first + 7), "is empty, and so are the ADM1 and country codes, while "
          + COLUMNS.get(first) + " is " + type + ": the place cannot be named");
    }
    String name = r.cell(first + 1).isBlank() ? key : r.cell(first + 1);
    Place.Builder p = Place.builder(Cells.id("gdelt-place-", key), name)
        .extension("x-gdelt-Geo_Type", Integer.toString(type));
    at.ifPresent(c -> p.coordinates(c.latitude(), c.longitude()));
    if (!r.cell(first + 2).isEmpty()) {
      p.extension("x-gdelt-Geo_CountryCode", json(r.cell(first + 2)));
    }
    if (!r.cell(first + 3).isEmpty()) {
      p.extension("x-gdelt-Geo_ADM1Code", json(r.cell(first + 3)));
    }
    if (!r.cell(first + 4).isEmpty()) {
      p.extension("x-gdelt-Geo_ADM2Code", json(r.cell(first + 4)));
    }
    Place place = p.build();
    places.put(k, place);
    return Optional.of(place);
  }
}
