package io.github.eventline.spark;

import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the five story tables, named and ordered as the export module's
 * {@link CsvTables} writes them: the header row of each table of an empty story. Export's tables
 * are the one definition of the columns; this module only gives each column its Spark type: a
 * double for the numbers, a boolean for {@code approximate}, a string for everything else
 * (instants as ISO-8601 text, as in the CSV cells). Not public, by design.
 */
final class CsvColumns {

  /** The columns whose cells are numbers, stored as doubles. */
  static final Set<String> NUMBERS = Set.of("lat", "lon", "reliability", "low", "high", "uncertainty");

  /** The columns whose cells are booleans. */
  static final Set<String> BOOLEANS = Set.of("approximate");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");

  /** The header of each story table, by table name ({@code events}, ...), in export's order. */
  private static final Map<String, List<String>> HEADERS = headers();

  private CsvColumns() {}

  /**
   * Returns the names of the story tables, in export's order.
   *
   * @return {@code events}, {@code actors}, {@code places}, {@code sources}, {@code assertions}
   */
  static List<String> tables() {
    return List.copyOf(HEADERS.keySet());
  }

  /**
   * Returns a story table's column names, in order, as export writes its header.
   *
   * @param table  the table's name
   * @return the names
   * @throws IllegalArgumentException if export writes no such table
   */
  static List<String> header(String table) {
    List<String> header = HEADERS.get(table);
    if (header == null) {
      throw new IllegalArgumentException("Unknown table \"" + table + "\": expected one of " + tables());
    }
    return header;
  }

  /**
   * Returns a story table's columns with their Spark types, without the {@code story} column.
   *
   * @param table  the table's name
   * @return the schema
   * @throws IllegalArgumentException if export writes no such table
   */
  static StructType schema(String table) {
    List<StructField> fields = new ArrayList<>();
    for (String name : header(table)) {
      fields.add(DataTypes.createStructField(name, type(name), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** Returns the Spark type of a column of the story tables. */
  static DataType type(String column) {
    return NUMBERS.contains(column) ? DataTypes.DoubleType
        : BOOLEANS.contains(column) ? DataTypes.BooleanType : DataTypes.StringType;
  }

  private static Map<String, List<String>> headers() {
    Story empty = Story.builder().build();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String file : CsvTables.storyFileNames()) {
      String table = file.replaceFirst("\\.csv$", "");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        switch (table) {
          case "events" -> CsvTables.writeEvents(empty, out, CsvOptions.defaults());
          case "actors" -> CsvTables.writeActors(empty, out, CsvOptions.defaults());
          case "places" -> CsvTables.writePlaces(empty, out, CsvOptions.defaults());
          case "sources" -> CsvTables.writeSources(empty, out, CsvOptions.defaults());
          case "assertions" -> CsvTables.writeAssertions(empty, out, CsvOptions.defaults());
          default -> throw new IllegalStateException(
              "The CSV tables include \"" + file + "\", which this module does not write: add its writer here");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      headers.put(table, names(file, out.toString(StandardCharsets.UTF_8)));
    }
    return headers;
  }

  /** Reads the header row of a table with no rows: plain names, so no cell is quoted. */
  private static List<String> names(String file, String csv) {
    List<String> names = List.of(csv.strip().split(","));
    for (String name : names) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalStateException("The header of " + file + " has a column \"" + name
            + "\" that is not a plain lower-case name: " + csv.strip());
      }
    }
    return names;
  }
}
