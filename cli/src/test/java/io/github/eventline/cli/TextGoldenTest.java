package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's text timeline, as {@code eventline timeline FILE} prints it, against the golden
 * files in {@code src/test/resources/golden/text/NAME.txt}. To regenerate them after a deliberate
 * change, run the test with {@code -Dgolden.update=true}, then review the diff as a reader would.
 */
class TextGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/text");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_textTimelineMatchesGoldenFile(Path example) throws IOException {
    String name = example.getFileName().toString().replaceFirst("\\.json$", "");
    CliRun run = CliRun.of("timeline", "../examples/" + example.getFileName());
    Path golden = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).as(name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
