package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The timeline, conflicts and diff commands through the real {@code main}, on real story files. */
class MainTimelineCommandsTest {

  private static final Path SEED = Path.of("..", "examples", "kursk-2024.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Two events a month apart and a wire's claim that the later came first: a temporal conflict. */
  private static final String CONFLICT = """
      {
        "format": "eventline/1",
        "sources": [{"id": "wire", "name": "Wire", "kind": "agency", "reliability": 0.9}],
        "events": [
          {"id": "talks", "summary": "Talks", "when": "2024-08-01"},
          {"id": "strike", "summary": "Strike", "when": "2024-07-01"}
        ],
        "assertions": [
          {"id": "a1", "source": "wire",
           "claim": {"type": "relation", "event": "talks", "relation": ["before"], "other": "strike"}}
        ]
      }
      """;

  /** Two figures of one count, said to corroborate each other though they are rivals. */
  private static final String LINKED = """
      {
        "format": "eventline/1",
        "sources": [{"id": "wire", "name": "Wire", "reliability": 0.9},
                    {"id": "paper", "name": "Paper", "reliability": 0.6}],
        "events": [{"id": "flood", "summary": "Flood"}],
        "assertions": [
          {"id": "a1", "source": "wire",
           "claim": {"type": "quantity", "event": "flood", "measure": "deaths", "value": 100}},
          {"id": "a2", "source": "paper",
           "claim": {"type": "quantity", "event": "flood", "measure": "deaths", "value": 300},
           "links": [{"type": "corroborates", "assertion": "a1"}]}
        ]
      }
      """;

  /** One event, one report of it: nothing to dispute. */
  private static final String CALM = """
      {
        "format": "eventline/1",
        "sources": [{"id": "wire", "name": "Wire", "published": "2024-08-02"}],
        "events": [{"id": "talks", "summary": "Talks", "when": "2024-08-01"}],
        "assertions": [{"id": "a1", "source": "wire", "claim": {"type": "occurred", "event": "talks"}}]
      }
      """;

  @TempDir Path dir;

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  private static String statusOf(String out, String event) {
    return out.lines().filter(l -> l.contains("  " + event + "  ")).findFirst().orElseThrow()
        .replaceAll("^.*?\\b(UNCONTESTED|CORROBORATED|UNVERIFIED|CONTESTED|REFUTED|SUPERSEDED)\\b.*$", "$1");
  }

  @Test
  void timeline_seed_showsTheRequestAfterTheOffensiveAndTheCorroboratedAssaults() {
    CliRun run = CliRun.of("timeline", SEED.toString());

    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Kim Jong-un envoie des troupes en Ukraine");
    assertThat(lines.get(1)).isEqualTo("11 events, everything the story states; policy weighted-vote; times in UTC");
    String invasion = "24 Feb 2022                                UNCONTESTED   russian-invasion               Russia launches its military offensive in Ukraine";
    String inKursk = "ongoing as of 15 Dec 2024                  UNCONTESTED   nk-troops-in-kursk             North Korean soldiers present in the Kursk region, ready for combat";
    assertThat(lines).contains(
        invasion,
        "early Aug 2024                             UNCONTESTED   kursk-offensive                Ukrainian offensive to retake control of areas of the Kursk region",
        "                                                         where: Kursk Oblast",
        "after 1 Aug 2024                           UNCONTESTED   putin-asks-kim                 Putin asks Kim Jong-un for help",
        // Undated by the modeller; Zelensky's address of 14 December reports it: it had begun by then.
        "started before 14 Dec 2024                 CORROBORATED  nk-troops-in-assaults          North Korean troops take part in assaults in the Kursk region alongside Russian forces",
        inKursk,
        "                                                         soldiers: about 10,000 person",
        "Undated",
        "Conflicts: none");
    assertThat(lines).noneMatch(line -> line.startsWith("Disputed claims"));
    // Placed by what is known of it: an event ongoing as of 15 Dec 2024 after the 2022 invasion.
    assertThat(lines.indexOf(inKursk)).isGreaterThan(lines.indexOf(invasion)).isLessThan(lines.indexOf("Undated"));
    // Austin's "no information" of 31 October is outdated by Zelensky's later certain statement.
    assertThat(statusOf(run.out(), "nk-troops-in-assaults")).isEqualTo("CORROBORATED");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_asOf_beforeAndAfterZelenskysAddressChangesTheAssaultsStatus() {
    CliRun before = CliRun.of("timeline", SEED.toString(), "--as-of", "2024-12-13");
    CliRun after = CliRun.of("timeline", SEED.toString(), "--as-of", "2024-12-15");

    assertThat(before.out()).contains("11 events, as known at 2024-12-14T00:00:00Z; policy weighted-vote");
    assertThat(statusOf(before.out(), "nk-troops-in-assaults")).isEqualTo("UNVERIFIED");
    assertThat(statusOf(after.out(), "nk-troops-in-assaults")).isEqualTo("CORROBORATED");
    assertThat(before.exitCode()).isZero();
    assertThat(after.exitCode()).isZero();
  }

  @Test
  void timeline_asOfAnInstant_isTakenAsItIs() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--as-of", "2024-12-14T12:00:00Z");

    assertThat(run.out()).contains("as known at 2024-12-14T12:00:00Z");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_policy_isNamedInTheHeaderAndChangesTheVerdicts() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--policy", "most-reliable-source");

    assertThat(run.out()).contains("; policy most-reliable-source; times in UTC\n");
    assertThat(run.exitCode()).isZero();
    for (String policy : List.of("weighted-vote", "latest-statement", "source-trust")) {
      assertThat(CliRun.of("timeline", SEED.toString(), "--policy", policy).exitCode()).as(policy).isZero();
    }
  }

  @Test
  void timeline_unknownPolicy_isAUsageErrorAndExits2() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--policy", "majority");

    assertThat(run.err()).startsWith("Invalid value for option '--policy': Unknown policy \"majority\": expected one of"
        + " weighted-vote, most-reliable-source, latest-statement, source-trust\n");
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void timeline_badAsOf_isAUsageErrorAndExits2() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--as-of", "2024-13-01");

    assertThat(run.err()).startsWith("Invalid value for option '--as-of': '2024-13-01' is neither an instant");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(CliRun.of("timeline", SEED.toString(), "--as-of", "2024/..").err()).contains("has no end");
  }

