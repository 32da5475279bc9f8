package io.github.eventline.export.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.export.json.StoryJson;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's views (HTML, TimelineJS, Mermaid) against the golden files in {@code
 * src/test/resources/golden/views/NAME/}, byte for byte. To regenerate them after a deliberate
 * change, run the test with {@code -Dgolden.update=true}, then review the diff as a reader would.
 */
class ViewsGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/views");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_viewsMatchGoldenFilesByteForByte(Path example) throws IOException {
    String name = example.getFileName().toString().replaceFirst("\\.json$", "");
    Timeline timeline = Timeline.build(StoryJson.read(example));
    Map<String, String> views = Map.of(
        "timeline.html", HtmlTimeline.toHtml(timeline),
        "timelinejs.json", TimelineJs.toJson(timeline),
        "timeline.mmd", MermaidTimeline.toMermaid(timeline));
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden);
      for (Map.Entry<String, String> view : views.entrySet()) {
        Files.writeString(golden.resolve(view.getKey()), view.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, String> view : views.entrySet()) {
      assertThat(view.getValue()).as(name + "/" + view.getKey())
          .isEqualTo(Files.readString(golden.resolve(view.getKey()), StandardCharsets.UTF_8));
    }
  }
}
