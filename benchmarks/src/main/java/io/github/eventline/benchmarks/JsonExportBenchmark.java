package io.github.eventline.benchmarks;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.TemporalConstraint;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import io.github.eventline.timeline.Weighed;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
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
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON export: {@link TimelineJson#write(Timeline, Optional, OutputStream)} of the timeline of a
 * {@code size}-event story ({@link StoryShape#file(int)}) to a null sink against a hand-written
 * Jackson streaming of the same fields: events with their stated and derived bounds, verdicts sorted
 * the same way with their support, opposition and explanation, conflicts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonExportBenchmark {

  private static final ObjectWriter JSON = JsonMapper.builder(
          JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
      .build().writer().withDefaultPrettyPrinter();

  private static final Comparator<Verdict> VERDICT_ORDER =
      Comparator.comparing((Verdict v) -> v.key().event().value()).thenComparing(Verdict::key);

  /** The number of events in the story. */
  @Param("1000")
  public int size;

  private Timeline timeline;

  /** Creates the benchmark; JMH and the tests call it. */
  public JsonExportBenchmark() {}

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
   * Writes the timeline JSON with Eventline.
   *
   * @return the sink, holding the number of bytes written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public NullSink library() throws IOException {
    NullSink sink = new NullSink();
    TimelineJson.write(timeline, Optional.empty(), sink);
    return sink;
  }

  /**
   * Writes the same fields with Jackson's streaming generator.
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
   * Writes a timeline plainly, pretty-printed by Jackson's default printer.
   *
   * @param timeline  the timeline
   * @param out  the stream
   */
  static void write(Timeline timeline, OutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("format", TimelineJson.FORMAT);
      g.writeNullProperty("asOf");
      g.writeArrayPropertyStart("events");
      for (Event e : timeline.events()) {
        g.writeStartObject();
        g.writeStringProperty("id", e.id().value());
        g.writeStringProperty("type", e.type().value());
        g.writeStringProperty("summary", e.summary());
        g.writeStringProperty("status", timeline.occurrence(e.id()).status().name());
        g.writeName("stated");
        bounds(g, stated(timeline, e));
        g.writeName("derived");
        bounds(g, timeline.derivedBounds(e.id()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("verdicts");
      Verdict[] verdicts = timeline.verdicts().toArray(new Verdict[0]);
      Arrays.sort(verdicts, VERDICT_ORDER);
      for (Verdict v : verdicts) {
        verdict(g, v);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("conflicts");
      for (TemporalConflict c : timeline.conflicts()) {
        conflict(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** The value of the event's accepted timing verdict, or null. */
  static TimeBounds stated(Timeline timeline, Event e) {
    ClaimKey key = new ClaimKey(ClaimType.TIMING, e.id(), Optional.empty(), Optional.empty(), Optional.empty());
    Optional<Verdict> verdict = timeline.reconciliation().verdict(key);
    if (verdict.isPresent() && verdict.get().isAccepted() && verdict.get().value().isPresent()
        && verdict.get().value().get() instanceof Claim.Timing t) {
      return t.when();
    }
    return null;
  }

  private static void bounds(JsonGenerator g, TimeBounds b) {
    g.writeStartObject();
    instant(g, "earliestStart", b == null ? null : b.earliestStart());
    instant(g, "latestStart", b == null ? null : b.latestStart());
    instant(g, "earliestEnd", b == null ? null : b.earliestEnd());
    instant(g, "latestEnd", b == null ? null : b.latestEnd());
    text(g, "label", b == null ? null : b.label());
    text(g, "precision", b == null || b.precision() == Precision.NONE ? null : b.precision().name().toLowerCase(Locale.ROOT));
    g.writeEndObject();
  }

  private static void instant(JsonGenerator g, String name, Instant instant) {
    text(g, name, instant == null || instant.equals(Instant.MIN) || instant.equals(Instant.MAX) ? null : instant.toString());
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      g.writeStringProperty(name, value);
    }
  }

  private static double rounded(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static void verdict(JsonGenerator g, Verdict v) {
    ClaimKey key = v.key();
    g.writeStartObject();
    g.writeStringProperty("claim", key.type().label());
    g.writeStringProperty("event", key.event().value());
    if (key.other().isPresent()) {
      g.writeStringProperty("other", key.other().get().value());
    }
    if (key.actor().isPresent()) {
      g.writeStringProperty("actor", key.actor().get().value());
    }
    if (key.measure().isPresent()) {
      g.writeStringProperty("measure", key.measure().get());
    }
    g.writeStringProperty("status", v.status().name());
    g.writeNumberProperty("confidence", rounded(v.confidence()));
    g.writeName("value");
    value(g, v);
    ids(g, "support", v.support());
    ids(g, "opposition", v.opposition());
    ids(g, "superseded", v.superseded());
    g.writeArrayPropertyStart("explanation");
    for (Weighed w : v.explanation()) {
      g.writeStartObject();
      g.writeStringProperty("assertion", w.assertion().value());
      g.writeStringProperty("source", w.source().value());
      g.writeStringProperty("stance", w.stance().name().toLowerCase(Locale.ROOT));
      g.writeNumberProperty("weight", rounded(w.weight()));
      g.writeBooleanProperty("counted", w.isCounted());
      g.writeStringProperty("reason", w.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Verdict v) {
    ClaimType type = v.key().type();
    if (type == ClaimType.OCCURRED || type == ClaimType.SAME_AS) {
      if (v.status().isAccepted()) {
        g.writeBoolean(true);
      } else if (v.status() == VerdictStatus.REFUTED) {
        g.writeBoolean(false);
      } else {
        g.writeNull();
      }
      return;
    }
    Claim claim = v.value().orElse(null);
    if (claim instanceof Claim.Timing t) {
      bounds(g, t.when());
    } else if (claim instanceof Claim.Location l) {
      g.writeString(l.place().value());
    } else if (claim instanceof Claim.Participation p) {
      g.writeString(p.role().value());
    } else if (claim instanceof Claim.Quantity q) {
      g.writeStartObject();
      g.writeNumberProperty("low", q.low());
      g.writeNumberProperty("high", q.high());
      text(g, "unit", q.unit().orElse(null));
      g.writeBooleanProperty("approximate", q.approximate());
      g.writeEndObject();
    } else if (claim instanceof Claim.Relation r) {
      g.writeStartArray();
      for (IntervalRelation relation : r.relations()) {
        g.writeString(relation.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      g.writeEndArray();
    } else {
      g.writeNull();
    }
  }

  private static void ids(JsonGenerator g, String name, Collection<?> ids) {
    g.writeArrayPropertyStart(name);
    for (Object id : ids) {
      g.writeString(id.toString());
    }
    g.writeEndArray();
  }

  private static void conflict(JsonGenerator g, TemporalConflict c) {
    g.writeStartObject();
    g.writeStringProperty("kind", "temporal");
    g.writeStringProperty("message", c.message());
    ids(g, "events", c.events());
    ids(g, "assertions", c.assertions());
    ids(g, "sources", c.sources());
    ids(g, "setAside", c.setAside());
    ids(g, "setAsideDates", c.setAsideDates());
    g.writeArrayPropertyStart("cycle");
    for (TemporalConstraint constraint : c.cycle()) {
      g.writeStartObject();
      g.writeStringProperty("constraint", constraint.description());
      g.writeStringProperty("basis", constraint.basis());
      ids(g, "events", constraint.events());
      ids(g, "assertions", constraint.assertions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