  @Test
  void timeline_json_toStdout_isTheTimelineFormat() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--as-of", "2024-12-15");

    JsonNode root = MAPPER.readTree(run.out());
    assertThat(root.get("format").asString()).isEqualTo("eventline-timeline/1");
    assertThat(root.get("asOf").asString()).isEqualTo("2024-12-16T00:00:00Z");
    assertThat(root.get("events")).hasSize(11);
    assertThat(run.out()).startsWith("{\n  \"format\"").endsWith("}\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_json_toAFileOrIntoADirectory() throws IOException {
    Path file = dir.resolve("nested/out.json");
    CliRun toFile = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", file.toString());
    CliRun intoDir = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", dir.toString());

    assertThat(toFile.out()).isEqualTo("wrote " + file + "\n");
    assertThat(intoDir.out()).isEqualTo("wrote " + dir.resolve("timeline.json") + "\n");
    String stdout = CliRun.of("timeline", SEED.toString(), "--format", "json").out();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(stdout);
    assertThat(Files.readString(dir.resolve("timeline.json"), StandardCharsets.UTF_8)).isEqualTo(stdout);
  }

  @Test
  void timeline_csv_writesTheEightTables() throws IOException {
    Path out = dir.resolve("tables");

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "csv", "--out", out.toString());

