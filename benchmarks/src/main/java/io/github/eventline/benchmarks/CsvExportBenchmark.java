package io.github.eventline.benchmarks;

import io.github.eventline.core.Event;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
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
 * CSV export: {@link CsvTables#writeEvents} of a {@code size}-event story to a null sink against
 * Jackson's CSV generator writing the same fifteen columns of the same events, cell by cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvExportBenchmark {

  private static final String[] EVENT_COLUMNS = {
    "id", "type", "code_scheme", "code", "summary", "when_label", "when_precision", "when_earliest_start",
    "when_latest_start", "when_earliest_end", "when_latest_end", "place", "participants", "part_of"
  };

  private static final CsvMapper CSV = CsvMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  /** The number of events in the story. */
  @Param("1000")
  public int size;

  private Story story;

  /** Creates the benchmark; JMH and the tests call it. */
  public CsvExportBenchmark() {}

  /** Generates the story. */
  @Setup(Level.Trial)
  public void setUp() {
    story = SyntheticStories.generate(StoryShape.file(size));
  }

  /**
   * Writes {@code events.csv} with Eventline.
   *
   * @return the sink, holding the number of bytes written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public NullSink library() throws IOException {
    NullSink sink = new NullSink();
    CsvTables.writeEvents(story, sink, CsvOptions.defaults());
    return sink;
  }

  /**
   * Writes the same rows with Jackson's CSV generator.
   *
   * @return the sink, holding the number of bytes written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public NullSink baseline() throws IOException {
    NullSink sink = new NullSink();
    writeEvents(story, sink);
    return sink;
  }

  /**
   * Writes the events table plainly: the same cells as {@code events.csv}, without the formula
   * guard or the escaping of multi-valued cells (the generated stories need neither).
   *
   * @param story  the story
   * @param out  the stream
   */
  static void writeEvents(Story story, OutputStream out) {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : EVENT_COLUMNS) {
      schema.addColumn(column);
    }
    try (JsonGenerator g = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n")).createGenerator(out)) {
      for (Event e : story.events()) {
        g.writeStartArray();
        g.writeString(e.id().value());
        g.writeString(e.type().value());
        text(g, e.code().isPresent() ? e.code().get().scheme() : null);
        text(g, e.code().isPresent() ? e.code().get().code() : null);
        g.writeString(e.summary());
        writeTime(g, e.when().orElse(null));
        text(g, e.place().isPresent() ? e.place().get().value() : null);
        StringBuilder participants = new StringBuilder();
        for (Participant p : e.participants()) {
          if (participants.length() > 0) {
            participants.append('|');
          }
          participants.append(p.actor().value()).append(':').append(p.role().value());
        }
        g.writeString(participants.toString());
        text(g, e.partOf().isPresent() ? e.partOf().get().value() : null);
        g.writeEndArray();
      }
    }
  }

  static void text(JsonGenerator g, String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  static void writeTime(JsonGenerator g, TimeBounds when) {
    if (when == null) {
      for (int i = 0; i < 6; i++) {
        g.writeNull();
      }
      return;
    }
    g.writeString(when.label());
    g.writeString(when.precision().name().toLowerCase(Locale.ROOT));
    writeInstant(g, when.earliestStart());
    writeInstant(g, when.latestStart());
    writeInstant(g, when.earliestEnd());
    writeInstant(g, when.latestEnd());
  }

  private static void writeInstant(JsonGenerator g, Instant instant) {
    if (instant.equals(Instant.MIN) || instant.equals(Instant.MAX)) {
      g.writeNull();
    } else {
      g.writeString(instant.toString());
    }
  }
}
