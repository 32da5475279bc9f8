package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Constraints on when events happened that cannot all hold: a cycle in the temporal network.
 *
 * <p>The {@link #cycle()} lists the constraints in reading order, each with the assertions and
 * sources it rests on; the {@link #message()} says it in words, for example:
 *
 * <pre>{@code
 * kursk-offensive cannot end before 2024-08-12T00:00:00Z (assertion a3, source tass), but
 * putin-asks-kim must start no earlier than kursk-offensive ends (assertion a7, source article),
 * and putin-asks-kim must start by 2024-08-10T00:00:00Z (the editor's date of putin-asks-kim,
 * "2024-08-09"). Set aside: assertion a3 (source tass).
 * }</pre>
 *
 * <p>An inconsistent story is not an error: the timeline reports the conflict, sets aside what it
 * names in {@link #setAside()} and {@link #setAsideDates()}, and keeps reasoning on the rest.
 * By default every assertion of the cycle is set aside; with
 * {@link TimelineOptions.Builder#dropWeakest()} only the weakest one is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cycle  the constraints that cannot all hold, in reading order, not empty
 * @param setAside  the assertions no longer used because of this conflict, sorted by id
 * @param setAsideDates  the events whose modeller's date is no longer used because of this conflict, sorted by id
 * @param message  the conflict and what was done about it, in words
 */
public record TemporalConflict(
    List<TemporalConstraint> cycle, List<AssertionId> setAside, List<EventId> setAsideDates, String message) {

  /**
   * Creates a conflict. The lists are copied.
   *
   * @param cycle  the constraints that cannot all hold, in reading order, not empty, not null
   * @param setAside  the assertions no longer used because of this conflict, sorted by id, may be
   *     empty, not null
   * @param setAsideDates  the events whose modeller's date is no longer used because of this conflict,
   *     sorted by id, may be empty, not null
   * @param message  the conflict and what was done about it, in words, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the cycle is empty
   */
  public TemporalConflict {
    cycle = ImmutableList.copyOf(cycle);
    setAside = ImmutableList.copyOf(setAside);
    setAsideDates = ImmutableList.copyOf(setAsideDates);
    requireNonNull(message, "message");
    if (cycle.isEmpty()) {
      throw new IllegalArgumentException("A temporal conflict needs at least one constraint");
    }
  }

  /**
   * Returns every event the constraints of the cycle constrain, sorted by id.
   *
   * @return the events, not null
   */
  public Set<EventId> events() {
    TreeSet<EventId> events = new TreeSet<>();
    cycle.forEach(c -> events.addAll(c.events()));
    return ImmutableSet.copyOf(events);
  }

  /**
   * Returns every assertion the constraints of the cycle rest on, sorted by id; a superset of
   * {@link #setAside()}.
   *
   * @return the assertions, not null
   */
  public Set<AssertionId> assertions() {
    TreeSet<AssertionId> ids = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    cycle.forEach(c -> ids.addAll(c.assertions()));
    return ImmutableSet.copyOf(ids);
  }

  /**
   * Returns every source the constraints of the cycle rest on, sorted by id, including the editor
   * for a modeller's date.
   *
   * @return the sources, not null
   */
  public Set<SourceId> sources() {
    TreeSet<SourceId> ids = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    cycle.forEach(c -> ids.addAll(c.sources()));
    return ImmutableSet.copyOf(ids);
  }

  /**
   * Returns the {@link #message()}.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message;
  }
}
