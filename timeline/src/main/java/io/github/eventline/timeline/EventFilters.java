package io.github.eventline.timeline;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Story;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events of a story that involve an actor or take place at a place, by the event's own fields
 * or by an accepted claim, following {@code memberOf} and {@code within} chains: what {@link
 * Timeline#eventsInvolving} and {@link Timeline#eventsAt} give. O(assertions + events + actors or
 * places). Not instantiable.
 */
final class EventFilters {

  private EventFilters() {}

  /** The events of a story involving an actor, as {@link Timeline#eventsInvolving} says, in the order given. */
  static List<Event> involving(Story story, Predicate<? super Assertion> accepted, List<Event> events, ActorId actor) {
    Map<ActorId, List<ActorId>> memberOf = new HashMap<>();
    for (Actor a : story.actors()) {
      memberOf.put(a.id(), a.memberOf());
    }
    Map<ActorId, Boolean> reaches = new HashMap<>();
    Set<EventId> claimed = new HashSet<>();
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Participation p
          && accepted.test(a)
          && reaches(p.actor(), actor, memberOf, reaches)) {
        claimed.add(p.event());
      }
    }
    ImmutableList.Builder<Event> result = ImmutableList.builder();
    for (Event e : events) {
      boolean in = claimed.contains(e.id());
      for (Participant p : e.participants()) {
        in = in || reaches(p.actor(), actor, memberOf, reaches);
      }
      if (in) {
        result.add(e);
      }
    }
    return result.build();
  }

  private static boolean reaches(
      ActorId from, ActorId target, Map<ActorId, List<ActorId>> memberOf, Map<ActorId, Boolean> memo) {
    Boolean known = memo.get(from);
    if (known != null) {
      return known;
    }
    // The story forbids cycles in memberOf; mark first anyway so that a walk always ends.
    memo.put(from, Boolean.FALSE);
    boolean result = from.equals(target);
    for (ActorId up : memberOf.getOrDefault(from, List.of())) {
      result = result || reaches(up, target, memberOf, memo);
    }
    memo.put(from, result);
    return result;
  }

  /** The events of a story at a place, as {@link Timeline#eventsAt} says, in the order given. */
  static List<Event> at(Story story, Predicate<? super Assertion> accepted, List<Event> events, PlaceId place) {
    Map<PlaceId, Optional<PlaceId>> within = new HashMap<>();
    for (Place p : story.places()) {
      within.put(p.id(), p.within());
    }
    Set<EventId> claimed = new HashSet<>();
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Location l && accepted.test(a) && inside(l.place(), place, within)) {
        claimed.add(l.event());
      }
    }
    ImmutableList.Builder<Event> result = ImmutableList.builder();
    for (Event e : events) {
      if (claimed.contains(e.id()) || e.place().map(p -> inside(p, place, within)).orElse(false)) {
        result.add(e);
      }
    }
    return result.build();
  }

  private static boolean inside(PlaceId from, PlaceId target, Map<PlaceId, Optional<PlaceId>> within) {
    Set<PlaceId> seen = new HashSet<>();
    Optional<PlaceId> p = Optional.of(from);
    while (p.isPresent() && seen.add(p.get())) {
      if (p.get().equals(target)) {
        return true;
      }
      p = within.getOrDefault(p.get(), Optional.empty());
    }
    return false;
  }

}
