package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of a table: its header name, the type of its cells and how a row gives its cell.
 * Not public, by design.
 *
 * @param name  the header name, such as {@code earliest_start}
 * @param type  the type of the cells
 * @param value  the cell of a row: a {@code String} for text, a {@code Double} for numbers, a
 *     {@code Boolean}, or an {@code Instant}; null for an empty cell
 * @param <T>  the type of the rows
 */
record Column<T>(String name, CellType type, Function<? super T, ? extends @Nullable Object> value) {

  /** The types of cells, and how each is written. */
  enum CellType {
    /** Free text, guarded against formulas. */
    TEXT,
    /** A number, written unquoted in plain decimal notation, never guarded. */
    NUMBER,
    /** {@code true} or {@code false}, never guarded. */
    BOOLEAN,
    /** An ISO-8601 instant, {@code Instant.toString()}, never guarded. */
    INSTANT
  }

  Column {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
  }

  static <T> Column<T> text(String name, Function<? super T, ? extends @Nullable String> value) {
    return new Column<>(name, CellType.TEXT, value);
  }

  static <T> Column<T> number(String name, Function<? super T, ? extends @Nullable Double> value) {
    return new Column<>(name, CellType.NUMBER, value);
  }

  static <T> Column<T> bool(String name, Function<? super T, ? extends @Nullable Boolean> value) {
    return new Column<>(name, CellType.BOOLEAN, value);
  }

  static <T> Column<T> instant(String name, Function<? super T, ? extends java.time.@Nullable Instant> value) {
    return new Column<>(name, CellType.INSTANT, value);
  }
}
