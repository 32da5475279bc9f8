package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-document-bytes}: the document length limit of the story reader, on every command. */
class MaxDocumentBytesTest {

  private static final Path KURSK = Path.of("..", "examples", "kursk-2024.json");

  @TempDir
  Path dir;

  private Path kursk() throws IOException {
    Path file = dir.resolve("kursk.json");
    Files.copy(KURSK, file);
    return file;
  }

  private static String tooLong(Path file, long limit) throws IOException {
    return String.format(Locale.ROOT, "%s:1:1 /: the file is %,d bytes long, more than the limit of %,d bytes"
        + " (raise the limit with --max-document-bytes (StoryJson.reader().maxDocumentLength in Java))", file, Files.size(file), limit);
  }

  @Test
  void validate_withALowerLimitAfterTheCommand_refusesTheFile() throws IOException {
    Path file = kursk();

    CliRun run = CliRun.of("validate", "--max-document-bytes", "1000", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines()).containsExactly(tooLong(file, 1000), file + ": 1 problem");
  }

  @Test
  void timeline_withALowerLimitBeforeTheCommand_refusesTheFile() throws IOException {
    Path file = kursk();

    CliRun run = CliRun.of("--max-document-bytes=2000", "timeline", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines()).containsExactly(tooLong(file, 2000), file + ": 1 problem");
  }

  @Test
  void validate_withAHigherLimit_readsTheFile() throws IOException {
    Path file = kursk();

    CliRun run = CliRun.of("validate", "--max-document-bytes", "1000000000", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith(file + ": valid story\n");
  }

  @Test
  void limitBelowOne_isAUsageError() throws IOException {
    Path file = kursk();

    CliRun run = CliRun.of("validate", "--max-document-bytes", "0", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--max-document-bytes must be at least 1, not 0\n");
  }

  @Test
  void limitThatIsNotANumber_isAUsageError() throws IOException {
    Path file = kursk();

    CliRun run = CliRun.of("validate", "--max-document-bytes", "1GB", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("Invalid value for option '--max-document-bytes': '1GB' is not a long\n");
  }

  @Test
  void help_ofACommand_describesTheLimit() {
    CliRun run = CliRun.of("validate", "--help");

    assertThat(run.out()).contains("--max-document-bytes=BYTES").contains("Read story files of up to BYTES bytes. Default: 100000000");
  }
}
