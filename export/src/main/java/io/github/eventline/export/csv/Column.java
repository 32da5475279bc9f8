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
 * @param value  the cell of a row: a {@code String} for text, a {@code Double} or an
 *     {@code Integer} for numbers, a {@code Boolean}, or an {@code Instant}; null for an empty cell
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

  /** Returns a column of numbers: doubles in plain decimal notation, integers as they are. */
  static <T> Column<T> number(String name, Function<? super T, ? extends @Nullable Number> value) {
    return new Column<>(name, CellType.NUMBER, value);
  }

  static <T> Column<T> bool(String name, Function<? super T, ? extends @Nullable Boolean> value) {
    return new Column<>(name, CellType.BOOLEAN, value);
  }

  /**
   * Returns the six columns of a time: {@code prefix_label}, {@code prefix_precision} and the four
   * bounds as ISO-8601 instants, each empty where unbounded; all six empty where the row has no
   * such time. The bounds of a row are computed once for the six cells.
   */
  static <T> ColumnGroup<T, @Nullable TimeBounds> time(String prefix, Function<? super T, Optional<TimeBounds>> bounds) {
    requireNonNull(bounds, "bounds");
    return ColumnGroup.of(
        row -> bounds.apply(row).orElse(null),
        List.of(
            Column.<@Nullable TimeBounds>text(prefix + "_label", b -> b == null ? null : b.label()),
            Column.<@Nullable TimeBounds>text(prefix + "_precision", b -> b == null ? null : lower(b.precision())),
            Column.<@Nullable TimeBounds>instant(prefix + "_earliest_start", b -> b == null ? null : bounded(b.earliestStart())),
            Column.<@Nullable TimeBounds>instant(prefix + "_latest_start", b -> b == null ? null : bounded(b.latestStart())),
            Column.<@Nullable TimeBounds>instant(prefix + "_earliest_end", b -> b == null ? null : bounded(b.earliestEnd())),
            Column.<@Nullable TimeBounds>instant(prefix + "_latest_end", b -> b == null ? null : bounded(b.latestEnd()))));
  }

  private static @Nullable Instant bounded(Instant instant) {
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
