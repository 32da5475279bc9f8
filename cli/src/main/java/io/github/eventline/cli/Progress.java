package io.github.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress messages on stderr, for long inputs only and only when stderr is a terminal: never in
 * a pipe, a file or a test.
 */
final class Progress {

  /** Story files from this size on are long enough to say what is going on. */
  static final long LONG_INPUT_BYTES = 1L << 20;

  private static final Progress OFF = new Progress(null);

  private final PrintWriter err;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /**
   * Obtains the progress of a command on a file: on if the JVM has a console (stdin and stdout
   * are a terminal) and the file is long.
   */
  static Progress of(PrintWriter err, Path file) {
    try {
      return System.console() != null && Files.size(file) >= LONG_INPUT_BYTES ? new Progress(err) : OFF;
    } catch (java.io.IOException e) {
      return OFF;
    }
  }

  /** Says what is being done, such as {@code reading examples/big.json}. */
  void step(String what) {
    if (err != null) {
      err.println(Messages.escape("eventline: " + what + "..."));
      err.flush();
    }
  }
}
