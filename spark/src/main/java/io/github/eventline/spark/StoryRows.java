package io.github.eventline.spark;

import static io.github.eventline.spark.TableCells.text;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Coordinates;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Quote;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import io.github.eventline.spark.TableCells.Columns;
import io.github.eventline.spark.TableCells.RowBuilder;
import io.github.eventline.spark.TableCells.RowReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The five story tables as Spark rows, with the columns of the export module's CSV tables
 * ({@link CsvColumns}, {@code docs/csv.md}), and the conversions between rows and the model. Cells
 * are set and read by column name. Not public, by design: {@link StoryDatasets} publishes the
 * schemas.
 */
final class StoryRows {

  /** The column every table starts with: the story (or group) a row belongs to. */
  static final String STORY = "story";

  static final StructType EVENT = CsvColumns.schema("events");
  static final StructType ACTOR = CsvColumns.schema("actors");
  static final StructType PLACE = CsvColumns.schema("places");
  static final StructType SOURCE = CsvColumns.schema("sources");
  static final StructType ASSERTION = CsvColumns.schema("assertions");

  /**
   * The claim's columns: the parts of a claim, empty where the claim type has no such part; those
   * of the assertions table between {@code event} and {@code polarity}.
   */
  static final List<StructField> CLAIM_PARTS = between(ASSERTION, "event", "polarity");

  static final StructType EVENT_STORED = stored(EVENT);
  static final StructType ACTOR_STORED = stored(ACTOR);
  static final StructType PLACE_STORED = stored(PLACE);
  static final StructType SOURCE_STORED = stored(SOURCE);
  static final StructType ASSERTION_STORED = stored(ASSERTION);

  private static final Columns EVENT_CELLS = Columns.of(EVENT);
  private static final Columns ACTOR_CELLS = Columns.of(ACTOR);
  private static final Columns PLACE_CELLS = Columns.of(PLACE);
  private static final Columns SOURCE_CELLS = Columns.of(SOURCE);
  static final Columns ASSERTION_CELLS = Columns.of(ASSERTION);
  private static final Columns EVENT_STORED_CELLS = Columns.of(EVENT_STORED);
  private static final Columns ACTOR_STORED_CELLS = Columns.of(ACTOR_STORED);
  private static final Columns PLACE_STORED_CELLS = Columns.of(PLACE_STORED);
  private static final Columns SOURCE_STORED_CELLS = Columns.of(SOURCE_STORED);
  private static final Columns ASSERTION_STORED_CELLS = Columns.of(ASSERTION_STORED);

  /** The constants by the text the tables write for them; a cell in another case is read by name. */
  private static final Map<String, Polarity> POLARITIES = byLowerCaseName(Polarity.values());
  private static final Map<String, Certainty> CERTAINTIES = byLowerCaseName(Certainty.values());
  private static final Map<String, IntervalRelation> RELATIONS = byName(IntervalRelation.values());

  private StoryRows() {}

