package io.github.eventline.imports;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gathers the rows of one or more files into a story: events and assertions in file order, each
 * actor, place and source once at its first row, merged over its rows ({@link ElementMerge}). A
 * row whose event id or assertion id was already read, or whose assertion is about an event not
 * read, is a bad row, and none of its elements is kept. Not public, by design.
 *
 * <p>Memory beyond the story's own elements: one hash entry per element (the index that finds a
 * repeated id); O(1) per row otherwise.
 */
final class StoryCollector implements ImportedRow.Sink {

  private final BadRows badRows;
  private final String eventIdColumn;
  private final String assertionEventColumn;
  private final Map<EventId, Event> events = new LinkedHashMap<>();
  private final Map<ActorId, Actor> actors = new LinkedHashMap<>();
  private final Map<PlaceId, Place> places = new LinkedHashMap<>();
  private final Map<SourceId, Source> sources = new LinkedHashMap<>();
  private final Map<AssertionId, Assertion> assertions = new LinkedHashMap<>();

  /**
   * @param eventIdColumn  the column an event's id comes from, for the problems
   * @param assertionEventColumn  the column an assertion's event comes from, for the problems
   */
  StoryCollector(BadRows badRows, String eventIdColumn, String assertionEventColumn) {
    this.badRows = badRows;
    this.eventIdColumn = eventIdColumn;
    this.assertionEventColumn = assertionEventColumn;
  }

  @Override
  public void accept(ImportedRow row) throws ImportException {
    for (Event e : row.events()) {
      if (events.containsKey(e.id())) {
        badRows.handle(new ImportProblem(row.file(), row.line(), eventIdColumn,
            "event \"" + e.id() + "\" was already read: an event id is read once"));
        return;
      }
    }
    for (Assertion a : row.assertions()) {
      EventId about = a.claim().event();
      if (!events.containsKey(about) && row.events().stream().noneMatch(e -> e.id().equals(about))) {
        badRows.handle(new ImportProblem(row.file(), row.line(), assertionEventColumn,
            "no event \"" + about + "\" was read: read the file that declares it first, with this one"));
        return;
      }
      if (assertions.containsKey(a.id())) {
        badRows.handle(new ImportProblem(row.file(), row.line(), "",
            "assertion \"" + a.id() + "\" was already read: the row repeats an earlier one"));
        return;
      }
    }
    row.events().forEach(e -> events.put(e.id(), e));
    row.actors().forEach(a -> actors.merge(a.id(), a, ElementMerge::merge));
    row.places().forEach(p -> places.merge(p.id(), p, ElementMerge::merge));
    row.sources().forEach(s -> sources.merge(s.id(), s, ElementMerge::merge));
    row.assertions().forEach(a -> assertions.put(a.id(), a));
  }

  /** Builds the story of every row accepted. */
  Story story() {
    return Story.builder().actors(actors.values()).places(places.values()).sources(sources.values())
        .events(events.values()).assertions(assertions.values()).build();
  }
}
