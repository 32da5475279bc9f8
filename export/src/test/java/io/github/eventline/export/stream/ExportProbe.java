package io.github.eventline.export.stream;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Run in its own JVM by {@link StreamingExportTest}: builds a large timeline, then fills the heap
 * with ballast so that only a fixed number of megabytes stay free, then exports the timeline as
 * JSON and as the three timeline CSV tables to a stream that only counts bytes. An export that held
 * its output, or a copy of the timeline, runs out of memory.
 *
 * <p>Arguments: events, free megabytes. Prints {@code events, retained MB, free MB, JSON bytes,
 * CSV bytes} on one line and exits 0; exits 3 on {@link OutOfMemoryError}. With
 * {@code -Drelations=true} each event but one in 64 is stated to precede the next. Build and
 * export times go to stderr.
 */
public final class ExportProbe {

  private static final boolean RELATIONS = Boolean.getBoolean("relations");

  private ExportProbe() {}

  public static void main(String[] args) throws IOException {
    int events = Integer.parseInt(args[0]);
    long freeBytes = Long.parseLong(args[1]) << 20;
    long t0 = System.nanoTime();
    Timeline timeline = Timeline.build(story(events));
    System.err.println("built in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    Runtime rt = Runtime.getRuntime();
    long retained = used(rt);
    List<byte[]> ballast = new ArrayList<>();
    long free = rt.maxMemory() - retained;
    for (int pass = 0; pass < 4 && free > freeBytes + (1 << 20); pass++) {
      long chunks = (free - freeBytes) >> 20;
      for (long i = 0; i < chunks; i++) {
        ballast.add(new byte[(1 << 20) - 64]);
      }
      free = rt.maxMemory() - used(rt);
    }
    Counting json = new Counting();
    Counting csv = new Counting();
    try {
      TimelineJson.write(timeline, Optional.empty(), json);
      CsvTables.writeTimeline(timeline, csv, CsvOptions.defaults());
      CsvTables.writeVerdicts(timeline, csv, CsvOptions.defaults());
      CsvTables.writeConflicts(timeline, csv, CsvOptions.defaults());
      System.err.println("exported in " + (System.nanoTime() - t0) / 1_000_000 + " ms since start");
    } catch (OutOfMemoryError e) {
      ballast.clear();
      System.out.println("out of memory after " + json.count + " JSON bytes, " + csv.count + " CSV bytes");
      System.exit(3);
    }
    System.out.println(events + " " + (retained >> 20) + " " + (free >> 20) + " " + json.count + " " + csv.count);
  }

  private static long used(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * A story of {@code n} events over the days, one wire report of each, and each event before the
   * next: a chain that the timeline orders and dates.
   */
  static Story story(int n) {
    LocalDate first = LocalDate.of(1900, 1, 1);
    List<Event> list = new ArrayList<>(n);
    List<Assertion> assertions = new ArrayList<>(2 * n);
    for (int i = 0; i < n; i++) {
      EventId id = EventId.of(String.format("e%07d", i));
      Event.Builder b = Event.builder(id, "Event number " + i + " of a long generated story");
      if (i % 3 == 0) {
        b.when(TimeBounds.on(first.plusDays(i / 3)));
      }
      list.add(b.build());
      assertions.add(Assertion.builder("o" + i, "wire", new Claim.Occurred(id)).build());
      if (i % 64 != 0 && RELATIONS) {
        EventId previous = EventId.of(String.format("e%07d", i - 1));
        assertions.add(Assertion.builder("r" + i, "wire",
            Claim.Relation.of(previous, EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.MEETS), id)).build());
      }
    }
    return Story.builder()
        .source(Source.builder("wire", "A wire service").reliability(0.8).build())
        .events(list)
        .assertions(assertions)
        .build();
  }

  /** Counts the bytes written and keeps none. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