  /** Flattens fields and lists of fields. */
  static List<StructField> fields(Object... parts) {
    List<StructField> fields = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof StructField f) {
        fields.add(f);
      } else {
        for (Object f : (List<?>) p) {
          fields.add((StructField) f);
        }
      }
    }
    return fields;
  }

  /** Returns the fields of a table strictly between two of its columns. */
  private static List<StructField> between(StructType table, String after, String before) {
    int from = table.fieldIndex(after) + 1;
    int to = table.fieldIndex(before);
    return List.of(table.fields()).subList(from, to);
  }

  /** Returns the schema of a table as stored: the story column, then the table's columns. */
  static StructType stored(StructType table) {
    return struct(fields(text(STORY), List.of(table.fields())));
  }

  // ---- events

  static Row event(String story, Event e) {
    List<Map.Entry<String, String>> participants = new ArrayList<>();
    for (Participant p : e.participants()) {
      participants.add(Map.entry(p.actor().value(), p.role().value()));
    }
    return new RowBuilder(EVENT_STORED_CELLS)
        .set(STORY, story)
        .set("id", e.id().value())
        .set("type", e.type().value())
        .set("code_scheme", e.code().map(EventCode::scheme).orElse(null))
        .set("code", e.code().map(EventCode::code).orElse(null))
        .set("summary", e.summary())
        .time("when", e.when())
        .set("place", e.place().map(PlaceId::value).orElse(null))
        .set("participants", TableCells.joinPairs(participants, ':'))
        .set("part_of", e.partOf().map(EventId::value).orElse(null))
        .build();
  }

  static Event event(Row row) {
    RowReader r = new RowReader(row, EVENT_CELLS);
    String id = r.required("id", "events");
    String where = "event \"" + id + "\"";
    Event.Builder b = Event.builder(id, orEmpty(r.text("summary")));
    String type = r.text("type");
    if (type != null) {
      b.type(EventType.of(type));
    }
    String code = r.text("code");
    if (code != null) {
      b.code(EventCode.of(r.required("code_scheme", where), code));
    }
    r.time("when", where).ifPresent(b::when);
    String place = r.text("place");
    if (place != null) {
      b.place(place);
    }
    for (Map.Entry<String, String> p : r.pairs("participants", ':')) {
      b.participant(p.getKey(), Role.of(p.getValue()));
    }
    String partOf = r.text("part_of");
    if (partOf != null) {
      b.partOf(partOf);
    }
    return b.build();
  }

  // ---- actors

  static Row actor(String story, Actor a) {
    return new RowBuilder(ACTOR_STORED_CELLS)
        .set(STORY, story)
        .set("id", a.id().value())
        .set("name", a.name())
        .set("kind", a.kind().value())
        .set("aliases", TableCells.join(a.aliases(), s -> s))
        .set("external_ids", TableCells.joinPairs(new ArrayList<>(a.externalIds().entrySet()), '='))
        .set("member_of", TableCells.join(a.memberOf(), ActorId::value))
        .build();
  }

  static Actor actor(Row row) {
    RowReader r = new RowReader(row, ACTOR_CELLS);
    Actor.Builder b = Actor.builder(r.required("id", "actors"), orEmpty(r.text("name")));
    String kind = r.text("kind");
    if (kind != null) {
      b.kind(ActorKind.of(kind));
    }
    b.alias(r.list("aliases").toArray(new String[0]));
    for (Map.Entry<String, String> id : r.pairs("external_ids", '=')) {
      b.externalId(id.getKey(), id.getValue());
    }
    b.memberOf(r.list("member_of").toArray(new String[0]));
    return b.build();
  }

  // ---- places

  static Row place(String story, Place p) {
    return new RowBuilder(PLACE_STORED_CELLS)
        .set(STORY, story)
        .set("id", p.id().value())
        .set("name", p.name())
        .set("aliases", TableCells.join(p.aliases(), s -> s))
        .set("country", p.country().orElse(null))
        .set("lat", p.coordinates().map(Coordinates::latitude).orElse(null))
        .set("lon", p.coordinates().map(Coordinates::longitude).orElse(null))
        .set("within", p.within().map(PlaceId::value).orElse(null))
        .build();
  }

  static Place place(Row row) {
    RowReader r = new RowReader(row, PLACE_CELLS);
    String id = r.required("id", "places");
    Place.Builder b = Place.builder(id, orEmpty(r.text("name")));
    b.alias(r.list("aliases").toArray(new String[0]));
    String country = r.text("country");
    if (country != null) {
      b.country(country);
    }
    Double lat = r.number("lat");
    Double lon = r.number("lon");
    if (lat != null || lon != null) {
      if (lat == null || lon == null) {
        throw new IllegalArgumentException("place \"" + id + "\": lat and lon go together; one of them is empty");
      }
      b.coordinates(lat, lon);
    }
    String within = r.text("within");
    if (within != null) {
      b.within(within);
    }
    return b.build();
  }

  // ---- sources

  static Row source(String story, Source s) {
    return new RowBuilder(SOURCE_STORED_CELLS)
        .set(STORY, story)
        .set("id", s.id().value())
        .set("name", s.name())
        .set("kind", s.kind().value())
        .set("actor", s.actor().map(ActorId::value).orElse(null))
        .set("url", s.url().orElse(null))
        .time("published", s.published())
        .set("reliability", s.reliability().isPresent() ? s.reliability().getAsDouble() : null)
        .build();
  }

  static Source source(Row row) {
    RowReader r = new RowReader(row, SOURCE_CELLS);
    String id = r.required("id", "sources");
    Source.Builder b = Source.builder(id, orEmpty(r.text("name")));
    String kind = r.text("kind");
    if (kind != null) {
      b.kind(SourceKind.of(kind));
    }
    String actor = r.text("actor");
    if (actor != null) {
      b.actor(actor);
    }
    String url = r.text("url");
    if (url != null) {
      b.url(url);
    }
    r.time("published", "source \"" + id + "\"").ifPresent(b::published);
    Double reliability = r.number("reliability");
    if (reliability != null) {
      b.reliability(reliability);
    }
    return b.build();
  }

  // ---- assertions

  /** Sets an assertion's cells, with the stated time given (the story's stated time of it). */
  static RowBuilder assertion(RowBuilder c, Assertion a, Optional<TimeBounds> stated) {
    c.set("id", a.id().value())
        .set("source", a.source().value())
        .set("via", TableCells.join(a.via(), SourceId::value))
        .set("claim_type", a.claim().type().label())
        .set("event", a.claim().event().value());
    claim(c, "", a.claim());
    List<Map.Entry<String, String>> links = new ArrayList<>();
    for (AssertionLink link : a.links()) {
      links.add(Map.entry(link.type().label(), link.assertion().value()));
    }
    return c.set("polarity", a.factuality().polarity().name().toLowerCase(Locale.ROOT))
        .set("certainty", a.factuality().certainty().name().toLowerCase(Locale.ROOT))
        .set("factuality", a.factuality().toString())
        .time("stated", stated)
        .set("quote", a.quote().map(Quote::text).orElse(null))
        .set("quote_lang", a.quote().map(Quote::language).orElse(null))
        .set("supersedes", TableCells.join(a.supersedes(), AssertionId::value))
        .set("links", TableCells.joinPairs(links, ':'))
        .set("note", a.note().orElse(null));
  }

  static Row assertion(String story, Assertion a, Optional<TimeBounds> stated) {
    return assertion(new RowBuilder(ASSERTION_STORED_CELLS).set(STORY, story), a, stated).build();
  }

  /** Sets the cells of {@link #CLAIM_PARTS} for a claim, each column's name after a prefix. */
  static RowBuilder claim(RowBuilder c, String prefix, Claim claim) {
    c.set(prefix + "other", claim instanceof Claim.Relation rel ? rel.other().value()
        : claim instanceof Claim.SameAs s ? s.other().value() : null);
    c.set(prefix + "actor", claim instanceof Claim.Participation p ? p.actor().value() : null);
    c.set(prefix + "role", claim instanceof Claim.Participation p ? p.role().value() : null);
    c.set(prefix + "place", claim instanceof Claim.Location l ? l.place().value() : null);
    Claim.Quantity q = claim instanceof Claim.Quantity x ? x : null;
    c.set(prefix + "measure", q == null ? null : q.measure());
    // an open side ("at least", "at most") is an empty cell, as in the CSV tables
    c.set(prefix + "low", q == null || !q.hasLowerBound() ? null : q.low());
    c.set(prefix + "high", q == null || !q.hasUpperBound() ? null : q.high());
    c.set(prefix + "unit", q == null ? null : q.unit().orElse(null));
    c.set(prefix + "approximate", q == null ? null : q.approximate());
    c.set(prefix + "uncertainty", q == null || q.uncertainty().isEmpty() ? null : q.uncertainty().getAsDouble());
    c.set(prefix + "relations",
        claim instanceof Claim.Relation rel ? TableCells.join(new ArrayList<>(rel.relations()), IntervalRelation::name) : null);
    return c.time(prefix + "when", claim instanceof Claim.Timing t ? Optional.of(t.when()) : Optional.empty());
  }

  /**
   * Reads an assertion; its {@code stated} is the stated time of the row, which is the
   * assertion's own or its source's publication: {@code Story.statedTime} gives the same either way.
   */
  static Assertion assertion(Row row) {
    RowReader r = new RowReader(row, ASSERTION_CELLS);
    String id = r.required("id", "assertions");
    String where = "assertion \"" + id + "\"";
    Claim claim = claim(r, where);
    Assertion.Builder b = Assertion.builder(id, r.required("source", where), claim);
    r.time("stated", where).ifPresent(b::stated);
    b.factuality(Factuality.of(
        constant(POLARITIES, Polarity.class, r.text("polarity"), Polarity.POSITIVE, "polarity", where),
        constant(CERTAINTIES, Certainty.class, r.text("certainty"), Certainty.CERTAIN, "certainty", where)));
    b.via(r.list("via").toArray(new String[0]));
    String quote = r.text("quote");
    if (quote != null) {
      b.quote(quote, r.required("quote_lang", where));
    }
    b.supersedes(r.list("supersedes").toArray(new String[0]));
    for (Map.Entry<String, String> link : r.pairs("links", ':')) {
      b.link(LinkType.fromLabel(link.getKey()), link.getValue());
    }
    String note = r.text("note");
    if (note != null) {
      b.note(note);
    }
    return b.build();
  }

  /** Reads a claim from the claim type, event and {@link #CLAIM_PARTS} cells. */
  static Claim claim(RowReader r, String where) {
    String typeCell = r.required("claim_type", where);
    ClaimType type;
    try {
      type = ClaimType.fromLabel(typeCell);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    EventId event = EventId.of(r.required("event", where));
    switch (type) {
      case OCCURRED:
        return new Claim.Occurred(event);
      case TIMING:
        return new Claim.Timing(event, r.time("when", where).orElseThrow(
            () -> new IllegalArgumentException(where + ": a timing claim needs when_label")));
      case LOCATION:
        return new Claim.Location(event, PlaceId.of(r.required("place", where)));
      case PARTICIPATION:
        String role = r.text("role");
        return new Claim.Participation(event, ActorId.of(r.required("actor", where)),
            role == null ? Role.PARTICIPANT : Role.of(role));
      case QUANTITY:
        Double low = r.number("low");
        Double high = r.number("high");
        if (low == null && high == null) {
          throw new IllegalArgumentException(where + ": a quantity claim needs low or high");
        }
        Boolean approximate = r.bool("approximate");
        Double uncertainty = r.number("uncertainty");
        // low alone is "at least", high alone "at most"
        return new Claim.Quantity(event, r.required("measure", where),
            low != null ? low : Double.NEGATIVE_INFINITY, high != null ? high : Double.POSITIVE_INFINITY,
            Optional.ofNullable(r.text("unit")), Boolean.TRUE.equals(approximate),
            uncertainty == null ? OptionalDouble.empty() : OptionalDouble.of(uncertainty));
      case RELATION:
        Set<IntervalRelation> relations = EnumSet.noneOf(IntervalRelation.class);
        for (String name : r.list("relations")) {
          relations.add(constant(RELATIONS, IntervalRelation.class, name, null, "relations", where));
        }
        return new Claim.Relation(event, relations, EventId.of(r.required("other", where)));
      case SAME_AS:
        return new Claim.SameAs(event, EventId.of(r.required("other", where)));
      default:
        throw new AssertionError(type);
    }
  }

  /**
   * Returns the constant a cell names: found in the map of the texts written, else by its name in any
   * case.
   */
  private static <E extends Enum<E>> E constant(
      Map<String, E> written, Class<E> type, String cell, E absent, String column, String where) {
    if (cell == null) {
      if (absent == null) {
        throw new IllegalArgumentException(where + ": column \"" + column + "\" is empty");
      }
      return absent;
    }
    E known = written.get(cell);
    if (known != null) {
      return known;
    }
    try {
      return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown " + column + " \"" + cell + "\"", e);
    }
  }

  private static <E extends Enum<E>> Map<String, E> byLowerCaseName(E[] constants) {
    Map<String, E> map = new HashMap<>();
    for (E e : constants) {
      map.put(e.name().toLowerCase(Locale.ROOT), e);
    }
    return Map.copyOf(map);
  }

  private static <E extends Enum<E>> Map<String, E> byName(E[] constants) {
    Map<String, E> map = new HashMap<>();
    for (E e : constants) {
      map.put(e.name(), e);
    }
    return Map.copyOf(map);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  static StructType struct(List<StructField> fields) {
    return DataTypes.createStructType(fields);
  }
}
