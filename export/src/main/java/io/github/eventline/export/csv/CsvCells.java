package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;

/**
 * The text conventions of Eventline's CSV cells, and the helpers that read them back: multi-valued
 * cells and the formula guard.
 *
 * <h2>Multi-valued cells</h2>
 * A cell holding several values joins them with {@code |}. Within each value a backslash escapes
 * the next character: {@code \} is written {@code \\} and {@code |} is written {@code \|}. Cells of
 * pairs (such as {@code actor:role} or {@code scheme=id}) join key and value with a separator
 * character, escaped in the same way inside either part ({@code \:} or {@code \=}). An empty cell
 * is an empty list.
 *
 * <pre>{@code
 * CsvCells.join(List.of("a|b", "c"))         // "a\|b|c"
 * CsvCells.split("a\\|b|c")                 // ["a|b", "c"]
 * CsvCells.splitPairs("ukraine:agent", ':')  // [ukraine=agent]
 * }</pre>
 *
 * <h2>Formula guard</h2>
 * When {@link CsvOptions#formulaGuard()} is on (the default), a text cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed, which a
 * spreadsheet would run as a formula (OWASP, "CSV Injection"), is written with a single quote
 * {@code '} in front. So is a text cell that already starts with {@code '}, so that the guard can
 * be undone exactly: a reader of a guarded text cell removes one leading {@code '} if there is
 * one ({@link #unguard(String)}). Numeric, boolean and instant cells are never guarded: a negative
 * number stays a number.
 *
 * <p>Not instantiable. Every method refuses null arguments.
 */
public final class CsvCells {

  /** The character between the values of a multi-valued cell. */
  public static final char VALUE_SEPARATOR = '|';

  /** The character that escapes the next one inside a value of a multi-valued cell. */
  public static final char ESCAPE = '\\';

  /** The character a guarded cell starts with. */
  public static final char GUARD = '\'';

  private CsvCells() {}

  /**
   * Joins values into one multi-valued cell, escaping {@code \} and {@code |} in each.
   *
   * @param values  the values, not null, no null element
   * @return the cell text, empty for no values
   */
  public static String join(List<String> values) {
    requireNonNull(values, "values");
    StringBuilder cell = new StringBuilder();
    boolean first = true;
    for (String value : values) {
      if (!first) {
        cell.append(VALUE_SEPARATOR);
      }
      first = false;
      escape(requireNonNull(value, "value"), VALUE_SEPARATOR, cell);
    }
    return cell.toString();
  }

  /**
   * Joins key-value pairs into one multi-valued cell, such as {@code ukraine:agent|russia:target}.
   * Escapes {@code \}, {@code |} and the separator in keys and values.
   *
   * @param pairs  the pairs, in order, not null
   * @param separator  the character between key and value, such as {@code :} or {@code =}; not
   *     {@code \} nor {@code |}
   * @return the cell text, empty for no pairs
   * @throws IllegalArgumentException if the separator is {@code \} or {@code |}
   */
  public static String joinPairs(List<Map.Entry<String, String>> pairs, char separator) {
    requireNonNull(pairs, "pairs");
    checkSeparator(separator);
    StringBuilder cell = new StringBuilder();
    boolean first = true;
    for (Map.Entry<String, String> pair : pairs) {
      if (!first) {
        cell.append(VALUE_SEPARATOR);
      }
      first = false;
      escape(requireNonNull(pair.getKey(), "key"), separator, cell);
      cell.append(separator);
      escape(requireNonNull(pair.getValue(), "value"), separator, cell);
    }
    return cell.toString();
  }

  /**
   * Splits a multi-valued cell into its values, undoing the escapes. The inverse of
   * {@link #join(List)}: {@code split(join(values))} equals {@code values} for any values that are
   * not all a single empty string.
   *
   * @param cell  the cell text, after {@link #unguard(String)} if the file was guarded; not null
   * @return the values, empty for an empty cell, not null
   * @throws IllegalArgumentException if the cell ends with a lone backslash
   */
  public static List<String> split(String cell) {
    requireNonNull(cell, "cell");
    ImmutableList.Builder<String> values = ImmutableList.builder();
    if (cell.isEmpty()) {
      return values.build();
    }
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ESCAPE) {
        value.append(escaped(cell, ++i));
      } else if (c == VALUE_SEPARATOR) {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    return values.add(value.toString()).build();
  }

