package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.timeline.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the timeline export benchmarks once, library and baseline, at a tiny size, and checks that
 * both sides wrote the same rows. No timing is asserted.
 */
class ExportBenchmarksAgreeTest {

  private static final int TINY = 300;

  @Test
  void jsonExportBenchmark_bothSidesWriteTheSameEventsVerdictsAndConflicts() throws IOException {
    JsonExportBenchmark bench = new JsonExportBenchmark();
    bench.size = TINY;
    bench.setUp();
    assertThat(bench.library().count()).isPositive();
    assertThat(bench.baseline().count()).isPositive();

    Timeline timeline = bench.timeline();
    ByteArrayOutputStream library = new ByteArrayOutputStream();
    TimelineJson.write(timeline, Optional.empty(), library);
    ByteArrayOutputStream baseline = new ByteArrayOutputStream();
    JsonExportBenchmark.write(timeline, baseline);
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode lib = mapper.readTree(library.toString(StandardCharsets.UTF_8));
    JsonNode base = mapper.readTree(baseline.toString(StandardCharsets.UTF_8));

    assertThat(lib.get("events")).hasSize(TINY);
    assertThat(base.get("events")).isEqualTo(lib.get("events"));
    assertThat(base.get("verdicts")).hasSize(timeline.verdicts().size()).hasSize(lib.get("verdicts").size());
    assertThat(base.get("conflicts")).hasSize(lib.get("conflicts").size());
    for (int i = 0; i < lib.get("verdicts").size(); i++) {
      JsonNode l = lib.get("verdicts").get(i);
      JsonNode b = base.get("verdicts").get(i);
      for (String field : new String[] {"claim", "event", "status", "support", "opposition", "explanation"}) {
        assertThat(b.get(field).size()).as("verdict %d %s", i, field).isEqualTo(l.get(field).size());
        assertThat(b.get(field).isArray() ? b.get(field).size() : b.get(field).asString())
            .as("verdict %d %s", i, field)
            .isEqualTo(l.get(field).isArray() ? l.get(field).size() : l.get(field).asString());
      }
      assertThat(b.get("confidence").asDouble()).as("verdict %d", i).isEqualTo(l.get("confidence").asDouble());
    }
  }

  @Test
  void timelineCsvBenchmark_bothSidesWriteTheSameBytes() throws IOException {
    TimelineCsvBenchmark bench = new TimelineCsvBenchmark();
    bench.size = TINY;
    bench.setUp();
    assertThat(bench.library().count()).isEqualTo(bench.baseline().count()).isPositive();

    ByteArrayOutputStream library = new ByteArrayOutputStream();
    CsvTables.writeTimeline(bench.timeline(), library, CsvOptions.defaults());
    ByteArrayOutputStream baseline = new ByteArrayOutputStream();
    TimelineCsvBenchmark.write(bench.timeline(), baseline);
    assertThat(baseline.toString(StandardCharsets.UTF_8)).isEqualTo(library.toString(StandardCharsets.UTF_8));
    assertThat(library.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(TINY + 1);
  }
}
