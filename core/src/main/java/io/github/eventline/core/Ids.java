package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Validation shared by the typed identifiers. Not public, by design. */
final class Ids {

  /** The pattern every identifier matches. */
  static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

  private Ids() {}

  static String check(String kind, String value) {
    requireNonNull(value, kind);
    if (!valid(value)) {
      throw new IllegalArgumentException(
          "Invalid " + kind + " \"" + abbreviate(value) + "\": an id is 1 to 200 characters, letters, digits"
              + " and . _ : -, starting with a letter or digit");
    }
    return value;
  }

  /**
   * Returns whether a value matches {@link #PATTERN}; written out, as ids are checked by the
   * hundred thousand when a story file is read.
   */
  static boolean valid(String value) {
    int length = value.length();
    if (length == 0 || length > 200 || !letterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
