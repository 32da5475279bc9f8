package io.github.eventline.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: random hostile text in every free-text field of a story (summaries, names, aliases,
 * codes, urls, measures, units, quotes, notes, time labels) never gives a cell that a spreadsheet
 * runs as a formula when the guard is on, numbers excepted; with the guard off every text is
 * written as it is. Seeded; the seed is in every failure message.
 */
class HostileTextPropertyTest {

  /** Columns whose cells are numbers, which may start with '-' and are never guarded. */
  private static final Set<String> NUMBERS = Set.of("lat", "lon", "reliability", "low", "high");
  private static final String STARTS = "=+-@\t\r\n'";
  private static final String BODY = "=+-@'\"|\\,;:()!A1 \t\r\nxé東";

  static long[] seeds() {
    long[] seeds = new long[200];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = 0x5EED_0000L + i;
    }
    return seeds;
  }

  /** A text that starts with a formula character most of the time. */
  private static String hostile(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(5) > 0) {
      text.append(STARTS.charAt(random.nextInt(STARTS.length())));
    }
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(BODY.charAt(random.nextInt(BODY.length())));
    }
    String s = text.toString();
    return s.isBlank() ? s + "x" : s;
  }

  /** The story, and each text column's expected original text by table, row and column. */
  private record Case(Story story, Map<String, String> texts) {}

  private static Case story(Random random) {
    Map<String, String> texts = new LinkedHashMap<>();
    String summary = hostile(random);
    String scheme = hostile(random);
    String code = hostile(random);
    String label = hostile(random);
    String actorName = hostile(random);
    String alias = hostile(random);
    String placeName = hostile(random);
    String sourceName = hostile(random);
    String url = hostile(random);
    String measure = hostile(random);
    String unit = hostile(random);
    String quote = hostile(random);
    String note = hostile(random);
    texts.put("events/summary", summary);
    texts.put("events/code_scheme", scheme);
    texts.put("events/code", code);
    texts.put("events/when_label", label);
    texts.put("actors/name", actorName);
    texts.put("places/name", placeName);
    texts.put("sources/name", sourceName);
    texts.put("sources/url", url);
    texts.put("assertions/measure", measure);
    texts.put("assertions/unit", unit);
    texts.put("assertions/quote", quote);
    texts.put("assertions/note", note);
    texts.put("actors/aliases[]", alias);
    texts.put("places/aliases[]", alias);
    Story story = Story.builder()
        .actor(Actor.builder("a", actorName).alias(alias).build())
        .place(Place.builder("p", placeName).alias(alias).coordinates(-10.5, -3.25).build())
        .source(Source.builder("s", sourceName).url(url).reliability(0.5).build())
        .event(Event.builder("e", summary).code(EventCode.of(scheme, code))
            .when(TimeBounds.parse("2024-08").withLabel(label)).build())
        .assertion(Assertion.builder("x", "s", new Claim.Quantity(EventId.of("e"), measure, -12.5, -2, Optional.of(unit), false))
            .quote(quote, "en").note(note).build())
        .build();
    return new Case(story, texts);
  }

  private static Map<String, List<Map<String, String>>> tables(Story story, CsvOptions options) throws IOException {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    tables.put("events", CsvRead.rows(out -> CsvTables.writeEvents(story, out, options)));
    tables.put("actors", CsvRead.rows(out -> CsvTables.writeActors(story, out, options)));
    tables.put("places", CsvRead.rows(out -> CsvTables.writePlaces(story, out, options)));
    tables.put("sources", CsvRead.rows(out -> CsvTables.writeSources(story, out, options)));
    tables.put("assertions", CsvRead.rows(out -> CsvTables.writeAssertions(story, out, options)));
    return tables;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void guardOn_noTextCellStartsAsAFormula_andEveryTextReadsBack(long seed) throws IOException {
    Case c = story(new Random(seed));

    Map<String, List<Map<String, String>>> tables = tables(c.story(), CsvOptions.defaults());

    List<String> cells = new ArrayList<>();
    tables.forEach((table, rows) -> rows.forEach(row -> row.forEach((column, cell) -> {
      if (!NUMBERS.contains(column) && !cell.isEmpty()) {
        cells.add(cell);
        assertThat("=+-@\t\r\n").as("seed %s: %s/%s = %s", seed, table, column, cell).doesNotContain(cell.substring(0, 1));
      }
    })));
    assertThat(cells).as("seed %s", seed).hasSizeGreaterThan(20);
    c.texts().forEach((where, text) -> {
      String cell = cell(tables, where);
      if (where.endsWith("[]")) {
        assertThat(CsvCells.split(CsvCells.unguard(cell))).as("seed %s: %s", seed, where).containsExactly(text);
      } else {
        assertThat(CsvCells.unguard(cell)).as("seed %s: %s", seed, where).isEqualTo(text);
      }
    });
    assertThat(cell(tables, "places/lat")).isEqualTo("-10.5");
    assertThat(cell(tables, "assertions/low")).isEqualTo("-12.5");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void guardOff_writesEveryTextAsItIs(long seed) throws IOException {
    Case c = story(new Random(seed));

    Map<String, List<Map<String, String>>> tables = tables(c.story(), CsvOptions.defaults().withFormulaGuard(false));

    c.texts().forEach((where, text) -> {
      String cell = cell(tables, where);
      if (where.endsWith("[]")) {
        assertThat(CsvCells.split(cell)).as("seed %s: %s", seed, where).containsExactly(text);
      } else {
        assertThat(cell).as("seed %s: %s", seed, where).isEqualTo(text);
      }
    });
  }

  private static String cell(Map<String, List<Map<String, String>>> tables, String where) {
    String[] parts = where.replace("[]", "").split("/");
    return tables.get(parts[0]).get(0).get(parts[1]);
  }
}
