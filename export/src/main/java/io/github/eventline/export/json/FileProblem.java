package io.github.eventline.export.json;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.ControlCharacters;
import java.util.Optional;

/**
 * One problem of a story file: where it is (line, column and JSON pointer), what is wrong, and how
 * it might be fixed.
 *
 * <p>{@link #toString()} reads {@code 12:7 /assertions/3/claim/event: unknown event "nk-assualt"
 * (did you mean "nk-assault"?)}. Immutable and thread-safe.
 *
 * @param line  the 1-based line, or 0 if unknown
 * @param column  the 1-based column, or 0 if unknown
 * @param pointer  the JSON pointer (RFC 6901) of the offending value, {@code ""} for the whole document
 * @param message  what is wrong
 * @param hint  how it might be fixed
 */
public record FileProblem(int line, int column, String pointer, String message, Optional<String> hint) {

  /**
   * Creates a problem.
   *
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param pointer  the JSON pointer (RFC 6901) of the offending value, {@code ""} for the whole
   *     document, not null
   * @param message  what is wrong, not null
   * @param hint  how it might be fixed, such as {@code did you mean "nk-assault"?}, if known, not null
   * @throws NullPointerException if an argument is null
   */
  public FileProblem {
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
    requireNonNull(hint, "hint");
  }

  /**
   * Returns {@code line:column pointer: message (hint)}, on one line: control characters are
   * escaped ({@link ControlCharacters#escape(String)}).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return ControlCharacters.escape(line + ":" + column + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + message
        + hint.map(h -> " (" + h + ")").orElse(""));
  }
}
