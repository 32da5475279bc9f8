package io.github.eventline.spark;

import static java.util.Objects.requireNonNull;

import io.github.eventline.timeline.ClaimAccumulator;
import io.github.eventline.timeline.ReconciliationPolicy;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Reconciliation as a Spark {@link Aggregator}: accumulates the input rows of one question
 * ({@link SparkReconciliation#inputSchema()}) in a {@link ClaimAccumulator} and makes its verdict
 * with {@link ClaimAccumulator#verdict}, the timeline module's own rules. Partial accumulations of
 * any partitioning merge with {@link ClaimAccumulator#merge}, which is associative and commutative,
 * so the verdict does not depend on how the rows are spread.
 *
 * <pre>{@code
 * Dataset<Row> verdicts = inputs
 *     .groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())  // the question column
 *     .agg(new ClaimAggregator(policy).toColumn())
 *     .map((MapFunction<Tuple2<String, Row>, Row>) Tuple2::_2, Encoders.row(SparkReconciliation.verdictSchema()));
 * }</pre>
 *
 * <p>{@link SparkReconciliation#verdicts(Dataset, ReconciliationPolicy)} does exactly that.
 * Immutable; serializable with its policy.
 */
public final class ClaimAggregator extends Aggregator<Row, ClaimBuffer, Row> {

  private static final long serialVersionUID = 1L;

  /** The policy whose rules make each verdict; never {@link ReconciliationPolicy.Method#SOURCE_TRUST}. */
  private final ReconciliationPolicy policy;

  /**
   * Creates an aggregator that judges with a policy.
   *
   * @param policy  the policy, not {@link ReconciliationPolicy.Method#SOURCE_TRUST}, not null
   * @throws IllegalArgumentException if the policy estimates trust, which needs every verdict of a story
   */
  public ClaimAggregator(ReconciliationPolicy policy) {
    this.policy = SparkReconciliation.checkPolicy(policy);
  }

  /**
   * Returns an empty buffer.
   *
   * @return the buffer, not null
   */
  @Override
  public ClaimBuffer zero() {
    return new ClaimBuffer();
  }

  /**
   * Adds an input row to a buffer.
   *
   * @param buffer  the buffer, not null
   * @param input  a row of {@link SparkReconciliation#inputSchema()}, not null
   * @return the buffer, not null
   */
  @Override
  public ClaimBuffer reduce(ClaimBuffer buffer, Row input) {
    return buffer.add(requireNonNull(input, "input"));
  }

  /**
   * Merges two buffers of the same question.
   *
   * @param a  a buffer, not null
   * @param b  another buffer, not null
   * @return the merged buffer, not null
   */
  @Override
  public ClaimBuffer merge(ClaimBuffer a, ClaimBuffer b) {
    return a.merge(b);
  }

  /**
   * Makes the verdict of a question.
   *
   * @param buffer  the buffer, not null
   * @return a row of {@link SparkReconciliation#verdictSchema()}, not null
   */
  @Override
  public Row finish(ClaimBuffer buffer) {
    return VerdictRows.of(buffer.story(), buffer.verdict(policy));
  }

  /**
   * Returns the encoder of the buffers: Java serialization of the cells they were fed.
   *
   * @return the encoder, not null
   */
  @Override
  public Encoder<ClaimBuffer> bufferEncoder() {
    return Encoders.javaSerialization(ClaimBuffer.class);
  }

  /**
   * Returns the encoder of the verdict rows.
   *
   * @return the encoder, not null
   */
  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(VerdictRows.SCHEMA);
  }

  /**
   * Returns the policy's method.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ClaimAggregator[" + policy.method() + "]";
  }
}
