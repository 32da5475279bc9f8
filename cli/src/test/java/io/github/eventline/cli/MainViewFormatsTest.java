package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eventline timeline --format html|timelinejs|mermaid} through the real {@code main}. */
class MainViewFormatsTest {

  private static final Path SEED = Path.of("..", "examples", "kursk-2024.json");

  @TempDir Path dir;

  @Test
  void html_toStdout_isOneSelfContainedPage() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "html");

    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<svg", "Kim Jong-un envoie des troupes en Ukraine");
    assertThat(run.out()).doesNotContain("https://", "http://");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void html_intoADirectory_writesTimelineHtml_andRelationsOnRequest() throws IOException {
    CliRun plain = CliRun.of("timeline", SEED.toString(), "--format", "html");
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "html", "--relations", "--out", dir.toString());

    Path file = dir.resolve("timeline.html");
    assertThat(run.out()).isEqualTo("wrote " + file + "\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").isNotEqualTo(plain.out());
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timelinejs_isTheWidgetsJson_withDatedEventsInOrder() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "timelinejs");

    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("events")).isNotEmpty();
    assertThat(root.get("events").get(0).get("start_date").get("year").asInt()).isEqualTo(2022);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void mermaid_toAFile_isATimelineBlock() throws IOException {
    Path file = dir.resolve("seed.mmd");
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "mermaid", "--out", file.toString());

    assertThat(run.out()).isEqualTo("wrote " + file + "\n");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("timeline\n").contains("section 2024");
    assertThat(text).isEqualTo(CliRun.of("timeline", SEED.toString(), "--format", "mermaid").out());
  }

  @Test
  void relationsWithoutHtml_isAUsageErrorAndExits2() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--relations");

    assertThat(run.err()).contains("--relations is for --format html");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
