package io.github.eventline.imports;

import static io.github.eventline.imports.Cells.json;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Place;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.time.TimeBounds;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of an ACLED CSV export, by the names of its header: the columns of the ACLED codebook,
 * any other column kept as an {@code x-acled-} field. The mapping is documented in
 * {@code docs/imports-gdelt-acled.md}. Not public, by design.
 */
final class AcledRows {

  /** The codebook's columns, in its order. */
  static final List<String> COLUMNS = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
      "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
      "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

  /** The columns a row cannot be read without. */
  static final List<String> REQUIRED = List.of(
      "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "country",
      "location", "latitude", "longitude", "source", "fatalities", "timestamp");

  /** The columns that make the event, place, actors and assertions rather than {@code x-acled-} fields. */
  private static final Set<String> MAPPED = Set.of(
      "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
      "actor2", "assoc_actor_2", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
      "longitude", "source", "fatalities", "timestamp");

  /** The columns holding whole numbers, kept as JSON numbers; inter codes may be words in newer exports. */
  private static final Set<String> WHOLE = Set.of("year", "geo_precision", "inter1", "inter2", "interaction");

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** Actor kinds by ACLED's inter code, as number and as the words of newer exports. */
  private static final Map<String, ActorKind> KINDS = Map.ofEntries(
      Map.entry("1", ActorKind.ARMED_FORCE), Map.entry("state forces", ActorKind.ARMED_FORCE),
      Map.entry("2", ActorKind.GROUP), Map.entry("rebel group", ActorKind.GROUP),
      Map.entry("3", ActorKind.GROUP), Map.entry("political militia", ActorKind.GROUP),
      Map.entry("4", ActorKind.GROUP), Map.entry("identity militia", ActorKind.GROUP),
      Map.entry("5", ActorKind.GROUP), Map.entry("rioters", ActorKind.GROUP),
      Map.entry("6", ActorKind.GROUP), Map.entry("protesters", ActorKind.GROUP),
      Map.entry("7", ActorKind.GROUP), Map.entry("civilians", ActorKind.GROUP),
      Map.entry("8", ActorKind.ARMED_FORCE), Map.entry("external/other forces", ActorKind.ARMED_FORCE));

  /** The source of fatalities of an event whose {@code source} cell is empty: ACLED itself. */
  static final String ACLED_SOURCE = "acled";

  private final Path file;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();

