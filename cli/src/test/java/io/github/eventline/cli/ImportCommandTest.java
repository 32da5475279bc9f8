package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.imports.BadRows;
import io.github.eventline.imports.ImportProblem;
import io.github.eventline.imports.MeantimeReader;
import io.github.eventline.imports.TimemlReader;
import io.github.eventline.imports.AcledReader;
import io.github.eventline.imports.GdeltReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code eventline import} on the import module's test files. */
class ImportCommandTest {

  private static final Path MEANTIME = Path.of("..", "import", "src", "test", "resources", "meantime-a380");
  private static final Path TIMEML = Path.of("..", "import", "src", "test", "resources", "timeml", "spec-examples.tml");
  private static final Path FIXTURES =
      Path.of("..", "import", "src", "test", "resources", "io", "github", "eventline", "imports");

  @TempDir
  Path dir;

  private Path timemlWith(String from, String to) throws IOException {
    String text = Files.readString(TIMEML);
    assertThat(text).contains(from);
    return Files.writeString(dir.resolve("spec-examples.tml"), text.replace(from, to));
  }

  private static int lineOf(Path file, String needle) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }

  @Test
  void meantimeDirectory_writesTheStoryTheReaderReads() throws IOException {
    Path out = dir.resolve("a380.json");

    CliRun run = CliRun.of("import", "--from", "meantime", MEANTIME.toString(), "--out", out.toString());

    Story expected = MeantimeReader.read(List.of(MEANTIME));
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote " + out + ": " + expected.sources().size() + " sources, "
        + expected.events().size() + " events, " + expected.assertions().size() + " assertions\n");
    assertThat(StoryJson.read(out)).isEqualTo(expected);
    assertThat(CliRun.of("validate", out.toString()).exitCode()).isEqualTo(Main.OK);
  }

  @Test
  void outDirectory_getsStoryJson() throws IOException {
    CliRun run = CliRun.of("import", "--from", "timeml", TIMEML.toString(), "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(StoryJson.read(dir.resolve("story.json"))).isEqualTo(TimemlReader.read(List.of(TIMEML)));
  }

  @Test
  void badElement_stopsWithOneLineAndWritesNothing() throws IOException {
    Path file = timemlWith("relType=\"IDENTITY\"", "relType=\"CONCURRENT\"");
    Path out = dir.resolve("story.json");

    CliRun run = CliRun.of("import", "--from", "timeml", file.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).startsWith(file + ":" + lineOf(file, "CONCURRENT") + ": column TLINK/@relType: TLINK l8:"
        + " unknown relation type \"CONCURRENT\"").doesNotContain("\n" + file);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void skipBadRows_reportsEachWritesTheRestAndExits1() throws IOException {
    Path file = timemlWith("relType=\"IDENTITY\"", "relType=\"CONCURRENT\"");
    Files.writeString(file, Files.readString(file).replace("relatedToEventInstance=\"ei2\"", "relatedToEventInstance=\"ei99\""));
    Path out = dir.resolve("story.json");

    CliRun run = CliRun.of("import", "--from", "timeml", "--skip-bad-rows", file.toString(), "--out", out.toString());

    List<String> problems = new ArrayList<>();
    Story expected = TimemlReader.read(List.of(file), BadRows.skip(p -> problems.add(p.toString())));
    assertThat(problems).hasSize(2);
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).isEqualTo(problems.get(0) + "\n" + problems.get(1) + "\n"
        + "eventline: 2 bad rows skipped (listed above); the story holds the others\n");
    assertThat(StoryJson.read(out)).isEqualTo(expected);
  }

  @Test
  void skippedProblem_isPrintedWithItsControlCharactersEscaped() throws IOException {
    Path file = timemlWith("relType=\"IDENTITY\"", "relType=\"X&#133;&#x2028;Y\"");

    CliRun run = CliRun.of("import", "--from", "timeml", "--skip-bad-rows", file.toString(),
        "--out", dir.resolve("s.json").toString());

    assertThat(run.err()).contains("unknown relation type \"X\\u0085\\u2028Y\"");
    assertThat(run.err().lines()).hasSize(2);
  }

  @Test
  void unknownFormat_isAUsageErrorNamingTheFormats() {
    CliRun run = CliRun.of("import", "--from", "gdelt2", TIMEML.toString(), "--out", dir.resolve("s.json").toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("Unknown format 'gdelt2' for --from: expected one of timeml, meantime, gdelt, acled\n"
        + "Run 'eventline import --help' for its usage.\n");
  }

  @Test
  void gdeltAndAcled_writeTheStoriesTheirReadersRead_reportingTheFixturesBadRows() throws IOException {
    Path gdelt = FIXTURES.resolve("gdelt");
    List<Path> gdeltFiles = List.of(gdelt.resolve("20240806101500.export.CSV"), gdelt.resolve("20240807003000.export.CSV"),
        gdelt.resolve("20240807003000.mentions.CSV"), gdelt.resolve("20240807004500.mentions.CSV"));
    Path acled = FIXTURES.resolve("acled").resolve("acled-ukraine-russia-2024-08.csv");
    List<String> gdeltArgs = new ArrayList<>(List.of("import", "--from", "gdelt", "--skip-bad-rows"));
    gdeltFiles.forEach(f -> gdeltArgs.add(f.toString()));
    gdeltArgs.addAll(List.of("--out", dir.resolve("gdelt.json").toString()));
    List<ImportProblem> gdeltProblems = new ArrayList<>();
    Story gdeltStory = GdeltReader.read(gdeltFiles, BadRows.skip(gdeltProblems::add));

    CliRun fromGdelt = CliRun.of(gdeltArgs.toArray(new String[0]));
    CliRun fromAcled = CliRun.of("import", "--from", "acled", acled.toString(), "--out", dir.resolve("acled.json").toString());

    // The fixtures hold malformed rows on purpose: each is reported, the others imported.
    assertThat(gdeltProblems).isNotEmpty();
    assertThat(fromGdelt.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(fromGdelt.err().lines().limit(gdeltProblems.size()))
        .containsExactlyElementsOf(gdeltProblems.stream().map(ImportProblem::toString).toList());
    assertThat(StoryJson.read(dir.resolve("gdelt.json"))).isEqualTo(gdeltStory);
    assertThat(fromAcled.exitCode()).as(fromAcled.err()).isEqualTo(Main.OK);
    assertThat(StoryJson.read(dir.resolve("acled.json"))).isEqualTo(AcledReader.read(acled, BadRows.stop()));
  }

  @Test
  void missingPath_isAUsageError() {
    Path missing = dir.resolve("nope.tml");

    CliRun run = CliRun.of("import", "--from", "timeml", missing.toString(), "--out", dir.resolve("s.json").toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo(missing + ": no such file\n");
  }

  @Test
  void outNamingAnInput_isRefused() throws IOException {
    Path file = Files.copy(TIMEML, dir.resolve("spec-examples.tml"));
    byte[] before = Files.readAllBytes(file);

    CliRun run = CliRun.of("import", "--from", "timeml", file.toString(), "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void help_listsTheFormats() {
    CliRun run = CliRun.of("import", "--help");

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("The format of the files: timeml, meantime, gdelt, acled.");
  }
}
