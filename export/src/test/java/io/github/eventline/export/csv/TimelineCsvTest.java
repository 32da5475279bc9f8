package io.github.eventline.export.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline tables: read back with Jackson's CSV reader, guarded, complete and deterministic. */
class TimelineCsvTest {

  /** Two events dated a month apart, and a claim that the later came first: one conflict. */
  private static final String CONFLICT_JSON = """
      {
        "format": "eventline/1",
        "sources": [{"id": "wire", "name": "Wire", "kind": "agency", "reliability": 0.9}],
        "events": [
          {"id": "talks", "summary": "=1+1 talks | held", "when": "2024-08-01"},
          {"id": "strike", "summary": "-strike, at dawn", "when": "2024-07-01"},
          {"id": "vote", "summary": "@SUM(A1) vote"}
        ],
        "assertions": [
          {"id": "a1", "source": "wire",
           "claim": {"type": "relation", "event": "talks", "relation": ["before"], "other": "strike"}},
          {"id": "a2", "source": "wire", "claim": {"type": "quantity", "event": "vote", "measure": "-votes", "value": -3.5}}
        ]
      }
      """;

  @TempDir Path dir;

  private final Timeline kursk = Timeline.build(KurskStory.build());

  private static Timeline conflict() {
    return Timeline.build(StoryJson.fromJson(CONFLICT_JSON));
  }

  private static String text(Map<String, String> row, String column) {
    return CsvCells.unguard(row.get(column));
  }

