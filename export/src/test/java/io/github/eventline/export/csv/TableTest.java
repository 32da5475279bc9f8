package io.github.eventline.export.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.time.TimeBounds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class TableTest {

  /** A row: a name and, for some, a day. */
  private record Row(String name, Optional<TimeBounds> when) {}

  private static final Comparator<Row> BY_NAME = Comparator.comparing(Row::name);

  @Test
  void write_computesAGroupsValueOncePerRowForAllItsCells() throws IOException {
    AtomicInteger lookups = new AtomicInteger();
    Table<Row> table =
        new Table<>(
            "rows",
            Table.<Row>newColumns()
                .add(Column.text("name", Row::name))
                .add(Column.time("when", row -> {
                  lookups.incrementAndGet();
                  return row.when();
                }))
                .build(),
            BY_NAME);
    List<Row> rows = List.of(
        new Row("a", Optional.of(TimeBounds.on(LocalDate.of(2024, 8, 6)))),
        new Row("b", Optional.empty()),
        new Row("c", Optional.of(TimeBounds.notBefore(TimeBounds.on(LocalDate.of(2024, 8, 7))))));

    String csv = write(table, rows, CsvOptions.defaults());

    assertThat(lookups).hasValue(3);
    assertThat(csv).isEqualTo(
        "name,when_label,when_precision,when_earliest_start,when_latest_start,when_earliest_end,when_latest_end\r\n"
            + "a,2024-08-06,day,2024-08-06T00:00:00Z,2024-08-07T00:00:00Z,2024-08-06T00:00:00Z,2024-08-07T00:00:00Z\r\n"
            + "b,,,,,,\r\n"
            + "c,not before 2024-08-07,day,2024-08-07T00:00:00Z,,2024-08-07T00:00:00Z,\r\n");
  }

  @Test
  void columns_listTheColumnsOfEveryGroupInOrderEachReadingTheRow() {
    Table<Row> table =
        new Table<>(
            "rows",
            Table.<Row>newColumns()
                .add(Column.text("first", Row::name))
                .add(Column.time("when", Row::when))
                .add(Column.text("last", row -> row.name() + "!"))
                .build(),
            BY_NAME);
    Row row = new Row("a", Optional.of(TimeBounds.on(LocalDate.of(2024, 8, 6))));

    List<String> names = new ArrayList<>();
    List<Object> cells = new ArrayList<>();
    for (Column<Row> column : table.columns()) {
      names.add(column.name());
      cells.add(String.valueOf(column.value().apply(row)));
    }

    assertThat(names).containsExactly(
        "first", "when_label", "when_precision", "when_earliest_start", "when_latest_start", "when_earliest_end",
        "when_latest_end", "last");
    assertThat(cells).containsExactly(
        "a", "2024-08-06", "day", "2024-08-06T00:00:00Z", "2024-08-07T00:00:00Z", "2024-08-06T00:00:00Z",
        "2024-08-07T00:00:00Z", "a!");
  }

  @RepeatedTest(20)
  void write_writesAnIntegerCellAsTheSameTextAsTheWholeDouble(RepetitionInfo repetition) throws IOException {
    long seed = 7_000L + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    List<Integer> values = new ArrayList<>(List.of(0, 1, -1, 10_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE));
    for (int i = 0; i < 200; i++) {
      values.add(random.nextBoolean() ? random.nextInt() : random.nextInt(2_000_000) - 1_000_000);
    }
    Table<Integer> table =
        new Table<>(
            "numbers",
            Table.<Integer>newColumns()
                .add(Column.number("as_integer", i -> i))
                .add(Column.number("as_double", i -> (double) i))
                .build(),
            Comparator.naturalOrder());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    table.write(values, out, CsvOptions.defaults());

    List<String> lines = List.of(out.toString(UTF_8).split("\r\n"));
    assertThat(lines).as("seed " + seed).hasSize(values.size() + 1);
    for (int i = 0; i < values.size(); i++) {
      String[] cells = lines.get(i + 1).split(",");
      assertThat(cells[0]).as("seed " + seed + ", value " + values.get(i)).isEqualTo(cells[1])
          .isEqualTo(Integer.toString(values.get(i)));
    }
  }

  private static String write(Table<Row> table, List<Row> rows, CsvOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.write(rows, out, options);
    return out.toString(UTF_8);
  }
}
