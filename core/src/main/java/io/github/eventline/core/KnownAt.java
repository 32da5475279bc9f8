package io.github.eventline.core;

import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Knowledge over time: a story as it was known at an instant, as {@link Story#asKnownAt(Instant)}
 * documents it. Linear in the number of assertions and their references. Not public, by design.
 */
final class KnownAt {

  private KnownAt() {}

  /** Returns the story as known at an instant; the story itself if every assertion was known. */
  static Story of(Story story, Instant instant) {
    List<Assertion> assertions = story.assertions();
    Set<AssertionId> known = new HashSet<>();
    for (Assertion a : assertions) {
      Optional<TimeBounds> stated = story.statedTime(a);
      if (stated.isEmpty() || !stated.get().latestEnd().isAfter(instant)) {
        known.add(a.id());
      }
    }
    if (known.size() == assertions.size()) {
      return story;
    }
    List<Assertion> kept = new ArrayList<>(known.size());
    for (Assertion a : assertions) {
      if (known.contains(a.id())) {
        kept.add(withoutReferencesOutside(a, known));
      }
    }
    // Dropping assertions and the references to them keeps every rule the builder checks.
    return story.withKnownAssertions(kept);
  }

  /** The assertion without its {@code supersedes} and links to assertions not known. */
  private static Assertion withoutReferencesOutside(Assertion a, Set<AssertionId> known) {
    boolean allKnown = known.containsAll(a.supersedes());
    for (AssertionLink link : a.links()) {
      allKnown &= known.contains(link.assertion());
    }
    if (allKnown) {
      return a;
    }
    List<AssertionId> supersedes = new ArrayList<>();
    for (AssertionId id : a.supersedes()) {
      if (known.contains(id)) {
        supersedes.add(id);
      }
    }
    List<AssertionLink> links = new ArrayList<>();
    for (AssertionLink link : a.links()) {
      if (known.contains(link.assertion())) {
        links.add(link);
      }
    }
    return new Assertion(
        a.id(), a.source(), a.stated(), a.claim(), a.factuality(), a.via(), a.quote(), supersedes, links, a.note(),
        a.extensions());
  }
}
