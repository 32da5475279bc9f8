package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the GDELT import benchmark once at a tiny size: both sides read every row of the generated
 * file, the library without a bad row. No timing is asserted.
 */
class GdeltImportBenchmarkTest {

  private static final int TINY = 2_000;

  @Test
  void bothSidesReadEveryRow_andTheGeneratedFileIsValidGdelt() throws IOException {
    GdeltImportBenchmark bench = new GdeltImportBenchmark();
    bench.size = TINY;
    bench.setUp();
    try {
      Story story = bench.library();
      List<Object[]> baseline = bench.baseline();

      assertThat(story.events()).hasSize(TINY);
      assertThat(baseline).hasSize(TINY);
      assertThat(bench.parseOnly()[0]).isEqualTo(TINY);
      assertThat(baseline.get(0)[0]).isEqualTo(Long.parseLong(story.events().get(0).id().value().substring(6)));
      assertThat(Files.readAllLines(bench.file())).hasSize(TINY).allMatch(l -> l.split("\t", -1).length == 61);
      assertThat(story.actors()).hasSizeBetween(250, 300);
      assertThat(story.actors()).anyMatch(a -> !a.aliases().isEmpty());
      assertThat(story.places()).hasSizeBetween(1000, 5000);
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void theGeneratedFile_isTheSameForTheSameSizeAndSeed() throws IOException {
    var a = Files.createTempFile("gdelt-a-", ".CSV");
    var b = Files.createTempFile("gdelt-b-", ".CSV");
    try {
      GdeltFiles.writeEvents(a, 500, 7L);
      GdeltFiles.writeEvents(b, 500, 7L);
      assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    } finally {
      Files.delete(a);
      Files.delete(b);
    }
  }
}
