package io.github.eventline.export.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads tables back with Jackson's CSV reader, the header naming the columns. */
final class CsvRead {

  private static final CsvMapper MAPPER = new CsvMapper();

  /** A table writer of the API, such as {@code CsvTables::writeEvents} with its story bound. */
  interface TableWriter {
    void write(ByteArrayOutputStream out) throws IOException;
  }

  private CsvRead() {}

  static List<Map<String, String>> rows(byte[] csv) {
    try (MappingIterator<Map<String, String>> it =
        MAPPER.readerFor(new TypeReference<Map<String, String>>() {})
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return it.readAll();
    }
  }

  static List<Map<String, String>> rows(TableWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return rows(out.toByteArray());
  }
}
