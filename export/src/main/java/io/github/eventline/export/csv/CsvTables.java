package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterables;
import io.github.eventline.core.Story;
import io.github.eventline.export.csv.StoryTables.AssertionRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a story as CSV tables, one file per kind: {@code events.csv}, {@code actors.csv},
 * {@code places.csv}, {@code sources.csv}, {@code assertions.csv}. The columns are documented in
 * {@code docs/csv.md}.
 *
 * <p>Every table is RFC 4180 CSV written with Jackson's CSV generator: UTF-8, CRLF line ends, a
 * header row, cells quoted only when they hold a comma, a double quote, CR or LF, and quotes
 * doubled. Times are written as their label plus the four bounds as ISO-8601 instants
 * ({@link java.time.Instant#toString()}), each empty where unbounded. Multi-valued cells join their
 * values with {@code |}, escaped as {@link CsvCells} describes. Text cells that a spreadsheet would
 * run as a formula are guarded unless {@link CsvOptions#withFormulaGuard(boolean)} turns the guard
 * off.
 *
 * <p>Writers stream: each row is written as it is read from the story, with no second copy of the
 * data (except one array of references per table for {@link RowOrder#BY_ID}). The same story
 * and options give byte-identical files.
 *
 * <pre>{@code
 * CsvTables.write(story, Path.of("out"), CsvOptions.excel());
 * try (OutputStream out = Files.newOutputStream(Path.of("events.csv"))) {
 *   CsvTables.writeEvents(story, out, CsvOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Not instantiable. Every method refuses null arguments.
 */
public final class CsvTables {

  private CsvTables() {}

  /**
   * Returns the names of the files {@link #write(Story, Path, CsvOptions)} writes, in order.
   *
   * @return {@code events.csv}, {@code actors.csv}, {@code places.csv}, {@code sources.csv},
   *     {@code assertions.csv}
   */
  public static List<String> storyFileNames() {
    List<String> names = new ArrayList<>();
    for (Table<?> table : StoryTables.ALL) {
      names.add(table.fileName());
    }
    return List.copyOf(names);
  }

  /**
   * Writes every story table into a directory, creating the directory if needed and replacing files
   * of the same names.
   *
   * @param story  the story, not null
   * @param directory  the directory, not null
   * @param options  the options, not null
   * @throws IOException if a file cannot be written
   */
  public static void write(Story story, Path directory, CsvOptions options) throws IOException {
    requireNonNull(story, "story");
    requireNonNull(directory, "directory");
    requireNonNull(options, "options");
    Files.createDirectories(directory);
    writeFile(directory, StoryTables.EVENTS, story.events(), options);
    writeFile(directory, StoryTables.ACTORS, story.actors(), options);
    writeFile(directory, StoryTables.PLACES, story.places(), options);
    writeFile(directory, StoryTables.SOURCES, story.sources(), options);
    writeFile(directory, StoryTables.ASSERTIONS, assertionRows(story), options);
  }

  /**
   * Writes the events table to a stream. Flushes the stream but does not close it.
   *
   * @param story  the story, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeEvents(Story story, OutputStream out, CsvOptions options) throws IOException {
    StoryTables.EVENTS.write(requireNonNull(story, "story").events(), out, options);
  }

  /**
   * Writes the actors table to a stream. Flushes the stream but does not close it.
   *
   * @param story  the story, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeActors(Story story, OutputStream out, CsvOptions options) throws IOException {
    StoryTables.ACTORS.write(requireNonNull(story, "story").actors(), out, options);
  }

  /**
   * Writes the places table to a stream. Flushes the stream but does not close it.
   *
   * @param story  the story, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writePlaces(Story story, OutputStream out, CsvOptions options) throws IOException {
    StoryTables.PLACES.write(requireNonNull(story, "story").places(), out, options);
  }

  /**
   * Writes the sources table to a stream. Flushes the stream but does not close it.
   *
   * @param story  the story, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeSources(Story story, OutputStream out, CsvOptions options) throws IOException {
    StoryTables.SOURCES.write(requireNonNull(story, "story").sources(), out, options);
  }

  /**
   * Writes the assertions table to a stream. Flushes the stream but does not close it.
   *
   * @param story  the story, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeAssertions(Story story, OutputStream out, CsvOptions options) throws IOException {
    StoryTables.ASSERTIONS.write(assertionRows(requireNonNull(story, "story")), out, options);
  }

  private static Iterable<AssertionRow> assertionRows(Story story) {
    return Iterables.transform(story.assertions(), a -> new AssertionRow(a, story.statedTime(a)));
  }

  private static <T> void writeFile(Path directory, Table<T> table, Iterable<? extends T> rows, CsvOptions options)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(directory.resolve(table.fileName()))) {
      table.write(rows, out, options);
    }
  }
}
