package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heap promise of docs/reliability.md, measured at the default document limit: story files of
 * just under 100,000,000 bytes in the shapes that cost the most heap per byte read, each validated
 * and built into a timeline by the real command in a JVM with the documented heap.
 *
 * <p>Not part of the default test run (it needs several gigabytes and minutes): run it with
 * {@code mvn -B -pl cli -am test -Dtest=HeapLimitProbe -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.skip=true}; {@code -Deventline.probe.heap=3g} tries another heap.
 */
class HeapLimitProbe {

  /** The heap docs/reliability.md promises for a story file at the default limit, whatever its shape. */
  static final String DOCUMENTED_HEAP = "2g";

  private static final long LIMIT = 100_000_000L;

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "extension-numbers, validate", "extension-numbers, timeline",
      "tiny-events, validate", "tiny-events, timeline",
      "tiny-assertions, validate", "tiny-assertions, timeline",
      "tiny-aliases, validate", "tiny-aliases, timeline"})
  void aFileAtTheLimit_fitsTheDocumentedHeap(String shape, String command) throws Exception {
    Path file = dir.resolve(shape + ".json");
    write(shape, file);
    assertThat(Files.size(file)).isBetween(LIMIT - 2_000_000, LIMIT);
    String heap = System.getProperty("eventline.probe.heap", DOCUMENTED_HEAP);

    List<String> args = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), command, file.toString()));
    if (command.equals("timeline")) {
      args.addAll(List.of("--format", "json", "--out", "/dev/null"));
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();
    System.out.printf(Locale.ROOT, "%s %s -Xmx%s: exit %d in %.1f s%n", shape, command, heap, code,
        (System.nanoTime() - start) / 1e9);

    assertThat(code).as(err).isZero();
  }

  /** Writes a story of one shape, just under the limit. */
  private static void write(String shape, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long budget = LIMIT - 1_000_000;
      switch (shape) {
        case "extension-numbers":
          out.write("{\"format\": \"eventline/1\", \"x-data\": [1");
          for (long n = 40; n < budget; n += 2) {
            out.write(",1");
          }
          out.write("]}\n");
          break;
        case "tiny-events":
          out.write("{\"format\":\"eventline/1\",\"events\":[");
          long written = 0;
          for (int i = 0; written < budget; i++) {
            String e = (i == 0 ? "" : ",") + "{\"id\":\"e" + i + "\",\"summary\":\"s\"}";
            out.write(e);
            written += e.length();
          }
          out.write("]}\n");
          break;
        case "tiny-assertions":
          out.write("{\"format\":\"eventline/1\",\"sources\":[{\"id\":\"s\",\"name\":\"S\"}],"
              + "\"events\":[{\"id\":\"e\",\"summary\":\"s\"}],\"assertions\":[");
          written = 0;
          for (int i = 0; written < budget; i++) {
            String a = (i == 0 ? "" : ",") + "{\"id\":\"a" + i + "\",\"source\":\"s\",\"claim\":{\"type\":\"occurred\",\"event\":\"e\"}}";
            out.write(a);
            written += a.length();
          }
          out.write("]}\n");
          break;
        default: // tiny-aliases
          out.write("{\"format\":\"eventline/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"aliases\":[\"a\"");
          for (long n = 60; n < budget; n += 4) {
            out.write(",\"a\"");
          }
          out.write("]}]}\n");
          break;
      }
    }
  }
}
