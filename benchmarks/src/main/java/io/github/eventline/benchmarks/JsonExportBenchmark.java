package io.github.eventline.benchmarks;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.timeline.LinkConflict;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
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
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON export: {@link TimelineJson#write(Timeline, Optional, OutputStream)} of the timeline of a
 * {@code size}-event story ({@link StoryShape#file(int)}) to a null sink, against an independent
 * baseline: the document built as a Jackson databind tree from the timeline's public API, field by
 * field as {@code docs/format.md} specifies format {@code eventline-timeline/1}, and written by
 * databind's {@link ObjectWriter} with the default pretty printer. The baseline shares no code with
 * the library's writer; {@code ExportBenchmarksAgreeTest} checks that both give the same JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonExportBenchmark {

  private static final ObjectWriter WRITER = JsonMapper.builder(
          JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
      .build().writerWithDefaultPrettyPrinter();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Verdicts "sorted by event, then by claim type, other, actor and measure" (docs/format.md). */
  private static final Comparator<Verdict> VERDICT_ORDER = Comparator
      .comparing((Verdict v) -> v.key().event().value())
      .thenComparing(v -> v.key().type())
      .thenComparing(v -> v.key().other().map(EventId::value).orElse(""))
      .thenComparing(v -> v.key().actor().map(Object::toString).orElse(""))
      .thenComparing(v -> v.key().measure().orElse(""));

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
   * Builds the same document as a databind tree and writes it.
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
   * Writes a timeline as a databind tree, pretty-printed by Jackson's default printer.
   *
   * @param timeline  the timeline
   * @param out  the stream, left open
   */
  static void write(Timeline timeline, OutputStream out) {
    WRITER.writeValue(out, tree(timeline));
  }

  /**
   * Builds the document of a timeline as docs/format.md specifies it, without {@code asOf}.
   *
   * @param timeline  the timeline
   * @return the document
   */
  static ObjectNode tree(Timeline timeline) {
    ObjectNode root = NODES.objectNode();
    root.put("format", "eventline-timeline/1");
    root.putNull("asOf");
    ArrayNode events = root.putArray("events");
    for (Event e : timeline.events()) {
      ObjectNode event = events.addObject();
      event.put("id", e.id().value());
      event.put("type", e.type().value());
      event.put("summary", e.summary());
      event.put("status", timeline.occurrence(e.id()).status().name());
      event.set("stated", bounds(stated(timeline, e)));
      event.set("derived", bounds(timeline.derivedBounds(e.id())));
    }
    ArrayNode verdicts = root.putArray("verdicts");
    List<Verdict> sorted = new ArrayList<>(timeline.verdicts());
    sorted.sort(VERDICT_ORDER);
    for (Verdict v : sorted) {
      verdicts.add(verdict(v));
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (TemporalConflict c : timeline.conflicts()) {
      conflicts.add(conflict(c));
    }
    for (LinkConflict c : timeline.linkConflicts()) {
      conflicts.add(conflict(timeline, c));
    }
    return root;
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

  /** A bounds object: always the same six fields, null where unbounded or absent. */
  private static ObjectNode bounds(TimeBounds b) {
    ObjectNode node = NODES.objectNode();
    node.put("earliestStart", b == null ? null : instant(b.earliestStart()));
    node.put("latestStart", b == null ? null : instant(b.latestStart()));
    node.put("earliestEnd", b == null ? null : instant(b.earliestEnd()));
    node.put("latestEnd", b == null ? null : instant(b.latestEnd()));
    node.put("label", b == null ? null : b.label());
    node.put("precision",
        b == null || b.precision() == Precision.NONE ? null : b.precision().name().toLowerCase(Locale.ROOT));
    return node;
  }

  private static String instant(Instant instant) {
    return instant.equals(Instant.MIN) || instant.equals(Instant.MAX) ? null : instant.toString();
  }

  /** Six decimal places, half even. */
  private static double rounded(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static ObjectNode verdict(Verdict v) {
    ClaimKey key = v.key();
    ObjectNode node = NODES.objectNode();
    node.put("claim", key.type().label());
    node.put("event", key.event().value());
    key.other().ifPresent(other -> node.put("other", other.value()));
    key.actor().ifPresent(actor -> node.put("actor", actor.value()));
    key.measure().ifPresent(measure -> node.put("measure", measure));
    node.put("status", v.status().name());
    node.put("confidence", rounded(v.confidence()));
    node.set("value", value(v));
    node.set("support", ids(v.support()));
    node.set("opposition", ids(v.opposition()));
    node.set("superseded", ids(v.superseded()));
    ArrayNode explanation = node.putArray("explanation");
    for (Weighed w : v.explanation()) {
      ObjectNode weighed = explanation.addObject();
      weighed.put("assertion", w.assertion().value());
      weighed.put("source", w.source().value());
      weighed.put("stance", w.stance().name().toLowerCase(Locale.ROOT));
      weighed.put("weight", rounded(w.weight()));
      weighed.put("counted", w.isCounted());
      weighed.put("reason", w.reason());
    }
    return node;
  }

  /** The value held, by claim type (the table "value by claim type" of docs/format.md). */
  private static tools.jackson.databind.JsonNode value(Verdict v) {
    ClaimType type = v.key().type();
    if (type == ClaimType.OCCURRED || type == ClaimType.SAME_AS) {
      if (v.status().isAccepted()) {
        return NODES.booleanNode(true);
      }
      return v.status() == VerdictStatus.REFUTED ? NODES.booleanNode(false) : NODES.nullNode();
    }
    Claim claim = v.value().orElse(null);
    if (claim instanceof Claim.Timing t) {
      return bounds(t.when());
    } else if (claim instanceof Claim.Location l) {
      return NODES.stringNode(l.place().value());
    } else if (claim instanceof Claim.Participation p) {
      return NODES.stringNode(p.role().value());
    } else if (claim instanceof Claim.Quantity q) {
      ObjectNode range = NODES.objectNode();
      range.put("low", Double.isInfinite(q.low()) ? null : q.low());
      range.put("high", Double.isInfinite(q.high()) ? null : q.high());
      range.put("unit", q.unit().orElse(null));
      range.put("approximate", q.approximate());
      if (q.uncertainty().isPresent()) {
        range.put("uncertainty", q.uncertainty().getAsDouble());
      }
      return range;
    } else if (claim instanceof Claim.Relation r) {
      ArrayNode relations = NODES.arrayNode();
      for (IntervalRelation relation : r.relations()) {
        relations.add(relation.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      return relations;
    }
    return NODES.nullNode();
  }

  private static ArrayNode ids(Collection<?> ids) {
    ArrayNode array = NODES.arrayNode();
    for (Object id : ids) {
      array.add(id.toString());
    }
    return array;
  }

  private static ObjectNode conflict(TemporalConflict c) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", "temporal");
    node.put("message", c.message());
    node.set("events", ids(c.events()));
    node.set("assertions", ids(c.assertions()));
    node.set("sources", ids(c.sources()));
    node.set("setAside", ids(c.setAside()));
    node.set("setAsideDates", ids(c.setAsideDates()));
    ArrayNode cycle = node.putArray("cycle");
    for (TemporalConstraint constraint : c.cycle()) {
      ObjectNode step = cycle.addObject();
      step.put("constraint", constraint.description());
      step.put("basis", constraint.basis());
      step.set("events", ids(constraint.events()));
      step.set("assertions", ids(constraint.assertions()));
    }
    return node;
  }

  /** A link conflict: the question's events, the two linked assertions and their sources, sorted. */
  private static ObjectNode conflict(Timeline timeline, LinkConflict c) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", "link");
    node.put("message", c.message());
    TreeSet<String> events = new TreeSet<>();
    events.add(c.question().event().value());
    c.question().other().ifPresent(other -> events.add(other.value()));
    node.set("events", ids(events));
    TreeSet<String> assertions = new TreeSet<>(List.of(c.assertion().value(), c.linked().value()));
    node.set("assertions", ids(assertions));
    TreeSet<String> sources = new TreeSet<>();
    for (AssertionId id : List.of(c.assertion(), c.linked())) {
      timeline.story().assertion(id).ifPresent(a -> sources.add(a.source().value()));
    }
    node.set("sources", ids(sources));
    node.set("setAside", ids(List.of()));
    node.set("setAsideDates", ids(List.of()));
    node.putArray("cycle");
    return node;
  }
}
