package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.timeline.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the timeline export benchmarks once, library and baseline, at a tiny size, and checks that
 * both sides wrote the same document or rows. No timing is asserted.
 */
class ExportBenchmarksAgreeTest {

  private static final int TINY = 300;

  @Test
  void jsonExportBenchmark_bothSidesWriteTheSameDocument() throws IOException {
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
    assertThat(lib.get("verdicts")).hasSize(timeline.verdicts().size());
    // every kind of value the format holds is in the document, so each is compared
    assertThat(lib.get("verdicts").valueStream().map(v -> v.get("claim").asString()).distinct())
        .contains("occurred", "timing", "location", "participation", "quantity", "relation");
    for (String part : new String[] {"format", "asOf", "events", "verdicts", "conflicts"}) {
      JsonNode l = lib.get(part);
      JsonNode b = base.get(part);
      for (int i = 0; l.isArray() && i < l.size(); i++) {
        assertThat(b.get(i).equals(NUMBERS_BY_VALUE, l.get(i))).as("%s[%d]:%n%s%n%s", part, i, b.get(i), l.get(i))
            .isTrue();
      }
      assertThat(b.equals(NUMBERS_BY_VALUE, l)).as("%s", part).isTrue();
    }
    assertThat(base.propertyNames()).containsExactlyElementsOf(lib.propertyNames());
  }

  /** Equal nodes, or numbers of the same value however written ({@code 1} and {@code 1.0}). */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.equals(b)
      || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) ? 0 : 1;

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
