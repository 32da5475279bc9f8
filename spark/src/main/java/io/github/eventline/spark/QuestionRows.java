package io.github.eventline.spark;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.ClaimAccumulator;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;

/**
 * The rows of {@link SparkReconciliation#inputSchema()}: what {@link Reconciliation#feed} feeds
 * each question of a story, with what the verdict needs from the story; and the verdict of one
 * question's rows. Not public, by design.
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

  /**
   * Returns a story's input rows, as {@link Reconciliation#feed} feeds them. An assertion fed to
   * several questions (a claim that implies occurrence, a relation read from both events) is made
   * into cells once, and so is each place's chain.
   */
  static List<Row> of(String name, Story story, ReconciliationPolicy policy) {
    List<Row> rows = new ArrayList<>();
    Map<Assertion, Cells> made = new IdentityHashMap<>();
    Map<PlaceId, Seq<String>> chains = new HashMap<>();
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
        Cells cells = made.get(a);
        if (cells == null || !cells.stated().equals(stated)) {
          Row assertion = StoryRows.assertion(new TableCells.RowBuilder(StoryRows.ASSERTION_CELLS), a, stated).build();
          cells = new Cells(stated, assertion, story.source(a.source()).flatMap(s -> boxed(s)).orElse(null));
          made.put(a, cells);
        }
        Seq<String> chain = a.claim() instanceof Claim.Location l && !implied
            ? chains.computeIfAbsent(l.place(), p -> scala.jdk.javaapi.CollectionConverters.asScala(chain(story, p)).toSeq())
            : null;
        return RowFactory.create(values(name, key, cells.assertion(), supersededBy.map(AssertionId::value).orElse(null),
            reversed, cells.reliability(), chain, implied));
      }
    });
    return rows;
  }

  /** The cells of an assertion as fed with a stated time, and its claimant's reliability. */
  private record Cells(Optional<TimeBounds> stated, Row assertion, Double reliability) {}

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
      Seq<String> within, boolean implied) {
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
    values[WITHIN] = within;
    values[IMPLIED] = implied;
    return values;
  }

  /**
   * Makes the verdict of one question from all its input rows, in any order, with the timeline
   * module's {@link ClaimAccumulator}: each assertion is read from its row once and added, and the
   * verdict is made once. The accumulator reads the assertions in a canonical order (claimant, then
   * assertion id), so the order of the rows does not matter. Linear in the number of rows.
   *
   * @param policy  the policy, not {@link ReconciliationPolicy.Method#SOURCE_TRUST}
   * @param rows  the rows of one question, at least one
   * @return the row of {@link SparkReconciliation#verdictSchema()}
   * @throws IllegalArgumentException if the rows belong to several stories or questions, naming
   *     both, or if an assertion's cells are not valid, naming it
   */
  static Row verdict(ReconciliationPolicy policy, Iterator<Row> rows) {
    Row first = rows.next();
    String story = first.getString(STORY);
    String question = first.getString(QUESTION);
    ClaimAccumulator accumulator = ClaimAccumulator.of(key(first));
    Map<SourceId, Double> reliability = new HashMap<>();
    Map<PlaceId, PlaceId> within = new HashMap<>();
    for (Row input = first; input != null; input = rows.hasNext() ? rows.next() : null) {
      if (input != first && !question.equals(input.getString(QUESTION))) {
        throw new IllegalArgumentException("Rows of question \"" + input.getString(QUESTION) + "\" of story \""
            + input.getString(STORY) + "\" are grouped with question \"" + question + "\" of story \"" + story
            + "\": group the input rows by their question column");
      }
      if (!input.isNullAt(ASSERTION)) {
        add(accumulator, input, reliability, within);
      }
    }
    return VerdictRows.of(story, accumulator.verdict(policy, reliability, within));
  }

  private static ClaimKey key(Row input) {
    return new ClaimKey(
        ClaimType.fromLabel(input.getString(TYPE)),
        EventId.of(input.getString(EVENT)),
        Optional.ofNullable(input.getString(OTHER)).map(EventId::of),
        Optional.ofNullable(input.getString(ACTOR)).map(ActorId::of),
        Optional.ofNullable(input.getString(MEASURE)));
  }

  /** Adds the assertion of a row, its claimant's reliability and its place's chain. */
  private static void add(
      ClaimAccumulator accumulator, Row input, Map<SourceId, Double> reliability, Map<PlaceId, PlaceId> within) {
    // Its stated columns hold the stated time that the story gave it, read as its own.
    Assertion assertion = StoryRows.assertion(input.getStruct(ASSERTION));
    Optional<TimeBounds> stated = assertion.stated();
    Optional<AssertionId> supersededBy = input.isNullAt(SUPERSEDED_BY)
        ? Optional.empty() : Optional.of(AssertionId.of(input.getString(SUPERSEDED_BY)));
    if (input.getBoolean(IMPLIED)) {
      accumulator.addImplied(assertion, stated, supersededBy);
    } else {
      accumulator.add(assertion, stated, supersededBy, input.getBoolean(REVERSED));
    }
    if (!input.isNullAt(RELIABILITY)) {
      reliability.put(assertion.source(), input.getDouble(RELIABILITY));
    }
    if (!input.isNullAt(WITHIN)) {
      List<String> chain = input.getList(WITHIN);
      for (int i = 0; i + 1 < chain.size(); i++) {
        within.put(PlaceId.of(chain.get(i)), PlaceId.of(chain.get(i + 1)));
      }
    }
  }

  /**
   * Returns the text a question is grouped by: its key parts and story, each prefixed by its length.
   * The event leads, since it tells most questions apart: sorting by the text then compares few
   * characters.
   */
  static String questionKey(String story, ClaimKey key) {
    StringBuilder sb = new StringBuilder();
    part(sb, key.event().value());
    part(sb, key.type().label());
    part(sb, key.other().map(EventId::value).orElse(""));
    part(sb, key.actor().map(ActorId::value).orElse(""));
    part(sb, key.measure().orElse(""));
    part(sb, story);
    return sb.toString();
  }

  private static void part(StringBuilder sb, String text) {
    sb.append(text.length()).append(':').append(text);
  }
}
