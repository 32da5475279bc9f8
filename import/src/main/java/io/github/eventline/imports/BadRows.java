package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;

/**
 * What a reader does with a bad row: stop at the first, or report each and go on. No row is ever
 * dropped without a report.
 *
 * <p>{@link #stop()} throws an {@link ImportException} naming the first problem, and is the default
 * of every reader. {@link #skip(Consumer)} hands each problem to the caller and reads on; the story
 * then holds every good row and nothing of the bad ones.
 */
public final class BadRows {
  private final Consumer<ImportProblem> reported;

  private BadRows(Consumer<ImportProblem> reported) {
    this.reported = reported;
  }

  /**
   * Stops at the first bad row.
   *
   * @return the choice to stop, not null
   */
  public static BadRows stop() {
    return new BadRows(null);
  }

  /**
   * Skips each bad row after handing its problem to {@code reported}.
   *
   * @param reported  called once per bad row, in the order of the file, not null
   * @return the choice to skip and report, not null
   * @throws NullPointerException if {@code reported} is null
   */
  public static BadRows skip(Consumer<ImportProblem> reported) {
    return new BadRows(requireNonNull(reported, "reported"));
  }

  /**
   * Whether a bad row stops the reading.
   *
   * @return true for {@link #stop()}
   */
  public boolean stops() {
    return reported == null;
  }

  /**
   * Handles one bad row: throws when the choice is to stop, else reports it.
   *
   * @param problem  the bad row, not null
   * @throws ImportException when the choice is to stop
   */
  public void handle(ImportProblem problem) throws ImportException {
    requireNonNull(problem, "problem");
    if (reported == null) {
      throw new ImportException(problem);
    }
    reported.accept(problem);
  }
}
