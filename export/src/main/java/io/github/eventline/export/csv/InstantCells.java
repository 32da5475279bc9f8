package io.github.eventline.export.csv;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes instants as {@link Instant#toString()} does, without its formatter for the instants of
 * stories: whole seconds from year 0000 to 9999, {@code 2024-08-06T00:00:00Z}. Any other instant
 * (a fraction of a second, a year outside 0000-9999) goes through {@code Instant.toString()}.
 * {@code Instant.toString()} formats through {@code DateTimeFormatter.ISO_INSTANT}, with a print
 * context and a builder per call, and a row of {@code timeline.csv} has up to eight instants. Not
 * instantiable; not public, by design.
 */
final class InstantCells {

  /** {@code 0000-01-01T00:00:00Z}, in seconds from the epoch. */
  static final long FIRST = -62_167_219_200L;

  /** {@code 10000-01-01T00:00:00Z}, in seconds from the epoch: the first instant past the fast path. */
  static final long PAST_LAST = 253_402_300_800L;

  private static final int SECONDS_PER_DAY = 86_400;

  private InstantCells() {}

  /**
   * Returns the text of an instant, equal to {@link Instant#toString()}.
   *
   * @param instant  the instant, not null
   * @return the ISO-8601 text, such as {@code 2024-08-06T00:00:00Z}
   */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (instant.getNano() != 0 || seconds < FIRST || seconds >= PAST_LAST) {
      return instant.toString();
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int second = Math.floorMod(seconds, SECONDS_PER_DAY);
    char[] text = new char[20];
    digits(text, 0, date.getYear(), 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, second / 3600, 2);
    text[13] = ':';
    digits(text, 14, second / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, second % 60, 2);
    text[19] = 'Z';
    return new String(text);
  }

  /** Writes a non-negative value as {@code width} decimal digits, with leading zeros. */
  private static void digits(char[] text, int start, int value, int width) {
    int rest = value;
    for (int i = start + width - 1; i >= start; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
