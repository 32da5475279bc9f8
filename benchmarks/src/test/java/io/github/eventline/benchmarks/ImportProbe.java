package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.export.json.StoryJson;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A probe, run by hand (not a test): reads an {@code n}-event story file with {@link StoryJson}
 * and parses it into a Jackson tree, in the same JVM, and prints the best times, the ratio and the
 * bytes allocated per read.
 *
 * <pre>
 * java -XX:+AlwaysPreTouch -Xms6g -Xmx6g -cp ... io.github.eventline.benchmarks.ImportProbe 100000 5 [file]
 * </pre>
 * With a third argument the file is kept (written only if missing); otherwise a temporary file is
 * written and deleted.
 */
public final class ImportProbe {

  private static final JsonMapper TREE = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(-1).build())
          .build())
      .build();

  private ImportProbe() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    boolean keep = args.length > 2;
    Path file = keep ? Path.of(args[2]) : Files.createTempFile("import-probe-", ".json");
    if (!keep || !Files.exists(file)) {
      SyntheticStories.writeFile(StoryShape.file(n), file);
    }
    System.out.printf("file %s, %,d bytes%n", file, Files.size(file));
    boolean libOnly = Boolean.getBoolean("probe.libOnly");
    long bestLib = Long.MAX_VALUE;
    long bestTree = Long.MAX_VALUE;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    try {
      for (int r = 0; r < runs; r++) {
        if (!libOnly) {
          System.gc();
          long a0 = threads.getThreadAllocatedBytes(id);
          long t0 = System.nanoTime();
          JsonNode tree;
          try (InputStream in = Files.newInputStream(file)) {
            tree = TREE.readTree(in);
          }
          long t = System.nanoTime() - t0;
          long a = threads.getThreadAllocatedBytes(id) - a0;
          bestTree = Math.min(bestTree, t);
          System.out.printf("tree    %6d ms  %,15d bytes allocated  (%d fields)%n", t / 1_000_000, a, tree.size());
        }
        System.gc();
        long a0 = threads.getThreadAllocatedBytes(id);
        long t0 = System.nanoTime();
        Story story = StoryJson.reader().maxDocumentLength(Long.MAX_VALUE).read(file);
        long t = System.nanoTime() - t0;
        long a = threads.getThreadAllocatedBytes(id) - a0;
        bestLib = Math.min(bestLib, t);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("library %6d ms  %,15d bytes allocated  %s; heap used after %,d MB%n", t / 1_000_000, a, story,
            (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    } finally {
      if (!keep) {
        Files.deleteIfExists(file);
      }
    }
    System.out.printf("best: library %d ms, tree %d ms, ratio %.2f%n", bestLib / 1_000_000, bestTree / 1_000_000,
        libOnly ? Double.NaN : (double) bestLib / bestTree);
  }
}
