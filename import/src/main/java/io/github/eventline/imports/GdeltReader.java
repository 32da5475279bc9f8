package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads GDELT 2.0 Events and Mentions exports into a story: each event record an event, each
 * mention an assertion by its outlet that the event occurred.
 *
 * <p>The files are GDELT's tab-separated exports without a header, with the columns of the GDELT
 * 2.0 Event codebook: 61 for an Events file ({@code 20240806101500.export.CSV}), 16 for a Mentions
 * file ({@code 20240806101500.mentions.CSV}), either also zipped as GDELT publishes them. A file whose
 * name holds {@code .mentions.} is read as Mentions, any other as Events. Every Events file is read
 * before any Mentions file, so that a mention finds its event whatever the order of the paths.
 *
 * <ul>
 *   <li>An event is {@code gdelt-GLOBALEVENTID}, of the CAMEO root's type (root 19:
 *       {@code fight}), its CAMEO {@code EventCode} as code, on the day of {@code SQLDATE},
 *       at the place of {@code ActionGeo_*} ({@code gdelt-place-FEATUREID}, with coordinates),
 *       with Actor1 as agent and Actor2 as target ({@code gdelt-actor-CAMEOCODE}). The root code,
 *       quad class, Goldstein scale, counts, tone, date added and source URL are kept as
 *       {@code x-gdelt-} fields.
 *   <li>A mention is an {@code occurred} assertion of the source {@code gdelt-source-OUTLET} (its
 *       {@code MentionSourceName}), stated at {@code MentionTimeDate}, its certainty from
 *       {@code Confidence}: 80 to 100 certain, 50 to 79 probable, below 50 possible. An event's
 *       {@code NumMentions} is kept on the event and counts no voice: only mentions read count, one
 *       voice per outlet however often it mentions the event.
 * </ul>
 *
 * <p>Streams: rows are read one at a time, and memory holds the story being built and an index of
 * its ids. A bad row (wrong number of columns, a bad date or number, a repeated event, a mention of
 * an event not read) is reported with its file, line and column, and stops the reading or is
 * skipped as {@link BadRows} says. The column-by-column mapping is in
 * {@code docs/imports-gdelt-acled.md}.
 *
 * <pre>{@code
 * Story story = GdeltReader.read(List.of(Path.of("20240806101500.export.CSV"),
 *     Path.of("20240806101500.mentions.CSV")), BadRows.stop());
 * }</pre>
 */
public final class GdeltReader {

  /** The number of columns of an Events file. */
  public static final int EVENT_COLUMNS = 61;

  /** The number of columns of a Mentions file. */
  public static final int MENTION_COLUMNS = 16;

  private GdeltReader() {}

  /**
   * Reads one Events or Mentions file into a story.
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
   * Reads Events and Mentions files into one story: every Events file first, in the order given,
   * then every Mentions file.
   *
   * @param files  the files, not null
   * @param badRows  what to do with a bad row, not null
   * @return the story, not null
   * @throws ImportException if a row is bad and {@code badRows} stops, or a file cannot be parsed
   * @throws IOException if a file cannot be read
   */
  public static Story read(List<Path> files, BadRows badRows) throws IOException {
    requireNonNull(badRows, "badRows");
    List<Path> events = new ArrayList<>();
    List<Path> mentions = new ArrayList<>();
    for (Path f : requireNonNull(files, "files")) {
      (isMentionsFile(requireNonNull(f, "file")) ? mentions : events).add(f);
    }
    StoryCollector story = new StoryCollector(badRows, "GLOBALEVENTID", "GLOBALEVENTID");
    for (Path f : events) {
      try (InputStream in = RowLoop.open(f)) {
        readEventRows(in, f, badRows, story);
      }
    }
    for (Path f : mentions) {
      try (InputStream in = RowLoop.open(f)) {
        readMentionRows(in, f, badRows, story);
      }
    }
    return story.story();
  }

  /**
   * Checks if a file is read as a Mentions file: its name holds {@code .mentions.}, in any case.
   *
   * @param file  the file, not null
   * @return true for a Mentions file, false for an Events file
   */
  public static boolean isMentionsFile(Path file) {
    Path name = requireNonNull(file, "file").getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).contains(".mentions.");
  }

  /**
   * Reads the rows of an Events file one at a time and hands each good row to a sink, for a caller
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
  public static void readEventRows(InputStream in, Path file, BadRows badRows, ImportedRow.Sink sink)
      throws IOException {
    check(in, file, badRows, sink);
    try (CsvRows rows = CsvRows.tabSeparated(in, file)) {
      GdeltEvents events = new GdeltEvents();
      RowLoop.run(rows, file, EVENT_COLUMNS, r -> events.row(r, file), badRows, sink);
    }
  }

  /**
   * Reads the rows of a Mentions file one at a time and hands each good row to a sink. Nothing is
   * checked across rows or files: whether each mention's event was read is the sink's to find.
   *
   * @param in  the file's content, not closed by this method, not null
   * @param file  the file's name for the problems, not null
   * @param badRows  what to do with a bad row, not null
   * @param sink  receives each good row, in file order, not null
   * @throws ImportException if a row is bad and {@code badRows} stops, or the file cannot be parsed
   * @throws IOException if the file cannot be read
   */
  public static void readMentionRows(InputStream in, Path file, BadRows badRows, ImportedRow.Sink sink)
      throws IOException {
    check(in, file, badRows, sink);
    try (CsvRows rows = CsvRows.tabSeparated(in, file)) {
      RowLoop.run(rows, file, MENTION_COLUMNS, r -> GdeltMentions.row(r, file), badRows, sink);
    }
  }

  private static void check(InputStream in, Path file, BadRows badRows, ImportedRow.Sink sink) {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    requireNonNull(badRows, "badRows");
    requireNonNull(sink, "sink");
  }
}
