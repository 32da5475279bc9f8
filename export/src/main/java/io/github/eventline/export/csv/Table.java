package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  private final ImmutableList<Column<T>> columns;
  private final Comparator<? super T> byId;
  private final ObjectWriter writer;

  Table(String name, List<Column<T>> columns, Comparator<? super T> byId) {
    this.name = requireNonNull(name, "name");
    this.columns = ImmutableList.copyOf(columns);
    this.byId = requireNonNull(byId, "byId");
    CsvSchema.Builder schema = CsvSchema.builder();
    for (Column<T> column : this.columns) {
      schema.addColumn(column.name());
    }
    this.writer = MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n"));
  }

  /** Returns the table's name, such as {@code events}. */
  String name() {
    return name;
  }

  /** Returns the file name, such as {@code events.csv}. */
  String fileName() {
    return name + ".csv";
  }

  /** Returns the columns, in order. */
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
    for (Column<T> column : columns) {
      Object value = column.value().apply(row);
      if (value == null) {
        generator.writeNull();
        continue;
      }
      switch (column.type()) {
        case TEXT:
          String text = (String) value;
          generator.writeString(guard ? CsvCells.guard(text) : text);
          break;
        case NUMBER:
          generator.writeNumber(plain((Double) value));
          break;
        case BOOLEAN:
          generator.writeBoolean((Boolean) value);
          break;
        case INSTANT:
          generator.writeString(value.toString());
          break;
        default:
          throw new AssertionError(column.type());
      }
    }
    generator.writeEndArray();
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
}
