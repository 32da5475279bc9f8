package io.github.eventline.spark;

import static io.github.eventline.spark.TableCells.bool;
import static io.github.eventline.spark.TableCells.number;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The five story tables as Spark rows, with the columns of the CSV tables ({@code docs/csv.md}),
 * and the conversions between rows and the model. Not public, by design: {@link StoryDatasets}
 * publishes the schemas.
 */
final class StoryRows {

  /** The column every table starts with: the story (or group) a row belongs to. */
  static final String STORY = "story";

  static final StructType EVENT = struct(fields(
      text("id"), text("type"), text("code_scheme"), text("code"), text("summary"), TableCells.time("when"),
      text("place"), text("participants"), text("part_of")));

  static final StructType ACTOR = struct(fields(
      text("id"), text("name"), text("kind"), text("aliases"), text("external_ids"), text("member_of")));

  static final StructType PLACE = struct(fields(
      text("id"), text("name"), text("aliases"), text("country"), number("lat"), number("lon"), text("within")));

  static final StructType SOURCE = struct(fields(
      text("id"), text("name"), text("kind"), text("actor"), text("url"), TableCells.time("published"),
      number("reliability")));

  /** The claim's columns: the parts of a claim, empty where the claim type has no such part. */
  static final List<StructField> CLAIM_PARTS = fields(
      text("other"), text("actor"), text("role"), text("place"), text("measure"), number("low"), number("high"),
      text("unit"), bool("approximate"), number("uncertainty"), text("relations"), TableCells.time("when"));

  static final StructType ASSERTION = struct(fields(
      text("id"), text("source"), text("via"), text("claim_type"), text("event"), CLAIM_PARTS,
      text("polarity"), text("certainty"), text("factuality"), TableCells.time("stated"), text("quote"),
      text("quote_lang"), text("supersedes"), text("links"), text("note")));

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

  /** Returns the schema of a table as stored: the story column, then the table's columns. */
  static StructType stored(StructType table) {
    return struct(fields(text(STORY), List.of(table.fields())));
  }

  // ---- events

  static Row event(String story, Event e) {
    List<Object> c = new ArrayList<>();
    c.add(story);
    c.add(e.id().value());
    c.add(e.type().value());
    c.add(e.code().map(EventCode::scheme).orElse(null));
    c.add(e.code().map(EventCode::code).orElse(null));
    c.add(e.summary());
    TableCells.time(c, e.when());
    c.add(e.place().map(PlaceId::value).orElse(null));
    List<Map.Entry<String, String>> participants = new ArrayList<>();
    for (Participant p : e.participants()) {
      participants.add(Map.entry(p.actor().value(), p.role().value()));
    }
    c.add(TableCells.joinPairs(participants, ':'));
    c.add(e.partOf().map(EventId::value).orElse(null));
    return RowFactory.create(c.toArray());
  }

  static Event event(Row r) {
    String id = TableCells.required(r, "id", "events");
    String where = "event \"" + id + "\"";
    Event.Builder b = Event.builder(id, orEmpty(TableCells.text(r, "summary")));
    String type = TableCells.text(r, "type");
    if (type != null) {
      b.type(EventType.of(type));
    }
    String code = TableCells.text(r, "code");
    if (code != null) {
      b.code(EventCode.of(TableCells.required(r, "code_scheme", where), code));
    }
    TableCells.time(r, "when", where).ifPresent(b::when);
    String place = TableCells.text(r, "place");
    if (place != null) {
      b.place(place);
    }
    for (Map.Entry<String, String> p : TableCells.pairs(r, "participants", ':')) {
      b.participant(p.getKey(), Role.of(p.getValue()));
    }
    String partOf = TableCells.text(r, "part_of");
    if (partOf != null) {
      b.partOf(partOf);
    }
    return b.build();
  }

  // ---- actors

  static Row actor(String story, Actor a) {
    return RowFactory.create(
        story,
        a.id().value(),
        a.name(),
        a.kind().value(),
        TableCells.join(a.aliases(), s -> s),
        TableCells.joinPairs(new ArrayList<>(a.externalIds().entrySet()), '='),
        TableCells.join(a.memberOf(), ActorId::value));
  }

  static Actor actor(Row r) {
    Actor.Builder b = Actor.builder(TableCells.required(r, "id", "actors"), orEmpty(TableCells.text(r, "name")));
    String kind = TableCells.text(r, "kind");
    if (kind != null) {
      b.kind(ActorKind.of(kind));
    }
    b.alias(TableCells.list(r, "aliases").toArray(new String[0]));
    for (Map.Entry<String, String> id : TableCells.pairs(r, "external_ids", '=')) {
      b.externalId(id.getKey(), id.getValue());
    }
    b.memberOf(TableCells.list(r, "member_of").toArray(new String[0]));
    return b.build();
  }

