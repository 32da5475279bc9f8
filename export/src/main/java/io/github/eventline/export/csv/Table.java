package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * One CSV table: a file name, its columns, and the streaming writer of its rows with Jackson's CSV
 * generator. Not public, by design: {@link CsvTables} publishes the tables.
 *
 * <p>The columns come in {@linkplain ColumnGroup groups}: the writer computes a group's value once
 * per row, then writes the group's cells from it, so that what several columns read (the bounds of
 * a time, an event's verdict) is looked up once per row.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T>  the type of the rows
 */
final class Table<T> {

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * RFC 4180: quotes only cells holding a comma, a quote, CR or LF (strict check), doubles quotes,
   * ends lines with CRLF. Never closes the caller's stream.
   */
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private final String name;
  private final ImmutableList<ColumnGroup<T, ?>> groups;
  private final ImmutableList<Column<T>> columns;
  private final Comparator<? super T> byId;
  private final ObjectWriter writer;

  Table(String name, List<ColumnGroup<T, ?>> groups, Comparator<? super T> byId) {
    this.name = requireNonNull(name, "name");
    this.groups = ImmutableList.copyOf(groups);
    ImmutableList.Builder<Column<T>> flat = ImmutableList.builder();
    for (ColumnGroup<T, ?> group : this.groups) {
      flat.addAll(group.flattened());
    }
    this.columns = flat.build();
    this.byId = requireNonNull(byId, "byId");
    CsvSchema.Builder schema = CsvSchema.builder();
    for (Column<T> column : this.columns) {
      schema.addColumn(column.name());
    }
    this.writer = MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n"));
  }

  /**
   * Returns a new list of columns to give the constructor: consecutive columns added one by one
   * read the row itself; groups read their value once per row.
   *
   * @param <T>  the type of the rows
   * @return an empty list builder
   */
  static <T> Columns<T> newColumns() {
    return new Columns<>();
  }

  /** Returns the table's name, such as {@code events}. */
  String name() {
    return name;
  }

  /** Returns the file name, such as {@code events.csv}. */
  String fileName() {
    return name + ".csv";
  }

  /** Returns the columns, in order, each reading the row (for documentation and tests). */
  List<Column<T>> columns() {
    return columns;
  }

  /**
   * Writes the header and one line per row, streaming. Flushes, but does not close, the stream.
   *
   * @param rows  the rows, in the order given
   * @param out  the stream
   * @param options  the options
   * @throws IOException if the stream fails
   */
  void write(Iterable<? extends T> rows, OutputStream out, CsvOptions options) throws IOException {
    requireNonNull(rows, "rows");
    requireNonNull(out, "out");
    requireNonNull(options, "options");
    Iterable<? extends T> ordered = options.rowOrder() == RowOrder.BY_ID ? sorted(rows) : rows;
    try {
      if (options.byteOrderMark()) {
        out.write(BYTE_ORDER_MARK);
      }
      try (JsonGenerator generator = writer.createGenerator(out)) {
        for (T row : ordered) {
          writeRow(generator, row, options.formulaGuard());
        }
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  private List<T> sorted(Iterable<? extends T> rows) {
    List<T> copy = new ArrayList<>();
    rows.forEach(copy::add);
    copy.sort(byId);
    return copy;
  }

  private void writeRow(JsonGenerator generator, T row, boolean guard) {
    generator.writeStartArray();
    for (int i = 0; i < groups.size(); i++) {
      writeGroup(generator, groups.get(i), row, guard);
    }
    generator.writeEndArray();
  }

  private static <T, V> void writeGroup(JsonGenerator generator, ColumnGroup<T, V> group, T row, boolean guard) {
    V view = group.view().apply(row);
    List<Column<V>> cells = group.columns();
    for (int i = 0; i < cells.size(); i++) {
      Column<V> column = cells.get(i);
      writeCell(generator, column.type(), column.value().apply(view), guard);
    }
  }

  private static void writeCell(JsonGenerator generator, Column.CellType type, @Nullable Object value, boolean guard) {
    if (value == null) {
      generator.writeNull();
      return;
    }
    switch (type) {
      case TEXT:
        String text = (String) value;
        generator.writeString(guard ? CsvCells.guard(text) : text);
        break;
      case NUMBER:
        generator.writeNumber(value instanceof Double d ? plain(d) : value.toString());
        break;
      case BOOLEAN:
        generator.writeBoolean((Boolean) value);
        break;
      case INSTANT:
        generator.writeString(InstantCells.format((Instant) value));
        break;
      default:
        throw new AssertionError(type);
    }
  }

  /** Plain decimal notation without trailing zeros: 10000, 0.8, -3.5; never an exponent. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return "Table[" + fileName() + "]";
  }

  /**
   * The column groups of a table, in order: columns added one by one join one group that reads the
   * row itself, until a group of its own comes.
   *
   * @param <T>  the type of the rows
   */
  static final class Columns<T> {

    private final ImmutableList.Builder<ColumnGroup<T, ?>> groups = ImmutableList.builder();
    private final List<Column<T>> pending = new ArrayList<>();

    private Columns() {}

    /** Adds a column that reads the row itself. */
    Columns<T> add(Column<T> column) {
      pending.add(requireNonNull(column, "column"));
      return this;
    }

    /** Adds a group of columns that read one value of the row, computed once per row. */
    Columns<T> add(ColumnGroup<T, ?> group) {
      flush();
      groups.add(requireNonNull(group, "group"));
      return this;
    }

    /** Adds groups, in order, after the columns added so far. */
    Columns<T> addAll(List<ColumnGroup<T, ?>> more) {
      flush();
      groups.addAll(more);
      return this;
    }

    /** Returns the groups, in order. */
    List<ColumnGroup<T, ?>> build() {
      flush();
      return groups.build();
    }

    private void flush() {
      if (!pending.isEmpty()) {
        groups.add(ColumnGroup.ofRow(pending));
        pending.clear();
      }
    }
  }
}
