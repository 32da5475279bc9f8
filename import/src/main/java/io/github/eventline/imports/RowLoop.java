package io.github.eventline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipInputStream;

/**
 * The loop every event-data reader runs: each row checked for its number of columns, mapped, and
 * handed on, or reported as bad with its file, line and column. Not public, by design.
 */
final class RowLoop {

  /** Maps the current row of a file. */
  @FunctionalInterface
  interface Mapping {
    ImportedRow map(CsvRows rows) throws BadCell;
  }

  private RowLoop() {}

  /**
   * Reads every remaining row.
   *
   * @param columns  the number of columns each row must have
   */
  static void run(CsvRows rows, Path file, int columns, Mapping mapping, BadRows badRows, ImportedRow.Sink sink)
      throws ImportException {
    while (rows.next()) {
      if (rows.size() != columns) {
        badRows.handle(new ImportProblem(file, rows.line(), "",
            columns + " columns expected, got " + rows.size()));
        continue;
      }
      ImportedRow row;
      try {
        row = mapping.map(rows);
      } catch (BadCell e) {
        badRows.handle(new ImportProblem(file, rows.line(), e.column(), e.getMessage()));
        continue;
      } catch (IllegalArgumentException e) {
        // a value the model refuses (an id, a term): the row is bad as a whole
        badRows.handle(new ImportProblem(file, rows.line(), "", e.getMessage()));
        continue;
      }
      sink.accept(row);
    }
  }

  /**
   * Opens a file for reading; a {@code .zip} file (as GDELT publishes them) is read from its first
   * entry.
   *
   * @throws ImportException if a zip file has no entry
   */
  static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return in;
    }
    ZipInputStream zip = new ZipInputStream(in);
    try {
      if (zip.getNextEntry() == null) {
        throw new ImportException(new ImportProblem(file, 1, "", "the zip file holds no file"));
      }
    } catch (IOException e) {
      zip.close();
      throw e;
    }
    return zip;
  }
}
