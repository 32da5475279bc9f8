package io.github.eventline.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Ends a command with an exit code and the lines to print on stderr; the cause, if any, is shown
 * only with {@code --debug}.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final ImmutableList<String> lines;

  /**
   * Creates the failure.
   *
   * @param exitCode  the exit code, {@link Main#PROBLEMS} or {@link Main#USAGE}
   * @param lines  what to print on stderr, one line each
   * @param cause  the exception behind it, or null
   */
  CommandFailure(int exitCode, List<String> lines, Throwable cause) {
    super(String.join("\n", lines), cause);
    this.exitCode = exitCode;
    this.lines = ImmutableList.copyOf(lines);
  }

  /** Returns the exit code. @return the code */
  int exitCode() {
    return exitCode;
  }

  /** Returns the lines to print on stderr. @return the lines */
  List<String> lines() {
    return lines;
  }
}