  /**
   * Splits a multi-valued cell of pairs, undoing the escapes. The inverse of
   * {@link #joinPairs(List, char)}.
   *
   * @param cell  the cell text, after {@link #unguard(String)} if the file was guarded; not null
   * @param separator  the character between key and value, such as {@code :} or {@code =}
   * @return the pairs, in order, empty for an empty cell, not null
   * @throws IllegalArgumentException if a value lacks an unescaped separator, or the cell ends with
   *     a lone backslash
   */
  public static List<Map.Entry<String, String>> splitPairs(String cell, char separator) {
    requireNonNull(cell, "cell");
    checkSeparator(separator);
    ImmutableList.Builder<Map.Entry<String, String>> pairs = ImmutableList.builder();
    if (cell.isEmpty()) {
      return pairs.build();
    }
    StringBuilder part = new StringBuilder();
    String key = null;
    for (int i = 0; i <= cell.length(); i++) {
      char c = i == cell.length() ? VALUE_SEPARATOR : cell.charAt(i);
      if (c == ESCAPE) {
        part.append(escaped(cell, ++i));
      } else if (c == separator && key == null) {
        key = part.toString();
        part.setLength(0);
      } else if (c == VALUE_SEPARATOR) {
        if (key == null) {
          throw new IllegalArgumentException(
              "Invalid cell of pairs \"" + cell + "\": \"" + part + "\" has no '" + separator + "' between key and value");
        }
        pairs.add(Map.entry(key, part.toString()));
        key = null;
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    return pairs.build();
  }

  /**
   * Checks if a text cell needs the formula guard: if it starts with {@code =}, {@code +},
   * {@code -}, {@code @}, tab, carriage return, line feed, or the guard {@code '} itself.
   *
   * @param text  the cell text, not null
   * @return true if {@link #guard(String)} would change it
   */
  public static boolean needsGuard(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return false;
    }
    switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n', GUARD:
        return true;
      default:
        return false;
    }
  }

  /**
   * Neutralises a text cell that a spreadsheet would run as a formula, by putting {@code '} in
   * front of it (see the class description). Other text is returned unchanged.
   *
   * @param text  the cell text, not null
   * @return the text, guarded if it needs it, not null
   */
  public static String guard(String text) {
    return needsGuard(text) ? GUARD + text : text;
  }

  /**
   * Undoes {@link #guard(String)}: removes one leading {@code '}. Use it on the text cells of a file
   * written with the formula guard on, and only there.
   *
   * @param cell  the cell text as read, not null
   * @return the original text, not null
   */
  public static String unguard(String cell) {
    requireNonNull(cell, "cell");
    return !cell.isEmpty() && cell.charAt(0) == GUARD ? cell.substring(1) : cell;
  }

  private static void escape(String value, char special, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ESCAPE || c == VALUE_SEPARATOR || c == special) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
  }

  private static char escaped(String cell, int index) {
    if (index >= cell.length()) {
      throw new IllegalArgumentException("Invalid multi-valued cell \"" + cell + "\": it ends with a lone backslash");
    }
    return cell.charAt(index);
  }

  private static void checkSeparator(char separator) {
    if (separator == ESCAPE || separator == VALUE_SEPARATOR) {
      throw new IllegalArgumentException(
          "Invalid pair separator '" + separator + "': it must differ from '\\' and '|', such as ':' or '='");
    }
  }

  /**
   * Returns the text of an instant in a cell of the tables, equal to {@link
   * java.time.Instant#toString()} ({@code 2024-08-06T00:00:00Z}); whole seconds of the years 0000
   * to 9999 are written without a formatter, as the tables write them.
   *
   * @param instant  the instant, not null
   * @return the ISO-8601 text, not null
   * @throws NullPointerException if {@code instant} is null
   */
  public static String instant(java.time.Instant instant) {
    return InstantCells.format(java.util.Objects.requireNonNull(instant, "instant"));
  }
}
