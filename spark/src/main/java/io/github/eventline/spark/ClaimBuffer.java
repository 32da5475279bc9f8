package io.github.eventline.spark;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.ClaimAccumulator;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Verdict;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

/**
 * The aggregation buffer of {@link ClaimAggregator}: a {@link ClaimAccumulator} of one question of
 * one story, with what its verdict needs from the story (the claimants' reliabilities, the places
 * that the located places lie within) and the cells it was fed, from which Spark's serialization
 * rebuilds it.
 *
 * <p>Mutable, like the accumulator it wraps; not thread-safe. Created by the aggregator only.
 */
public final class ClaimBuffer implements Externalizable {

  private static final long serialVersionUID = 1L;

  private String story;
  private ClaimKey key;
  private ClaimAccumulator accumulator;
  private final List<Object[]> inputs = new ArrayList<>();
  private final Map<SourceId, Double> reliability = new HashMap<>();
  private final Map<PlaceId, PlaceId> within = new HashMap<>();

  /** Creates an empty buffer; public for Java serialization only. */
  public ClaimBuffer() {}

  /** Adds one row of {@link SparkReconciliation#inputSchema()}. */
  ClaimBuffer add(Row input) {
    Object[] values = new Object[QuestionRows.WIDTH];
    values[QuestionRows.STORY] = input.getString(QuestionRows.STORY);
    for (int i = QuestionRows.TYPE; i <= QuestionRows.MEASURE; i++) {
      values[i] = input.isNullAt(i) ? null : input.getString(i);
    }
    if (!input.isNullAt(QuestionRows.ASSERTION)) {
      Row a = input.getStruct(QuestionRows.ASSERTION);
      Object[] cells = new Object[a.length()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = a.get(i);
      }
      values[QuestionRows.ASSERTION] = cells;
      values[QuestionRows.SUPERSEDED_BY] = input.isNullAt(QuestionRows.SUPERSEDED_BY) ? null : input.getString(QuestionRows.SUPERSEDED_BY);
      values[QuestionRows.REVERSED] = input.getBoolean(QuestionRows.REVERSED);
      values[QuestionRows.RELIABILITY] = input.isNullAt(QuestionRows.RELIABILITY) ? null : input.getDouble(QuestionRows.RELIABILITY);
      values[QuestionRows.WITHIN] = input.isNullAt(QuestionRows.WITHIN) ? null : input.getList(QuestionRows.WITHIN).toArray(new String[0]);
      values[QuestionRows.IMPLIED] = input.getBoolean(QuestionRows.IMPLIED);
    }
    return add(values);
  }

  private ClaimBuffer add(Object[] values) {
    if (accumulator == null) {
      story = (String) values[QuestionRows.STORY];
      key = new ClaimKey(
          ClaimType.fromLabel((String) values[QuestionRows.TYPE]),
          EventId.of((String) values[QuestionRows.EVENT]),
          Optional.ofNullable((String) values[QuestionRows.OTHER]).map(EventId::of),
          Optional.ofNullable((String) values[QuestionRows.ACTOR]).map(ActorId::of),
          Optional.ofNullable((String) values[QuestionRows.MEASURE]));
      accumulator = ClaimAccumulator.of(key);
    }
    Object[] cells = (Object[]) values[QuestionRows.ASSERTION];
    if (cells == null) {
      return this;
    }
    Row row = new GenericRowWithSchema(cells, StoryRows.ASSERTION);
    Assertion assertion = StoryRows.assertion(row);
    Optional<TimeBounds> stated = TableCells.time(row, "stated", "assertion \"" + assertion.id() + "\"");
    String supersededBy = (String) values[QuestionRows.SUPERSEDED_BY];
    if ((Boolean) values[QuestionRows.IMPLIED]) {
      accumulator.addImplied(assertion, stated, Optional.ofNullable(supersededBy).map(AssertionId::of));
    } else {
      accumulator.add(assertion, stated, Optional.ofNullable(supersededBy).map(AssertionId::of),
          (Boolean) values[QuestionRows.REVERSED]);
    }
    Double r = (Double) values[QuestionRows.RELIABILITY];
    if (r != null) {
      reliability.put(assertion.source(), r);
    }
    String[] chain = (String[]) values[QuestionRows.WITHIN];
    if (chain != null) {
      for (int i = 0; i + 1 < chain.length; i++) {
        within.put(PlaceId.of(chain[i]), PlaceId.of(chain[i + 1]));
      }
    }
    inputs.add(values);
    return this;
  }

  /** Adds everything another buffer of the same question holds, with {@link ClaimAccumulator#merge}. */
  ClaimBuffer merge(ClaimBuffer other) {
    if (other.accumulator == null) {
      return this;
    }
    if (accumulator == null) {
      story = other.story;
      key = other.key;
      accumulator = ClaimAccumulator.of(key);
    } else if (!story.equals(other.story)) {
      throw new IllegalArgumentException(
          "Cannot merge the accumulation of " + other.key + " in story \"" + other.story + "\" into story \"" + story + "\"");
    }
    accumulator.merge(other.accumulator);
    inputs.addAll(other.inputs);
    reliability.putAll(other.reliability);
    within.putAll(other.within);
    return this;
  }

  /** Makes the verdict with {@link ClaimAccumulator#verdict}. */
  Verdict verdict(ReconciliationPolicy policy) {
    if (accumulator == null) {
      throw new IllegalStateException("No question was fed to this buffer: group the inputs by their question column");
    }
    return accumulator.verdict(policy, reliability, within);
  }

  String story() {
    return story;
  }

  /**
   * Writes the cells fed to this buffer.
   *
   * @param out  the output, not null
   * @throws IOException if it cannot be written
   */
  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeBoolean(accumulator != null);
    if (accumulator == null) {
      return;
    }
    Object[] question = new Object[QuestionRows.WIDTH];
    question[QuestionRows.STORY] = story;
    question[QuestionRows.TYPE] = key.type().label();
    question[QuestionRows.EVENT] = key.event().value();
    question[QuestionRows.OTHER] = key.other().map(EventId::value).orElse(null);
    question[QuestionRows.ACTOR] = key.actor().map(ActorId::value).orElse(null);
    question[QuestionRows.MEASURE] = key.measure().orElse(null);
    out.writeObject(question);
    out.writeInt(inputs.size());
    for (Object[] values : inputs) {
      out.writeObject(values);
    }
  }

  /**
   * Rebuilds the buffer from the cells written.
   *
   * @param in  the input, not null
   * @throws IOException if it cannot be read
   * @throws ClassNotFoundException if a class of the cells is missing
   */
  @Override
  public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
    if (!in.readBoolean()) {
      return;
    }
    add((Object[]) in.readObject());
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      add((Object[]) in.readObject());
    }
  }

  /**
   * Returns the question and the count.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return accumulator == null ? "ClaimBuffer[empty]" : "ClaimBuffer[" + story + ": " + accumulator + "]";
  }
}
