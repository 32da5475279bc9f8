package io.github.eventline.core;

import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.IdPositions;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Checks the cross-element rules of a story and reports every problem. Not public, by design. */
final class StoryValidator {

  /**
   * The work allowed for "did you mean" hints in one validation, in cells of edit-distance tables
   * (about a tenth of a second). Each unknown reference is compared with every id of its kind, so a
   * story with many unknown references would otherwise take time quadratic in its size; once the
   * budget is spent, unknown references are reported without a hint.
   */
  static final long HINT_BUDGET = 50_000_000L;

  private final List<Actor> actors;
  private final List<Place> places;
  private final List<Source> sources;
  private final List<Event> events;
  private final List<Assertion> assertions;
  private final List<StoryProblem> problems = new ArrayList<>();
  /*
   * Each list's ids, mapped to the first element with that id. A story that passes is built on
   * these maps ({@link Story}), so that its elements are indexed once, not twice.
   */
  private final Map<ActorId, Actor> actorIndex;
  private final Map<PlaceId, Place> placeIndex;
  private final Map<AssertionId, Assertion> assertionIndex;
  /* The position of the first source and event of each id: positions, not elements, which the story keeps. */
  private final IdPositions<SourceId> sourceIndex;
  private final IdPositions<EventId> eventIndex;
  /*
   * The positions each assertion's references resolve to, as they are checked: of its claim's event,
   * of its claim's other event (-1 if none), and of its source (-1 for the undeclared editor).
   * Meaningful only when the story passes.
   */
  private final int[] claimEvent;
  private final int[] claimOther;
  private final int[] assertionSource;
  /** The position of the first element of each id, by list, made only when a problem needs one. */
  private final Map<List<?>, Map<Object, Integer>> firstPositions = new IdentityHashMap<>();
  /** What is left of the work allowed for "did you mean" hints, in cells of edit-distance tables. */
  private long hintBudget = HINT_BUDGET;

  StoryValidator(
      List<Actor> actors, List<Place> places, List<Source> sources, List<Event> events, List<Assertion> assertions) {
    this.actors = actors;
    this.places = places;
    this.sources = sources;
    this.events = events;
    this.assertions = assertions;
    this.actorIndex = index("actors", "actor", actors, Actor::id);
    this.placeIndex = index("places", "place", places, Place::id);
    this.sourceIndex = positions("sources", "source", sources, Source::id);
    this.eventIndex = positions("events", "event", events, Event::id);
    this.assertionIndex = index("assertions", "assertion", assertions, Assertion::id);
    this.claimEvent = new int[assertions.size()];
    this.claimOther = new int[assertions.size()];
    this.assertionSource = new int[assertions.size()];
  }

  List<StoryProblem> validate() {
    checkActors();
    checkPlaces();
    checkSources();
    checkEvents();
    checkAssertions();
    return List.copyOf(problems);
  }

  /** The maps of ids to elements, for {@link Story}. */
  Map<ActorId, Actor> actorIndex() {
    return actorIndex;
  }

  Map<PlaceId, Place> placeIndex() {
    return placeIndex;
  }

  /** The positions of the sources and of the events by id, for {@link Story}. */
  IdPositions<SourceId> sourcePositions() {
    return sourceIndex;
  }

  IdPositions<EventId> eventPositions() {
    return eventIndex;
  }

  /** The positions each assertion's references resolved to; meaningful only if the story passed. */
  AssertionPositions assertionPositions() {
    return new AssertionPositions(claimEvent, claimOther, assertionSource);
  }

  Map<AssertionId, Assertion> assertionIndex() {
    return assertionIndex;
  }

