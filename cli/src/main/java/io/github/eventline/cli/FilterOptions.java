package io.github.eventline.cli;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The filters a reader asks for: {@code --actor}, {@code --source}, {@code --event}. They choose the
 * events shown; the timeline is still reasoned on the whole story, so that a filtered event keeps
 * the dates and verdicts every statement gives it. Given together, an event is shown if it passes
 * each.
 */
final class FilterOptions {

  @Option(names = "--actor", paramLabel = "ID",
      description = "Show only the events actor ID takes part in, itself or through a member of it"
          + " (the troops of a state are the state's).")
  String actor;

  @Option(names = "--source", paramLabel = "ID",
      description = "Show only the events source ID speaks of, as the claimant or as a relay (via).")
  String source;

  @Option(names = "--event", paramLabel = "ID",
      description = "Show only event ID and its parts (the events partOf it, at any depth).")
  String event;

  /** Checks if any filter was given. */
  boolean isSet() {
    return actor != null || source != null || event != null;
  }

  /** Returns what the filters keep, such as {@code actor russia, source article}, if any. */
  Optional<String> description() {
    List<String> parts = new ArrayList<>();
    if (actor != null) {
      parts.add("actor " + actor);
    }
    if (source != null) {
      parts.add("source " + source);
    }
    if (event != null) {
      parts.add("event " + event + " and its parts");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  /**
   * Returns the events the filters keep, or empty if none was given.
   *
   * @throws ParameterException if a filter names no actor, source or event of the story
   */
  Optional<Set<EventId>> kept(Timeline timeline, CommandSpec spec) {
    if (!isSet()) {
      return Optional.empty();
    }
    Story story = timeline.story();
    Set<EventId> kept = null;
    if (actor != null) {
      ActorId id = id(spec, "--actor", actor, ActorId::of);
      if (story.actor(id).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--actor " + actor + ": the story has no such actor");
      }
      kept = retain(kept, ids(timeline.eventsInvolving(id)));
    }
    if (source != null) {
      SourceId id = id(spec, "--source", source, SourceId::of);
      if (story.source(id).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--source " + source + ": the story has no such source");
      }
      Set<EventId> spoken = new HashSet<>();
      for (Assertion a : story.assertions()) {
        if (a.source().equals(id) || a.via().contains(id)) {
          spoken.addAll(a.claim().events());
        }
      }
      kept = retain(kept, spoken);
    }
    if (event != null) {
      EventId id = id(spec, "--event", event, EventId::of);
      if (story.event(id).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--event " + event + ": the story has no such event");
      }
      kept = retain(kept, withParts(story, id));
    }
    return Optional.of(kept);
  }

  /** The event and every event part of it, at any depth. */
  private static Set<EventId> withParts(Story story, EventId root) {
    Map<EventId, List<EventId>> parts = new HashMap<>();
    for (Event e : story.events()) {
      e.partOf().ifPresent(whole -> parts.computeIfAbsent(whole, k -> new ArrayList<>()).add(e.id()));
    }
    Set<EventId> found = new HashSet<>();
    List<EventId> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      EventId next = todo.remove(todo.size() - 1);
      if (found.add(next)) {
        todo.addAll(parts.getOrDefault(next, List.of()));
      }
    }
    return found;
  }

  private static Set<EventId> ids(List<Event> events) {
    Set<EventId> ids = new HashSet<>();
    events.forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static Set<EventId> retain(Set<EventId> kept, Set<EventId> more) {
    if (kept == null) {
      return more;
    }
    kept.retainAll(more);
    return kept;
  }

  private static <T> T id(CommandSpec spec, String option, String value, java.util.function.Function<String, T> of) {
    try {
      return of.apply(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + " " + value + ": " + e.getMessage());
    }
  }
}
