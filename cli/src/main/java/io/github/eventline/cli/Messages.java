package io.github.eventline.cli;

import io.github.eventline.core.ControlCharacters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the command prints for people: every line goes through {@link #escape(String)} so that text
 * from a story file (a title, an id, a field name) cannot drive the terminal or make extra lines,
 * and the one line said when the JVM runs out of memory or stack.
 */
final class Messages {

  /** The line printed when the command overflows the thread stack. */
  static final String STACK_OVERFLOW = "eventline: stack overflow: the story is nested too deeply for the thread"
      + " stack; run java with a larger stack, such as java -Xss64m -jar eventline.jar";

  private Messages() {}

  /** Returns a line with its control characters escaped, as {@link ControlCharacters#escape} does. */
  static String escape(String line) {
    return ControlCharacters.escape(line);
  }

  /** Prints lines, each escaped. */
  static void println(PrintWriter out, Stream<String> lines) {
    lines.forEach(l -> out.println(escape(l)));
  }

  /**
   * Returns what went wrong, as a user reads it: {@code permission denied}, {@code read-only file
   * system}, {@code no space left on device}...
   */
  static String reason(IOException e) {
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory";
      }
      reason = e.getCause() != null && e.getCause().getMessage() != null
          ? e.getCause().getMessage()
          : "input/output error";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  /**
   * Returns the line printed when the command runs out of memory: the heap it had and how to give
   * it more, or to refuse such files at once.
   *
   * @param maxHeapBytes  the largest heap of this JVM, {@link Runtime#maxMemory()}
   */
  static String outOfMemory(long maxHeapBytes) {
    long gigabytes = Math.max(1, (maxHeapBytes + (1L << 29)) >> 30);
    return String.format(Locale.ROOT, "eventline: out of memory: the story does not fit in a heap of %,d MB;"
        + " run java with a larger heap, such as java -Xmx%dg -jar eventline.jar (or JAVA_TOOL_OPTIONS=-Xmx%dg),"
        + " or lower %s to refuse such files at once",
        maxHeapBytes >> 20, 2 * gigabytes, 2 * gigabytes, EventlineCommand.MAX_DOCUMENT_BYTES);
  }
}