  // ---- places

  static Row place(String story, Place p) {
    return RowFactory.create(
        story,
        p.id().value(),
        p.name(),
        TableCells.join(p.aliases(), s -> s),
        p.country().orElse(null),
        p.coordinates().map(Coordinates::latitude).orElse(null),
        p.coordinates().map(Coordinates::longitude).orElse(null),
        p.within().map(PlaceId::value).orElse(null));
  }

  static Place place(Row r) {
    String id = TableCells.required(r, "id", "places");
    Place.Builder b = Place.builder(id, orEmpty(TableCells.text(r, "name")));
    b.alias(TableCells.list(r, "aliases").toArray(new String[0]));
    String country = TableCells.text(r, "country");
    if (country != null) {
      b.country(country);
    }
    Double lat = TableCells.number(r, "lat");
    Double lon = TableCells.number(r, "lon");
    if (lat != null || lon != null) {
      if (lat == null || lon == null) {
        throw new IllegalArgumentException("place \"" + id + "\": lat and lon go together; one of them is empty");
      }
      b.coordinates(lat, lon);
    }
    String within = TableCells.text(r, "within");
    if (within != null) {
      b.within(within);
    }
    return b.build();
  }

  // ---- sources

  static Row source(String story, Source s) {
    List<Object> c = new ArrayList<>();
    c.add(story);
    c.add(s.id().value());
    c.add(s.name());
    c.add(s.kind().value());
    c.add(s.actor().map(ActorId::value).orElse(null));
    c.add(s.url().orElse(null));
    TableCells.time(c, s.published());
    c.add(s.reliability().isPresent() ? s.reliability().getAsDouble() : null);
    return RowFactory.create(c.toArray());
  }

  static Source source(Row r) {
    String id = TableCells.required(r, "id", "sources");
    Source.Builder b = Source.builder(id, orEmpty(TableCells.text(r, "name")));
    String kind = TableCells.text(r, "kind");
    if (kind != null) {
      b.kind(SourceKind.of(kind));
    }
    String actor = TableCells.text(r, "actor");
    if (actor != null) {
      b.actor(actor);
    }
    String url = TableCells.text(r, "url");
    if (url != null) {
      b.url(url);
    }
    TableCells.time(r, "published", "source \"" + id + "\"").ifPresent(b::published);
    Double reliability = TableCells.number(r, "reliability");
    if (reliability != null) {
      b.reliability(reliability);
    }
    return b.build();
  }

  // ---- assertions

  /** Appends an assertion's cells, with the stated time given (the story's stated time of it). */
  static void assertion(List<Object> c, Assertion a, Optional<TimeBounds> stated) {
    c.add(a.id().value());
    c.add(a.source().value());
    c.add(TableCells.join(a.via(), SourceId::value));
    c.add(a.claim().type().label());
    c.add(a.claim().event().value());
    claim(c, a.claim());
    c.add(a.factuality().polarity().name().toLowerCase(Locale.ROOT));
    c.add(a.factuality().certainty().name().toLowerCase(Locale.ROOT));
    c.add(a.factuality().toString());
    TableCells.time(c, stated);
    c.add(a.quote().map(Quote::text).orElse(null));
    c.add(a.quote().map(Quote::language).orElse(null));
    c.add(TableCells.join(a.supersedes(), AssertionId::value));
    List<Map.Entry<String, String>> links = new ArrayList<>();
    for (AssertionLink link : a.links()) {
      links.add(Map.entry(link.type().label(), link.assertion().value()));
    }
    c.add(TableCells.joinPairs(links, ':'));
    c.add(a.note().orElse(null));
  }

  static Row assertion(String story, Assertion a, Optional<TimeBounds> stated) {
    List<Object> c = new ArrayList<>();
    c.add(story);
    assertion(c, a, stated);
    return RowFactory.create(c.toArray());
  }

  /** Appends the cells of {@link #CLAIM_PARTS} for a claim. */
  static void claim(List<Object> c, Claim claim) {
    c.add(claim instanceof Claim.Relation rel ? rel.other().value()
        : claim instanceof Claim.SameAs s ? s.other().value() : null);
    c.add(claim instanceof Claim.Participation p ? p.actor().value() : null);
    c.add(claim instanceof Claim.Participation p ? p.role().value() : null);
    c.add(claim instanceof Claim.Location l ? l.place().value() : null);
    Claim.Quantity q = claim instanceof Claim.Quantity x ? x : null;
    c.add(q == null ? null : q.measure());
    // an open side ("at least", "at most") is an empty cell, as in the CSV tables
    c.add(q == null || !q.hasLowerBound() ? null : q.low());
    c.add(q == null || !q.hasUpperBound() ? null : q.high());
    c.add(q == null ? null : q.unit().orElse(null));
    c.add(q == null ? null : q.approximate());
    c.add(q == null || q.uncertainty().isEmpty() ? null : q.uncertainty().getAsDouble());
    c.add(claim instanceof Claim.Relation rel ? TableCells.join(new ArrayList<>(rel.relations()), IntervalRelation::name) : null);
    TableCells.time(c, claim instanceof Claim.Timing t ? Optional.of(t.when()) : Optional.empty());
  }

