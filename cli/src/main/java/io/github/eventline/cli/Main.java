package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code eventline} command: {@code eventline validate FILE}, {@code eventline timeline FILE},
 * {@code eventline conflicts FILE}, {@code eventline diff FILE --from T1 --to T2} and {@code eventline
 * import --from FORMAT PATH... --out FILE}; {@code eventline help [COMMAND]} shows the usage. A
 * usage error prints its message and where to find the usage.
 *
 * <p>Exit codes: {@value #OK} ok; {@value #PROBLEMS} the story has problems (every one listed on
 * stderr, one per line, starting with the file name) or cannot be read, or the output cannot be
 * written (one line naming the path: standard output, or the file of {@code --out}); {@value #USAGE} usage
 * error (an unknown option, a missing argument, or a file that does not exist: naming a file that
 * is not there is a mistake in the command, not in a story). Errors go to stderr without a stack
 * trace; {@code --debug} shows it; {@value #CONFLICTS} (the {@code conflicts} command only) the
 * story has temporal conflicts or contested or refuted claims. Output is UTF-8.
 *
 * <p>{@link #main(String[])} is the one place that exits the JVM; {@link #run(String[], PrintStream,
 * PrintStream)} does the work and returns the exit code, for tests and for embedding.
 */
public final class Main {

  /** Exit code: done, no problem. */
  public static final int OK = 0;
  /** Exit code: the story has problems, or it cannot be read. */
  public static final int PROBLEMS = 1;
  /** Exit code: the command was used wrongly. */
  public static final int USAGE = 2;
  /** Exit code of {@code eventline conflicts}: the story has conflicts or disputed claims. */
  public static final int CONFLICTS = 3;

  private Main() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args  the command line
   */
  public static void main(String[] args) {
    // standard output as a file stream, not System.out: a failed write then says why (no space left...)
    System.exit(run(args, new FileOutputStream(FileDescriptor.out), System.err, StoryLoaders.JSON));
  }

  /**
   * Runs the command.
   *
   * @param args  the command line, not null
   * @param out  where results go, not null
   * @param err  where errors go, not null
   * @return the exit code: {@value #OK}, {@value #PROBLEMS}, {@value #USAGE} or {@value #CONFLICTS};
   *     {@value #PROBLEMS} whatever the command found if {@code out} failed (its {@link
   *     PrintStream#checkError()} is true at the end)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, StoryLoaders.JSON);
  }

  /**
   * Runs the command with the given story reader. A failed write to {@code out} (a full disk, a
   * closed pipe) ends with one line on {@code err} and exit code {@value #PROBLEMS}; an {@link
   * OutOfMemoryError} or {@link StackOverflowError} with one line saying how to give the command
   * more memory or stack.
   */
  static int run(String[] args, OutputStream out, PrintStream err, StoryLoader reader) {
    requireNonNull(args, "args");
    requireNonNull(reader, "reader");
    CheckedOutput checked = new CheckedOutput(requireNonNull(out, "out"));
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(requireNonNull(err, "err"), StandardCharsets.UTF_8));
    int code;
    try {
      code = execute(args, reader, outWriter, errWriter, checked);
    } catch (OutOfMemoryError e) {
      code = failed(errWriter, e, args, Messages.outOfMemory(Runtime.getRuntime().maxMemory()));
    } catch (StackOverflowError e) {
      code = failed(errWriter, e, args, Messages.STACK_OVERFLOW);
    }
    outWriter.flush();
    Optional<String> failure = checked.failure();
    if (failure.isPresent()) {
      errWriter.println("eventline: cannot write to standard output: " + failure.get());
      code = PROBLEMS;
    }
    errWriter.flush();
    return code;
  }

  /** Prints the one line of an error that ended the command, and its stack trace with {@code --debug}. */
  private static int failed(PrintWriter err, Error e, String[] args, String line) {
    err.println(line);
    if (List.of(args).contains("--debug")) {
      e.printStackTrace(err);
    }
    return PROBLEMS;
  }

  private static int execute(
      String[] args, StoryLoader reader, PrintWriter outWriter, PrintWriter errWriter, CheckedOutput checked) {
    try {
      StoryLoader[] limited = {reader};
      StoryLoader effective = file -> limited[0].read(file);
      CommandLine line = new CommandLine(new EventlineCommand())
          .addSubcommand(new ValidateCommand(effective))
          .addSubcommand(new TimelineCommand(effective))
          .addSubcommand(new ConflictsCommand(effective))
          .addSubcommand(new DiffCommand(effective))
          .addSubcommand(new ImportCommand())
          .addSubcommand(new CommandLine.HelpCommand())
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setOut(outWriter)
          .setErr(errWriter)
          .setParameterExceptionHandler(Main::usageError)
          .setExecutionExceptionHandler((e, cmd, parsed) -> checked.failure().isPresent()
              ? PROBLEMS // said once, at the end
              : handle(e, cmd, parsed));
      line.setExecutionStrategy(parsed -> {
        limited[0] = limited(reader, parsed);
        return new CommandLine.RunLast().execute(parsed);
      });
      return line.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Prints a usage error on stderr: its message, suggestions for a mistyped name, and where to find
   * the usage, rather than the whole usage.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(Messages.escape(e.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for its usage.");
    err.flush();
    return USAGE;
  }

  /** Prints a command's failure on stderr, with its stack trace only if {@code --debug} was given. */
  private static int handle(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    boolean debug = debugRequested(parsed);
    int code;
    if (e instanceof CommandFailure) {
      CommandFailure failure = (CommandFailure) e;
      failure.lines().forEach(l -> err.println(Messages.escape(l)));
      code = failure.exitCode();
    } else {
      err.println("eventline: internal error: " + Messages.escape(String.valueOf(e))
          + (debug ? "" : " (run again with --debug to see the stack trace)"));
      code = PROBLEMS;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Returns the reader with the document limit given by {@code --max-document-bytes}, if any. */
  private static StoryLoader limited(StoryLoader reader, ParseResult parsed) {
    Long bytes = null;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(EventlineCommand.MAX_DOCUMENT_BYTES)) {
        bytes = p.matchedOptionValue(EventlineCommand.MAX_DOCUMENT_BYTES, 0L);
      }
    }
    if (bytes == null) {
      return reader;
    }
    if (bytes < 1) {
      throw new ParameterException(parsed.commandSpec().commandLine(),
          EventlineCommand.MAX_DOCUMENT_BYTES + " must be at least 1, not " + bytes);
    }
    return reader.withMaxDocumentBytes(bytes);
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
