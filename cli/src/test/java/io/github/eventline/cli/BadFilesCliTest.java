package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the catalogue of broken story files ({@code export/src/test/resources/bad}, see its
 * README) through the real command: each gives exit code 1, every expected problem on stderr named
 * by file, line, column and pointer, nothing on stdout, and never a stack trace.
 */
class BadFilesCliTest {

  private static final Path CATALOGUE = Path.of("..", "export", "src", "test", "resources", "bad");
  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) ([^}]+)}}");

  @TempDir
  static Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CATALOGUE)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".json") || n.endsWith(".json.tmpl"))
          .map(n -> n.substring(0, n.indexOf(".json")))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** Writes the case's file, a template expanded, into the temporary directory. */
  private static Path file(String name) {
    try {
      Path plain = CATALOGUE.resolve(name + ".json");
      Path target = dir.resolve(name + ".json");
      if (Files.exists(plain)) {
        return Files.copy(plain, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      String text = Files.readString(CATALOGUE.resolve(name + ".json.tmpl"));
      Matcher m = REPEAT.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
      }
      m.appendTail(out);
      return Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> expected(String name, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(CATALOGUE.resolve(name + ".expected"), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        lines.add(file + ":" + line);
      }
    }
    int n = lines.size();
    lines.add(file + ": " + n + (n == 1 ? " problem" : " problems"));
    return lines;
  }

  @Test
  void catalogue_isThere() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_exits1_namingEveryProblemByLocation_withoutStackTrace(String name) throws IOException {
    Path file = file(name);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(name).isEqualTo(Main.PROBLEMS);
    assertThat(run.out()).as(name).isEmpty();
    assertThat(run.err().lines()).as(name).containsExactlyElementsOf(expected(name, file));
    assertThat(run.err()).as(name).doesNotContain("\tat ", "Exception", "Error:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void timeline_exits1_withTheSameProblems(String name) throws IOException {
    Path file = file(name);

    CliRun run = CliRun.of("timeline", file.toString());

    assertThat(run.exitCode()).as(name).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines()).as(name).containsExactlyElementsOf(expected(name, file));
  }

  @Test
  void validate_refusesA200MbFile_inSeconds_withTheLengthLimit() throws IOException {
    Path file = dir.resolve("huge.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("{\"format\": \"eventline/1\", \"events\": [\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 4_300_000; i++) {
        out.write(((i == 0 ? "" : ",\n") + "{\"id\": \"e" + i + "\", \"summary\": \"Event " + i + "\"}")
            .getBytes(StandardCharsets.UTF_8));
      }
      out.write("]}\n".getBytes(StandardCharsets.UTF_8));
    }
    long size = Files.size(file);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(size).isGreaterThan(200_000_000L);
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines()).containsExactly(
        String.format(Locale.ROOT, "%s:1:1 /: the file is %,d bytes long, more than the limit of 100,000,000 bytes"
            + " (raise the limit with --max-document-bytes (StoryJson.reader().maxDocumentLength in Java))", file, size),
        file + ": 1 problem");
  }
}
