package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code --out} writes over and what it refuses, through the real command: the story being
 * read, a symbolic link, a device, a replaced file's permissions, a folder that does not exist.
 */
class OutputTargetTest {

  private static final Path SEED = Path.of("..", "examples", "kursk-2024.json");

  @TempDir Path dir;

  private Path story() throws IOException {
    Path story = dir.resolve("s.json");
    Files.copy(SEED, story);
    return story;
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "html", "timelinejs", "mermaid"})
  void theStoryItself_isRefused(String format) throws IOException {
    Path story = story();
    byte[] before = Files.readAllBytes(story);

    CliRun run = CliRun.of("timeline", story.toString(), "--format", format, "--out", story.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("--out " + story + " is the story file being read; choose another file\n");
    assertThat(Files.readAllBytes(story)).isEqualTo(before);
  }

  @Test
  void theStoryAmongTheTables_isRefused() throws IOException {
    Path story = dir.resolve("events.csv");
    Files.copy(SEED, story);

    CliRun run = CliRun.of("timeline", story.toString(), "--format", "csv", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("--out " + story + " is the story file being read; choose another file\n");
    assertThat(Files.readString(story)).isEqualTo(Files.readString(SEED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "mermaid"})
  void aSymbolicLink_isWrittenThrough(String format) throws IOException {
    Path real = dir.resolve("real.out");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.out"), real.getFileName());

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", format, "--out", link.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo(CliRun.of("timeline", SEED.toString(), "--format", format).out());
  }

  @Test
  void aLinkToNothing_isRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("gone.json"));

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", link.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo(
        "eventline: cannot write " + link + ": a symbolic link to a file that does not exist\n");
    assertThat(Files.exists(dir.resolve("gone.json"))).isFalse();
  }

  @Test
  void aDevice_isWrittenThrough() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "html", "--out", "/dev/null");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote /dev/null\n");
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void aFullDevice_isAnError() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", "/dev/full");

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo("eventline: cannot write /dev/full: no space left on device\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r-----", "rw-rw-r--", "r--------"})
  void aReplacedFile_keepsItsPermissions(String permissions) throws IOException {
    Path out = dir.resolve("t.json");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(permissions));

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(permissions);
    assertThat(Files.readString(out)).startsWith("{");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "html", "csv"})
  void aNewFile_getsTheUsualPermissions(String format) throws IOException {
    Path reference = dir.resolve("reference");
    try (OutputStream out = Files.newOutputStream(reference)) {
      out.write('x');
    }
    Path out = dir.resolve("new");

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", format, "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path written = format.equals("csv") ? out.resolve("events.csv") : out;
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void aFolderThatDoesNotExist_isAnError_notAFile() {
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", out + "/nd/");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("--out " + out + "/nd/: no such directory (create it first, or name a file)\n");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void anExistingFolderWithASlash_getsTheFormatsFile() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "html", "--out", dir + "/");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isRegularFile(dir.resolve("timeline.html"))).isTrue();
  }

  @Test
  void aParentThatIsAFile_isReportedAsWhatItIs() throws IOException {
    Files.writeString(dir.resolve("plain"), "x");
    Path out = dir.resolve("plain").resolve("t.json");

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", out.toString());

    // A path that cannot be a folder is a mistake in the command: a usage error naming the file in the way.
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("--out " + out + " cannot be written: " + dir.resolve("plain")
        + " is a file, not a directory\nRun 'eventline timeline --help' for its usage.\n");

    Path deeper = dir.resolve("plain").resolve("a").resolve("t.json");
    CliRun below = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", deeper.toString());

    assertThat(below.exitCode()).isEqualTo(Main.USAGE);
    assertThat(below.err()).startsWith("--out " + deeper + " cannot be written: " + dir.resolve("plain") + " is a file");
  }

  @Test
  void aDirectoryNamedAsAFileInTheTables_isReportedAsWhatItIs() throws IOException {
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables.resolve("verdicts.csv"));

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "csv", "--out", tables.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo("eventline: cannot write " + tables.resolve("verdicts.csv") + ": is a directory\n");
    try (Stream<Path> files = Files.list(tables)) {
      assertThat(files).containsExactly(tables.resolve("verdicts.csv"));
    }
  }

  @Test
  void aStoryThatCannotBeRead_isReportedAsWhatItIs_notAsAJavaException() {
    // reading the process's own memory from offset 0 fails with EIO on Linux
    CliRun run = CliRun.of("validate", "/proc/self/mem");

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo("/proc/self/mem: cannot be read: input/output error\n");
  }

  @Test
  void reasons_readAsWhatWentWrong() {
    assertThat(Messages.reason(new AccessDeniedException("/x/.t.json.abc.tmp"))).isEqualTo("permission denied");
    assertThat(Messages.reason(new FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(Messages.reason(new NoSuchFileException("/x"))).isEqualTo("no such file or directory");
    assertThat(Messages.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
  }
}
