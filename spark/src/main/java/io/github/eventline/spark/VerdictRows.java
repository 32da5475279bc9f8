package io.github.eventline.spark;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The rows of verdicts and timelines. Not public, by design: the schemas are published where used. */
final class VerdictRows {

  /** The prefix of the columns of the value held, named after the claim's columns. */
  private static final String VALUE = "value_";

  /** One assertion of a verdict's explanation. */
  static final StructType WEIGHED = StoryRows.struct(StoryRows.fields(
      TableCells.text("assertion"), TableCells.text("source"), TableCells.text("stance"), TableCells.number("weight"),
      TableCells.bool("counted"), TableCells.number("reliability"), TableCells.text("superseded_by"), TableCells.text("reason")));

  static final StructType SCHEMA = StoryRows.struct(StoryRows.fields(
      TableCells.text(StoryRows.STORY), TableCells.text("claim_type"), TableCells.text("event"), TableCells.text("other"),
      TableCells.text("actor"), TableCells.text("measure"), TableCells.text("status"), TableCells.number("confidence"),
      prefixed(VALUE, StoryRows.CLAIM_PARTS), TableCells.text("support"), TableCells.text("opposition"),
      TableCells.text("superseded"),
      TableCells.field("explanation", DataTypes.createArrayType(WEIGHED, false))));

  static final StructType TIMELINE = StoryRows.struct(StoryRows.fields(
      TableCells.text(StoryRows.STORY), TableCells.field("position", DataTypes.IntegerType), TableCells.text("event"),
      TableCells.text("type"), TableCells.text("summary"), TableCells.text("status"), TableCells.number("confidence"),
      TableCells.time("derived")));

  private static final TableCells.Columns CELLS = TableCells.Columns.of(SCHEMA);

  private VerdictRows() {}

  private static List<StructField> prefixed(String prefix, List<StructField> fields) {
    List<StructField> named = new ArrayList<>();
    for (StructField f : fields) {
      named.add(TableCells.field(prefix + f.name(), f.dataType()));
    }
    return named;
  }

  /** Returns the row of a verdict. */
  static Row of(String story, Verdict v) {
    TableCells.RowBuilder c = new TableCells.RowBuilder(CELLS)
        .set(StoryRows.STORY, story)
        .set("claim_type", v.key().type().label())
        .set("event", v.key().event().value())
        .set("other", v.key().other().map(EventId::value).orElse(null))
        .set("actor", v.key().actor().map(ActorId::value).orElse(null))
        .set("measure", v.key().measure().orElse(null))
        .set("status", v.status().name())
        .set("confidence", v.confidence())
        .set("support", TableCells.join(v.support(), AssertionId::value))
        .set("opposition", TableCells.join(v.opposition(), AssertionId::value))
        .set("superseded", TableCells.join(v.superseded(), AssertionId::value));
    if (v.value().isPresent()) {
      StoryRows.claim(c, VALUE, v.value().get());
    }
    List<Row> explanation = new ArrayList<>();
    for (Weighed w : v.explanation()) {
      explanation.add(RowFactory.create(
          w.assertion().value(), w.source().value(), w.stance().name(), w.weight(), w.isCounted(), w.reliability(),
          w.supersededBy().map(AssertionId::value).orElse(null), w.reason()));
    }
    return c.set("explanation", scala.jdk.javaapi.CollectionConverters.asScala(explanation).toSeq()).build();
  }

  /** Returns the rows of a timeline: its events in order, with their occurrence and derived bounds. */
  static List<Row> timeline(String story, Timeline timeline) {
    List<Row> rows = new ArrayList<>();
    int position = 0;
    for (io.github.eventline.core.Event e : timeline.events()) {
      Verdict occurred = timeline.occurrence(e.id());
      List<Object> c = new ArrayList<>();
      c.add(story);
      c.add(position++);
      c.add(e.id().value());
      c.add(e.type().value());
      c.add(e.summary());
      c.add(occurred.status().name());
      c.add(occurred.confidence());
      TableCells.time(c, Optional.<TimeBounds>of(timeline.derivedBounds(e.id())));
      rows.add(RowFactory.create(c.toArray()));
    }
    return rows;
  }
}
