package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import java.util.List;

/**
 * One link of a {@link TemporalConflict}: a constraint on when events happen and what it rests on.
 *
 * <p>For example {@code "putin-asks-kim must start no earlier than kursk-offensive ends"}, resting on
 * {@code "assertion a7, source article"}. A constraint that holds of every event ({@code start <=
 * end}) rests on no assertion and no source; the modeller's own date of an event rests on the
 * {@link io.github.eventline.core.Source#EDITOR editor} source and no assertion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param description  the constraint in words, not null
 * @param basis  what it rests on, in words, not null
 * @param events  the events it constrains, not null
 * @param assertions  the accepted assertions that state it, sorted by id, not null
 * @param sources  the sources of those assertions, sorted by id, not null
 */
public record TemporalConstraint(
    String description, String basis, List<EventId> events, List<AssertionId> assertions, List<SourceId> sources) {

  /**
   * Creates a constraint. The lists are copied.
   *
   * @param description  the constraint in words, such as {@code "putin-asks-kim must start no earlier
   *     than kursk-offensive ends"}, not null
   * @param basis  what it rests on, in words, such as {@code "assertion a7, source article"}, not null
   * @param events  the events it constrains, not null
   * @param assertions  the accepted assertions that state it, sorted by id, empty for a constraint
   *     that holds of every event or for a modeller's date, not null
   * @param sources  the sources it rests on, sorted by id: those of the assertions, or the editor for a
   *     modeller's date, not null
   * @throws NullPointerException if an argument or element is null
   */
  public TemporalConstraint {
    requireNonNull(description, "description");
    requireNonNull(basis, "basis");
    events = ImmutableList.copyOf(events);
    assertions = ImmutableList.copyOf(assertions);
    sources = ImmutableList.copyOf(sources);
  }

  /**
   * Returns the constraint and its basis, such as {@code "x must end by ... (assertion a1, source s)"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return description + " (" + basis + ")";
  }
}
