package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterables;
import io.github.eventline.core.Story;
import io.github.eventline.core.Event;
import io.github.eventline.export.csv.StoryColumns.AssertionRow;
import io.github.eventline.export.csv.TimelineColumns.ConflictRow;
import io.github.eventline.export.csv.TimelineColumns.EventRow;
import io.github.eventline.export.internal.OutputFiles;
import io.github.eventline.export.internal.TimelineRows;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Writes a story as CSV tables, one file per kind: {@code events.csv}, {@code actors.csv},
 * {@code places.csv}, {@code sources.csv}, {@code assertions.csv}; and a timeline as three more:
 * {@code timeline.csv} (events in timeline order with their status, stated and derived bounds),
 * {@code verdicts.csv} (every verdict with its value, support, opposition and reasons) and
 * {@code conflicts.csv} (the temporal conflicts). The columns are documented in
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
 * <p>Writers stream: each row is written as it is read from the story or the timeline, with no
 * second copy of the data (except one array of references per table for {@link RowOrder#BY_ID},
 * and one for the verdicts, always sorted by event id and question). The same story and options
 * give byte-identical files; the timeline tables do not depend on the order of the story's input.
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
    for (Table<?> table : StoryColumns.ALL) {
      names.add(table.fileName());
    }
    return List.copyOf(names);
  }

  /**
   * Writes every story table into a directory, creating the directory if needed and replacing files
   * of the same names, as a set: every table is written in full to a temporary file beside its
   * target before any is replaced, so a failed write leaves the old tables as they were. A
   * replaced table keeps its permissions.
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
    OutputFiles.writeAll(storyFiles(story, directory, options));
  }

  /** The story tables to write into a directory, in order. */
  private static Map<Path, OutputFiles.Content> storyFiles(Story story, Path directory, CsvOptions options) {
    Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
    file(files, directory, StoryColumns.EVENTS, story.events(), options);
    file(files, directory, StoryColumns.ACTORS, story.actors(), options);
    file(files, directory, StoryColumns.PLACES, story.places(), options);
    file(files, directory, StoryColumns.SOURCES, story.sources(), options);
    file(files, directory, StoryColumns.ASSERTIONS, assertionRows(story), options);
    return files;
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
    StoryColumns.EVENTS.write(requireNonNull(story, "story").events(), out, options);
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
    StoryColumns.ACTORS.write(requireNonNull(story, "story").actors(), out, options);
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
    StoryColumns.PLACES.write(requireNonNull(story, "story").places(), out, options);
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
    StoryColumns.SOURCES.write(requireNonNull(story, "story").sources(), out, options);
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
    StoryColumns.ASSERTIONS.write(assertionRows(requireNonNull(story, "story")), out, options);
  }

  /**
   * Returns the names of the timeline tables, in order.
   *
   * @return {@code timeline.csv}, {@code verdicts.csv}, {@code conflicts.csv}
   */
  public static List<String> timelineFileNames() {
    List<String> names = new ArrayList<>();
    for (Table<?> table : TimelineColumns.ALL) {
      names.add(table.fileName());
    }
    return List.copyOf(names);
  }

  /**
   * Writes every table of a timeline into a directory: the five story tables of its story (for a
   * story known at some time, the assertions known then) and the three timeline tables, creating
   * the directory if needed and replacing files of the same names, as a set: the eight tables are
   * written in full to temporary files before any is replaced, so a failed write leaves the old
   * tables as they were.
   *
   * @param timeline  the timeline, not null
   * @param directory  the directory, not null
   * @param options  the options, not null
   * @throws IOException if a file cannot be written
   */
  public static void write(Timeline timeline, Path directory, CsvOptions options) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(directory, "directory");
    requireNonNull(options, "options");
    Files.createDirectories(directory);
    Map<Path, OutputFiles.Content> files = storyFiles(timeline.story(), directory, options);
    file(files, directory, TimelineColumns.TIMELINE, eventRows(timeline), options);
    file(files, directory, TimelineColumns.VERDICTS, TimelineRows.verdicts(timeline), options);
    file(files, directory, TimelineColumns.CONFLICTS, conflictRows(timeline), options);
    OutputFiles.writeAll(files);
  }

  /**
   * Writes the timeline table to a stream: one row per event, in timeline order (or by id with
   * {@link RowOrder#BY_ID}). Flushes the stream but does not close it.
   *
   * @param timeline  the timeline, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeTimeline(Timeline timeline, OutputStream out, CsvOptions options) throws IOException {
    TimelineColumns.TIMELINE.write(eventRows(requireNonNull(timeline, "timeline")), out, options);
  }

  /**
   * Writes the verdicts table to a stream: one row per verdict, sorted by event id and then by
   * question whatever the row order, so that it does not depend on the order of the story's
   * input. Flushes the stream but does not close it.
   *
   * @param timeline  the timeline, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeVerdicts(Timeline timeline, OutputStream out, CsvOptions options) throws IOException {
    TimelineColumns.VERDICTS.write(TimelineRows.verdicts(requireNonNull(timeline, "timeline")), out, options);
  }

  /**
   * Writes the conflicts table to a stream: one row per conflict, in the timeline's order.
   * Flushes the stream but does not close it.
   *
   * @param timeline  the timeline, not null
   * @param out  the stream, not null
   * @param options  the options, not null
   * @throws IOException if the stream fails
   */
  public static void writeConflicts(Timeline timeline, OutputStream out, CsvOptions options) throws IOException {
    TimelineColumns.CONFLICTS.write(conflictRows(requireNonNull(timeline, "timeline")), out, options);
  }

  /** The events in timeline order with their position, made one at a time. */
  private static Iterable<EventRow> eventRows(Timeline timeline) {
    return () -> new Iterator<EventRow>() {
      private final Iterator<Event> events = timeline.events().iterator();
      private int position;

      @Override
      public boolean hasNext() {
        return events.hasNext();
      }

      @Override
      public EventRow next() {
        return new EventRow(++position, events.next(), timeline);
      }
    };
  }

  /** The temporal conflicts, then the link conflicts, numbered from 1. */
  private static Iterable<ConflictRow> conflictRows(Timeline timeline) {
    List<TemporalConflict> conflicts = timeline.conflicts();
    return () -> new Iterator<ConflictRow>() {
      private int index;
      private List<io.github.eventline.timeline.LinkConflict> links;

      @Override
      public boolean hasNext() {
        return index < conflicts.size() || index - conflicts.size() < links().size();
      }

      @Override
      public ConflictRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        index++;
        return index <= conflicts.size() ? ConflictRow.of(index, conflicts.get(index - 1))
            : ConflictRow.of(index, timeline, links().get(index - 1 - conflicts.size()));
      }

      private List<io.github.eventline.timeline.LinkConflict> links() {
        if (links == null) {
          links = timeline.linkConflicts();
        }
        return links;
      }
    };
  }

  private static Iterable<AssertionRow> assertionRows(Story story) {
    return Iterables.transform(story.assertions(), a -> new AssertionRow(a, story.statedTime(a)));
  }

  private static <T> void file(Map<Path, OutputFiles.Content> files, Path directory, Table<T> table,
      Iterable<? extends T> rows, CsvOptions options) {
    files.put(directory.resolve(table.fileName()), out -> table.write(rows, out, options));
  }
}
