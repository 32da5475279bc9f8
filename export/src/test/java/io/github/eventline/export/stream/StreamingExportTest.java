package io.github.eventline.export.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Exporting a timeline adds memory independent of its size: {@link ExportProbe} runs in a forked
 * JVM whose heap, once the timeline is built, is filled with ballast so that only {@value #FREE_MB}
 * MB stay free; the JSON and CSV exports must still succeed, writing far more bytes than that.
 *
 * <p>The size is kept small enough for a normal test run, yet its JSON is larger than the free
 * heap; {@code -Dstreaming.events=200000} adds a run of that size with the same free heap.
 */
class StreamingExportTest {

  private static final int FREE_MB = 32;

  @Test
  void export_of40000Events_streamsUnderAFixedFreeHeap() throws IOException, InterruptedException {
    probe(40_000);
  }

  @Test
  @EnabledIfSystemProperty(named = "streaming.events", matches = "\\d+")
  void export_ofTheGivenSize_streamsUnderTheSameFreeHeap() throws IOException, InterruptedException {
    probe(Integer.getInteger("streaming.events"));
  }

  private static void probe(int events) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(
            java.toString(), "-Xmx768m", "-Xmn24m", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"),
            ExportProbe.class.getName(), Integer.toString(events), Integer.toString(FREE_MB))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out;
    try (var in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe ends").isTrue();

    assertThat(process.exitValue()).as("exit code of the probe, which printed: %s", out).isZero();
    List<String> figures = List.of(out.split(" "));
    assertThat(Integer.parseInt(figures.get(0))).isEqualTo(events);
    assertThat(Long.parseLong(figures.get(2))).as("free MB while exporting").isLessThanOrEqualTo(FREE_MB + 2);
    long jsonBytes = Long.parseLong(figures.get(3));
    long csvBytes = Long.parseLong(figures.get(4));
    assertThat(jsonBytes).as("JSON bytes written").isGreaterThan(events * 500L);
    assertThat(csvBytes).as("CSV bytes written").isGreaterThan(events * 200L);
    // More bytes than the free heap could hold: the writer did not keep them.
    assertThat(jsonBytes).isGreaterThan((long) FREE_MB << 20);
  }
}
