package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Validation shared by the open vocabulary values. Not public, by design. */
final class Vocabulary {

  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,99}");

  private Vocabulary() {}

  static String check(String kind, String value) {
    requireNonNull(value, kind);
    if (!TERM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + kind + " \"" + Ids.abbreviate(value) + "\": a term is 1 to 100 letters, digits"
              + " and . _ : / -, such as \"military-offensive\"");
    }
    return value;
  }
}
