package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a story file cannot drive the terminal or forge lines: control characters in ids,
 * field names and titles are printed escaped, in problems and in the text outputs, and each
 * problem stays one line starting with the file name.
 */
class TerminalInjectionTest {

  /** An OSC sequence that sets the terminal's title, a bell, a screen clear, a forged line, a bidi override. */
  private static final String HOSTILE = "\\u001b]0;owned\\u0007\\u001b[2J\\nFAKE.json:1:1 /: all good\\u202e";

  @TempDir Path dir;

  private Path story(String json) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNoControlCharacter(String text) {
    assertThat(text.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e)))
        .as(text).isEmpty();
  }

  @Test
  void anIdWithControls_isOneEscapedProblemLine() throws IOException {
    Path file = story("{\"format\": \"eventline/1\", \"events\": [{\"id\": \"" + HOSTILE + "\", \"summary\": \"s\"}]}");

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertNoControlCharacter(run.err());
    assertThat(run.err().lines()).hasSize(2).allMatch(l -> l.startsWith(file + ":"));
    assertThat(run.err()).contains("\\u001B]0;owned\\u0007\\u001B[2J\\nFAKE.json:1:1 /: all good\\u202E");
  }

  @Test
  void aUsageErrorEchoingAnArgumentWithControls_isEscaped() {
    CliRun run = CliRun.of("timeline", "story.json", "--format", "x\u001b]0;owned\u0007\nFAKE.json:1:1 /: all good");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertNoControlCharacter(run.err());
    assertThat(run.err()).contains("\\u001B]0;owned\\u0007\\nFAKE.json");
    assertThat(run.err().lines()).noneMatch(l -> l.startsWith("FAKE.json"));
  }

  @Test
  void aFieldNameWithControls_isOneEscapedProblemLine() throws IOException {
    Path file = story("{\"format\": \"eventline/1\", \"x" + HOSTILE + "\": 1}");

    CliRun run = CliRun.of("timeline", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertNoControlCharacter(run.err());
    assertThat(run.err().lines()).hasSize(2).allMatch(l -> l.startsWith(file + ":"));
  }

  @Test
  void aTitleWithControls_makesNoExtraLine() throws IOException {
    String events = "\"events\": [{\"id\": \"e1\", \"summary\": \"Talks" + HOSTILE + "\", \"when\": \"2024-08-01\"}]";
    Path plain = dir.resolve("plain.json");
    Files.writeString(plain, "{\"format\": \"eventline/1\", \"title\": \"T\", " + events + "}");
    Path file = story("{\"format\": \"eventline/1\", \"title\": \"T" + HOSTILE + "\", " + events + "}");

    for (String command : new String[] {"validate", "timeline", "conflicts"}) {
      CliRun hostile = CliRun.of(command, file.toString());
      CliRun calm = CliRun.of(command, plain.toString());

      assertThat(hostile.exitCode()).as(command + ": " + hostile.err()).isEqualTo(calm.exitCode());
      assertNoControlCharacter(hostile.out());
      assertThat(hostile.out().lines().count()).as(command).isEqualTo(calm.out().lines().count());
    }
    assertThat(CliRun.of("timeline", file.toString()).out())
        .contains("T\\u001B]0;owned\\u0007\\u001B[2J\\nFAKE.json:1:1 /: all good\\u202E");
  }

  @Test
  void aFileNameWithControls_isEscaped() throws IOException {
    Path file = dir.resolve("s\u001b[2J.json");
    Files.writeString(file, "{");

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertNoControlCharacter(run.err());
    assertThat(run.err()).contains("s\\u001B[2J.json:");
  }
}
