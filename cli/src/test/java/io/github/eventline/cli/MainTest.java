package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.export.json.FileProblem;
import io.github.eventline.export.json.StoryFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command on stories built in Java, through a stand-in reader. */
class MainTest {

  @TempDir
  Path dir;

  private Path file;

  @BeforeEach
  void createFile() throws IOException {
    // The reader is a stand-in, but the command checks that the file exists.
    file = Files.writeString(dir.resolve("story.json"), "{}");
  }

  private static final StoryLoader KURSK = path -> Stories.kursk();

  private static StoryLoader failing(RuntimeException e) {
    return path -> {
      throw e;
    };
  }

  private static StoryFileException twoProblems() {
    return new StoryFileException("story.json", List.of(
        new FileProblem(12, 7, "/assertions/3/claim/event", "unknown event \"nk-assualt\"",
            Optional.of("did you mean \"nk-assault\"?")),
        new FileProblem(1, 1, "", "expected \"format\": \"eventline/1\"", Optional.empty())));
  }

  @Test
  void validate_validStory_printsSummaryAndExits0() {
    CliRun run = CliRun.with(KURSK, "validate", file.toString());

    assertThat(run.out()).isEqualTo(String.join("\n",
        file + ": valid story",
        "title:       Kim Jong-un envoie des troupes à Koursk",
        "actors:      2",
        "places:      1",
        "sources:     2",
        "events:      5",
        "assertions:  2",
        "time span:   1 Aug 2024 to 31 Dec 2024",
        ""));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void validate_fileProblems_listsEveryOneOnStderrWithoutStackTraceAndExits1() {
    CliRun run = CliRun.with(failing(twoProblems()), "validate", file.toString());

    assertThat(run.err()).isEqualTo(String.join("\n",
        file + ":12:7 /assertions/3/claim/event: unknown event \"nk-assualt\" (did you mean \"nk-assault\"?)",
        file + ":1:1 /: expected \"format\": \"eventline/1\"",
        file + ": 2 problems",
        ""));
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void validate_storyValidationProblems_listsEveryOneWithItsPathAndExits1() {
    Story.Builder invalid = Stories.kursk().toBuilder()
        .event(Event.builder("kursk-offensive", "A second offensive").place("kursk-oblst").build());
    StoryLoader reader = path -> invalid.build();

    CliRun run = CliRun.with(reader, "validate", file.toString());

    List<String> expected = invalid.problems().stream().map(p -> file + ": " + p).toList();
    assertThat(expected).hasSize(2);
    assertThat(run.err().lines().toList())
        .containsExactlyElementsOf(concat(expected, file + ": 2 problems"));
    assertThat(run.err()).contains("events[5].place").doesNotContain("\tat ");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void validate_missingFile_isAUsageErrorAndExits2() {
    Path missing = dir.resolve("nope.json");

    CliRun run = CliRun.with(KURSK, "validate", missing.toString());

    assertThat(run.err()).isEqualTo(missing + ": no such file\n");
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void validate_directory_isAUsageErrorAndExits2() {
    CliRun run = CliRun.with(KURSK, "validate", dir.toString());

    assertThat(run.err()).isEqualTo(dir + ": is a directory, not a story file\n");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void validate_ioError_namesFileAndExits1() {
    StoryLoader reader = path -> {
      throw new IOException("Input/output error");
    };

    CliRun run = CliRun.with(reader, "validate", file.toString());

    assertThat(run.err()).isEqualTo(file + ": cannot be read: input/output error\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void validate_unreadableFile_saysPermissionDeniedAndExits1() {
    StoryLoader reader = path -> {
      throw new java.nio.file.AccessDeniedException(path.toString());
    };

    CliRun run = CliRun.with(reader, "validate", file.toString());

    assertThat(run.err()).isEqualTo(file + ": cannot be read: permission denied\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void validate_unexpectedFailure_saysInternalErrorWithoutStackTraceAndExits1() {
    CliRun run = CliRun.with(failing(new IllegalStateException("boom")), "validate", file.toString());

    assertThat(run.err()).isEqualTo(
        "eventline: internal error: java.lang.IllegalStateException: boom"
            + " (run again with --debug to see the stack trace)\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void debug_afterTheCommand_showsTheStackTrace() {
    CliRun run = CliRun.with(failing(twoProblems()), "validate", "--debug", file.toString());

    assertThat(run.err())
        .startsWith(file + ":12:7 /assertions/3/claim/event: unknown event")
        .contains("CommandFailure", "Caused by: io.github.eventline.export.json.StoryFileException: story.json has 2 problems")
        .contains("\tat io.github.eventline.cli.StoryFiles.load(");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void debug_beforeTheCommand_showsTheStackTraceOfAnInternalError() {
    CliRun run = CliRun.with(failing(new IllegalStateException("boom")), "--debug", "timeline", file.toString());

    assertThat(run.err())
        .startsWith("eventline: internal error: java.lang.IllegalStateException: boom\n")
        .contains("java.lang.IllegalStateException: boom\n\tat ");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void timeline_printsDatedEventsInTimelineOrderWithStatusThenUndatedThenConflicts() {
    CliRun run = CliRun.with(KURSK, "timeline", file.toString());

    assertThat(run.out()).isEqualTo(String.join("\n",
        "Kim Jong-un envoie des troupes à Koursk",
        "5 events, everything the story states; policy weighted-vote; times in UTC",
        "",
        "early Aug 2024                                   no source    kursk-offensive        Ukrainian offensive into Kursk Oblast",
        "                                                              where: Kursk Oblast",
        "after 11 Aug 2024                                no source    request                Russia asks North Korea for troops",
        // The modeller's December, and the report of 14 December: it had begun by then.
        "began between 1 and 14 Dec 2024, ended Dec 2024  UNCONTESTED  nk-troops-in-assaults  North Korean troops take part in assaults",
        // Undated by the modeller, but reported on 15 December: it had begun by its end.
        "started before 16 Dec 2024                       UNCONTESTED  losses                 Losses among North Korean troops",
        "",
        "Undated",
        "  no source  a-request  Russia asks for troops",
        "",
        "Whether each event happened: UNCONTESTED: one source says so, none opposes;"
            + " no source: only the story's modeller states it.",
        "",
        "Conflicts: none",
        ""));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void timeline_storyWithProblems_printsNothingOnStdoutAndExits1() {
    CliRun run = CliRun.with(failing(twoProblems()), "timeline", file.toString());

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).endsWith(file + ": 2 problems\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void unknownOption_isAUsageErrorAndExits2() {
    CliRun run = CliRun.with(KURSK, "validate", "--bogus", file.toString());

    assertThat(run.err()).isEqualTo("Unknown option: '--bogus'\nRun 'eventline validate --help' for its usage.\n");
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void missingFileArgument_isAUsageErrorAndExits2() {
    CliRun run = CliRun.with(KURSK, "timeline");

    assertThat(run.err()).isEqualTo("Missing required parameter: 'FILE'\nRun 'eventline timeline --help' for its usage.\n");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void noCommand_isAUsageErrorAndExits2() {
    CliRun run = CliRun.with(KURSK);

    assertThat(run.err()).isEqualTo("Missing required command: validate, timeline, conflicts, diff or import\nRun 'eventline --help' for its usage.\n");
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void unknownCommand_isAUsageErrorAndExits2() {
    CliRun run = CliRun.with(KURSK, "validat", file.toString());

    assertThat(run.err()).startsWith("Unmatched arguments from index 0: 'validat'");
    assertThat(run.err()).contains("Did you mean: eventline validate");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void help_listsCommandsAndExitCodesOnStdoutAndExits0() {
    CliRun run = CliRun.with(KURSK, "--help");

    assertThat(run.out())
        .startsWith("Usage: eventline [-hV] [--debug] [--max-document-bytes=BYTES] COMMAND\n")
        .contains("  validate   Checks a story file and prints its summary or every problem.\n")
        .contains("  timeline   Prints a story's events in time order.\n")
        .contains("  conflicts  Lists a story's conflicts and disputed claims, with their reasons.\n")
        .contains("  diff       Shows what changed between two as-of views of a story.\n")
        .contains("  3   conflicts command only: the story has temporal conflicts or contested or\n")
        .contains("Exit codes:\n  0   ok\n  1   the story has problems")
        .contains("  2   usage error: an unknown option, a missing argument, or a FILE that does\n        not exist");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void help_ofACommand_describesItsFile() {
    CliRun run = CliRun.with(KURSK, "validate", "--help");

    assertThat(run.out())
        .contains("Usage: eventline validate [-hV] [--debug] [--max-document-bytes=BYTES] FILE\n")
        .contains("FILE        The story file (JSON, format eventline/1).");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void version_printsTheBuiltVersionAndExits0() {
    CliRun run = CliRun.with(KURSK, "--version");

    assertThat(run.out()).matches("eventline \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  private static List<String> concat(List<String> lines, String last) {
    return java.util.stream.Stream.concat(lines.stream(), java.util.stream.Stream.of(last)).toList();
  }
}
