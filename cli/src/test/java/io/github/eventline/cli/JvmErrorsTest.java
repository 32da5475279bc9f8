package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An out-of-memory or stack overflow reaching the command is one line saying what to do, not a stack trace. */
class JvmErrorsTest {

  private static final String SEED = Path.of("..", "examples", "kursk-2024.json").toString();

  @Test
  void outOfMemory_isOneLineWithTheFix() {
    CliRun run = CliRun.with(file -> {
      throw new OutOfMemoryError("Java heap space");
    }, "validate", SEED);

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("eventline: out of memory: the story does not fit in a heap of ")
        .contains("run java with a larger heap, such as java -Xmx")
        .endsWith("or lower --max-document-bytes to refuse such files at once");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void outOfMemory_withDebug_showsTheStackTrace() {
    CliRun run = CliRun.with(file -> {
      throw new OutOfMemoryError("Java heap space");
    }, "timeline", SEED, "--debug");

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).startsWith("eventline: out of memory: ").contains("java.lang.OutOfMemoryError: Java heap space");
  }

  @Test
  void stackOverflow_isOneLineWithTheFix() {
    CliRun run = CliRun.with(file -> {
      throw new StackOverflowError();
    }, "conflicts", SEED);

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo(Messages.STACK_OVERFLOW + "\n");
  }

  @Test
  void outOfMemoryAdvice_asksForTwiceTheHeap() {
    assertThat(Messages.outOfMemory(1L << 30)).contains("a heap of 1,024 MB").contains("-Xmx2g");
    assertThat(Messages.outOfMemory(3L << 30)).contains("a heap of 3,072 MB").contains("-Xmx6g");
    assertThat(Messages.outOfMemory(256L << 20)).contains("a heap of 256 MB").contains("-Xmx2g");
  }
}
