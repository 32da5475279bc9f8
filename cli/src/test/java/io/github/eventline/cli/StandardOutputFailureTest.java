package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failed write to standard output ({@code > /dev/full}, a full disk) is an error: one line on
 * stderr and exit code 1, for every command and format, never exit 0 with a truncated output.
 */
class StandardOutputFailureTest {

  private static final String SEED = Path.of("..", "examples", "kursk-2024.json").toString();

  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("timeline", SEED),
        List.of("timeline", SEED, "--format", "json"),
        List.of("timeline", SEED, "--format", "html"),
        List.of("timeline", SEED, "--format", "timelinejs"),
        List.of("timeline", SEED, "--format", "mermaid"),
        List.of("validate", SEED),
        List.of("conflicts", SEED),
        List.of("diff", SEED, "--from", "2024-12-01", "--to", "2024-12-20"),
        List.of("--help"));
  }

  /** A channel that takes some bytes, then fails as a full disk does. */
  private static final class FullDisk extends OutputStream {
    private int room;

    FullDisk(int room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException("No space left on device");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void failedWrite_exitsOneWithOneLine(List<String> command) {
    String[] args = command.toArray(String[]::new);
    for (int room : new int[] {0, 100}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(args, new FullDisk(room), new PrintStream(err, true, StandardCharsets.UTF_8),
          StoryLoaders.JSON);

      assertThat(code).as("exit code with %d bytes of room", room).isEqualTo(Main.PROBLEMS);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo("eventline: cannot write to standard output: no space left on device\n");
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void failedWrite_throughAPrintStream_isSeenByItsErrorFlag(List<String> command) {
    String[] args = command.toArray(String[]::new);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(new FullDisk(10), true, StandardCharsets.UTF_8);

    int code = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("eventline: cannot write to standard output: input/output error\n");
  }
}
