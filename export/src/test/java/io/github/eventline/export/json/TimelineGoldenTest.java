package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's timeline, as JSON and as the three timeline CSV tables, byte for byte against the
 * golden files in {@code src/test/resources/golden/timeline/NAME/}. To regenerate them after a
 * deliberate change, run {@code mvn -pl export -am verify -Dgolden.update=true}, then review the
 * diff by eye.
 */
class TimelineGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/timeline");
  static final List<String> FILES = List.of("timeline.json", "timeline.csv", "verdicts.csv", "conflicts.csv");

  @TempDir Path dir;

  static Stream<Path> examples() throws IOException {
    return ExamplesTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_timelineMatchesGoldenFilesByteForByte(Path example) throws IOException {
    String name = example.getFileName().toString().replaceFirst("\\.json$", "");
    Timeline timeline = Timeline.build(StoryJson.read(example));
    TimelineJson.write(timeline, dir.resolve("timeline.json"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("timeline.csv"))) {
      CsvTables.writeTimeline(timeline, out, CsvOptions.defaults());
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("verdicts.csv"))) {
      CsvTables.writeVerdicts(timeline, out, CsvOptions.defaults());
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("conflicts.csv"))) {
      CsvTables.writeConflicts(timeline, out, CsvOptions.defaults());
    }
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden);
      for (String file : FILES) {
        Files.copy(dir.resolve(file), golden.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (String file : FILES) {
      assertThat(dir.resolve(file)).as(name + "/" + file).hasSameBinaryContentAs(golden.resolve(file));
    }
  }
}
