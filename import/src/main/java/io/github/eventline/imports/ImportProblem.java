package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One bad row or element of an imported file: which file, which line, which column (or XML
 * element or attribute), and what is wrong with it.
 *
 * <p>{@link #toString()} reads {@code 20240105.export.CSV:17: column SQLDATE: "2024-01-05" is not
 * a date of the form YYYYMMDD}. Immutable and thread-safe.
 *
 * @param file  the file read, as the caller named it
 * @param line  the line of the file, counted from 1
 * @param column  the column, element or attribute the problem is in, as the format's own
 *     documentation names it, or an empty string when it is the whole row
 * @param message  what is wrong, in words
 */
public record ImportProblem(Path file, long line, String column, String message) {

  /**
   * Creates a problem.
   *
   * @param file  the file read, not null
   * @param line  the line of the file, counted from 1
   * @param column  the column, element or attribute, or an empty string for the whole row, not null
   * @param message  what is wrong, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public ImportProblem {
    requireNonNull(file, "file");
    requireNonNull(column, "column");
    requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1: " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + (column.isEmpty() ? "" : "column " + column + ": ") + message;
  }
}
