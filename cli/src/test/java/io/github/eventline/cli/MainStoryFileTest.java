package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command, story JSON reader included, on real files. */
class MainStoryFileTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  private static final String VALID = String.join("\n",
      "{",
      "  \"format\": \"eventline/1\",",
      "  \"title\": \"Kim Jong-un envoie des troupes à Koursk\",",
      "  \"actors\": [{\"id\": \"ukraine\", \"name\": \"Ukraine\", \"kind\": \"state\"}],",
      "  \"places\": [{\"id\": \"kursk-oblast\", \"name\": \"Kursk Oblast\", \"country\": \"RU\"}],",
      "  \"sources\": [{\"id\": \"article\", \"name\": \"Le Monde\", \"kind\": \"media\", \"published\": \"2024-12-16\"}],",
      "  \"events\": [",
      "    {\"id\": \"request\", \"summary\": \"Russia asks North Korea for troops\"},",
      "    {\"id\": \"kursk-offensive\", \"summary\": \"Ukrainian offensive into Kursk Oblast\",",
      "     \"when\": \"2024-08-06\", \"place\": \"kursk-oblast\",",
      "     \"participants\": [{\"actor\": \"ukraine\", \"role\": \"agent\"}]},",
      "    {\"id\": \"nk-troops\", \"summary\": \"North Korean troops in assaults\", \"when\": \"2024-12\"}",
      "  ],",
      "  \"assertions\": [",
      "    {\"id\": \"a1\", \"source\": \"article\", \"claim\": {\"type\": \"occurred\", \"event\": \"nk-troops\"}}",
      "  ]",
      "}",
      "");

  @TempDir
  Path dir;

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void validate_validFile_printsSummaryAndExits0() throws IOException {
    Path file = write("story.json", VALID);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.out()).isEqualTo(String.join("\n",
        file + ": valid story",
        "title:       Kim Jong-un envoie des troupes à Koursk",
        "actors:      1",
        "places:      1",
        "sources:     1",
        "events:      3",
        "assertions:  1",
        "time span:   6 Aug 2024 to 31 Dec 2024",
        ""));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_validFile_printsDatedEventsInTimelineOrder_undatedLast() throws IOException {
    Path file = write("story.json", VALID);

    CliRun run = CliRun.of("timeline", file.toString());

    assertThat(run.out()).isEqualTo(String.join("\n",
        "Kim Jong-un envoie des troupes à Koursk",
        "3 events, everything the story states; policy weighted-vote; times in UTC",
        "",
        "6 Aug 2024                                       no source    kursk-offensive  Ukrainian offensive into Kursk Oblast",
        "                                                              who: Ukraine (agent)",
        "                                                              where: Kursk Oblast",
        "began between 1 and 16 Dec 2024, ended Dec 2024  UNCONTESTED  nk-troops        North Korean troops in assaults",
        "",
        "Undated",
        "  no source  request  Russia asks North Korea for troops",
        "",
        "Whether each event happened: UNCONTESTED: one source says so, none opposes;"
            + " no source: only the story's modeller states it.",
        "",
        "Conflicts: none",
        ""));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void validate_fileWithProblems_listsEveryOneWithLocationAndExits1() throws IOException {
    String json = VALID
        .replace("\"place\": \"kursk-oblast\"", "\"place\": \"kursk-oblst\"")
        .replace("\"kind\": \"state\"", "\"kind\": \"state\", \"colour\": \"blue\"")
        .replace("\"when\": \"2024-12\"", "\"when\": \"2024-13\"");
    Path file = write("bad.json", json);

    CliRun run = CliRun.of("validate", file.toString());

    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(0, 3)).allMatch(line -> line.startsWith(file + ":"))
        .anyMatch(line -> line.matches(".*:4:\\d+ /actors/0/colour: .*"))
        .anyMatch(line -> line.matches(".*:10:\\d+ /events/1/place: .*kursk-oblst.*"))
        .anyMatch(line -> line.matches(".*:12:\\d+ /events/2/when: .*2024-13.*"));
    assertThat(lines.get(3)).isEqualTo(file + ": 3 problems");
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void validate_truncatedFile_saysWhereItEndsAndExits1() throws IOException {
    Path file = write("truncated.json", VALID.substring(0, VALID.indexOf("\"events\"")));

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.err()).startsWith(file + ":").endsWith(file + ": 1 problem\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void validate_theSeedExample_isValid() {
    Path seed = EXAMPLES.resolve("kursk-2024.json");

    CliRun run = CliRun.of("validate", seed.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith(seed + ": valid story\n").contains("time span:   ");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_everyExample_listsEveryEvent() throws IOException {
    List<Path> examples;
    try (var files = Files.list(EXAMPLES)) {
      examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(examples).contains(EXAMPLES.resolve("kursk-2024.json"));
    for (Path example : examples) {
      CliRun validate = CliRun.of("validate", example.toString());
      CliRun timeline = CliRun.of("timeline", example.toString());

      String events = validate.out().lines().filter(l -> l.startsWith("events:")).findFirst().orElseThrow();
      long eventLines = timeline.out().lines()
          .filter(l -> l.matches("(\\S.*|  )\\s*(UNCONTESTED|CORROBORATED|UNVERIFIED|CONTESTED|REFUTED|SUPERSEDED)  .*"))
          .count();
      assertThat(eventLines).as(example.toString())
          .isEqualTo(Long.parseLong(events.substring("events:".length()).strip()));
      assertThat(timeline.err()).as(example.toString()).isEmpty();
      assertThat(timeline.exitCode()).as(example.toString()).isZero();
    }
  }
}
