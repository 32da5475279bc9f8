package io.github.eventline.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a story has problems; lists every one of them, not just the first.
 */
public class StoryValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order of the story. */
  private final ImmutableList<StoryProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems  the problems, not empty
   */
  public StoryValidationException(List<StoryProblem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order of the story.
   *
   * @return the problems, immutable, not empty
   */
  public List<StoryProblem> problems() {
    return problems;
  }

  private static String describe(List<StoryProblem> problems) {
    StringBuilder sb = new StringBuilder("The story has ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (StoryProblem p : problems) {
      sb.append('\n').append("  ").append(p);
    }
    return sb.toString();
  }
}
