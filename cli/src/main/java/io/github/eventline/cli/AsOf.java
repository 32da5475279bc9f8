package io.github.eventline.cli;

import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the time of {@code --as-of}, {@code --from} and {@code --to}: an ISO-8601 instant such as
 * {@code 2024-12-14T18:00:00Z}, taken as it is, or an EDTF date such as {@code 2024-12-14},
 * {@code 2024-12} or {@code 2024}, taken as its end: "as known at the end of 14 December 2024" is
 * {@code 2024-12-15T00:00:00Z}, so that what was stated on that day is known.
 */
final class AsOf implements ITypeConverter<Instant> {

  @Override
  public Instant convert(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      // not an instant: an EDTF date below
    }
    TimeBounds bounds;
    try {
      bounds = TimeBounds.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + text + "' is neither an instant such as 2024-12-14T18:00:00Z"
          + " nor an EDTF date such as 2024-12-14: " + e.getMessage());
    }
    if (bounds.latestEnd().equals(Instant.MAX)) {
      throw new TypeConversionException("'" + text + "' has no end: give a date or an instant such as 2024-12-14");
    }
    return bounds.latestEnd();
  }
}
