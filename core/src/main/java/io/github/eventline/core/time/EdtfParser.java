package io.github.eventline.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Reads EDTF text into {@link TimeBounds}. Not public, by design. */
final class EdtfParser {

  private EdtfParser() {}

  static TimeBounds parse(String text) {
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return TimeBounds.on(LocalDate.parse(text));
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        return TimeBounds.in(YearMonth.parse(text));
      }
    } catch (DateTimeException e) {
      throw new EdtfParseException(text, e.getMessage());
    }
    throw new EdtfParseException(text, "expected a date such as 2024, 2024-08 or 2024-08-06");
  }
}
