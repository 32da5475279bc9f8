package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.imports.BadRows;
import io.github.eventline.imports.GdeltReader;
import io.github.eventline.imports.ImportedRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures the GDELT reader's memory on generated Events files ({@link GdeltFiles}) of each size
 * given:
 *
 * <ul>
 *   <li><b>streaming working set</b>: the used heap after a full collection, taken halfway through
 *       the file while {@link GdeltReader#readEventRows} hands rows to a sink that keeps none,
 *       less the used heap before the read. This is the reader's own memory; flat means it does
 *       not grow with the file.
 *   <li><b>story retained</b>: the used heap after a full collection once {@link
 *       GdeltReader#read(Path, BadRows)} has returned, with the story held, less the heap before,
 *       per event.
 *   <li><b>read peak</b>: the peak heap during {@code read} (the sum of the heap pools' peaks, an
 *       upper bound that includes garbage not yet collected), less the heap before, per event.
 * </ul>
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp benchmarks.jar io.github.eventline.benchmarks.GdeltMemoryReport 100000 1000000
 * }</pre>
 */
public final class GdeltMemoryReport {

  private GdeltMemoryReport() {}

  /**
   * Prints the memory table for each size given.
   *
   * @param args  the numbers of rows
   * @throws IOException if a temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%10s %12s %22s %18s %16s%n", "rows", "file MB", "streaming working KB",
        "story B/event", "read peak B/ev");
    for (String arg : args) {
      int n = Integer.parseInt(arg);
      Path file = Files.createTempFile("eventline-gdelt-memory-", ".export.CSV");
      try {
        GdeltFiles.writeEvents(file, n, 20240806L);
        measure(file, n);
      } finally {
        Files.delete(file);
      }
    }
  }

  private static void measure(Path file, int n) throws IOException {
    long before = MemoryReport.usedAfterGc();
    long[] halfway = {0, -1};
    try (InputStream in = Files.newInputStream(file)) {
      GdeltReader.readEventRows(in, file, BadRows.stop(), (ImportedRow row) -> {
        if (++halfway[0] == n / 2) {
          halfway[1] = MemoryReport.usedAfterGc();
        }
      });
    }
    long streaming = halfway[1] - before;

    before = MemoryReport.usedAfterGc();
    HeapPeaks.reset();
    Story story = GdeltReader.read(file, BadRows.stop());
    long peak = HeapPeaks.sum() - before;
    long retained = MemoryReport.usedAfterGc() - before;
    if (story.events().size() != n) {
      throw new IllegalStateException("The story lost events: " + story.events().size() + " of " + n);
    }
    System.out.printf(Locale.ROOT, "%10d %12.1f %22.1f %18d %16d%n", n, Files.size(file) / 1e6, streaming / 1e3,
        retained / n, peak / n);
  }
}
