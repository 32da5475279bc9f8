package io.github.eventline.core;

import com.google.common.collect.ImmutableMap;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.IdPositions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A story's elements by id, or their positions by id: the maps of the validator that passed the
 * story (never changed after), or, for a story derived without validation, maps made here in time
 * linear in its size. Not public, by design; immutable.
 *
 * @param actors  the actors by id
 * @param places  the places by id
 * @param sources  the positions of the sources by id
 * @param events  the positions of the events by id
 * @param assertions  the assertions by id
 * @param assertionPositions  the positions each assertion's references resolved to, when the
 *     validator passed the story; else null
 */
record StoryIds(
    Map<ActorId, Actor> actors,
    Map<PlaceId, Place> places,
    IdPositions<SourceId> sources,
    IdPositions<EventId> events,
    Map<AssertionId, Assertion> assertions,
    @Nullable AssertionPositions assertionPositions) {

  /** The validator's maps. */
  static StoryIds of(StoryValidator valid) {
    return new StoryIds(valid.actorIndex(), valid.placeIndex(), valid.sourcePositions(), valid.eventPositions(),
        valid.assertionIndex(), valid.assertionPositions());
  }

  /** Maps made of the elements, whose ids are known to be unique. */
  static StoryIds of(
      List<Actor> actors, List<Place> places, List<Source> sources, List<Event> events, List<Assertion> assertions) {
    return new StoryIds(index(actors, Actor::id), index(places, Place::id), IdPositions.of(sources, Source::id),
        IdPositions.of(events, Event::id), index(assertions, Assertion::id), null);
  }

  private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> id) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(values.size());
    for (V v : values) {
      map.put(id.apply(v), v);
    }
    return map.buildOrThrow();
  }
}
