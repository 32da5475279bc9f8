package io.github.eventline.export.json;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.ControlCharacters;
import java.util.List;

/**
 * Thrown when a story file cannot be read as a valid story; lists every problem found, each with
 * its line, column and JSON pointer.
 */
public class StoryFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order of the file. */
  private final ImmutableList<FileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source  the name of the file or stream, for the message
   * @param problems  the problems, not empty
   */
  public StoryFileException(String source, List<FileProblem> problems) {
    super(describe(source, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order of the file.
   *
   * @return the problems, immutable, not empty
   */
  public List<FileProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<FileProblem> problems) {
    StringBuilder sb = new StringBuilder(ControlCharacters.escape(source))
        .append(" has ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (FileProblem p : problems) {
      sb.append('\n').append("  ").append(p);
    }
    return sb.toString();
  }
}
