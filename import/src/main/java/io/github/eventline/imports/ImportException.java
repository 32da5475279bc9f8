package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A file that could not be imported, with the {@link ImportProblem} that stopped the reading: the
 * file, the line, the column and what is wrong.
 */
public final class ImportException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The problem; records are not serializable here, so it is kept out of the serial form. */
  private final transient ImportProblem problem;

  /**
   * Creates the exception for a problem; its message is the problem's text.
   *
   * @param problem  what stopped the reading, not null
   * @throws NullPointerException if {@code problem} is null
   */
  public ImportException(ImportProblem problem) {
    super(requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /**
   * Returns the problem that stopped the reading.
   *
   * @return the problem, or null after Java deserialization
   */
  public ImportProblem problem() {
    return problem;
  }
}
