package io.github.eventline.spark;

import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.csv.CsvCells;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The cells of the columnar tables, as in the CSV tables ({@code docs/csv.md}): text, ids, terms,
 * lists and pairs as strings (lists and pairs joined by {@code |} as {@link CsvCells} does),
 * numbers as doubles, booleans, instants as ISO-8601 strings, and each time as six columns. Not
 * public, by design.
 */
final class TableCells {

  /** The suffixes of a time's six columns, after its prefix and {@code _}, as in the CSV tables. */
  static final List<String> TIME_PARTS =
      List.of("label", "precision", "earliest_start", "latest_start", "earliest_end", "latest_end");

  /** The six column names of each time prefix, made once: a name is hashed at each lookup. */
  private static final Map<String, List<String>> TIME_COLUMNS = new ConcurrentHashMap<>();

  /** The precisions by the text a cell holds. */
  private static final Map<String, Precision> PRECISIONS = new HashMap<>();

  static {
    for (Precision p : Precision.values()) {
      PRECISIONS.put(p.name().toLowerCase(Locale.ROOT), p);
    }
  }

  /**
   * The times read so far in this JVM, by their six cells: tables repeat a few times (the days of
   * publication) over millions of rows, and each is parsed once. Emptied when it holds
   * {@link #TIMES_KEPT}, so that it stays small whatever the tables hold.
   */
  private static final Map<TimeCells, TimeBounds> TIMES = new ConcurrentHashMap<>();

  private static final int TIMES_KEPT = 4096;

  private TableCells() {}

  /** Returns the names of a time's six columns, such as {@code when_label} to {@code when_latest_end}. */
  static List<String> timeColumns(String prefix) {
    return TIME_COLUMNS.computeIfAbsent(prefix, p -> {
      List<String> names = new ArrayList<>(TIME_PARTS.size());
      for (String part : TIME_PARTS) {
        names.add(p + "_" + part);
      }
      return List.copyOf(names);
    });
  }

  /**
   * The position of each column of a schema, found by name in a plain hash map: Spark's
   * {@code StructType.fieldIndex} looks names up in a Scala map, and the tables' conversions look up
   * millions of cells. Immutable and thread-safe.
   */
  static final class Columns {
    private final StructType schema;
    private final Map<String, Integer> positions;

    private Columns(StructType schema) {
      this.schema = schema;
      Map<String, Integer> positions = new HashMap<>();
      String[] names = schema.fieldNames();
      for (int i = 0; i < names.length; i++) {
        positions.put(names[i], i);
      }
      this.positions = positions;
    }

    /** Obtains the columns of a schema. */
    static Columns of(StructType schema) {
      return new Columns(schema);
    }

    StructType schema() {
      return schema;
    }

    /**
     * Returns the position of a column.
     *
     * @throws IllegalStateException if the schema has no such column
     */
    int position(String column) {
      Integer i = positions.get(column);
      if (i == null) {
        throw new IllegalStateException("No column \"" + column + "\" among " + List.of(schema.fieldNames()));
      }
      return i;
    }
  }

  /**
   * The cells of one row of a schema, set by column name: a column that is not set stays empty.
   * Mutable; made and dropped by one conversion.
   */
  static final class RowBuilder {
    private final Columns columns;
    private final Object[] cells;

    RowBuilder(Columns columns) {
      this.columns = columns;
      this.cells = new Object[columns.schema().size()];
    }

    /**
     * Sets a column's cell.
     *
     * @throws IllegalStateException if the schema has no such column
     */
    RowBuilder set(String column, Object value) {
      cells[columns.position(column)] = value;
      return this;
    }

    /** Sets the six cells of a time, all empty if it is absent. */
    RowBuilder time(String prefix, Optional<TimeBounds> time) {
      List<Object> values = new ArrayList<>(TIME_PARTS.size());
      TableCells.time(values, time);
      List<String> columns = timeColumns(prefix);
      for (int i = 0; i < columns.size(); i++) {
        set(columns.get(i), values.get(i));
      }
      return this;
    }

    Row build() {
      return new GenericRowWithSchema(cells, columns.schema());
    }
  }

  /**
   * The cells of one row of a schema, read by column name: a row that Spark's encoder of that schema
   * ({@code Encoders.row}) made, or a {@link RowBuilder} of it, so that its cells are in the schema's
   * order. Made and dropped by one conversion.
   */
  static final class RowReader {
    private final Row row;
    private final Columns columns;

    /**
     * Obtains a reader of a row.
     *
     * @throws IllegalArgumentException if the row has not as many cells as the schema has columns
     */
    RowReader(Row row, Columns columns) {
      if (row.length() != columns.schema().size()) {
        throw new IllegalArgumentException("A row of " + row.length() + " cells is not a row of the "
            + columns.schema().size() + " columns " + List.of(columns.schema().fieldNames()));
      }
      this.row = row;
      this.columns = columns;
    }

    /** Returns a text cell, null if null or empty. */
    String text(String column) {
      int i = columns.position(column);
      if (row.isNullAt(i)) {
        return null;
      }
      String s = row.getString(i);
      return s.isEmpty() ? null : s;
    }

    /** Returns a required text cell. */
    String required(String column, String where) {
      String s = text(column);
      if (s == null) {
        throw new IllegalArgumentException(where + ": column \"" + column + "\" is empty");
      }
      return s;
    }

    Double number(String column) {
      int i = columns.position(column);
      return row.isNullAt(i) ? null : row.getDouble(i);
    }

    Boolean bool(String column) {
      int i = columns.position(column);
      return row.isNullAt(i) ? null : row.getBoolean(i);
    }