  private <K, V> Map<K, V> index(String list, String kind, List<V> values, Function<V, K> id) {
    // sized for every element at once: no rehashing (hints do not depend on the map's order)
    Map<K, V> index = new HashMap<>((int) (values.size() / 0.75f) + 1);
    for (int i = 0; i < values.size(); i++) {
      V value = values.get(i);
      K key = id.apply(value);
      V first = index.putIfAbsent(key, value);
      if (first != null) {
        problems.add(
            StoryProblem.of(
                list + "[" + i + "].id",
                "duplicate " + kind + " id \"" + key + "\" (first used at " + list + "["
                    + firstPosition(values, id, key) + "])"));
      }
    }
    return index;
  }

  /** Indexes the positions of a list's elements by id, the first of each id, reporting each repeated id. */
  private <K, V> IdPositions<K> positions(String list, String kind, List<V> values, Function<V, K> id) {
    IdPositions<K> index = new IdPositions<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      K key = id.apply(values.get(i));
      int first = index.putIfAbsent(key, i);
      if (first >= 0) {
        problems.add(
            StoryProblem.of(
                list + "[" + i + "].id", "duplicate " + kind + " id \"" + key + "\" (first used at " + list + "[" + first + "])"));
      }
    }
    return index;
  }

  /** Returns the position of the first element of a list with an id; the list's positions are indexed on first use. */
  private <K, V> int firstPosition(List<V> values, Function<V, K> id, K key) {
    Map<Object, Integer> positions = firstPositions.computeIfAbsent(values, v -> {
      Map<Object, Integer> map = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        map.putIfAbsent(id.apply(values.get(i)), i);
      }
      return map;
    });
    return positions.get(key);
  }

  private void checkActors() {
    Map<ActorId, List<ActorId>> memberOf = new LinkedHashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      List<ActorId> parents = a.memberOf();
      for (int j = 0; j < parents.size(); j++) {
        int actor = i;
        int parent = j;
        ref(() -> "actors[" + actor + "].memberOf[" + parent + "]", "actor", parents.get(j), actorIndex);
      }
      addEdges(memberOf, a.id(), a, actorIndex, parents);
    }
    cycles("actors", "memberOf", "actor", k -> firstPosition(actors, Actor::id, k), memberOf);
  }

  private void checkPlaces() {
    Map<PlaceId, List<PlaceId>> within = new LinkedHashMap<>();
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      int place = i;
      p.within().ifPresent(w -> ref(() -> "places[" + place + "].within", "place", w, placeIndex));
      addEdges(within, p.id(), p, placeIndex, p.within().map(List::of).orElse(List.of()));
    }
    cycles("places", "within", "place", k -> firstPosition(places, Place::id, k), within);
  }

  private void checkSources() {
    for (int i = 0; i < sources.size(); i++) {
      int source = i;
      sources.get(i).actor().ifPresent(a -> ref(() -> "sources[" + source + "].actor", "actor", a, actorIndex));
    }
  }

  private void checkEvents() {
    Map<EventId, List<EventId>> partOf = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      int event = i;
      e.place().ifPresent(p -> ref(() -> "events[" + event + "].place", "place", p, placeIndex));
      for (int j = 0; j < e.participants().size(); j++) {
        int participant = j;
        ref(() -> "events[" + event + "].participants[" + participant + "].actor", "actor",
            e.participants().get(j).actor(), actorIndex);
      }
      e.partOf().ifPresent(p -> ref(() -> "events[" + event + "].partOf", "event", p, eventIndex, events, Event::id));
      // only the first event of each id, as the index holds
      if (e.partOf().isPresent() && eventIndex.indexOf(e.id()) == i) {
        partOf.put(e.id(), List.of(e.partOf().get()));
      }
    }
    cycles("events", "partOf", "event", eventIndex::indexOf, partOf);
  }

  private void checkAssertions() {
    // the editor needs no declaring: -1 if the story does not
    int editor = sourceIndex.indexOf(Source.EDITOR);
    for (int i = 0; i < assertions.size(); i++) {
      Assertion a = assertions.get(i);
      int assertion = i;
      assertionSource[i] = a.source().equals(Source.EDITOR)
          ? editor
          : ref(i, ".source", "source", a.source(), sourceIndex, sources, Source::id);
      for (int j = 0; j < a.via().size(); j++) {
        int via = j;
        ref(() -> "assertions[" + assertion + "].via[" + via + "]", "source", a.via().get(j), sourceIndex, sources,
            Source::id);
        checkRelay(i, j, a);
      }
      checkClaim(i, a.claim());
      for (int j = 0; j < a.supersedes().size(); j++) {
        checkSupersedes("assertions[" + i + "].supersedes[" + j + "]", a, a.supersedes().get(j));
      }
      for (int j = 0; j < a.links().size(); j++) {
        AssertionId target = a.links().get(j).assertion();
        String linkPath = "assertions[" + i + "].links[" + j + "].assertion";
        if (target.equals(a.id())) {
          problems.add(StoryProblem.of(linkPath, "assertion \"" + a.id() + "\" links to itself"));
        } else if (ref(linkPath, "assertion", target, assertionIndex) && a.links().get(j).type() == LinkType.RETRACTS) {
          checkRetracts(linkPath, a, assertionIndex.get(target));
        }
      }
    }
    new Supersession(assertions, assertionIndex, this::statedTime, problems).check();
    new QuantityUnits(assertions, problems).check();
  }

  /** Checks that a relay is not the claimant itself: a source does not relay its own claim. */
  private void checkRelay(int assertion, int via, Assertion a) {
    if (a.via().get(via).equals(a.source())) {
      problems.add(
          new StoryProblem(
              "assertions[" + assertion + "].via[" + via + "]",
              "assertion \"" + a.id() + "\" names its claimant \"" + a.source() + "\" among its relays",
              Optional.of("via lists the outlets the claim passed through, not its source; remove \""
                  + a.source() + "\" from via")));
    }
  }

  /** Checks that a {@code retracts} link names an assertion of the same claimant. */
  private void checkRetracts(String path, Assertion a, Assertion target) {
    if (!target.source().equals(a.source())) {
      problems.add(
          new StoryProblem(
              path,
              "assertion \"" + a.id() + "\" of source \"" + a.source() + "\" retracts \"" + target.id()
                  + "\" of another source, \"" + target.source() + "\"",
              Optional.of("a source retracts only its own statements; use a \"contradicts\" link across sources")));
    }
  }

  /** Returns when an assertion was stated, as {@link Story#statedTime} does, from the checked lists. */
  private Optional<TimeBounds> statedTime(Assertion a) {
    if (a.stated().isPresent()) {
      return a.stated();
    }
    int source = sourceIndex.indexOf(a.source());
    return source < 0 ? Optional.empty() : sources.get(source).published();
  }

  /** Checks the claim of the assertion at a position, noting the positions of its events. */
  private void checkClaim(int assertion, Claim claim) {
    claimEvent[assertion] = ref(assertion, ".claim.event", "event", claim.event(), eventIndex, events, Event::id);
    int other = -1;
    if (claim instanceof Claim.Location l) {
      ref(() -> "assertions[" + assertion + "].claim.place", "place", l.place(), placeIndex);
    } else if (claim instanceof Claim.Participation p) {
      ref(() -> "assertions[" + assertion + "].claim.actor", "actor", p.actor(), actorIndex);
    } else if (claim instanceof Claim.Relation r) {
      other = checkOther(assertion, "relation", r.event(), r.other());
    } else if (claim instanceof Claim.SameAs s) {
      other = checkOther(assertion, "same-as claim", s.event(), s.other());
    }
    claimOther[assertion] = other;
  }

  /** Checks the other event of a relation or same-as claim; returns its position, -1 if it is not valid. */
  private int checkOther(int assertion, String what, EventId event, EventId other) {
    if (event.equals(other)) {
      problems.add(
          new StoryProblem(
              "assertions[" + assertion + "].claim.other",
              what + " of event \"" + event + "\" to itself",
              Optional.of("a relation needs two different events")));
      return -1;
    }
    return ref(assertion, ".claim.other", "event", other, eventIndex, events, Event::id);
  }

  private void checkSupersedes(String path, Assertion a, AssertionId target) {
    if (target.equals(a.id())) {
      problems.add(StoryProblem.of(path, "assertion \"" + a.id() + "\" supersedes itself"));
      return;
    }
    if (!ref(path, "assertion", target, assertionIndex)) {
      return;
    }
    Assertion earlier = assertionIndex.get(target);
    if (!earlier.source().equals(a.source()) && !sameOrganisation(a.source(), earlier.source())) {
      problems.add(
          new StoryProblem(
              path,
              "assertion \"" + a.id() + "\" of source \"" + a.source() + "\" supersedes \"" + target
                  + "\" of another source, \"" + earlier.source() + "\", with no organisation in common",
              Optional.of("a source supersedes only its own statements and those of sources whose actors belong to one"
                  + " organisation (memberOf); use a \"contradicts\" link across other sources")));
    }
  }

  /**
   * Checks if two sources speak for one organisation: each has an actor, and the actors, or the
   * organisations they belong to ({@code memberOf}, followed up the chain), have one in common.
   */
  private boolean sameOrganisation(SourceId a, SourceId b) {
    Optional<ActorId> x = actorOf(a);
    Optional<ActorId> y = actorOf(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    java.util.Set<ActorId> above = organisations(x.get());
    for (ActorId o : organisations(y.get())) {
      if (above.contains(o)) {
        return true;
      }
    }
    return false;
  }

  private Optional<ActorId> actorOf(SourceId source) {
    int i = sourceIndex.indexOf(source);
    return i < 0 ? Optional.empty() : sources.get(i).actor();
  }

  /** The actor and every actor it belongs to, up the {@code memberOf} chain (cycles, reported elsewhere, end it). */
  private java.util.Set<ActorId> organisations(ActorId actor) {
    java.util.Set<ActorId> seen = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<ActorId> next = new java.util.ArrayDeque<>(List.of(actor));
    while (!next.isEmpty()) {
      ActorId id = next.poll();
      Actor known = actorIndex.get(id);
      if (seen.add(id) && known != null) {
        next.addAll(known.memberOf());
      }
    }
    return seen;
  }

  /** Checks a reference; returns true if it resolves. */
  private <K> boolean ref(String path, String kind, K id, Map<K, ?> index) {
    return ref(() -> path, kind, id, index);
  }

  /** Checks a reference, making its path only for a problem; returns true if it resolves. */
  private <K> boolean ref(Supplier<String> path, String kind, K id, Map<K, ?> index) {
    if (index.containsKey(id)) {
      return true;
    }
    unknown(path, kind, id, index.size(), index::keySet);
    return false;
  }

  /**
   * Checks a reference to an element indexed by position, making its path only for a problem;
   * returns the element's position, -1 if the reference does not resolve.
   */
  private <K, V> int ref(
      Supplier<String> path, String kind, K id, IdPositions<K> index, List<V> values, Function<V, K> idOf) {
    int position = index.indexOf(id);
    if (position < 0) {
      unknown(path, kind, id, index.size(), () -> ids(values, idOf));
    }
    return position;
  }

  /**
   * Checks a reference of an assertion's field to an element indexed by position, making its path
   * (and anything else) only for a problem; returns the element's position, -1 if the reference does
   * not resolve.
   */
  private <K, V> int ref(
      int assertion, String field, String kind, K id, IdPositions<K> index, List<V> values, Function<V, K> idOf) {
    int position = index.indexOf(id);
    if (position < 0) {
      unknown(() -> "assertions[" + assertion + "]" + field, kind, id, index.size(), () -> ids(values, idOf));
    }
    return position;
  }

  private static <K, V> List<K> ids(List<V> values, Function<V, K> idOf) {
    List<K> ids = new ArrayList<>(values.size());
    for (V v : values) {
      ids.add(idOf.apply(v));
    }
    return ids;
  }

  /** Reports an unknown reference, with a hint among the known ids (given lazily, as their count). */
  private <K> void unknown(Supplier<String> path, String kind, K id, int knownCount, Supplier<? extends Collection<?>> known) {
    problems.add(
        new StoryProblem(
            path.get(), "unknown " + kind + " \"" + id + "\"",
            closest(id.toString(), knownCount, known).map(c -> "did you mean \"" + c + "\"?")));
  }

  /**
   * Records the outgoing edges of an element for the cycle search: only those of the first element
   * with its id (as the index holds), and only when there are any, since an element without edges
   * is on no cycle.
   */
  private static <K, V> void addEdges(Map<K, List<K>> edges, K id, V element, Map<K, V> index, List<K> targets) {
    if (!targets.isEmpty() && index.get(id) == element) {
      edges.put(id, targets);
    }
  }

  private <K> void cycles(String list, String field, String kind, Function<K, Integer> index, Map<K, List<K>> edges) {
    Set<K> done = new HashSet<>();
    for (K start : edges.keySet()) {
      if (!done.contains(start)) {
        findCycles(start, edges, done, list, field, kind, index);
      }
    }
  }

  /**
   * Walks depth first from a start, reporting each cycle met. Iterative, so that a chain of a
   * hundred thousand places, each within the last, does not overflow the stack.
   */
  private <K> void findCycles(
      K start, Map<K, List<K>> edges, Set<K> done, String list, String field, String kind, Function<K, Integer> index) {
    List<K> path = new ArrayList<>();
    Set<K> onPath = new HashSet<>();
    List<Iterator<K>> pending = new ArrayList<>();
    K next = start;
    while (true) {
      if (next != null) {
        if (onPath.contains(next)) {
          reportCycle(path.subList(path.indexOf(next), path.size()), next, list, field, kind, index);
        } else if (!done.contains(next)) {
          path.add(next);
          onPath.add(next);
          pending.add(edges.getOrDefault(next, List.of()).iterator());
        }
        next = null;
      }
      if (pending.isEmpty()) {
        return;
      }
      Iterator<K> children = pending.get(pending.size() - 1);
      if (children.hasNext()) {
        next = children.next();
      } else {
        pending.remove(pending.size() - 1);
        K node = path.remove(path.size() - 1);
        onPath.remove(node);
        done.add(node);
      }
    }
  }

  /** Reports a cycle, naming its members; a long cycle is shortened to its first and last five. */
  private <K> void reportCycle(
      List<K> members, K node, String list, String field, String kind, Function<K, Integer> index) {
    List<K> cycle = new ArrayList<>(members);
    cycle.add(node);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cycle.size(); i++) {
      if (cycle.size() > 12 && i == 5) {
        text.append(" -> ... (").append(cycle.size() - 10).append(" more)");
        i = cycle.size() - 6;
        continue;
      }
      text.append(text.length() == 0 ? "" : " -> ").append('"').append(cycle.get(i)).append('"');
    }
    problems.add(
        StoryProblem.of(
            list + "[" + index.apply(node) + "]." + field,
            "cycle in " + field + ": " + text + "; " + (kind.matches("[aeiou].*") ? "an " : "a ") + kind + " cannot be inside itself"));
  }

  /**
   * Returns the known id closest to the given text by {@link StoryProblem#closestMatch}, while the
   * hint budget lasts: each search is charged the number of ids times the text's length squared
   * (a bound on the edit-distance cells it computes for ids of similar length); once the budget is
   * spent, unknown references get no hint.
   */
  private Optional<String> closest(String text, int knownCount, Supplier<? extends Collection<?>> ids) {
    hintBudget -= (long) knownCount * text.length() * text.length();
    if (hintBudget < 0) {
      return Optional.empty();
    }
    // the ids may repeat (a list's, duplicates and all): the closest match is the same
    Collection<?> known = ids.get();
    List<String> names = new ArrayList<>(known.size());
    for (Object k : known) {
      names.add(k.toString());
    }
    return StoryProblem.closestMatch(text, names);
  }
}
