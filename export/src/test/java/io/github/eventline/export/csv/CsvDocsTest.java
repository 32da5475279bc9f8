package io.github.eventline.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/csv.md documents every column of every table, in the order written. */
class CsvDocsTest {

  private static final Path DOC = Path.of("../docs/csv.md");
  private static final List<Table<?>> ALL_TABLES = new ArrayList<>();

  static {
    ALL_TABLES.addAll(StoryColumns.ALL);
    ALL_TABLES.addAll(TimelineColumns.ALL);
  }
  private static final Pattern TIME = Pattern.compile("(\\w+)_(label|precision|earliest_start|latest_start|earliest_end|latest_end)");

  @Test
  void docs_listEveryTablesColumnsInOrder() throws IOException {
    String doc = Files.readString(DOC);
    for (Table<?> table : ALL_TABLES) {
      String section = section(doc, table.fileName());
      Matcher order = Pattern.compile("Columns in order: ([^.]+)\\.").matcher(section);
      assertThat(order.find()).as(table.fileName()).isTrue();
      List<String> documented = List.of(order.group(1).replace("`", "").replaceAll("\\s+", " ").split(", "));
      assertThat(documented).as(table.fileName()).containsExactlyElementsOf(names(table));
    }
  }

  @Test
  void docs_describeEveryColumnInTheTableOfItsFile() throws IOException {
    String doc = Files.readString(DOC);
    for (Table<?> table : ALL_TABLES) {
      String section = section(doc, table.fileName());
      for (String name : names(table)) {
        Matcher time = TIME.matcher(name);
        String row = time.matches() ? "| `" + time.group(1) + "_label` ... `" + time.group(1) + "_latest_end` | time |" : "| `" + name + "` |";
        assertThat(section).as(table.fileName() + " " + name).contains(row);
      }
    }
  }

  private static List<String> names(Table<?> table) {
    List<String> names = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      names.add(column.name());
    }
    return names;
  }

  private static String section(String doc, String fileName) {
    int start = doc.indexOf("\n## " + fileName + "\n");
    assertThat(start).as("section ## " + fileName).isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }
}
