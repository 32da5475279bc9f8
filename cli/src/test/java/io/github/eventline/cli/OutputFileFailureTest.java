package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --out} on a disk that fills up: the real command in a JVM whose files may not grow past a
 * few kilobytes ({@code ulimit -f}, the file-size limit every shell sets: writes past it fail with
 * "file too large", as on a full disk). The old output is left exactly as it was, no temporary file
 * is left behind, and the exit code is 1 with one line naming the path given.
 */
class OutputFileFailureTest {

  private static final Path SEED = Path.of("..", "examples", "kursk-2024.json").toAbsolutePath();

  @TempDir Path dir;

  /** Runs the command in a JVM whose files cannot grow past {@code kilobytes}. */
  private CliRun runLimited(int kilobytes, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-XX:-UsePerfData", "-Xshare:off", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    StringBuilder script = new StringBuilder("ulimit -f " + kilobytes + "; exec");
    for (String word : command) {
      script.append(" '").append(word.replace("'", "'\\''")).append('\'');
    }
    Process process = new ProcessBuilder("bash", "-c", script.toString()).directory(dir.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new CliRun(process.waitFor(), out, err);
  }

  @ParameterizedTest
  @CsvSource({"json, 4", "html, 4", "timelinejs, 2", "mermaid, 0"})
  void fullDisk_leavesTheOldFileAsItWas(String format, int kilobytes) throws Exception {
    Path old = dir.resolve("view.out");
    Files.writeString(old, "the old output\n");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));

    CliRun run = runLimited(kilobytes, "timeline", SEED.toString(), "--format", format, "--out", "view.out");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo("eventline: cannot write view.out: file too large\n");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(old)).isEqualTo("the old output\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-r-----");
    assertThat(names(dir)).containsExactly("view.out");
  }

  @Test
  void fullDisk_leavesTheOldTablesAsTheyWere() throws Exception {
    Path tables = dir.resolve("tables");
    CliRun first = CliRun.of("timeline", SEED.toString(), "--format", "csv", "--out", tables.toString());
    assertThat(first.exitCode()).isZero();
    for (Path table : Files.list(tables).toList()) {
      Files.writeString(table, "old " + table.getFileName() + "\n");
    }
    Map<String, String> before = contents(tables);

    // assertions.csv (6 KB) fails past 4 KB, after the events, actors, places and sources tables
    CliRun run = runLimited(4, "timeline", SEED.toString(), "--format", "csv", "--out", "tables");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo("eventline: cannot write tables/assertions.csv: file too large\n");
    assertThat(contents(tables)).isEqualTo(before);
  }

  @Test
  void roomEnough_writesEveryFormat() throws Exception {
    CliRun run = runLimited(64, "timeline", SEED.toString(), "--format", "json", "--out", "t.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("t.json")))
        .isEqualTo(CliRun.of("timeline", SEED.toString(), "--format", "json").out());
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (String name : names(directory)) {
      contents.put(name, Files.readString(directory.resolve(name)));
    }
    return contents;
  }
}
