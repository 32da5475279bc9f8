package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Validation shared by the open vocabulary values. Not public, by design. */
final class Vocabulary {

  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,99}");

  private Vocabulary() {}

  /** Says which rule of a term a value breaks. */
  private static String brokenRule(String value) {
    if (value.isEmpty()) {
      return "it is empty";
    }
    int first = value.codePointAt(0);
    if (!isLetterOrNumber(first)) {
      return "it starts with " + describe(first) + ", not a letter or a digit";
    }
    int[] bad = value.codePoints().filter(c -> !isLetterOrNumber(c) && "._:/-".indexOf(c) < 0).toArray();
    if (bad.length > 0) {
      return "it holds " + describe(bad[0]) + ", which is not a letter, a digit or . _ : / -";
    }
    return "it is " + value.codePointCount(0, value.length()) + " characters long, more than 100";
  }

  /** The characters of {@code \\p{L}} and {@code \\p{N}}. */
  private static boolean isLetterOrNumber(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String describe(int cp) {
    return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        ? String.format(java.util.Locale.ROOT, "U+%04X", cp)
        : "\"" + new String(Character.toChars(cp)) + "\"";
  }

  static String check(String kind, String value) {
    requireNonNull(value, kind);
    if (!TERM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + kind + " \"" + Ids.abbreviate(value) + "\": " + brokenRule(value)
              + "; a term is a letter or a digit followed by up to 99 letters, digits and . _ : / -, such as"
              + " \"military-offensive\"");
    }
    return value;
  }
}
