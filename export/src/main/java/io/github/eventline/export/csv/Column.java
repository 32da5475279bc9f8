package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * Returns the six columns of a time: {@code prefix_label}, {@code prefix_precision} and the four
   * bounds as ISO-8601 instants, each empty where unbounded.
   */
  static <T> List<Column<T>> time(String prefix, Function<? super T, Optional<TimeBounds>> bounds) {
    return List.of(
        Column.<T>text(prefix + "_label", row -> bounds.apply(row).map(TimeBounds::label).orElse(null)),
        Column.<T>text(prefix + "_precision", row -> bounds.apply(row).map(b -> lower(b.precision())).orElse(null)),
        Column.instant(prefix + "_earliest_start", row -> bounded(bounds.apply(row), TimeBounds::earliestStart)),
        Column.instant(prefix + "_latest_start", row -> bounded(bounds.apply(row), TimeBounds::latestStart)),
        Column.instant(prefix + "_earliest_end", row -> bounded(bounds.apply(row), TimeBounds::earliestEnd)),
        Column.instant(prefix + "_latest_end", row -> bounded(bounds.apply(row), TimeBounds::latestEnd)));
  }

  private static @Nullable Instant bounded(Optional<TimeBounds> bounds, Function<TimeBounds, Instant> bound) {
    if (bounds.isEmpty()) {
      return null;
    }
    Instant instant = bound.apply(bounds.get());
    return instant.equals(Instant.MIN) || instant.equals(Instant.MAX) ? null : instant;
  }

  /** Returns an enum constant's name in lower case, such as {@code day} or {@code positive}. */
  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static <T> Column<T> instant(String name, Function<? super T, ? extends @Nullable Instant> value) {
    return new Column<>(name, CellType.INSTANT, value);
  }
}