    List<String> list(String column) {
      String cell = text(column);
      return cell == null ? List.of() : CsvCells.split(cell);
    }

    List<Map.Entry<String, String>> pairs(String column, char separator) {
      String cell = text(column);
      return cell == null ? List.of() : CsvCells.splitPairs(cell, separator);
    }

    /**
     * Reads a time back from its six cells: the label parsed when it gives the same bounds (keeping
     * its qualifiers), else the bounds as given with that label; absent when the label is empty. A
     * time met before, with the same six cells, is not read again ({@link #TIMES}).
     */
    Optional<TimeBounds> time(String prefix, String where) {
      List<String> names = timeColumns(prefix);
      String label = text(names.get(0));
      if (label == null) {
        return Optional.empty();
      }
      TimeCells cells = new TimeCells(label, text(names.get(1)), text(names.get(2)), text(names.get(3)),
          text(names.get(4)), text(names.get(5)));
      TimeBounds known = TIMES.get(cells);
      if (known == null) {
        known = cells.read(prefix, where);
        if (TIMES.size() >= TIMES_KEPT) {
          TIMES.clear();
        }
        TIMES.put(cells, known);
      }
      return Optional.of(known);
    }
  }

  static StructField text(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, true);
  }

  static StructField number(String name) {
    return DataTypes.createStructField(name, DataTypes.DoubleType, true);
  }

  static StructField bool(String name) {
    return DataTypes.createStructField(name, DataTypes.BooleanType, true);
  }

  static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  static List<StructField> time(String prefix) {
    List<StructField> fields = new ArrayList<>();
    for (String part : TIME_PARTS) {
      fields.add(text(prefix + "_" + part));
    }
    return fields;
  }

  /** Appends the six cells of a time, all null if it is absent. */
  static void time(List<Object> cells, Optional<TimeBounds> time) {
    if (time.isEmpty()) {
      for (int i = 0; i < TIME_PARTS.size(); i++) {
        cells.add(null);
      }
      return;
    }
    TimeBounds t = time.get();
    cells.add(t.label());
    cells.add(t.precision().name().toLowerCase(Locale.ROOT));
    cells.add(bounded(t.earliestStart()));
    cells.add(bounded(t.latestStart()));
    cells.add(bounded(t.earliestEnd()));
    cells.add(bounded(t.latestEnd()));
  }

  private static String bounded(Instant instant) {
    return instant.equals(Instant.MIN) || instant.equals(Instant.MAX) ? null : formatInstant(instant);
  }

  /**
   * Returns the text of an instant, equal to {@link Instant#toString()}, as export's CSV tables write
   * it ({@link CsvCells#instant}).
   */
  static String formatInstant(Instant instant) {
    return CsvCells.instant(instant);
  }


  /**
   * The six cells of a time, each null if empty. Read once into a {@link TimeBounds}: the label
   * parsed when it gives the same bounds (keeping its qualifiers), else the bounds as given with that
   * label.
   */
  private record TimeCells(
      String label, String precision, String earliestStart, String latestStart, String earliestEnd, String latestEnd) {

    TimeBounds read(String prefix, String where) {
      List<String> names = timeColumns(prefix);
      Instant es = instant(earliestStart, Instant.MIN, names.get(2), where);
      Instant ls = instant(latestStart, Instant.MAX, names.get(3), where);
      Instant ee = instant(earliestEnd, Instant.MIN, names.get(4), where);
      Instant le = instant(latestEnd, Instant.MAX, names.get(5), where);
      Precision p = precision == null ? Precision.NONE : PRECISIONS.get(precision);
      if (p == null) {
        try {
          p = Precision.valueOf(precision.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": unknown " + prefix + "_precision \"" + precision + "\"", e);
        }
      }
      try {
        TimeBounds parsed = TimeBounds.parse(label);
        if (parsed.precision() == p && parsed.earliestStart().equals(es) && parsed.latestStart().equals(ls)
            && parsed.earliestEnd().equals(ee) && parsed.latestEnd().equals(le)) {
          return parsed;
        }
      } catch (IllegalArgumentException notEdtf) {
        // A label of the user's own: the bounds as given.
      }
      try {
        return TimeBounds.of(es, ls, ee, le, p, label);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }

    private static Instant instant(String cell, Instant unbounded, String column, String where) {
      if (cell == null) {
        return unbounded;
      }
      try {
        return parseInstant(cell);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ": " + column + " \"" + cell + "\" is not an ISO-8601 instant", e);
      }
    }
  }

  /**
   * Parses an ISO-8601 instant as {@link Instant#parse} does, without its formatter for the form the
   * tables hold: whole seconds in the years 0000 to 9999, {@code 2024-08-06T00:00:00Z}. Any other
   * text goes through {@code Instant.parse}.
   *
   * @throws java.time.DateTimeException if the text is not an instant
   */
  static Instant parseInstant(String text) {
    if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
          && second >= 0 && second < 60) {
        // LocalDate.of refuses a day the month does not have, as Instant.parse does
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second);
      }
    }
    return Instant.parse(text);
  }

  /** Returns the number written by some decimal digits, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static <T> String join(List<T> values, Function<T, String> text) {
    if (values.isEmpty()) {
      return null;
    }
    List<String> cells = new ArrayList<>(values.size());
    for (T v : values) {
      cells.add(text.apply(v));
    }
    return CsvCells.join(cells);
  }

  static String joinPairs(List<Map.Entry<String, String>> pairs, char separator) {
    return pairs.isEmpty() ? null : CsvCells.joinPairs(pairs, separator);
  }
}
