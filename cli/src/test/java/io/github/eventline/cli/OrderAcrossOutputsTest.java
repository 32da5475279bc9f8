package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.export.view.MermaidTimeline;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order rule holds in every output: the text, JSON and CSV timelines list the events of
 * {@code Timeline.events()} in its order; the views (HTML, TimelineJS, Mermaid) draw the events
 * that have a place in that order and put the undated ones, the same as the text's, apart.
 */
class OrderAcrossOutputsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern STATUS =
      Pattern.compile("^\\s*(?:\\S.*?\\s{2,})?(UNCONTESTED|CORROBORATED|UNVERIFIED|CONTESTED|REFUTED|SUPERSEDED|no source)\\s+(\\S+)\\s{2,}.*$");

  @TempDir Path dir;

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyOutput_followsTheTimelineOrder(Path example) throws IOException {
    Timeline timeline = Timeline.build(StoryJson.read(example));
    List<String> order = new ArrayList<>();
    List<String> placed = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (Event e : timeline.events()) {
      order.add(e.id().value());
      (timeline.place(e.id()).isPresent() ? placed : undated).add(e.id().value());
    }
    assertThat(undated).as("undated events come last").isEqualTo(order.subList(placed.size(), order.size()));

    assertThat(textIds(CliRun.of("timeline", example.toString()).out())).as("text").isEqualTo(order);
    assertThat(ids(json(CliRun.of("timeline", example.toString(), "--format", "json").out()).get("events"), "id"))
        .as("json").isEqualTo(order);
    CliRun csv = CliRun.of("timeline", example.toString(), "--format", "csv", "--out", dir.toString());
    assertThat(csv.exitCode()).isZero();
    assertThat(Files.readAllLines(dir.resolve("timeline.csv")).stream().skip(1).map(l -> l.split(",")[1]).toList())
        .as("timeline.csv").isEqualTo(order);

    String html = CliRun.of("timeline", example.toString(), "--format", "html").out();
    String data = html.substring(html.indexOf("id=\"timeline-data\">") + "id=\"timeline-data\">".length());
    data = data.substring(0, data.indexOf("</script>"));
    assertThat(ids(json(data).get("events"), "id")).as("html").isEqualTo(placed);
    assertThat(html.contains("<section id=\"undated\">")).as("html undated section").isEqualTo(!undated.isEmpty());

    assertThat(ids(json(CliRun.of("timeline", example.toString(), "--format", "timelinejs").out()).get("events"),
        "unique_id")).as("timelinejs").isEqualTo(placed);

    String mermaid = CliRun.of("timeline", example.toString(), "--format", "mermaid").out();
    List<String> summaries = new ArrayList<>();
    for (String id : order) {
      summaries.add(MermaidTimeline.escape(timeline.story().event(
          io.github.eventline.core.EventId.of(id)).orElseThrow().summary()));
    }
    int at = -1;
    for (String summary : summaries) {
      int next = mermaid.indexOf(" : " + summary, at + 1);
      assertThat(next).as("mermaid: %s after the one before it", summary).isGreaterThan(at);
      at = next;
    }
  }

  private static List<String> textIds(String out) {
    List<String> ids = new ArrayList<>();
    for (String line : out.lines().toList()) {
      Matcher m = STATUS.matcher(line);
      if (m.matches()) {
        ids.add(m.group(2));
      }
    }
    return ids;
  }

  private static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(e -> ids.add(e.get(field).asString()));
    return ids;
  }
}
