package io.github.eventline.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a delimited file, one at a time, with the line each starts on: Jackson's CSV parser
 * read token by token, so that memory does not grow with the file. Not public, by design.
 *
 * <p>Each call to {@link #next()} reuses the cell array; a row's cells are valid until the next
 * call. O(1) memory beyond the longest row. Closing it leaves the input stream open.
 */
final class CsvRows implements Closeable {

  private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  private static final CsvSchema TSV = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar();
  private static final CsvSchema CSV = CsvSchema.emptySchema();

  private final JsonParser parser;
  private final Path file;
  private String[] cells = new String[64];
  private int size;
  private long line;

  private CsvRows(JsonParser parser, Path file) {
    this.parser = parser;
    this.file = file;
  }

  /** Rows of a tab-separated file without quoting, as GDELT writes them. */
  static CsvRows tabSeparated(InputStream in, Path file) {
    return new CsvRows(MAPPER.reader(TSV).createParser(in), file);
  }

  /** Rows of an RFC 4180 comma-separated file, quoted cells allowed, as ACLED writes them. */
  static CsvRows commaSeparated(InputStream in, Path file) {
    return new CsvRows(MAPPER.reader(CSV).createParser(in), file);
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the file
   * @throws ImportException if the file is not well-formed where it cannot be read on (an
   *     unclosed quote): no row after it can be told apart
   */
  boolean next() throws ImportException {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return false;
      }
      line = parser.currentLocation().getLineNr();
      size = 0;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (size == cells.length) {
          cells = java.util.Arrays.copyOf(cells, size * 2);
        }
        cells[size++] = parser.getString();
      }
      return true;
    } catch (JacksonException e) {
      long at = Math.max(1, e.getLocation() == null ? line : e.getLocation().getLineNr());
      throw new ImportException(new ImportProblem(file, at, "",
          "the file cannot be read on from here: " + e.getOriginalMessage()));
    }
  }

  /** The line the current row starts on, counted from 1. */
  long line() {
    return line;
  }

  /** The number of cells of the current row. */
  int size() {
    return size;
  }

  /** The cell at a position of the current row, counted from 0. */
  String cell(int index) {
    return cells[index];
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
