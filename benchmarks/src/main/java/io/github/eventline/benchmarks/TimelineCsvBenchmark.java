package io.github.eventline.benchmarks;

import io.github.eventline.core.Event;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * CSV export of {@code timeline.csv}: {@link CsvTables#writeTimeline} of the timeline of a
 * {@code size}-event story ({@link StoryShape#file(int)}) to a null sink against Jackson's CSV
 * generator writing the same eighteen columns of the same rows, cell by cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineCsvBenchmark {

  private static final String[] COLUMNS = {
    "position", "id", "type", "summary", "status", "confidence",
    "stated_label", "stated_precision", "stated_earliest_start", "stated_latest_start", "stated_earliest_end",
    "stated_latest_end",
    "derived_label", "derived_precision", "derived_earliest_start", "derived_latest_start", "derived_earliest_end",
    "derived_latest_end"
  };

  private static final CsvMapper CSV = CsvMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  /** The number of events in the story. */
  @Param("1000")
  public int size;

  private Timeline timeline;

  /** Creates the benchmark; JMH and the tests call it. */
  public TimelineCsvBenchmark() {}

  /** Generates the story and builds its timeline. */
  @Setup(Level.Trial)
  public void setUp() {
    timeline = Timeline.build(SyntheticStories.generate(StoryShape.file(size)));
  }

  /** Returns the timeline written. @return the timeline */
  public Timeline timeline() {
    return timeline;
  }

  /**
   * Writes {@code timeline.csv} with Eventline.
   *
   * @return the sink, holding the number of bytes written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public NullSink library() throws IOException {
    NullSink sink = new NullSink();
    CsvTables.writeTimeline(timeline, sink, CsvOptions.defaults());
    return sink;
  }

  /**
   * Writes the same rows with Jackson's CSV generator.
   *
   * @return the sink, holding the number of bytes written
   */
  @Benchmark
  public NullSink baseline() {
    NullSink sink = new NullSink();
    write(timeline, sink);
    return sink;
  }

  /**
   * Writes the timeline table plainly: the same cells as {@code timeline.csv}, without the formula
   * guard (the generated stories do not need it).
   *
   * @param timeline  the timeline
   * @param out  the stream
   */
  static void write(Timeline timeline, OutputStream out) {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : COLUMNS) {
      schema.addColumn(column);
    }
    try (JsonGenerator g = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n")).createGenerator(out)) {
      int position = 0;
      for (Event e : timeline.events()) {
        Verdict occurrence = timeline.occurrence(e.id());
        g.writeStartArray();
        g.writeNumber(Integer.toString(++position));
        g.writeString(e.id().value());
        g.writeString(e.type().value());
        g.writeString(e.summary());
        g.writeString(occurrence.status().name());
        g.writeNumber(BigDecimal.valueOf(occurrence.confidence()).setScale(6, RoundingMode.HALF_EVEN)
            .stripTrailingZeros().toPlainString());
        CsvExportBenchmark.writeTime(g, JsonExportBenchmark.stated(timeline, e));
        CsvExportBenchmark.writeTime(g, timeline.derivedBounds(e.id()));
        g.writeEndArray();
      }
    }
  }
}
