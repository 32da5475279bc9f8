package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import java.nio.file.Path;
import java.util.List;

/**
 * What one good row of an event-data file becomes: the elements it makes, with the file and line it
 * came from. The same actor, place or source comes again with every row that names it; a reader
 * that builds a story merges them ({@link ElementMerge}).
 *
 * <p>The readers' streaming entry points ({@link GdeltReader#readEventRows}, {@link
 * GdeltReader#readMentionRows}, {@link AcledReader#readRows}) hand rows to a {@link Sink}, for
 * callers that keep the elements elsewhere than in one story, such as a distributed engine.
 * Immutable and thread-safe.
 *
 * @param file  the file read, as the caller named it
 * @param line  the line the row starts on, counted from 1
 * @param events  the events the row declares
 * @param actors  the actors its events name
 * @param places  the places its events name
 * @param sources  the sources of its assertions
 * @param assertions  the assertions it makes
 */
public record ImportedRow(
    Path file, long line, List<Event> events, List<Actor> actors, List<Place> places, List<Source> sources,
    List<Assertion> assertions) {

  /**
   * Creates a row's elements. The lists are copied.
   *
   * @param file  the file read, not null
   * @param line  the line the row starts on, at least 1
   * @param events  the events, not null
   * @param actors  the actors, not null
   * @param places  the places, not null
   * @param sources  the sources, not null
   * @param assertions  the assertions, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public ImportedRow {
    requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1: " + line);
    }
    events = ImmutableList.copyOf(events);
    actors = ImmutableList.copyOf(actors);
    places = ImmutableList.copyOf(places);
    sources = ImmutableList.copyOf(sources);
    assertions = ImmutableList.copyOf(assertions);
  }

  /** Receives the rows of a file in file order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Takes one good row.
     *
     * @param row  the row, not null
     * @throws ImportException if the receiver finds the row bad and the caller chose to stop
     */
    void accept(ImportedRow row) throws ImportException;
  }
}
