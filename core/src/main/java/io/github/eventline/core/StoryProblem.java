package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
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
   * @param path  where the problem is, as in the story file, such as {@code events[2].place}, not null
   * @param message  what is wrong, not null
   * @param hint  how it might be fixed, such as {@code did you mean "nk-assault"?}, if known, not null
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

  /**
   * Returns the known name closest to the given text, if it is close enough to be a typo: the
   * same name in another case, or a Levenshtein distance of at most a third of the text's length
   * (at least 2). Ties go to the alphabetically first name. This is how every "did you mean" hint
   * of Eventline is chosen.
   *
   * @param text  the text that matched nothing, not null
   * @param known  the names it could have meant, not null
   * @return the closest name, if one is close enough
   */
  public static Optional<String> closestMatch(String text, Collection<String> known) {
    requireNonNull(text, "text");
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = candidate.equalsIgnoreCase(text) ? 0 : distance(text, candidate, bestDistance);
      if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, text.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, giving up early when the lengths alone exceed the bound. */
  private static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Returns {@code path: message (hint)}, on one line: control characters are escaped ({@link
   * ControlCharacters#escape(String)}).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return ControlCharacters.escape(path + ": " + message + hint.map(h -> " (" + h + ")").orElse(""));
  }
}
