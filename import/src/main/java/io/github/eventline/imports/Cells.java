package io.github.eventline.imports;

import com.google.common.hash.Hashing;
import io.github.eventline.core.Coordinates;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The readings of one cell shared by the readers: numbers, dates, coordinates, ids and the JSON
 * text of extension fields, each failing with a {@link BadCell} that names the column. Not public,
 * by design.
 */
final class Cells {

  /** The longest id the model takes. */
  private static final int MAX_ID = 200;

  private Cells() {}

  /** A whole number; empty is an error. */
  static long whole(String column, String text) throws BadCell {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadCell(column, quote(text) + " is not a whole number");
    }
  }

  /** A whole number within a range; empty is an error. */
  static int whole(String column, String text, int min, int max) throws BadCell {
    long v = whole(column, text);
    if (v < min || v > max) {
      throw new BadCell(column, quote(text) + " is out of range: expected " + min + " to " + max);
    }
    return (int) v;
  }

  /** A finite decimal number; empty is an error. */
  static double decimal(String column, String text) throws BadCell {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && !text.isBlank() && isPlainNumber(text)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadCell(column, quote(text) + " is not a decimal number");
  }

  /** Refuses what Java reads as a number but a data file does not write: "NaN", "1d", "0x1p3". */
  private static boolean isPlainNumber(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks if a number's text, already read by {@link #decimal}, can be kept as JSON text as it
   * is: a plain decimal, no sign but a leading minus, no leading zero before a digit, digits on both
   * sides of a point. Other forms (exponents) are written anew by {@link #json(double)}.
   */
  static boolean isJsonNumber(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int intStart = i;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits == 0 || intDigits > 1 && text.charAt(intStart) == '0') {
      return false;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    return i == text.length();
  }

  /** A point from a latitude and a longitude cell; both empty is none, one empty an error. */
  static Optional<Coordinates> coordinates(String latColumn, String lat, String lonColumn, String lon)
      throws BadCell {
    if (lat.isEmpty() && lon.isEmpty()) {
      return Optional.empty();
    }
    if (lat.isEmpty()) {
      throw new BadCell(latColumn, "is empty while " + lonColumn + " is " + quote(lon));
    }
    if (lon.isEmpty()) {
      throw new BadCell(lonColumn, "is empty while " + latColumn + " is " + quote(lat));
    }
    double la = decimal(latColumn, lat);
    double lo = decimal(lonColumn, lon);
    if (la < -90 || la > 90) {
      throw new BadCell(latColumn, quote(lat) + " is out of range: expected -90 to 90");
    }
    if (lo < -180 || lo > 180) {
      throw new BadCell(lonColumn, quote(lon) + " is out of range: expected -180 to 180");
    }
    return Optional.of(Coordinates.of(la, lo));
  }

  /** A day written {@code YYYYMMDD}. */
  static LocalDate basicDate(String column, String text) throws BadCell {
    if (text.length() == 8 && isDigits(text)) {
      try {
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10),
            Integer.parseInt(text, 6, 8, 10));
      } catch (DateTimeException e) {
        throw new BadCell(column, quote(text) + " is not a date: " + e.getMessage());
      }
    }
    throw new BadCell(column, quote(text) + " is not a date of the form YYYYMMDD");
  }

  /** An instant written {@code YYYYMMDDHHMMSS}, in UTC as GDELT writes it. */
  static Instant basicDateTime(String column, String text) throws BadCell {
    if (text.length() == 14 && isDigits(text)) {
      try {
        return LocalDateTime.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10),
            Integer.parseInt(text, 6, 8, 10), Integer.parseInt(text, 8, 10, 10), Integer.parseInt(text, 10, 12, 10),
            Integer.parseInt(text, 12, 14, 10)).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        throw new BadCell(column, quote(text) + " is not a date and time: " + e.getMessage());
      }
    }
    throw new BadCell(column, quote(text) + " is not a date and time of the form YYYYMMDDHHMMSS");
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A cell that must not be empty. */
  static String required(String column, String text) throws BadCell {
    if (text.isBlank()) {
      throw new BadCell(column, "is empty");
    }
    return text;
  }

  /**
   * An id: the prefix and the text, where the text has characters an id does not take (or is too
   * long) those replaced by {@code -}, the text cut, and a hash of the whole text appended, so that
   * different texts make different ids: {@code Military Forces of Ukraine (2019-)} becomes
   * {@code acled-actor-Military-Forces-of-Ukraine--2019---7c1e0a3b}.
   */
  static String id(String prefix, String text) {
    int room = MAX_ID - prefix.length() - 9;
    StringBuilder b = new StringBuilder(prefix.length() + text.length() + 9).append(prefix);
    boolean changed = text.length() > MAX_ID - prefix.length();
    int kept = changed ? room : text.length();
    for (int i = 0; i < kept; i++) {
      char c = text.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
          || c == ':' || c == '-';
      b.append(ok ? c : '-');
      changed |= !ok;
    }
    if (changed) {
      b.append('-').append(Hashing.murmur3_32_fixed().hashString(text, StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /** The JSON text of a string, for an {@code x-} field. */
  static String json(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** The JSON text of a number, for an {@code x-} field. */
  static String json(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /** A cell's text quoted for a message, cut if long. */
  static String quote(String text) {
    return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
  }
}
