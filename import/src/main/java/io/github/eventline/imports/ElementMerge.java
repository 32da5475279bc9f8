package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * How the readers merge the many copies of one actor, place or source that the rows of an
 * event-data file make (every GDELT row names its actors anew, and one CAMEO actor code comes with
 * several names: {@code USAGOV} as "PRESIDENT" and as "WHITE HOUSE").
 *
 * <p>The merged element is the copy whose name comes first in {@link String#compareTo} order (ties
 * broken by the whole value's text), and for actors and places the other names become aliases,
 * sorted. Each merge is commutative and associative, so that any order of rows, and any split of
 * them over machines, gives the same element. Stateless.
 */
public final class ElementMerge {

  private static final Comparator<Actor> ACTORS =
      Comparator.comparing(Actor::name).thenComparing(Actor::toString);
  private static final Comparator<Place> PLACES =
      Comparator.comparing(Place::name).thenComparing(Place::toString);
  private static final Comparator<Source> SOURCES =
      Comparator.comparing(Source::name).thenComparing(Source::toString);

  private ElementMerge() {}

  /**
   * Merges two copies of one actor.
   *
   * @param a  a copy, not null
   * @param b  another copy, with the same id, not null
   * @return the merged actor, not null
   * @throws IllegalArgumentException if the ids differ
   */
  public static Actor merge(Actor a, Actor b) {
    sameId(a.id(), b.id());
    if (a == b || a.equals(b)) {
      return a;
    }
    if (a.kind().equals(b.kind()) && a.externalIds().equals(b.externalIds()) && a.memberOf().equals(b.memberOf())
        && a.extensions().equals(b.extensions()) && holds(a.name(), a.aliases(), b.name(), b.aliases())) {
      return a;
    }
    Actor first = ACTORS.compare(a, b) <= 0 ? a : b;
    List<String> aliases = aliases(first.name(), a.name(), a.aliases(), b.name(), b.aliases());
    return new Actor(first.id(), first.name(), first.kind(), aliases, first.externalIds(), first.memberOf(),
        first.extensions());
  }

  /**
   * Merges two copies of one place.
   *
   * @param a  a copy, not null
   * @param b  another copy, with the same id, not null
   * @return the merged place, not null
   * @throws IllegalArgumentException if the ids differ
   */
  public static Place merge(Place a, Place b) {
    sameId(a.id(), b.id());
    if (a == b || a.equals(b)) {
      return a;
    }
    if (a.country().equals(b.country()) && a.coordinates().equals(b.coordinates()) && a.within().equals(b.within())
        && a.extensions().equals(b.extensions()) && holds(a.name(), a.aliases(), b.name(), b.aliases())) {
      return a;
    }
    Place first = PLACES.compare(a, b) <= 0 ? a : b;
    List<String> aliases = aliases(first.name(), a.name(), a.aliases(), b.name(), b.aliases());
    return new Place(first.id(), first.name(), aliases, first.country(), first.coordinates(), first.within(),
        first.extensions());
  }

  /**
   * Merges two copies of one source: the first in the order above.
   *
   * @param a  a copy, not null
   * @param b  another copy, with the same id, not null
   * @return the merged source, not null
   * @throws IllegalArgumentException if the ids differ
   */
  public static Source merge(Source a, Source b) {
    sameId(a.id(), b.id());
    return SOURCES.compare(a, b) <= 0 ? a : b;
  }

  private static void sameId(Object a, Object b) {
    if (!requireNonNull(a, "a").equals(requireNonNull(b, "b"))) {
      throw new IllegalArgumentException("Cannot merge " + a + " with " + b + ": the ids differ");
    }
  }

  /**
   * Checks if a merged copy already holds another, whose other fields are the same: its name comes
   * first, and the other's name and aliases are among its own. The merge would give it back.
   */
  private static boolean holds(String name, List<String> aliases, String otherName, List<String> otherAliases) {
    if (name.compareTo(otherName) > 0) {
      return false;
    }
    if (!name.equals(otherName) && !aliases.contains(otherName)) {
      return false;
    }
    return aliases.containsAll(otherAliases);
  }

  private static List<String> aliases(String name, String nameA, List<String> aliasesA, String nameB,
      List<String> aliasesB) {
    TreeSet<String> all = new TreeSet<>(aliasesA);
    all.addAll(aliasesB);
    all.add(nameA);
    all.add(nameB);
    all.remove(name);
    return List.copyOf(all);
  }
}
