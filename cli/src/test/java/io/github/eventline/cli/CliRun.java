package io.github.eventline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the real command: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@link Main#run(String[], PrintStream, PrintStream)}, the story JSON reader included. */
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, print(out), print(err));
    return new CliRun(code, text(out), text(err));
  }

  /** Runs the command with the given story reader. */
  static CliRun with(StoryLoader reader, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, print(out), print(err), reader);
    return new CliRun(code, text(out), text(err));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
