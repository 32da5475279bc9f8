package io.github.eventline.export.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed story's tables, byte for byte against the golden files in
 * {@code src/test/resources/golden/csv/kursk}. To regenerate them after a deliberate change, run
 * {@code mvn -pl export -am verify -Dgolden.update=true}, then review the diff by eye.
 */
class CsvTablesGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/csv/kursk");

  @TempDir Path dir;

  @Test
  void write_seedStoryMatchesGoldenFilesByteForByte() throws IOException {
    CsvTables.write(KurskStory.build(), dir, CsvOptions.defaults());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      for (String name : CsvTables.storyFileNames()) {
        Files.copy(dir.resolve(name), GOLDEN.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (String name : CsvTables.storyFileNames()) {
      assertThat(dir.resolve(name)).as(name).hasSameBinaryContentAs(GOLDEN.resolve(name));
    }
  }

  @Test
  void write_createsExactlyTheStoryFiles() throws IOException {
    Path out = dir.resolve("nested/out");
    CsvTables.write(KurskStory.build(), out, CsvOptions.defaults());
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("events.csv", "actors.csv", "places.csv", "sources.csv", "assertions.csv");
    }
    assertThat(CsvTables.storyFileNames())
        .containsExactly("events.csv", "actors.csv", "places.csv", "sources.csv", "assertions.csv");
  }

  @Test
  void write_replacesExistingFiles() throws IOException {
    Files.writeString(dir.resolve("events.csv"), "old content that is longer than nothing".repeat(1000));
    CsvTables.write(KurskStory.build(), dir, CsvOptions.defaults());
    assertThat(dir.resolve("events.csv")).hasSameBinaryContentAs(GOLDEN.resolve("events.csv"));
  }

  @Test
  void write_isByteIdenticalOnEveryRun() throws IOException {
    for (int run = 0; run < 3; run++) {
      Path out = dir.resolve("run" + run);
      CsvTables.write(KurskStory.build(), out, CsvOptions.defaults());
      for (String name : CsvTables.storyFileNames()) {
        assertThat(out.resolve(name)).hasSameBinaryContentAs(dir.resolve("run0").resolve(name));
      }
    }
  }

  @Test
  void excel_addsTheUtf8ByteOrderMarkAndNothingElse() throws IOException {
    CsvTables.write(KurskStory.build(), dir, CsvOptions.excel());
    for (String name : CsvTables.storyFileNames()) {
      byte[] golden = Files.readAllBytes(GOLDEN.resolve(name));
      byte[] excel = Files.readAllBytes(dir.resolve(name));
      assertThat(excel).as(name).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      assertThat(java.util.Arrays.copyOfRange(excel, 3, excel.length)).as(name).isEqualTo(golden);
    }
  }

  @Test
  void defaults_haveNoByteOrderMark() throws IOException {
    CsvTables.write(KurskStory.build(), dir, CsvOptions.defaults());
    for (String name : CsvTables.storyFileNames()) {
      assertThat(Files.readString(dir.resolve(name), UTF_8)).as(name).startsWith("id,");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"events.csv", "actors.csv", "places.csv", "sources.csv", "assertions.csv"})
  void goldenFile_endsEveryRecordWithCrlf(String name) throws IOException {
    String text = Files.readString(GOLDEN.resolve(name), UTF_8);
    assertThat(text).endsWith("\r\n");
    // Every LF outside a quoted cell follows a CR: strip the quoted cells, then look for a bare LF.
    String unquoted = text.replaceAll("\"([^\"]|\"\")*\"", "");
    assertThat(unquoted.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void byId_givesTheSameBytesWhateverTheOrderOfTheInput() throws IOException {
    Story story = KurskStory.build();
    CsvOptions options = CsvOptions.defaults().withRowOrder(RowOrder.BY_ID);
    byte[][] expected = tables(story, options);
    for (long seed = 1; seed <= 5; seed++) {
      Story shuffled = shuffle(story, new Random(seed));
      assertThat(tables(shuffled, options)).as("seed %d", seed).isDeepEqualTo(expected);
    }
  }

  @Test
  void byId_sortsRowsByIdText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeAssertions(KurskStory.build(), out, CsvOptions.defaults().withRowOrder(RowOrder.BY_ID));
    List<String> ids = new ArrayList<>();
    for (String line : out.toString(UTF_8).split("\r\n")) {
      if (line.matches("a\\d+,.*")) {
        ids.add(line.substring(0, line.indexOf(',')));
      }
    }
    assertThat(ids).hasSize(19).isSorted().startsWith("a1", "a10", "a11");
  }

  @Test
  void asGiven_keepsTheStoryOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTables.writeEvents(KurskStory.build(), out, CsvOptions.defaults());
    String[] lines = out.toString(UTF_8).split("\r\n");
    assertThat(lines[1]).startsWith("russian-invasion,");
    assertThat(lines[2]).startsWith("kursk-offensive,");
  }

  private static byte[][] tables(Story story, CsvOptions options) throws IOException {
    ByteArrayOutputStream[] outs = new ByteArrayOutputStream[5];
    for (int i = 0; i < outs.length; i++) {
      outs[i] = new ByteArrayOutputStream();
    }
    CsvTables.writeEvents(story, outs[0], options);
    CsvTables.writeActors(story, outs[1], options);
    CsvTables.writePlaces(story, outs[2], options);
    CsvTables.writeSources(story, outs[3], options);
    CsvTables.writeAssertions(story, outs[4], options);
    byte[][] bytes = new byte[5][];
    for (int i = 0; i < outs.length; i++) {
      bytes[i] = outs[i].toByteArray();
    }
    return bytes;
  }

  private static Story shuffle(Story story, Random random) {
    return Story.builder()
        .actors(shuffled(story.actors(), random))
        .places(shuffled(story.places(), random))
        .sources(shuffled(story.sources(), random))
        .events(shuffled(story.events(), random))
        .assertions(shuffled(story.assertions(), random))
        .build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
