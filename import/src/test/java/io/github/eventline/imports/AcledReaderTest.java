package io.github.eventline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Coordinates;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.Role;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledReaderTest {

  private static final Path CLEAN = Fixtures.acled("acled-ukraine-russia-2024-08.csv");
  private static final Path MALFORMED = Fixtures.acled("acled-malformed.csv");

  private static List<ImportedRow> rows(Path file) throws IOException {
    List<ImportedRow> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      AcledReader.readRows(in, file, BadRows.stop(), rows::add);
    }
    return rows;
  }

  @Test
  void battleRow_becomesAnEventWithItsActorsPlaceAndAFatalitiesClaimPerSource() throws IOException {
    ImportedRow row = rows(CLEAN).get(0);

    assertThat(row.line()).isEqualTo(2);
    Event e = row.events().get(0);
    assertThat(e.id()).isEqualTo(EventId.of("RUS18342"));
    assertThat(e.type()).isEqualTo(EventType.of("battles"));
    assertThat(e.code()).contains(EventCode.of("ACLED", "Armed clash"));
    assertThat(e.when()).contains(TimeBounds.on(LocalDate.of(2024, 8, 6)));
    assertThat(e.summary())
        .isEqualTo("Armed clash: Military Forces of Ukraine (2019-) and Military Forces of Russia (2000-), Sudzha, Russia");
    assertThat(row.actors()).extracting(Actor::name, Actor::kind).containsExactly(
        tuple("Military Forces of Ukraine (2019-)", ActorKind.ARMED_FORCE),
        tuple("Military Forces of Russia (2000-)", ActorKind.ARMED_FORCE));
    assertThat(e.participants()).extracting(Participant::role).containsExactly(Role.PARTICIPANT, Role.PARTICIPANT);
    assertThat(e.extensions()).containsEntry("x-acled-geo_precision", "1")
        .containsEntry("x-acled-disorder_type", "\"Political violence\"")
        .containsEntry("x-acled-inter1", "1").containsEntry("x-acled-interaction", "18")
        .containsEntry("x-acled-year", "2024")
        .containsEntry("x-acled-source_scale", "\"National-International\"")
        .containsKey("x-acled-notes")
        .doesNotContainKey("x-acled-tags");
    Place p = row.places().get(0);
    assertThat(e.place()).contains(p.id());
    assertThat(p.name()).isEqualTo("Sudzha");
    assertThat(p.coordinates()).contains(Coordinates.of(51.1919, 35.2708));
    assertThat(p.extensions()).containsEntry("x-acled-country", "\"Russia\"").containsEntry("x-acled-iso", "\"643\"")
        .containsEntry("x-acled-admin1", "\"Kursk\"").containsEntry("x-acled-admin2", "\"Sudzhanskiy\"");
    assertThat(row.sources()).extracting(s -> s.name()).containsExactly("Ukrainska Pravda", "Kommersant");
    assertThat(row.assertions()).extracting(a -> a.id().value(), a -> a.source().value())
        .containsExactly(tuple("RUS18342.fatalities.1", row.sources().get(0).id().value()),
            tuple("RUS18342.fatalities.2", "acled-source-Kommersant"));
    Assertion a = row.assertions().get(0);
    assertThat(a.claim()).isEqualTo(Claim.Quantity.of(e.id(), "fatalities", 5, null, false));
    assertThat(a.stated()).contains(TimeBounds.at(Instant.ofEpochSecond(1723507200)));
  }

  @Test
  void shellingRow_longDateWithWeekPrecision_associatedActorsAsAllies_andANoteOverTwoLines() throws IOException {
    ImportedRow row = rows(CLEAN).get(1);

    assertThat(row.line()).isEqualTo(3);
    Event e = row.events().get(0);
    assertThat(e.type()).isEqualTo(EventType.of("explosions/remote-violence"));
    assertThat(e.when()).contains(TimeBounds.between(LocalDate.of(2024, 8, 4), LocalDate.of(2024, 8, 10)));
    assertThat(e.participants()).extracting(pp -> pp.actor().value(), Participant::role).containsExactly(
        tuple(Cells.id("acled-actor-", "Military Forces of Russia (2000-)"), Role.PARTICIPANT),
        tuple(Cells.id("acled-actor-", "Civilians (Ukraine)"), Role.PARTICIPANT),
        tuple(Cells.id("acled-actor-", "Health Workers (Ukraine)"), Role.ALLY),
        tuple(Cells.id("acled-actor-", "Women (Ukraine)"), Role.ALLY));
    assertThat(row.actors()).extracting(Actor::kind)
        .containsExactly(ActorKind.ARMED_FORCE, ActorKind.GROUP, ActorKind.OTHER, ActorKind.OTHER);
    assertThat(e.extensions()).containsEntry("x-acled-notes",
        "\"Around 7 August 2024, Russian forces shelled Sumy city, \\\"injuring\\\" 3 civilians,\\nincluding a nurse.\"");
    assertThat(row.assertions()).singleElement()
        .satisfies(a -> assertThat(((Claim.Quantity) a.claim()).low()).isZero());
  }

  @Test
  void protestRow_monthPrecision_andNoSourceNamed_isAcledsOwnClaim() throws IOException {
    ImportedRow row = rows(CLEAN).get(2);

    assertThat(row.line()).isEqualTo(5);
    assertThat(row.events().get(0).when()).contains(TimeBounds.in(YearMonth.of(2024, 8)));
    assertThat(row.sources()).extracting(s -> s.id().value()).containsExactly("acled-source-acled");
    assertThat(row.events().get(0).extensions()).containsEntry("x-acled-tags", "\"crowd size=around 100\"");
  }

  @Test
  void badRows_areEachReportedWithFileLineAndColumn_andTheGoodRowAfterThemIsRead() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();

    Story story = AcledReader.read(MALFORMED, BadRows.skip(problems::add));

    assertThat(problems).containsExactly(
        new ImportProblem(MALFORMED, 3, "", "31 columns expected, got 3"),
        new ImportProblem(MALFORMED, 4, "event_date", "\"2024-13-01\" is not a date such as 2024-08-06 or 06 August 2024"),
        new ImportProblem(MALFORMED, 5, "fatalities", "\"about 10\" is not a whole number"),
        new ImportProblem(MALFORMED, 6, "event_id_cnty", "event \"RUS18342\" was already read: an event id is read once"));
    assertThat(story.events()).extracting(e -> e.id().value()).containsExactly("RUS18342", "UKR176206");
    assertThat(story.assertions()).extracting(a -> a.id().value())
        .containsExactly("RUS18342.fatalities.1", "RUS18342.fatalities.2", "UKR176206.fatalities.1",
            "UKR176206.fatalities.2");
  }

  @Test
  void aBadRow_stopsTheReading_byDefault() {
    assertThatThrownBy(() -> AcledReader.read(MALFORMED, BadRows.stop()))
        .isInstanceOf(ImportException.class)
        .hasMessage(MALFORMED + ":3: 31 columns expected, got 3");
  }

  @Test
  void aHeaderWithoutARequiredColumn_stopsTheReadingEvenWhenSkipping() {
    byte[] csv = "event_id_cnty,event_date,actor1\nUKR1,2024-08-06,X\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> AcledReader.readRows(new ByteArrayInputStream(csv), Path.of("short.csv"),
            BadRows.skip(p -> { }), r -> { }))
        .isInstanceOf(ImportException.class)
        .hasMessage("short.csv:1: the header lacks the columns time_precision, event_type, sub_event_type, country,"
            + " location, latitude, longitude, source, fatalities, timestamp of the ACLED codebook");
  }

  @Test
  void aHeaderNamingAColumnTwice_stopsTheReading() {
    String header = String.join(",", AcledRows.COLUMNS) + ",notes";
    byte[] csv = (header + "\n").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> AcledReader.readRows(new ByteArrayInputStream(csv), Path.of("twice.csv"),
            BadRows.skip(p -> { }), r -> { }))
        .isInstanceOf(ImportException.class)
        .hasMessage("twice.csv:1: column notes: the header names this column twice: which cell is which cannot be told");
  }

  @Test
  void anUnclosedQuote_stopsTheReadingEvenWhenSkipping() {
    String header = String.join(",", AcledRows.COLUMNS);
    byte[] csv = (header + "\n\"UKR1,2024-08-06\n").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> AcledReader.readRows(new ByteArrayInputStream(csv), Path.of("open.csv"),
            BadRows.skip(p -> { }), r -> { }))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("open.csv:")
        .hasMessageContaining("the file cannot be read on from here");
  }

  @Test
  void theStory_validates_andWrittenAsEventline1_readsBackEqual() throws IOException {
    Story story = AcledReader.read(CLEAN, BadRows.stop());

    assertThat(story.events()).hasSize(3);
    assertThat(story.actors()).hasSize(6);
    assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
  }

  @Test
  void eventTypes_areTermsOfTheAcledNames() {
    assertThat(AcledRows.type("Violence against civilians")).isEqualTo(EventType.of("violence-against-civilians"));
    assertThat(AcledRows.type("Strategic developments")).isEqualTo(EventType.of("strategic-developments"));
  }
}
