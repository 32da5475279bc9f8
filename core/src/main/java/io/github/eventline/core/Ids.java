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
    if (!PATTERN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + kind + " \"" + abbreviate(value) + "\": an id is 1 to 200 characters, letters, digits"
              + " and . _ : -, starting with a letter or digit");
    }
    return value;
  }

  static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
