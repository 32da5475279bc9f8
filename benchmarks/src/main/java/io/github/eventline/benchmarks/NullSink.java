package io.github.eventline.benchmarks;

import java.io.OutputStream;

/**
 * An output stream that discards what it is given and counts the bytes: the sink of the export
 * benchmarks, so that they time the writer and not a disk. Not thread-safe.
 */
public final class NullSink extends OutputStream {

  private long count;

  /** Creates an empty sink. */
  public NullSink() {}

  /** Returns the number of bytes written so far. @return the count */
  public long count() {
    return count;
  }

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    count += len;
  }
}