    assertThat(run.out()).isEqualTo("wrote events.csv, actors.csv, places.csv, sources.csv, assertions.csv,"
        + " timeline.csv, verdicts.csv, conflicts.csv to " + out + "\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "events.csv", "actors.csv", "places.csv", "sources.csv", "assertions.csv",
          "timeline.csv", "verdicts.csv", "conflicts.csv");
    }
    assertThat(Files.readString(out.resolve("verdicts.csv"))).contains("occurred,nk-troops-in-assaults,,,,CORROBORATED,");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_csvWithoutOut_isAUsageErrorAndExits2() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "csv");

    assertThat(run.err()).isEqualTo("--format csv needs --out DIR, the directory of the tables\nRun 'eventline timeline --help' for its usage.\n");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void timeline_textWithOut_writesTheTextToAFile() throws IOException {
    CliRun text = CliRun.of("timeline", SEED.toString(), "--out", dir.toString());
    CliRun stdout = CliRun.of("timeline", SEED.toString());

    assertThat(text.out()).isEqualTo("wrote " + dir.resolve("timeline.txt") + "\n");
    assertThat(Files.readString(dir.resolve("timeline.txt"))).isEqualTo(stdout.out());
    assertThat(text.exitCode()).isZero();
  }

  @Test
  void timeline_outUnderAFile_isAUsageError() throws IOException {
    Path file = write("story-copy.json", "{}");

    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "csv", "--out", file.resolve("tables").toString());
    CliRun json = CliRun.of("timeline", SEED.toString(), "--format", "json", "--out", file.resolve("a/t.json").toString());

    assertThat(run.err()).isEqualTo("--out " + file.resolve("tables") + " cannot be written: " + file
        + " is a file, not a directory\nRun 'eventline timeline --help' for its usage.\n");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(json.err()).startsWith("--out " + file.resolve("a/t.json") + " cannot be written: " + file + " is a file");
    assertThat(json.exitCode()).isEqualTo(2);
  }

  @Test
  void timeline_formatNames_areCaseInsensitive() {
    CliRun upper = CliRun.of("timeline", SEED.toString(), "--format", "MERMAID");

    assertThat(upper.out()).startsWith("timeline\n");
    assertThat(upper.exitCode()).isZero();
  }

  @Test
  void help_showsTheUsage_ofEventlineAndOfACommand() {
    CliRun top = CliRun.of("help");
    CliRun timeline = CliRun.of("help", "timeline");

    assertThat(top.out()).startsWith("Usage: eventline ").contains("  timeline   Prints a story's events in time order.");
    assertThat(top.exitCode()).isZero();
    assertThat(timeline.out()).startsWith("Usage: eventline timeline ").contains("--zone=ZONE");
    assertThat(timeline.exitCode()).isZero();
  }

  @Test
  void timeline_zone_readsTimesOfDayThere_andNamesItInTheHeader() throws IOException {
    Path file = write("dh.json", """
        {
          "format": "eventline/1",
          "title": "Deepwater Horizon",
          "zone": "America/Chicago",
          "events": [
            {"id": "explosion", "summary": "Explosion", "when": "2010-04-20T21:45:00-05:00"},
            {"id": "sinking", "summary": "The rig sinks", "when": "2010-04-22"}
          ]
        }
        """);

    CliRun story = CliRun.of("timeline", file.toString());
    CliRun utc = CliRun.of("timeline", file.toString(), "--zone", "UTC");
    CliRun bad = CliRun.of("timeline", file.toString(), "--zone", "+02:00");

    assertThat(story.out()).contains("; times in America/Chicago\n")
        .contains("20 Apr 2010 21:45:00 -05:00  no source  explosion  Explosion\n")
        .contains("22 Apr 2010                  no source  sinking    The rig sinks\n");
    assertThat(utc.out()).contains("; times in UTC\n").contains("21 Apr 2010 02:45:00 UTC  no source  explosion");
    assertThat(bad.err()).isEqualTo("Invalid value for option '--zone': '+02:00' is not an IANA time zone; expected"
        + " an id such as America/Chicago, Europe/Paris or UTC\nRun 'eventline timeline --help' for its usage.\n");
    assertThat(bad.exitCode()).isEqualTo(2);
  }

  @Test
  void timeline_unknownFormat_isAUsageError() {
    CliRun xml = CliRun.of("timeline", SEED.toString(), "--format", "xml");

    assertThat(xml.err()).startsWith("Invalid value for option '--format': expected one of [text, json, csv, html, timelinejs, mermaid]");
    assertThat(xml.exitCode()).isEqualTo(2);
  }

  @Test
  void timeline_temporalConflict_isListedBelowTheTimeline() throws IOException {
    Path file = write("conflict.json", CONFLICT);

    CliRun run = CliRun.of("timeline", file.toString());

    assertThat(run.out()).contains("\nConflicts (1):\n  1. ").contains("(assertion a1, source wire)");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void conflicts_seed_hasNoDisputedClaimOnceAustinsDoubtIsOutdated_andExits0() {
    CliRun run = CliRun.of("conflicts", SEED.toString());

    assertThat(run.out()).contains(String.join("\n", "Conflicts: none", "", "Contested or refuted claims: none"));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void conflicts_contestedClaim_listsItsReasonsAndExits3() throws IOException {
    CliRun run = CliRun.of("conflicts", write("linked.json", LINKED).toString());

    assertThat(run.out()).contains(String.join("\n",
        "Contested or refuted claims (1):",
        "  quantity(flood, deaths): CONTESTED, confidence 0.36, value held: 100",
        "    a2 (paper) opposes: states an incompatible value; weight 0.6 = reliability 0.6 x certain 1",
        "    a1 (wire) supports: states the value held; weight 0.9 = reliability 0.9 x certain 1"));
    assertThat(run.exitCode()).isEqualTo(3);
  }

  @Test
  void conflicts_linkTheValuesDisagreeWith_isListedInWordsAndExits3() throws IOException {
    CliRun run = CliRun.of("conflicts", write("linked.json", LINKED).toString());

    assertThat(run.out()).contains(String.join("\n",
        "Conflicts: none",
        "Link conflicts (1):",
        "  1. a2 is said to corroborate a1, but on quantity(flood, deaths) their values are on opposite sides:"
            + " the values stand.",
        ""));
    assertThat(run.exitCode()).isEqualTo(3);
  }

  @Test
  void conflicts_temporalConflict_exits3() throws IOException {
    CliRun run = CliRun.of("conflicts", write("conflict.json", CONFLICT).toString());

    assertThat(run.out()).contains("Conflicts (1):\n  1. ").contains("Contested or refuted claims: none");
    assertThat(run.exitCode()).isEqualTo(3);
  }

  @Test
  void conflicts_none_exits0() throws IOException {
    CliRun run = CliRun.of("conflicts", write("calm.json", CALM).toString());

    assertThat(run.out()).endsWith("Conflicts: none\n\nContested or refuted claims: none\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void conflicts_asOfBeforeTheAddress_hasNothingContestedAndExits0() {
    CliRun run = CliRun.of("conflicts", SEED.toString(), "--as-of", "2024-12-13");

    assertThat(run.out()).contains("Contested or refuted claims: none");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void conflicts_help_documentsExitCode3() {
    CliRun run = CliRun.of("conflicts", "--help");

    assertThat(run.out()).contains("  3   the story has temporal conflicts, link conflicts, or contested or refuted");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void diff_seed_fromBeforeToAfterTheAddress_showsWhatChanged() {
    CliRun run = CliRun.of("diff", SEED.toString(), "--from", "2024-12-13", "--to", "2024-12-15");

    assertThat(run.out()).startsWith(
        "From 2024-12-13 (as known at the end of it, 2024-12-14T00:00:00Z) to 2024-12-15 (as known at the end of"
            + " it, 2024-12-16T00:00:00Z); policy weighted-vote; times in UTC\n\n");
    assertThat(run.out())
        .contains("Verdicts changed (15):\n")
        .contains("  occurred(nk-troops-in-assaults): UNVERIFIED -> CORROBORATED\n")
        .contains("  relation(kursk-offensive, putin-asks-kim): none -> UNCONTESTED, value before or meets\n")
        .contains("Dates changed (5):\n")
        .contains("  putin-asks-kim: tightened, unknown date -> after 1 Aug 2024\n")
        .contains("  nk-troops-in-assaults: tightened, unknown date -> started before 14 Dec 2024\n")
        .contains("Order changed (5):\n")
        .contains("  putin-asks-kim: position 9 -> 4\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void diff_aChangeOfValueUnderTheSameStatus_showsBothValues_andNoneIsExplained() {
    CliRun run = CliRun.of("diff", "../examples/a380-2005-2007.json", "--from", "2006", "--to", "2007-12");

    assertThat(run.out())
        .startsWith("From 2006 (as known at the end of it, 2007-01-01T00:00:00Z) to 2007-12 (as known at the end"
            + " of it, 2008-01-01T00:00:00Z); policy weighted-vote; times in UTC\n")
        .contains("  timing(commercial-service): UNCONTESTED -> UNCONTESTED, value Nov 2006 -> 28 Oct 2007\n")
        .contains("  quantity(us-maiden-flight, people on board): none -> UNCONTESTED, value about 500 person\n")
        .contains("  (none: no verdict in that view; nothing stated by then bore on the claim, or its event was"
            + " merged into another by same-as)\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void diff_sameView_saysNoChange() {
    CliRun run = CliRun.of("diff", SEED.toString(), "--from", "2025", "--to", "2026-01-01T00:00:00Z");

    assertThat(run.out()).endsWith("\n\nNo change.\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void diff_eventsAddedAndRemoved_areListedWithTheirSummary() throws IOException {
    Path file = write("calm.json", CALM);

    CliRun run = CliRun.of("diff", file.toString(), "--from", "2024-08-01", "--to", "2024-08-02");

    assertThat(run.out()).contains("Verdicts changed (1):\n  occurred(talks): UNVERIFIED -> UNCONTESTED\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void diff_missingTo_isAUsageErrorAndExits2() {
    CliRun run = CliRun.of("diff", SEED.toString(), "--from", "2024-12-13");

    assertThat(run.err()).startsWith("Missing required option: '--to=T2'");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void diff_badPolicy_isAUsageErrorAndExits2() {
    CliRun run = CliRun.of("diff", SEED.toString(), "--from", "2024-12-13", "--to", "2024-12-15", "--policy", "x");

    assertThat(run.err()).startsWith("Invalid value for option '--policy': Unknown policy \"x\"");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void commands_storyWithProblems_exit1() throws IOException {
    Path bad = write("bad.json", CALM.replace("\"event\": \"talks\"", "\"event\": \"talk\""));

    for (String[] args : List.of(
        new String[] {"timeline", bad.toString(), "--format", "json"},
        new String[] {"conflicts", bad.toString()},
        new String[] {"diff", bad.toString(), "--from", "2024", "--to", "2025"})) {
      CliRun run = CliRun.of(args);
      assertThat(run.err()).as(args[0]).contains("unknown event \"talk\"").endsWith(bad + ": 1 problem\n");
      assertThat(run.out()).as(args[0]).isEmpty();
      assertThat(run.exitCode()).as(args[0]).isEqualTo(1);
    }
  }

  @Test
  void progress_isOffWhenStderrIsNotATerminal() {
    CliRun run = CliRun.of("timeline", SEED.toString());

    assertThat(run.err()).isEmpty();
  }
}
