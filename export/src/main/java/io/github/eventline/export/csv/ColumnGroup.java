package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive columns whose cells read one value that a row gives once: the bounds of a time, the
 * verdict of an event, the quantity of a claim. {@link Table} computes the value once per row and
 * then writes the group's cells from it, so that a lookup the columns share (such as
 * {@code Timeline.derivedBounds}) runs once per row, not once per column. Not public, by design.
 *
 * @param view  the value of a row that the columns read; null where the row has none, if the
 *     columns accept null
 * @param columns  the columns, in order, each reading the view
 * @param <T>  the type of the rows
 * @param <V>  the type of the value the columns read
 */
record ColumnGroup<T, V>(Function<? super T, ? extends V> view, List<Column<V>> columns) {

  ColumnGroup {
    requireNonNull(view, "view");
    columns = ImmutableList.copyOf(columns);
  }

  /**
   * Returns a group of columns that read the row itself.
   *
   * @param columns  the columns, in order
   * @param <T>  the type of the rows
   * @return the group
   */
  static <T> ColumnGroup<T, T> ofRow(List<Column<T>> columns) {
    return new ColumnGroup<>(Function.identity(), columns);
  }

  /**
   * Returns a group of columns that read a value computed once per row.
   *
   * @param view  the value of a row, computed once per row
   * @param columns  the columns, in order
   * @param <T>  the type of the rows
   * @param <V>  the type of the value
   * @return the group
   */
  static <T, V> ColumnGroup<T, V> of(Function<? super T, ? extends @Nullable V> view, List<Column<V>> columns) {
    return new ColumnGroup<>(view, columns);
  }

  /**
   * Returns the group's columns as columns of the row, each computing the view itself: for
   * documentation and tests, not for writing.
   */
  List<Column<T>> flattened() {
    ImmutableList.Builder<Column<T>> flat = ImmutableList.builder();
    for (Column<V> column : columns) {
      flat.add(new Column<T>(column.name(), column.type(), row -> column.value().apply(view.apply(row))));
    }
    return flat.build();
  }
}