  /**
   * Reads an assertion; its {@code stated} is the stated time of the row, which is the
   * assertion's own or its source's publication: {@code Story.statedTime} gives the same either way.
   */
  static Assertion assertion(Row r) {
    String id = TableCells.required(r, "id", "assertions");
    String where = "assertion \"" + id + "\"";
    Claim claim = claim(r, where);
    Assertion.Builder b = Assertion.builder(id, TableCells.required(r, "source", where), claim);
    TableCells.time(r, "stated", where).ifPresent(b::stated);
    b.factuality(Factuality.of(
        constant(Polarity.class, TableCells.text(r, "polarity"), Polarity.POSITIVE, "polarity", where),
        constant(Certainty.class, TableCells.text(r, "certainty"), Certainty.CERTAIN, "certainty", where)));
    b.via(TableCells.list(r, "via").toArray(new String[0]));
    String quote = TableCells.text(r, "quote");
    if (quote != null) {
      b.quote(quote, TableCells.required(r, "quote_lang", where));
    }
    b.supersedes(TableCells.list(r, "supersedes").toArray(new String[0]));
    for (Map.Entry<String, String> link : TableCells.pairs(r, "links", ':')) {
      b.link(LinkType.fromLabel(link.getKey()), link.getValue());
    }
    String note = TableCells.text(r, "note");
    if (note != null) {
      b.note(note);
    }
    return b.build();
  }

  /** Reads a claim from the claim type, event and {@link #CLAIM_PARTS} cells. */
  static Claim claim(Row r, String where) {
    String typeCell = TableCells.required(r, "claim_type", where);
    ClaimType type;
    try {
      type = ClaimType.fromLabel(typeCell);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    EventId event = EventId.of(TableCells.required(r, "event", where));
    switch (type) {
      case OCCURRED:
        return new Claim.Occurred(event);
      case TIMING:
        return new Claim.Timing(event, TableCells.time(r, "when", where).orElseThrow(
            () -> new IllegalArgumentException(where + ": a timing claim needs when_label")));
      case LOCATION:
        return new Claim.Location(event, PlaceId.of(TableCells.required(r, "place", where)));
      case PARTICIPATION:
        String role = TableCells.text(r, "role");
        return new Claim.Participation(event, ActorId.of(TableCells.required(r, "actor", where)),
            role == null ? Role.PARTICIPANT : Role.of(role));
      case QUANTITY:
        Double low = TableCells.number(r, "low");
        Double high = TableCells.number(r, "high");
        if (low == null && high == null) {
          throw new IllegalArgumentException(where + ": a quantity claim needs low or high");
        }
        Boolean approximate = TableCells.bool(r, "approximate");
        Double uncertainty = TableCells.number(r, "uncertainty");
        // low alone is "at least", high alone "at most"
        return new Claim.Quantity(event, TableCells.required(r, "measure", where),
            low != null ? low : Double.NEGATIVE_INFINITY, high != null ? high : Double.POSITIVE_INFINITY,
            Optional.ofNullable(TableCells.text(r, "unit")), Boolean.TRUE.equals(approximate),
            uncertainty == null ? OptionalDouble.empty() : OptionalDouble.of(uncertainty));
      case RELATION:
        Set<IntervalRelation> relations = EnumSet.noneOf(IntervalRelation.class);
        for (String name : TableCells.list(r, "relations")) {
          relations.add(constant(IntervalRelation.class, name, null, "relations", where));
        }
        return new Claim.Relation(event, relations, EventId.of(TableCells.required(r, "other", where)));
      case SAME_AS:
        return new Claim.SameAs(event, EventId.of(TableCells.required(r, "other", where)));
      default:
        throw new AssertionError(type);
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String cell, E absent, String column, String where) {
    if (cell == null) {
      if (absent == null) {
        throw new IllegalArgumentException(where + ": column \"" + column + "\" is empty");
      }
      return absent;
    }
    try {
      return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown " + column + " \"" + cell + "\"", e);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Returns a required column of a struct type by name, for the nested rows of a grouping. */
  static StructField column(StructType type, String name) {
    return type.fields()[type.fieldIndex(name)];
  }

  static StructType withStory(List<StructField> fields) {
    return struct(fields(text(STORY), fields));
  }

  static StructType struct(List<StructField> fields) {
    return DataTypes.createStructType(fields);
  }
}
