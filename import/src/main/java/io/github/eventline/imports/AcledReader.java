package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads ACLED CSV exports into a story: each row an event with its actors and place, and the
 * fatalities a quantity claim of each of the event's sources.
 *
 * <p>The files are ACLED's comma-separated exports with a header row; columns are found by the
 * names of the ACLED codebook ({@code event_id_cnty}, {@code event_date}, ... {@code timestamp}),
 * in any order, and a column the mapping does not use (such as {@code notes}, {@code tags} or one
 * of a later codebook) is kept on the event as an {@code x-acled-} field.
 *
 * <ul>
 *   <li>An event has the id {@code event_id_cnty}, its {@code event_type} as type
 *       ({@code Explosions/Remote violence}: {@code explosions/remote-violence}) and its
 *       {@code sub_event_type} as code in the scheme {@code ACLED}, the day of {@code event_date}
 *       widened by {@code time_precision} (1 the day, 2 three days either side, 3 the month),
 *       {@code actor1} and {@code actor2} as participants and the associated actors as allies, and
 *       its place ({@code location}, with coordinates; country and admin areas as fields).
 *   <li>{@code fatalities} is a quantity claim ({@code fatalities}, a count) of each source the
 *       {@code source} cell names (split on {@code ;}), stated at {@code timestamp} (unix seconds);
 *       an event with no source named is ACLED's own claim, by the source {@code acled}.
 * </ul>
 *
 * <p>Streams, and handles bad rows, as {@link GdeltReader} does. A header without a required
 * column, or a broken quote, stops the reading whatever {@link BadRows} says: no row after it can
 * be read.
 *
 * <pre>{@code
 * Story story = AcledReader.read(Path.of("acled-ukraine-2024.csv"), BadRows.skip(problems::add));
 * }</pre>
 */
public final class AcledReader {

  private AcledReader() {}

  /**
   * Reads one ACLED export into a story.
   *
   * @param file  the file, not null
   * @param badRows  what to do with a bad row, not null
   * @return the story, not null
   * @throws ImportException if a row is bad and {@code badRows} stops, or the file cannot be parsed
   * @throws IOException if the file cannot be read
   */
  public static Story read(Path file, BadRows badRows) throws IOException {
    return read(List.of(requireNonNull(file, "file")), badRows);
  }

  /**
   * Reads ACLED exports into one story, in the order given.
   *
   * @param files  the files, not null
   * @param badRows  what to do with a bad row, not null
   * @return the story, not null
   * @throws ImportException if a row is bad and {@code badRows} stops, or a file cannot be parsed
   * @throws IOException if a file cannot be read
   */
  public static Story read(List<Path> files, BadRows badRows) throws IOException {
    requireNonNull(badRows, "badRows");
    StoryCollector story = new StoryCollector(badRows, "event_id_cnty", "event_id_cnty");
    for (Path f : List.copyOf(requireNonNull(files, "files"))) {
      try (InputStream in = RowLoop.open(f)) {
        readRows(in, f, badRows, story);
      }
    }
    return story.story();
  }

  /**
   * Reads the rows of an ACLED export one at a time and hands each good row to a sink, for a caller
   * that keeps the elements elsewhere than in one story. Nothing is checked across rows (a repeated
   * event is the sink's to find).
   *
   * @param in  the file's content, not closed by this method, not null
   * @param file  the file's name for the problems, not null
   * @param badRows  what to do with a bad row, not null
   * @param sink  receives each good row, in file order, not null
   * @throws ImportException if a row is bad and {@code badRows} stops, or the file cannot be parsed
   * @throws IOException if the file cannot be read
   */
  public static void readRows(InputStream in, Path file, BadRows badRows, ImportedRow.Sink sink)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    requireNonNull(badRows, "badRows");
    requireNonNull(sink, "sink");
    try (CsvRows rows = CsvRows.commaSeparated(in, file)) {
      AcledRows acled = AcledRows.header(rows, file);
      RowLoop.run(rows, file, acled.columns(), acled::row, badRows, sink);
    }
  }
}