  private static Optional<Instant> instant(Map<String, String> row, String column) {
    String cell = row.get(column);
    return cell.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(cell));
  }

  private static void assertTime(Map<String, String> row, String prefix, Optional<TimeBounds> time) {
    assertThat(text(row, prefix + "_label")).isEqualTo(time.map(TimeBounds::label).orElse(""));
    assertThat(instant(row, prefix + "_earliest_start")).isEqualTo(time.map(TimeBounds::earliestStart).filter(i -> !i.equals(Instant.MIN)));
    assertThat(instant(row, prefix + "_latest_start")).isEqualTo(time.map(TimeBounds::latestStart).filter(i -> !i.equals(Instant.MAX)));
    assertThat(instant(row, prefix + "_earliest_end")).isEqualTo(time.map(TimeBounds::earliestEnd).filter(i -> !i.equals(Instant.MIN)));
    assertThat(instant(row, prefix + "_latest_end")).isEqualTo(time.map(TimeBounds::latestEnd).filter(i -> !i.equals(Instant.MAX)));
  }

  @Test
  void timeline_readsBackEqualToTheTimeline() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeTimeline(kursk, out, CsvOptions.defaults()));

    assertThat(rows).hasSameSizeAs(kursk.events());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Event event = kursk.events().get(i);
      Verdict occurrence = kursk.occurrence(event.id());
      assertThat(row.get("position")).isEqualTo(Integer.toString(i + 1));
      assertThat(text(row, "id")).isEqualTo(event.id().value());
      assertThat(text(row, "type")).isEqualTo(event.type().value());
      assertThat(text(row, "summary")).isEqualTo(event.summary());
      assertThat(text(row, "status")).isEqualTo(occurrence.status().name());
      assertThat(Double.parseDouble(row.get("confidence"))).isCloseTo(occurrence.confidence(), org.assertj.core.data.Offset.offset(1e-6));
      assertTime(row, "derived", Optional.of(kursk.derivedBounds(event.id())));
    }
    Map<String, String> offensive = rows.stream().filter(r -> r.get("id").equals("kursk-offensive")).findFirst().orElseThrow();
    assertTime(offensive, "stated", KurskStory.build().event(io.github.eventline.core.EventId.of("kursk-offensive")).orElseThrow().when());
  }

  @Test
  void verdicts_readBackEqualToTheVerdicts() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeVerdicts(kursk, out, CsvOptions.defaults()));

    assertThat(rows).hasSameSizeAs(kursk.verdicts());
    List<Verdict> sorted = new ArrayList<>(kursk.verdicts());
    sorted.sort(java.util.Comparator.comparing((Verdict v) -> v.key().event().value()).thenComparing(Verdict::key));
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Verdict v = sorted.get(i);
      assertThat(text(row, "claim")).isEqualTo(v.key().type().label());
      assertThat(text(row, "event")).isEqualTo(v.key().event().value());
      assertThat(text(row, "other")).isEqualTo(v.key().other().map(Object::toString).orElse(""));
      assertThat(text(row, "actor")).isEqualTo(v.key().actor().map(Object::toString).orElse(""));
      assertThat(text(row, "measure")).isEqualTo(v.key().measure().orElse(""));
      assertThat(text(row, "status")).isEqualTo(v.status().name());
      assertThat(CsvCells.split(text(row, "support"))).isEqualTo(v.support().stream().map(Object::toString).toList());
      assertThat(CsvCells.split(text(row, "opposition"))).isEqualTo(v.opposition().stream().map(Object::toString).toList());
      assertThat(CsvCells.split(text(row, "superseded"))).isEqualTo(v.superseded().stream().map(Object::toString).toList());
      List<String> reasons = CsvCells.split(text(row, "reasons"));
      assertThat(reasons).hasSameSizeAs(v.explanation());
      for (int k = 0; k < reasons.size(); k++) {
        Weighed w = v.explanation().get(k);
        assertThat(reasons.get(k)).isEqualTo(w.assertion() + " (" + w.source() + ") " + w.reason());
      }
      if (v.value().isPresent() && v.value().get() instanceof Claim.Timing t) {
        assertTime(row, "when", Optional.of(t.when()));
      }
    }
  }

  @Test
  void verdicts_spreadTheSeedFigureOverItsColumns() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeVerdicts(kursk, out, CsvOptions.defaults()));
    Map<String, String> figure = rows.stream().filter(r -> r.get("claim").equals("quantity")).findFirst().orElseThrow();
    Map<String, String> assaults = rows.stream()
        .filter(r -> r.get("claim").equals("occurred") && r.get("event").equals("nk-troops-in-assaults")).findFirst().orElseThrow();

    assertThat(figure).containsEntry("measure", "soldiers").containsEntry("low", "10000").containsEntry("high", "10000")
        .containsEntry("approximate", "true").containsEntry("value", "~10000 person");
    assertThat(assaults).containsEntry("status", "CORROBORATED").containsEntry("value", "true").containsEntry("opposition", "");
  }

  @Test
  void conflicts_listTheLinksTheValuesDisagreeWith_afterTheTemporalOnes() throws IOException {
    Timeline timeline = Timeline.build(StoryJson.fromJson("""
        {
          "format": "eventline/1",
          "sources": [{"id": "wire", "name": "Wire", "reliability": 0.9},
                      {"id": "paper", "name": "Paper", "reliability": 0.6}],
          "events": [{"id": "flood", "summary": "Flood"}],
          "assertions": [
            {"id": "a1", "source": "wire",
             "claim": {"type": "quantity", "event": "flood", "measure": "deaths", "value": 100}},
            {"id": "a2", "source": "paper",
             "claim": {"type": "quantity", "event": "flood", "measure": "deaths", "value": 300},
             "links": [{"type": "corroborates", "assertion": "a1"}]}
          ]
        }
        """));
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeConflicts(timeline, out, CsvOptions.defaults()));

    assertThat(rows).hasSize(1);
    Map<String, String> row = rows.get(0);
    assertThat(row.get("number")).isEqualTo("1");
    assertThat(text(row, "kind")).isEqualTo("link");
    assertThat(text(row, "message")).isEqualTo(timeline.linkConflicts().get(0).message());
    assertThat(CsvCells.split(text(row, "events"))).containsExactly("flood");
    assertThat(CsvCells.split(text(row, "assertions"))).containsExactly("a1", "a2");
    assertThat(CsvCells.split(text(row, "sources"))).containsExactly("paper", "wire");
    assertThat(row.get("set_aside")).isEmpty();
  }

  @Test
  void conflicts_readBackEqualToTheConflicts() throws IOException {
    Timeline timeline = conflict();
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeConflicts(timeline, out, CsvOptions.defaults()));

    assertThat(rows).hasSize(1);
    TemporalConflict c = timeline.conflicts().get(0);
    Map<String, String> row = rows.get(0);
    assertThat(row.get("number")).isEqualTo("1");
    assertThat(text(row, "kind")).isEqualTo("temporal");
    assertThat(text(row, "message")).isEqualTo(c.message());
    assertThat(CsvCells.split(text(row, "events"))).containsExactly("strike", "talks");
    assertThat(CsvCells.split(text(row, "assertions"))).containsExactly("a1");
    assertThat(CsvCells.split(text(row, "sources"))).isEqualTo(c.sources().stream().map(Object::toString).toList());
    assertThat(CsvCells.split(text(row, "set_aside"))).isEqualTo(c.setAside().stream().map(Object::toString).toList());
  }

  @Test
  void guard_neutralisesFormulasInTextCellsOfTheTimelineTables() throws IOException {
    Timeline timeline = conflict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeTimeline(timeline, out, CsvOptions.defaults());
    String csv = out.toString(UTF_8);

    assertThat(csv).contains(",'=1+1 talks | held,").contains(",\"'-strike, at dawn\",").contains(",'@SUM(A1) vote,");
    List<Map<String, String>> verdicts = CsvRead.rows(o -> CsvTables.writeVerdicts(timeline, o, CsvOptions.defaults()));
    Map<String, String> votes = verdicts.stream().filter(r -> r.get("claim").equals("quantity")).findFirst().orElseThrow();
    assertThat(votes).containsEntry("measure", "'-votes").containsEntry("low", "-3.5").containsEntry("high", "-3.5")
        .containsEntry("value", "'-3.5");
  }

  @Test
  void guardOff_writesTheTextAsItIs() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeTimeline(conflict(), out, CsvOptions.defaults().withFormulaGuard(false));

    assertThat(out.toString(UTF_8)).contains(",=1+1 talks | held,").contains(",\"-strike, at dawn\",");
  }

  @Test
  void write_timelineWritesAllEightTablesAndExcelAddsTheByteOrderMark() throws IOException {
    CsvTables.write(kursk, dir, CsvOptions.excel());

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "events.csv", "actors.csv", "places.csv", "sources.csv", "assertions.csv",
          "timeline.csv", "verdicts.csv", "conflicts.csv");
    }
    assertThat(CsvTables.timelineFileNames()).containsExactly("timeline.csv", "verdicts.csv", "conflicts.csv");
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    CsvTables.writeVerdicts(kursk, plain, CsvOptions.defaults());
    byte[] excel = Files.readAllBytes(dir.resolve("verdicts.csv"));
    assertThat(excel).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(java.util.Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain.toByteArray());
  }

  @Test
  void write_givesTheSameBytesWhateverTheOrderOfTheInput() throws IOException {
    for (Story story : List.of(KurskStory.build(), StoryJson.fromJson(CONFLICT_JSON))) {
      byte[][] expected = tables(Timeline.build(story));
      for (long seed = 1; seed <= 5; seed++) {
        Story shuffled = shuffle(story, new Random(seed));
        assertThat(tables(Timeline.build(shuffled))).as("seed %d", seed).isDeepEqualTo(expected);
      }
    }
  }

  @Test
  void methods_refuseNulls() {
    OutputStream out = new ByteArrayOutputStream();
    CsvOptions options = CsvOptions.defaults();
    assertThatThrownBy(() -> CsvTables.write((Timeline) null, dir, options)).isInstanceOf(NullPointerException.class).hasMessage("timeline");
    assertThatThrownBy(() -> CsvTables.writeTimeline(null, out, options)).isInstanceOf(NullPointerException.class).hasMessage("timeline");
    assertThatThrownBy(() -> CsvTables.writeVerdicts(kursk, null, options)).isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> CsvTables.writeConflicts(kursk, out, null)).isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  private static byte[][] tables(Timeline timeline) throws IOException {
    ByteArrayOutputStream[] outs = {new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream()};
    CsvTables.writeTimeline(timeline, outs[0], CsvOptions.defaults());
    CsvTables.writeVerdicts(timeline, outs[1], CsvOptions.defaults());
    CsvTables.writeConflicts(timeline, outs[2], CsvOptions.defaults());
    return new byte[][] {outs[0].toByteArray(), outs[1].toByteArray(), outs[2].toByteArray()};
  }

  private static Story shuffle(Story story, Random random) {
    return Story.builder()
        .actors(shuffled(story.actors(), random))
        .places(shuffled(story.places(), random))
        .sources(shuffled(story.sources(), random))
        .events(shuffled(story.events(), random))
        .assertions(shuffled(story.assertions(), random))
        .build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
