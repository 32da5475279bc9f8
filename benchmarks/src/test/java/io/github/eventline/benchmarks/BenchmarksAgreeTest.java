package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs every benchmark once, library and baseline, at a tiny size, and checks that both sides did
 * the same work. No timing is asserted: this keeps the benchmarks from rotting.
 */
class BenchmarksAgreeTest {

  private static final int TINY = 300;

  @Test
  void importBenchmark_readsAsManyEventsAndAssertionsAsTheTreeHolds() throws IOException {
    ImportBenchmark bench = new ImportBenchmark();
    bench.size = TINY;
    bench.setUp();
    try {
      Story story = bench.library();
      JsonNode tree = bench.baseline();
      assertThat(story.events()).hasSize(TINY).hasSize(tree.get("events").size());
      assertThat(story.assertions()).hasSize(tree.get("assertions").size());
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void csvExportBenchmark_bothSidesWriteTheSameBytes() throws IOException {
    CsvExportBenchmark bench = new CsvExportBenchmark();
    bench.size = TINY;
    bench.setUp();
    assertThat(bench.library().count()).isEqualTo(bench.baseline().count()).isPositive();

    Story story = SyntheticStories.generate(StoryShape.file(TINY));
    ByteArrayOutputStream library = new ByteArrayOutputStream();
    CsvTables.writeEvents(story, library, CsvOptions.defaults());
    ByteArrayOutputStream baseline = new ByteArrayOutputStream();
    CsvExportBenchmark.writeEvents(story, baseline);
    assertThat(baseline.toString(StandardCharsets.UTF_8)).isEqualTo(library.toString(StandardCharsets.UTF_8));
    assertThat(library.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(TINY + 1);
  }
}
