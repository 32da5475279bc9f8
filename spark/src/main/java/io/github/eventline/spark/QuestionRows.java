package io.github.eventline.spark;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of {@link SparkReconciliation#inputSchema()}: what {@link Reconciliation#feed} feeds
 * each question of a story, with what the verdict needs from the story. Not public, by design.
 */
final class QuestionRows {

  static final int STORY = 0;
  static final int QUESTION = 1;
  static final int TYPE = 2;
  static final int EVENT = 3;
  static final int OTHER = 4;
  static final int ACTOR = 5;
  static final int MEASURE = 6;
  static final int ASSERTION = 7;
  static final int SUPERSEDED_BY = 8;
  static final int REVERSED = 9;
  static final int RELIABILITY = 10;
  static final int WITHIN = 11;
  static final int IMPLIED = 12;
  static final int WIDTH = 13;

  static final StructType SCHEMA = StoryRows.struct(StoryRows.fields(
      TableCells.text(StoryRows.STORY), TableCells.text("question"), TableCells.text("claim_type"), TableCells.text("event"),
      TableCells.text("other"), TableCells.text("actor"), TableCells.text("measure"), TableCells.field("assertion", StoryRows.ASSERTION),
      TableCells.text("superseded_by"), TableCells.bool("reversed"), TableCells.number("reliability"),
      TableCells.field("within", DataTypes.createArrayType(DataTypes.StringType, false)), TableCells.bool("implied")));

  private QuestionRows() {}

  /** Returns a story's input rows, as {@link Reconciliation#feed} feeds them. */
  static List<Row> of(String name, Story story, ReconciliationPolicy policy) {
    List<Row> rows = new ArrayList<>();
    Reconciliation.feed(story, policy, new Reconciliation.Feed() {
      @Override
      public void question(ClaimKey key) {
        rows.add(RowFactory.create(values(name, key, null, null, false, null, null, false)));
      }

      @Override
      public void add(
          ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> supersededBy, boolean reversed) {
        rows.add(row(key, a, stated, supersededBy, reversed, false));
      }

      @Override
      public void implied(ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> supersededBy) {
        rows.add(row(key, a, stated, supersededBy, false, true));
      }

      private Row row(
          ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> supersededBy, boolean reversed,
          boolean implied) {
        List<Object> cells = new ArrayList<>();
        StoryRows.assertion(cells, a, stated);
        Row assertion = RowFactory.create(cells.toArray());
        Double reliability = story.source(a.source()).flatMap(s -> boxed(s)).orElse(null);
        List<String> chain = a.claim() instanceof Claim.Location l && !implied ? chain(story, l.place()) : null;
        return RowFactory.create(values(
            name, key, assertion, supersededBy.map(AssertionId::value).orElse(null), reversed, reliability, chain, implied));
      }
    });
    return rows;
  }

  private static Optional<Double> boxed(Source s) {
    return s.reliability().isPresent() ? Optional.of(s.reliability().getAsDouble()) : Optional.empty();
  }

  /** Returns a place and the places it lies within, innermost first. */
  private static List<String> chain(Story story, PlaceId place) {
    List<String> chain = new ArrayList<>();
    Set<PlaceId> seen = new HashSet<>();
    for (Optional<PlaceId> p = Optional.of(place); p.isPresent() && seen.add(p.get());
        p = story.place(p.get()).flatMap(Place::within)) {
      chain.add(p.get().value());
    }
    return chain;
  }

  private static Object[] values(
      String story, ClaimKey key, Row assertion, String supersededBy, boolean reversed, Double reliability,
      List<String> within, boolean implied) {
    Object[] values = new Object[WIDTH];
    values[STORY] = story;
    values[QUESTION] = questionKey(story, key);
    values[TYPE] = key.type().label();
    values[EVENT] = key.event().value();
    values[OTHER] = key.other().map(EventId::value).orElse(null);
    values[ACTOR] = key.actor().map(ActorId::value).orElse(null);
    values[MEASURE] = key.measure().orElse(null);
    values[ASSERTION] = assertion;
    values[SUPERSEDED_BY] = supersededBy;
    values[REVERSED] = reversed;
    values[RELIABILITY] = reliability;
    values[WITHIN] = within == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(within).toSeq();
    values[IMPLIED] = implied;
    return values;
  }

  /** Returns the text a question is grouped by: its story and key parts, each prefixed by its length. */
  static String questionKey(String story, ClaimKey key) {
    StringBuilder sb = new StringBuilder();
    part(sb, story);
    part(sb, key.type().label());
    part(sb, key.event().value());
    part(sb, key.other().map(EventId::value).orElse(""));
    part(sb, key.actor().map(ActorId::value).orElse(""));
    part(sb, key.measure().orElse(""));
    return sb.toString();
  }

  private static void part(StringBuilder sb, String text) {
    sb.append(text.length()).append(':').append(text);
  }
}
