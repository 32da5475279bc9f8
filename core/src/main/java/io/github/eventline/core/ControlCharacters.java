package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

/**
 * Makes text safe to print on a terminal or in a log: story files hold text from anywhere, and an
 * id, a field name or a title holding control characters could otherwise set a terminal's title,
 * clear its screen, reorder what it shows, or forge extra lines in a log.
 *
 * <p>{@link #escape(String)} replaces every control character by a visible escape: line feed,
 * carriage return and tab by {@code \n}, {@code \r} and {@code \t}; the other C0 controls
 * (U+0000 to U+001F), DEL (U+007F), the C1 controls (U+0080 to U+009F), the line and paragraph
 * separators (U+2028, U+2029) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A to
 * U+202E, U+2066 to U+2069) by {@code \}{@code uXXXX}. Every other character, backslashes included,
 * is kept: escaping twice gives the same text as escaping once. The library's problem messages
 * ({@link StoryProblem#toString()}, {@link StoryValidationException#getMessage()}) are escaped
 * with it, so that one problem is one line.
 *
 * <pre>{@code
 * ControlCharacters.escape("a\u001B]0;owned\u0007")   // a\u001B]0;owned\u0007, as 18 visible characters
 * ControlCharacters.escape("two\nlines")              // two\nlines, on one line
 * }</pre>
 *
 * <p>Not instantiable. Thread-safe.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /**
   * Returns the text with every control character replaced by a visible escape.
   *
   * @param text  the text, not null
   * @return the text, the same instance if it holds no control character
   */
  public static String escape(String text) {
    requireNonNull(text, "text");
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  /**
   * Checks if a character is one that {@link #escape(String)} replaces: a C0 or C1 control, DEL,
   * a line or paragraph separator, or a bidirectional control.
   *
   * @param c  the character
   * @return true if it is escaped
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiOrSeparator(c);
  }

  /**
   * Checks if a text shows nothing: it is empty, or holds only whitespace, space separators (such
   * as the no-break space U+00A0), invisible format characters (the zero-width space U+200B, the
   * joiners, the byte-order mark, the bidirectional controls), control characters, and the blank
   * fillers that render as nothing (U+115F, U+1160, U+2800, U+3164, U+FFA0). The library's "must
   * not be blank" rules use it: a name a reader cannot see is no name.
   *
   * @param text  the text, not null
   * @return true if nothing of it is visible
   */
  public static boolean isBlank(String text) {
    requireNonNull(text, "text");
    // code point by code point, as String.codePoints() gives them (an unpaired surrogate as itself)
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isInvisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
        || type == Character.CONTROL || cp == 0x115F || cp == 0x1160 || cp == 0x2800 || cp == 0x3164
        || cp == 0xFFA0;
  }

  private static boolean isBidiOrSeparator(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
