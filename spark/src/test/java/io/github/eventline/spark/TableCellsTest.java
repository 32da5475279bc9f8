package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TableCellsTest {

  private static final StructType WHEN = StoryRows.struct(TableCells.time("when"));
  private static final TableCells.Columns WHEN_CELLS = TableCells.Columns.of(WHEN);

  /** Returns a row of the six cells of a time, as the tables hold it. */
  private static Row cells(TimeBounds time) {
    List<Object> cells = new ArrayList<>();
    TableCells.time(cells, Optional.of(time));
    return new GenericRowWithSchema(cells.toArray(), WHEN);
  }

  private static TimeBounds read(Row row) {
    return new TableCells.RowReader(row, WHEN_CELLS).time("when", "event \"e1\"").orElseThrow();
  }

  @Test
  void time_readTwice_isTheTimeWritten_qualifiersKept() {
    for (TimeBounds time : List.of(TimeBounds.parse("2024-08~"), TimeBounds.parse("2024-08-06?"),
        TimeBounds.parse("2024-08/2024-10"), TimeBounds.parse("2024-08"))) {
      assertThat(read(cells(time))).as("%s, first read", time).isEqualTo(time);
      assertThat(read(cells(time))).as("%s, read again", time).isEqualTo(time);
    }
  }

  @Test
  void time_ofALabelMetBefore_withOtherBounds_isReadWithItsOwnBounds() {
    TimeBounds august = TimeBounds.parse("2024-08");
    TimeBounds early = TimeBounds.of(august.earliestStart(), Instant.parse("2024-08-11T00:00:00Z"),
        august.earliestStart(), Instant.parse("2024-08-11T00:00:00Z"), Precision.MONTH, "2024-08");

    assertThat(read(cells(august))).isEqualTo(august);
    assertThat(read(cells(early))).as("the same label with the bounds of early August").isEqualTo(early);
    assertThat(read(cells(august))).isEqualTo(august);
  }

  @Test
  void time_withABadInstant_isRefusedEveryTime_namingTheCell() {
    Row bad = new GenericRowWithSchema(
        new Object[] {"2024-08", "month", "2024-08-01T00:00:00Z", "2024-08-32T00:00:00Z", "2024-08-01T00:00:00Z", null},
        WHEN);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> read(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("event \"e1\": when_latest_start \"2024-08-32T00:00:00Z\" is not an ISO-8601 instant");
    }
  }

  @Test
  void time_precisionInAnyCase_isRead_andAnUnknownOneRefused() {
    Row upper = new GenericRowWithSchema(
        new Object[] {"2024-08", "MONTH", "2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z", "2024-08-01T00:00:00Z",
            "2024-09-01T00:00:00Z"}, WHEN);
    Row unknown = new GenericRowWithSchema(
        new Object[] {"2024-08", "fortnight", "2024-08-01T00:00:00Z", null, null, null}, WHEN);

    assertThat(read(upper)).isEqualTo(TimeBounds.parse("2024-08"));
    assertThatThrownBy(() -> read(unknown)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event \"e1\": unknown when_precision \"fortnight\"");
  }

  @Test
  void rowReader_ofARowOfAnotherSchema_isRefused() {
    Row narrow = new GenericRowWithSchema(new Object[] {"2024-08"}, StoryRows.struct(TableCells.time("when").subList(0, 1)));

    assertThatThrownBy(() -> new TableCells.RowReader(narrow, WHEN_CELLS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A row of 1 cells is not a row of the 6 columns [when_label, when_precision, when_earliest_start,"
            + " when_latest_start, when_earliest_end, when_latest_end]");
  }

  @Test
  void columns_refuseAColumnTheSchemaHasNot_listingThoseItHas() {
    assertThatThrownBy(() -> WHEN_CELLS.position("when")).isInstanceOf(IllegalStateException.class)
        .hasMessage("No column \"when\" among [when_label, when_precision, when_earliest_start, when_latest_start,"
            + " when_earliest_end, when_latest_end]");
    assertThat(WHEN_CELLS.position("when_latest_end")).isEqualTo(5);
  }

  @Test
  void parseInstant_readsWhatInstantParseReads() {
    for (String text : List.of("2024-08-06T00:00:00Z", "2024-02-29T23:59:59Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "1969-12-31T12:30:05Z", "2024-08-06T00:00:00.5Z", "+10000-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z", "2024-08-06T24:00:00Z")) {
      assertThat(TableCells.parseInstant(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void formatInstant_writesWhatInstantToStringWrites() {
    for (String text : List.of("2024-08-06T00:00:00Z", "2024-02-29T23:59:59Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "1969-12-31T12:30:05Z", "2024-08-06T00:00:00.500Z", "+10000-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z")) {
      Instant instant = Instant.parse(text);
      assertThat(TableCells.formatInstant(instant)).as(text).isEqualTo(instant.toString());
    }
  }

  @Test
  void parseInstant_refusesWhatInstantParseRefuses() {
    for (String text : List.of("2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z",
        "2024-08-06T00:61:00Z", "2024-08-0xT00:00:00Z", "2024-08-06 00:00:00Z")) {
      assertThatThrownBy(() -> Instant.parse(text)).as("Instant.parse(%s)", text).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> TableCells.parseInstant(text)).as(text).isInstanceOf(DateTimeException.class);
    }
  }
}
