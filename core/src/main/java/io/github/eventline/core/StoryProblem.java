package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem found in a story: where it is, what is wrong, and how it might be fixed.
 *
 * <p>The path names the element as in the story file, such as {@code assertions[3].claim.event}.
 * {@link #toString()} reads {@code assertions[3].claim.event: unknown event "nk-assualt" (did you
 * mean "nk-assault"?)}. Immutable and thread-safe.
 *
 * @param path  where the problem is, such as {@code events[2].place}
 * @param message  what is wrong
 * @param hint  how it might be fixed, such as {@code did you mean "nk-assault"?}
 */
public record StoryProblem(String path, String message, Optional<String> hint) {

  /**
   * Creates a problem.
   *
   * @throws NullPointerException if an argument is null
   */
  public StoryProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(hint, "hint");
  }

  /**
   * Obtains a problem without a hint.
   *
   * @param path  where the problem is
   * @param message  what is wrong
   * @return the problem, not null
   */
  public static StoryProblem of(String path, String message) {
    return new StoryProblem(path, message, Optional.empty());
  }

  /** Returns {@code path: message (hint)}. @return the text */
  @Override
  public String toString() {
    return path + ": " + message + hint.map(h -> " (" + h + ")").orElse("");
  }
}