  private AcledRows(Path file, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i), i);
    }
  }

  /**
   * Reads the header row.
   *
   * @throws ImportException if the file is empty, or its header names a column twice or lacks a
   *     required one
   */
  static AcledRows header(CsvRows rows, Path file) throws ImportException {
    if (!rows.next()) {
      throw new ImportException(new ImportProblem(file, 1, "", "the file is empty: expected a header row"));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      names.add(rows.cell(i).strip());
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.indexOf(names.get(i)) != i) {
        throw new ImportException(new ImportProblem(file, rows.line(), names.get(i),
            "the header names this column twice: which cell is which cannot be told"));
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new ImportException(new ImportProblem(file, rows.line(), "",
          "the header lacks the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
              + " of the ACLED codebook"));
    }
    return new AcledRows(file, names);
  }

  int columns() {
    return header.size();
  }

  private String cell(CsvRows r, String column) {
    Integer i = index.get(column);
    return i == null ? "" : r.cell(i).strip();
  }

  /** The type of an ACLED event type: "Explosions/Remote violence" is {@code explosions/remote-violence}. */
  static EventType type(String eventType) {
    StringBuilder b = new StringBuilder(eventType.length());
    for (int i = 0; i < eventType.length(); i++) {
      char c = Character.toLowerCase(eventType.charAt(i));
      b.append(Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == ':' ? c : '-');
    }
    return EventType.of(b.toString());
  }

  /** The day of {@code event_date}: {@code 2024-08-06}, or {@code 06 August 2024} as ACLED's export tool writes it. */
  private static LocalDate date(String text) throws BadCell {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // the export tool's long form, tried next
    }
    try {
      return LocalDate.parse(text, LONG_DATE);
    } catch (DateTimeParseException e) {
      throw new BadCell("event_date", Cells.quote(text) + " is not a date such as 2024-08-06 or 06 August 2024");
    }
  }

  /** The bounds of a day at a {@code time_precision}: 1 the day, 2 the week around it (±3 days), 3 its month. */
  static TimeBounds when(LocalDate day, int precision) {
    return switch (precision) {
      case 1 -> TimeBounds.on(day);
      case 2 -> TimeBounds.between(day.minus(Period.ofDays(3)), day.plus(Period.ofDays(3)));
      default -> TimeBounds.in(YearMonth.from(day));
    };
  }

  /**
   * Maps one row.
   *
   * @throws BadCell naming the first bad column
   */
  ImportedRow row(CsvRows r) throws BadCell {
    String id = Cells.required("event_id_cnty", cell(r, "event_id_cnty"));
    LocalDate day = date(cell(r, "event_date"));
    int precision = Cells.whole("time_precision", cell(r, "time_precision"), 1, 3);
    String eventType = Cells.required("event_type", cell(r, "event_type"));
    String subType = Cells.required("sub_event_type", cell(r, "sub_event_type"));
    String actor1 = Cells.required("actor1", cell(r, "actor1"));
    String actor2 = cell(r, "actor2");
    String location = Cells.required("location", cell(r, "location"));
    String country = Cells.required("country", cell(r, "country"));
    var at = Cells.coordinates("latitude", cell(r, "latitude"), "longitude", cell(r, "longitude"));
    long fatalities = Cells.whole("fatalities", cell(r, "fatalities"));
    if (fatalities < 0) {
      throw new BadCell("fatalities", Cells.quote(cell(r, "fatalities")) + " is negative");
    }
    Instant timestamp = Instant.ofEpochSecond(Cells.whole("timestamp", cell(r, "timestamp")));
    EventId eventId = eventId(id);

    Map<String, Actor> actors = new LinkedHashMap<>();
    Set<String> participants = new LinkedHashSet<>();
    Event.Builder e = Event.builder(eventId, summary(subType, actor1, actor2, location, country))
        .type(type(eventType))
        .code(EventCode.of("ACLED", subType))
        .when(when(day, precision));
    participant(e, actors, participants, actor1, kind(cell(r, "inter1")), Role.PARTICIPANT);
    if (!actor2.isEmpty()) {
      participant(e, actors, participants, actor2, kind(cell(r, "inter2")), Role.PARTICIPANT);
    }
    for (String side : List.of("assoc_actor_1", "assoc_actor_2")) {
      for (String name : split(cell(r, side))) {
        participant(e, actors, participants, name, ActorKind.OTHER, Role.ALLY);
      }
    }
    Place place = place(r, location, country, at);
    e.place(place.id());
    extensions(r, e);

    List<Source> sources = new ArrayList<>();
    List<Assertion> assertions = new ArrayList<>();
    List<String> names = split(cell(r, "source"));
    if (names.isEmpty()) {
      names = List.of(ACLED_SOURCE);
    }
    for (String name : names) {
      Source s = Source.builder(Cells.id("acled-source-", name), name)
          .kind(name.equals(ACLED_SOURCE) ? SourceKind.OTHER : SourceKind.MEDIA).build();
      if (sources.stream().anyMatch(x -> x.id().equals(s.id()))) {
        continue;
      }
      sources.add(s);
      assertions.add(Assertion.builder(eventId.value() + ".fatalities." + sources.size(), s.id().value(),
              Claim.Quantity.of(eventId, "fatalities", fatalities, null, false))
          .stated(TimeBounds.at(timestamp))
          .build());
    }
    return new ImportedRow(file, r.line(), List.of(e.build()), List.copyOf(actors.values()), List.of(place), sources,
        assertions);
  }

  /** The event id of an {@code event_id_cnty}, which must be a valid id. */
  private static EventId eventId(String text) throws BadCell {
    try {
      return EventId.of(text);
    } catch (IllegalArgumentException ex) {
      throw new BadCell("event_id_cnty", ex.getMessage());
    }
  }

  private static void participant(Event.Builder e, Map<String, Actor> actors, Set<String> seen, String name,
      ActorKind kind, Role role) {
    Actor a = Actor.builder(Cells.id("acled-actor-", name), name).kind(kind).build();
    actors.merge(a.id().value(), a, ElementMerge::merge);
    if (seen.add(a.id().value() + " " + role.value())) {
      e.participant(a.id().value(), role);
    }
  }

  private static ActorKind kind(String inter) {
    return KINDS.getOrDefault(inter.toLowerCase(Locale.ROOT), ActorKind.OTHER);
  }

  private Place place(CsvRows r, String location, String country,
      Optional<io.github.eventline.core.Coordinates> at) {
    String key = String.join("|", country, cell(r, "admin1"), cell(r, "admin2"), cell(r, "admin3"), location,
        cell(r, "latitude"), cell(r, "longitude"));
    Place.Builder p = Place.builder(Cells.id("acled-place-", key), location)
        .extension("x-acled-country", json(country));
    for (String column : List.of("iso", "region", "admin1", "admin2", "admin3")) {
      if (!cell(r, column).isEmpty()) {
        p.extension("x-acled-" + column, json(cell(r, column)));
      }
    }
    at.ifPresent(c -> p.coordinates(c.latitude(), c.longitude()));
    return p.build();
  }

  /** Every column the mapping does not use, non-empty, as an {@code x-acled-} field. */
  private void extensions(CsvRows r, Event.Builder e) throws BadCell {
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String text = r.cell(i).strip();
      if (MAPPED.contains(column) || text.isEmpty()) {
        continue;
      }
      boolean whole = WHOLE.contains(column) && (text.chars().allMatch(Character::isDigit)
          || column.equals("year") || column.equals("geo_precision"));
      if (column.equals("geo_precision")) {
        Cells.whole(column, text, 1, 3);
      }
      e.extension("x-acled-" + column, whole ? Long.toString(Cells.whole(column, text)) : json(text));
    }
  }

  private static String summary(String subType, String actor1, String actor2, String location, String country) {
    return subType + ": " + actor1 + (actor2.isEmpty() ? "" : " and " + actor2) + ", " + location + ", " + country;
  }

  /** The names of a cell that lists them separated by {@code ;}, stripped, empty ones left out. */
  static List<String> split(String text) {
    List<String> names = new ArrayList<>();
    for (String s : text.split(";")) {
      if (!s.isBlank()) {
        names.add(s.strip());
      }
    }
    return names;
  }
}
