package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The Spark tables have the columns of the export module's CSV tables, in the same order, and
 * the same cells: a column added, renamed, moved or written differently on one side fails here.
 */
class CsvColumnsTest {

  private static final CsvMapper CSV = new CsvMapper();

  @Test
  void storyDatasets_haveTheColumnsOfExportsCsvTables_inOrder(@TempDir Path dir) throws IOException {
    CsvTables.write(Story.builder().build(), dir, CsvOptions.defaults());
    List<String> tables = new ArrayList<>();

    for (String file : CsvTables.storyFileNames()) {
      String table = file.replaceFirst("\\.csv$", "");
      tables.add(table);
      List<String> expected = new ArrayList<>();
      expected.add(StoryRows.STORY);
      expected.addAll(List.of(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8).get(0).split(",")));
      assertThat(StoryDatasets.schema(table).fieldNames()).as(file).containsExactlyElementsOf(expected);
    }
    assertThat(CsvColumns.tables()).containsExactlyElementsOf(tables);
  }

  @Test
  void typedColumns_areColumnsOfExportsTables() {
    List<String> all = new ArrayList<>();
    for (String table : CsvColumns.tables()) {
      all.addAll(CsvColumns.header(table));
    }

    assertThat(all).containsAll(CsvColumns.NUMBERS).containsAll(CsvColumns.BOOLEANS);
  }

  @Test
  void exampleStories_haveTheCellsOfExportsCsvTables(@TempDir Path dir) throws IOException {
    int compared = 0;
    for (Map.Entry<String, Story> e : Stories.examples().entrySet()) {
      Story story = e.getValue();
      Path tables = dir.resolve(e.getKey());
      CsvTables.write(story, tables, CsvOptions.defaults().withFormulaGuard(false));
      List<Row> events = story.events().stream().map(x -> StoryRows.event(e.getKey(), x)).toList();
      List<Row> actors = story.actors().stream().map(x -> StoryRows.actor(e.getKey(), x)).toList();
      List<Row> places = story.places().stream().map(x -> StoryRows.place(e.getKey(), x)).toList();
      List<Row> sources = story.sources().stream().map(x -> StoryRows.source(e.getKey(), x)).toList();
      List<Row> assertions =
          story.assertions().stream().map(x -> StoryRows.assertion(e.getKey(), x, story.statedTime(x))).toList();

      compared += sameCells(tables.resolve("events.csv"), events);
      compared += sameCells(tables.resolve("actors.csv"), actors);
      compared += sameCells(tables.resolve("places.csv"), places);
      compared += sameCells(tables.resolve("sources.csv"), sources);
      compared += sameCells(tables.resolve("assertions.csv"), assertions);
    }
    assertThat(compared).as("cells compared").isGreaterThan(1_000);
  }

  /** Checks that each row has the cells of the CSV line of the same position; returns how many cells. */
  private static int sameCells(Path file, List<Row> rows) throws IOException {
    List<Map<String, String>> lines;
    try (MappingIterator<Map<String, String>> it = CSV.readerFor(new TypeReference<Map<String, String>>() {})
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      lines = it.readAll();
    }
    assertThat(rows).as("%s: rows", file).hasSameSizeAs(lines);
    int cells = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Map<String, String> line = lines.get(i);
      assertThat(line.keySet()).as("%s: columns", file).hasSize(row.length() - 1);
      for (String column : line.keySet()) {
        Object cell = row.get(row.fieldIndex(column));
        assertThat(text(cell)).as("%s line %d, %s", file, i + 2, column).isEqualTo(line.get(column));
        cells++;
      }
    }
    return cells;
  }

  /** A Spark cell as the CSV tables write it: numbers in plain decimal notation, empty for null. */
  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return cell.toString();
  }
}
