package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static String run(String name, String method, double score, String error, double bytes) {
    return "{\"benchmark\": \"io.github.eventline.benchmarks." + name + "." + method + "\", \"params\": {\"size\": \"100\"},"
        + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": " + error + ", \"scoreUnit\": \"ms/op\"},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes + ", \"scoreUnit\": \"B/op\"}}}";
  }

  @Test
  void print_comparesTheLibraryWithEachOtherMethodOfItsWorkload(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + run("OrderingBenchmark", "library", 30, "1.5", 5e6) + ","
        + run("OrderingBenchmark", "baseline", 10, "\"NaN\"", 2e6) + ","
        + run("OrderingBenchmark", "jgrapht", 60, "3", 9e6) + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report.print(Report.read(file), new PrintStream(out, true, StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("ordering ").contains("30.0 ± 1.5 ms", "10.0 ± 0.0 ms", " 3.00 ", "5 MB | 2 MB");
    assertThat(lines[2]).startsWith("ordering vs jgrapht ").contains("60.0 ± 3.0 ms", " 0.50 ", "5 MB | 9 MB");
  }

  @Test
  void print_comparesEachVariantOfTheLibraryWithTheBaselinesNotWithTheLibrary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + run("OrderingBenchmark", "library", 30, "1.5", 5e6) + ","
        + run("OrderingBenchmark", "libraryOneThread", 40, "2", 5e6) + ","
        + run("OrderingBenchmark", "baseline", 10, "1", 2e6) + ","
        + run("OrderingBenchmark", "jgrapht", 80, "3", 9e6) + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report.print(Report.read(file), new PrintStream(out, true, StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[1]).startsWith("ordering ").contains("30.0 ± 1.5 ms", " 3.00 ");
    assertThat(lines[2]).startsWith("ordering vs jgrapht ").contains(" 0.38 ");
    assertThat(lines[3]).startsWith("ordering, one thread ").contains("40.0 ± 2.0 ms", "10.0 ± 1.0 ms", " 4.00 ");
    assertThat(lines[4]).startsWith("ordering, one thread vs jgrapht ").contains(" 0.50 ");
  }

  @Test
  void print_comparesOnlyRunsOfTheSameParameters(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("jmh.json");
    String few = run("ConflictsBenchmark", "library", 30, "1", 5e6).replace("\"size\": \"100\"", "\"size\": \"100\", \"conflicts\": \"few\"");
    String fewBase = run("ConflictsBenchmark", "baseline", 20, "1", 5e6).replace("\"size\": \"100\"", "\"size\": \"100\", \"conflicts\": \"few\"");
    String many = run("ConflictsBenchmark", "library", 80, "1", 5e6).replace("\"size\": \"100\"", "\"size\": \"100\", \"conflicts\": \"many\"");
    String manyBase = run("ConflictsBenchmark", "baseline", 40, "1", 5e6).replace("\"size\": \"100\"", "\"size\": \"100\", \"conflicts\": \"many\"");
    Files.writeString(file, "[" + few + "," + fewBase + "," + many + "," + manyBase + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report.print(Report.read(file), new PrintStream(out, true, StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("conflicts vs none ").contains("100/few", " 1.50 ");
    assertThat(lines[2]).startsWith("conflicts vs none ").contains("100/many", " 2.00 ");
  }
}
