package io.github.eventline.imports;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources, events and assertions read so far from several documents, in the order read, and
 * the file each document name came from. Not public, by design.
 */
final class StoryParts {

  final List<Source> sources = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final List<Assertion> assertions = new ArrayList<>();
  private final Map<String, Path> documents = new HashMap<>();

  /**
   * Claims a document name for a file.
   *
   * @return the file that already has the name, or empty if the name is now the file's
   */
  Optional<Path> claim(String documentName, Path file) {
    return Optional.ofNullable(documents.putIfAbsent(documentName, file));
  }

  /** Adds what another collector holds, after what this one holds. */
  void addAll(StoryParts other) {
    sources.addAll(other.sources);
    events.addAll(other.events);
    assertions.addAll(other.assertions);
  }

  /**
   * Builds the story.
   *
   * @throws io.github.eventline.core.StoryValidationException if the parts do not make a valid story
   */
  Story build() {
    return Story.builder().sources(sources).events(events).assertions(assertions).build();
  }
}
