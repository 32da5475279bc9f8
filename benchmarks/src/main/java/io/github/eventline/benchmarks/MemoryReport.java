package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Measures memory: the retained heap of a story and of its timeline, per event, the peak heap while
 * building the timeline, and how much the heap grows while each writer exports the timeline or its
 * story. Retained sizes are the used heap after a full collection; the growth while exporting is
 * measured by a sink that collects and reads the used heap when half of the output has gone by.
 *
 * <pre>{@code
 * java -Xms8g -Xmx8g -cp benchmarks.jar io.github.eventline.benchmarks.MemoryReport 100000 1000000
 * }</pre>
 *
 * <p>The stories are those of the ordering workload ({@link StoryShape#ordering(int)}): {@code n}
 * events and {@code 2n} relations from 1,000 sources.
 */
public final class MemoryReport {

  /** An exporter under measurement. */
  interface Export {
    void write(Timeline timeline, OutputStream out) throws IOException;
  }

  private static final Map<String, Export> EXPORTS = new LinkedHashMap<>();

  static {
    EXPORTS.put("events.csv", (t, out) -> CsvTables.writeEvents(t.story(), out, CsvOptions.defaults()));
    EXPORTS.put("assertions.csv", (t, out) -> CsvTables.writeAssertions(t.story(), out, CsvOptions.defaults()));
    EXPORTS.put("story JSON", (t, out) -> StoryJson.write(t.story(), out));
    EXPORTS.put("timeline JSON", (t, out) -> TimelineJson.write(t, out));
    EXPORTS.put("timeline.csv", (t, out) -> CsvTables.writeTimeline(t, out, CsvOptions.defaults()));
    EXPORTS.put("verdicts.csv", (t, out) -> CsvTables.writeVerdicts(t, out, CsvOptions.defaults()));
  }

  private MemoryReport() {}

  /**
   * Prints the memory table for each size given.
   *
   * @param args  the numbers of events
   * @throws IOException never: the sinks do not fail
   */
  public static void main(String[] args) throws IOException {
    System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%10s %14s %14s %14s %16s  %s%n", "events", "story B/event", "timeline B/ev",
        "build peak MB", "build peak B/ev", "heap growth while exporting (MB at half the output)");
    for (String arg : args) {
      measure(Integer.parseInt(arg));
    }
  }

  private static void measure(int n) throws IOException {
    long empty = usedAfterGc();
    Story story = SyntheticStories.generate(StoryShape.ordering(n));
    long withStory = usedAfterGc();
    HeapPeaks.reset();
    Timeline timeline = Timeline.build(story);
    long peak = HeapPeaks.sum() - withStory;
    long withTimeline = usedAfterGc();
    StringBuilder growth = new StringBuilder();
    for (Map.Entry<String, Export> export : EXPORTS.entrySet()) {
      NullSink count = new NullSink();
      export.getValue().write(timeline, count);
      HalfwaySink sink = new HalfwaySink(count.count() / 2);
      export.getValue().write(timeline, sink);
      growth.append(String.format(Locale.ROOT, "%s %+.1f  ", export.getKey(), (sink.usedHalfway - withTimeline) / 1e6));
    }
    System.out.printf(Locale.ROOT, "%10d %14d %14d %14d %16d  %s%n", n, (withStory - empty) / n,
        (withTimeline - withStory) / n, peak >> 20, peak / n, growth);
    if (timeline.events().size() != n) {
      throw new IllegalStateException("The timeline lost events: " + timeline.events().size() + " of " + n);
    }
  }

  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /** Discards bytes; when half of them have gone by, collects and records the used heap. */
  private static final class HalfwaySink extends OutputStream {
    private final long halfway;
    private long count;
    private long usedHalfway = -1;

    HalfwaySink(long halfway) {
      this.halfway = halfway;
    }

    @Override
    public void write(int b) {
      add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      add(len);
    }

    private void add(long len) {
      count += len;
      if (usedHalfway < 0 && count >= halfway) {
        usedHalfway = usedAfterGc();
      }
    }
  }
}
