package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCellsTest {

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
