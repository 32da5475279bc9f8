package io.github.eventline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Coordinates;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltReaderTest {

  private static final Path EVENTS = Fixtures.gdelt("20240806101500.export.CSV");
  private static final Path BAD_EVENTS = Fixtures.gdelt("20240807003000.export.CSV");
  private static final Path MENTIONS = Fixtures.gdelt("20240807003000.mentions.CSV");
  private static final Path BAD_MENTIONS = Fixtures.gdelt("20240807004500.mentions.CSV");

  private static List<ImportedRow> eventRows(Path file, BadRows badRows) throws IOException {
    List<ImportedRow> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      GdeltReader.readEventRows(in, file, badRows, rows::add);
    }
    return rows;
  }

  @Test
  void eventRow_withTwoActorsAndAPlace_becomesAnEventItsActorsAndItsPlace() throws IOException {
    ImportedRow row = eventRows(EVENTS, BadRows.stop()).get(0);

    assertThat(row.line()).isEqualTo(1);
    Event e = row.events().get(0);
    assertThat(e.id()).isEqualTo(EventId.of("gdelt-1187523921"));
    assertThat(e.type()).isEqualTo(EventType.of("fight"));
    assertThat(e.code()).contains(EventCode.of("CAMEO", "190"));
    assertThat(e.when()).contains(TimeBounds.on(LocalDate.of(2024, 8, 6)));
    assertThat(e.place().orElseThrow().value()).isEqualTo("gdelt-place--2993837");
    assertThat(e.participants()).containsExactly(
        Participant.of(io.github.eventline.core.ActorId.of("gdelt-actor-UKRMIL"), Role.AGENT),
        Participant.of(io.github.eventline.core.ActorId.of("gdelt-actor-RUS"), Role.TARGET));
    assertThat(e.summary()).isEqualTo("fight (CAMEO 190): UKRAINIAN ARMED FORCES on RUSSIA, at Sudzha, Kursk, Russia");
    assertThat(e.extensions()).containsEntry("x-gdelt-EventRootCode", "\"19\"")
        .containsEntry("x-gdelt-QuadClass", "4")
        .containsEntry("x-gdelt-GoldsteinScale", "-10")
        .containsEntry("x-gdelt-NumMentions", "10")
        .containsEntry("x-gdelt-NumSources", "2")
        .containsEntry("x-gdelt-IsRootEvent", "true")
        .containsEntry("x-gdelt-AvgTone", "-5.4794520547945")
        .containsEntry("x-gdelt-DATEADDED", "\"20240806101500\"")
        .containsEntry("x-gdelt-SOURCEURL",
            "\"https://www.reuters.com/world/europe/ukrainian-troops-cross-into-russias-kursk-region-2024-08-06/\"");
    assertThat(row.actors()).extracting(Actor::name, Actor::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("UKRAINIAN ARMED FORCES", ActorKind.ARMED_FORCE),
            org.assertj.core.groups.Tuple.tuple("RUSSIA", ActorKind.STATE));
    assertThat(row.actors().get(0).externalIds()).containsExactly(Map.entry("cameo", "UKRMIL"));
    Place p = row.places().get(0);
    assertThat(p.name()).isEqualTo("Sudzha, Kursk, Russia");
    assertThat(p.coordinates()).contains(Coordinates.of(51.1919, 35.2708));
    assertThat(p.country()).isEmpty();
    assertThat(p.extensions()).containsEntry("x-gdelt-Geo_CountryCode", "\"RS\"")
        .containsEntry("x-gdelt-Geo_ADM1Code", "\"RS41\"").containsEntry("x-gdelt-Geo_Type", "4");
    assertThat(row.assertions()).isEmpty();
  }

  @Test
  void eventRow_withOneActorAndNoActionGeo_hasNoTargetAndNoPlace() throws IOException {
    ImportedRow row = eventRows(EVENTS, BadRows.stop()).get(1);

    Event e = row.events().get(0);
    assertThat(e.type()).isEqualTo(EventType.of("consult"));
    assertThat(e.participants()).extracting(Participant::role).containsExactly(Role.AGENT);
    assertThat(e.place()).isEmpty();
    assertThat(row.places()).isEmpty();
    assertThat(e.extensions()).containsEntry("x-gdelt-IsRootEvent", "false").containsEntry("x-gdelt-QuadClass", "1");
    assertThat(row.actors().get(0).kind()).isEqualTo(ActorKind.GOVERNMENT);
  }

  @Test
  void read_mergesAnActorCodeSeenUnderTwoNames_firstNameInOrderAsNameTheOtherAsAlias() throws IOException {
    Story story = GdeltReader.read(EVENTS, BadRows.stop());

    Actor usagov = story.actor(io.github.eventline.core.ActorId.of("gdelt-actor-USAGOV")).orElseThrow();
    assertThat(usagov.name()).isEqualTo("PRESIDENT");
    assertThat(usagov.aliases()).containsExactly("WHITE HOUSE");
    assertThat(story.events()).hasSize(3);
    assertThat(story.places()).extracting(p -> p.id().value())
        .containsExactly("gdelt-place--2993837", "gdelt-place--1044367");
  }

  @Test
  void mentions_becomeAssertionsOfTheirOutlets_statedAtTheMentionTime_certaintyFromConfidence()
      throws IOException {
    Story story = GdeltReader.read(List.of(MENTIONS, EVENTS), BadRows.stop());

    assertThat(story.assertions()).hasSize(4);
    Assertion first = story.assertions().get(0);
    assertThat(first.source().value()).isEqualTo("gdelt-source-reuters.com");
    assertThat(first.claim()).isEqualTo(new Claim.Occurred(EventId.of("gdelt-1187523921")));
    assertThat(first.stated()).contains(TimeBounds.at(Instant.parse("2024-08-06T10:15:00Z")));
    assertThat(first.factuality().certainty()).isEqualTo(Certainty.CERTAIN);
    assertThat(first.extensions()).containsEntry("x-gdelt-Confidence", "100")
        .containsEntry("x-gdelt-SentenceID", "1").containsEntry("x-gdelt-InRawText", "true");
    assertThat(story.assertions()).extracting(a -> a.factuality().certainty())
        .containsExactly(Certainty.CERTAIN, Certainty.PROBABLE, Certainty.CERTAIN, Certainty.POSSIBLE);
    assertThat(story.sources()).extracting(Source::name)
        .containsExactly("reuters.com", "kyivindependent.com", "Le Monde (Paris)");
    assertThat(story.sources()).extracting(Source::kind).containsOnly(SourceKind.MEDIA);
    Assertion lemonde = story.assertions().get(3);
    assertThat(lemonde.source().value()).startsWith("gdelt-source-Le-Monde--Paris--");
    assertThat(lemonde.extensions()).containsEntry("x-gdelt-MentionDocTranslationInfo",
        "\"srclc:fra;eng:GT-FRA 1.0\"");
  }

  @Test
  void numMentions_isKeptOnTheEvent_andTwoMentionsOfOneOutletAreOneSource() throws IOException {
    Story story = GdeltReader.read(List.of(EVENTS, MENTIONS), BadRows.stop());

    Event kursk = story.event(EventId.of("gdelt-1187523921")).orElseThrow();
    assertThat(kursk.extensions()).containsEntry("x-gdelt-NumMentions", "10");
    assertThat(story.assertions()).filteredOn(a -> a.claim().event().equals(kursk.id()))
        .extracting(a -> a.source().value())
        .containsExactly("gdelt-source-reuters.com", "gdelt-source-kyivindependent.com", "gdelt-source-reuters.com");
  }

  @Test
  void badEventRows_areEachReportedWithFileLineAndColumn_andTheGoodRowAfterThemIsRead() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();

    Story story = GdeltReader.read(List.of(EVENTS, BAD_EVENTS), BadRows.skip(problems::add));

    assertThat(problems).containsExactly(
        new ImportProblem(BAD_EVENTS, 1, "", "61 columns expected, got 60"),
        new ImportProblem(BAD_EVENTS, 2, "SQLDATE", "\"2024-08-07\" is not a date of the form YYYYMMDD"),
        new ImportProblem(BAD_EVENTS, 3, "NumMentions", "\"ten\" is not a whole number"),
        new ImportProblem(BAD_EVENTS, 4, "GLOBALEVENTID",
            "event \"gdelt-1187523921\" was already read: an event id is read once"));
    assertThat(story.events()).extracting(e -> e.id().value())
        .containsExactly("gdelt-1187523921", "gdelt-1187523922", "gdelt-1187523923", "gdelt-1187523927");
    assertThat(story.event(EventId.of("gdelt-1187523921")).orElseThrow().when())
        .contains(TimeBounds.on(LocalDate.of(2024, 8, 6)));
  }

  @Test
  void aBadRow_stopsTheReading_byDefault() {
    assertThatThrownBy(() -> GdeltReader.read(BAD_EVENTS, BadRows.stop()))
        .isInstanceOf(ImportException.class)
        .hasMessage(BAD_EVENTS + ":1: 61 columns expected, got 60");
  }

  @Test
  void badMentionRows_unknownEventBadTimeAndWrongColumnCount_areReported() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();

    Story story = GdeltReader.read(List.of(EVENTS, BAD_MENTIONS), BadRows.skip(problems::add));

    assertThat(problems).containsExactly(
        new ImportProblem(BAD_MENTIONS, 1, "GLOBALEVENTID",
            "no event \"gdelt-999\" was read: read the file that declares it first, with this one"),
        new ImportProblem(BAD_MENTIONS, 2, "MentionTimeDate",
            "\"2024-08-07 00:30\" is not a date and time of the form YYYYMMDDHHMMSS"),
        new ImportProblem(BAD_MENTIONS, 3, "", "16 columns expected, got 15"));
    assertThat(story.assertions()).singleElement()
        .satisfies(a -> assertThat(a.claim().event().value()).isEqualTo("gdelt-1187523922"))
        .satisfies(a -> assertThat(a.factuality().certainty()).isEqualTo(Certainty.PROBABLE));
  }

  @Test
  void aMentionOfAnEventNotRead_stopsTheReading_byDefault() {
    assertThatThrownBy(() -> GdeltReader.read(BAD_MENTIONS, BadRows.stop()))
        .isInstanceOf(ImportException.class)
        .hasMessage(BAD_MENTIONS + ":1: column GLOBALEVENTID: no event \"gdelt-999\" was read: read the file that"
            + " declares it first, with this one");
  }

  @Test
  void zippedExports_readAsTheirContent(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("20240806101500.export.CSV.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("20240806101500.export.CSV"));
      Files.copy(EVENTS, out);
      out.closeEntry();
    }

    assertThat(GdeltReader.read(zip, BadRows.stop()).events())
        .isEqualTo(GdeltReader.read(EVENTS, BadRows.stop()).events());
  }

  @Test
  void theStory_writtenAsEventline1_readsBackEqual() throws IOException {
    Story story = GdeltReader.read(List.of(EVENTS, MENTIONS), BadRows.stop());

    Story back = StoryJson.fromJson(StoryJson.toJson(story));

    assertThat(back).isEqualTo(story);
  }

  @Test
  void certainty_ofConfidence_followsTheDocumentedBands() {
    assertThat(GdeltMentions.certainty(100)).isEqualTo(Certainty.CERTAIN);
    assertThat(GdeltMentions.certainty(80)).isEqualTo(Certainty.CERTAIN);
    assertThat(GdeltMentions.certainty(79)).isEqualTo(Certainty.PROBABLE);
    assertThat(GdeltMentions.certainty(50)).isEqualTo(Certainty.PROBABLE);
    assertThat(GdeltMentions.certainty(49)).isEqualTo(Certainty.POSSIBLE);
    assertThat(GdeltMentions.certainty(10)).isEqualTo(Certainty.POSSIBLE);
  }

  @Test
  void isMentionsFile_byName() {
    assertThat(GdeltReader.isMentionsFile(Path.of("x/20240806101500.mentions.CSV.zip"))).isTrue();
    assertThat(GdeltReader.isMentionsFile(Path.of("20240806101500.translation.mentions.CSV"))).isTrue();
    assertThat(GdeltReader.isMentionsFile(Path.of("20240806101500.export.CSV"))).isFalse();
  }
}
