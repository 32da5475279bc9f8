package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Standard output that remembers its first failure: the writers above it (a {@code PrintWriter}, a
 * {@code PrintStream}) swallow write errors, so the command asks this stream at the end whether
 * everything it printed was written. After a failure, every further write fails at once.
 */
final class CheckedOutput extends FilterOutputStream {

  private IOException failure;

  /**
   * Wraps a stream.
   *
   * @param out  the stream, not null; a {@link PrintStream}'s own error flag is checked too
   */
  CheckedOutput(OutputStream out) {
    super(requireNonNull(out, "out"));
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private void check() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * Returns what went wrong if some output was not written: the reason ({@code no space left on
   * device}), or {@code an input/output error} when the stream below does not tell; empty if all
   * was written. Flushes a {@link PrintStream} below to find out.
   */
  Optional<String> failure() {
    if (failure != null) {
      return Optional.of(Messages.reason(failure));
    }
    if (out instanceof PrintStream && ((PrintStream) out).checkError()) {
      return Optional.of("input/output error");
    }
    return Optional.empty();
  }
}
