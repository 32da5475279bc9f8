package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.EventId;
import java.util.List;

/**
 * Two events that look like one event reported twice, with how alike they are and why.
 *
 * <p>A suggestion, never a merge: to merge, add a {@code same-as} claim to the story. Immutable
 * and thread-safe.
 *
 * @param event  the event with the smaller id, not null
 * @param other  the other event, not null
 * @param score  how alike they are, in [0, 1]
 * @param reasons  what makes them alike, readable, in a fixed order
 */
public record DuplicateSuggestion(EventId event, EventId other, double score, List<String> reasons) {

  /**
   * Creates a suggestion. The list is copied.
   *
   * @param event  the event with the smaller id, not null
   * @param other  the other event, not the same as {@code event}, not null
   * @param score  how alike they are, from 0 (not at all) to 1 (in every signal compared), inclusive
   * @param reasons  what makes them alike, in words, in a fixed order, may be empty, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the score is outside [0, 1] or the events are the same
   */
  public DuplicateSuggestion {
    requireNonNull(event, "event");
    requireNonNull(other, "other");
    reasons = ImmutableList.copyOf(reasons);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("Score " + score + " of duplicate " + event + " / " + other + " is out of range: expected 0 to 1");
    }
    if (event.equals(other)) {
      throw new IllegalArgumentException("Event \"" + event + "\" cannot be a duplicate of itself");
    }
  }
}
