package io.github.eventline.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.ClaimAccumulator;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reconciliation of many stories on Spark: the verdict on every question, judged on the executors
 * by the timeline module's {@link ClaimAccumulator}, equal to the verdicts of
 * {@code Reconciliation.of(story, policy)} (and so of {@code Timeline.build}) on one machine for
 * each story, whatever the partitioning.
 *
 * <p>Two stages. First each story's rows are brought together and fed as
 * {@link Reconciliation#feed} feeds them: the editor's assertions, supersession, and duplicate
 * events merged by the same-as verdicts, which need the whole story; this stage holds one story at
 * a time on an executor and scales with the number of stories. Then the input rows, one per
 * assertion, are grouped by question (story and claim key) and each question is judged by
 * {@link ClaimAccumulator}'s rules: this stage scales with the number of questions, however large
 * one story is.
 *
 * <pre>{@code
 * StoryDatasets tables = StoryDatasets.read(spark, "data/stories", StoryDatasets.Format.PARQUET);
 * SparkReconciliation.verdicts(tables, ReconciliationPolicy.defaults())
 *     .write().parquet("data/verdicts");
 * }</pre>
 *
 * <p>{@link ReconciliationPolicy.Method#SOURCE_TRUST} estimates each source's trust from every
 * verdict of its story in turns; it is refused here: use {@link SparkTimelines#verdicts}, which
 * reconciles each story whole on one executor.
 */
public final class SparkReconciliation {

  private SparkReconciliation() {}

  /**
   * Returns the schema of the input rows: {@code story}, {@code question} (the text grouped by),
   * the claim key ({@code claim_type, event, other, actor, measure}), the {@code assertion} (a
   * struct of the assertions table's columns, its stated columns holding the stated time that
   * reconciliation uses; null for a question no assertion answers), {@code superseded_by},
   * {@code reversed}, the claimant's {@code reliability} if the story gives one, and for a location
   * claim {@code within}, its place and the places that place lies within, and {@code implied}:
   * true where the assertion is a claim about the event (or a part of it) that implies the occurred
   * question it is fed to ({@code ClaimAccumulator.addImplied}).
   *
   * @return the schema, not null
   */
  public static StructType inputSchema() {
    return QuestionRows.SCHEMA;
  }

  /**
   * Returns the schema of the verdict rows: {@code story}, the claim key, {@code status},
   * {@code confidence}, the value held as {@code value_} followed by the claim columns of the
   * assertions table, {@code support}, {@code opposition} and {@code superseded} (lists of
   * assertion ids), and {@code explanation}, an array of each assertion's {@code assertion},
   * {@code source}, {@code stance}, {@code weight}, {@code counted}, {@code reliability},
   * {@code superseded_by} and {@code reason}, ordered by claimant then assertion id.
   *
   * @return the schema, not null
   */
  public static StructType verdictSchema() {
    return VerdictRows.SCHEMA;
  }

  /**
   * Returns the input rows of every question of every story: the first stage.
   *
   * @param tables  the stories, not null
   * @param policy  the policy the same-as claims are judged with, not null
   * @return the rows of {@link #inputSchema()}, not null
   * @throws IllegalArgumentException if the policy is {@link ReconciliationPolicy.Method#SOURCE_TRUST}
   */
  public static Dataset<Row> inputs(StoryDatasets tables, ReconciliationPolicy policy) {
    requireNonNull(tables, "tables");
    ReconciliationPolicy checked = checkPolicy(policy);
    FlatMapGroupsFunction<String, Row, Row> feed = (name, rows) -> {
      Story story = StoryDatasets.story(name, rows);
      Iterator<Row> inputs = QuestionRows.of(name, story, checked).iterator();
      return inputs;
    };
    return tables.byStory().flatMapGroups(feed, Encoders.row(QuestionRows.SCHEMA));
  }

  /**
   * Returns the verdicts of every question of every story.
   *
   * @param tables  the stories, not null
   * @param policy  the policy, not null
   * @return the rows of {@link #verdictSchema()}, not null
   * @throws IllegalArgumentException if the policy is {@link ReconciliationPolicy.Method#SOURCE_TRUST}
   */
  public static Dataset<Row> verdicts(StoryDatasets tables, ReconciliationPolicy policy) {
    return verdicts(inputs(tables, policy), policy);
  }

  /**
   * Returns the verdicts of the questions of some input rows: the second stage. The rows may be
   * spread over partitions in any way and in any order.
   *
   * <p>The rows are grouped by their {@code question} column ({@code groupBy} and
   * {@code mapGroups}: one shuffle of the rows as Spark holds them) and each question is judged
   * once, with all its rows, by the timeline module's {@code ClaimAccumulator}. Nothing is combined
   * before the shuffle, because a verdict's explanation names every assertion on its question: a
   * partial accumulation would ship the same assertions, and build and serialize them twice. A
   * question's rows must fit one task's memory, as they do on one machine.
   *
   * @param inputs  rows of {@link #inputSchema()}, as {@link #inputs} gives them, not null
   * @param policy  the policy, the one the inputs were made with, not null
   * @return the rows of {@link #verdictSchema()}, not null
   * @throws IllegalArgumentException if the policy is {@link ReconciliationPolicy.Method#SOURCE_TRUST}
   */
  public static Dataset<Row> verdicts(Dataset<Row> inputs, ReconciliationPolicy policy) {
    requireNonNull(inputs, "inputs");
    ReconciliationPolicy checked = checkPolicy(policy);
    MapGroupsFunction<String, Row, Row> judge = (question, rows) -> QuestionRows.verdict(checked, rows);
    return inputs
        .groupBy(col(QuestionRows.SCHEMA.fields()[QuestionRows.QUESTION].name()))
        .as(Encoders.STRING(), Encoders.row(QuestionRows.SCHEMA))
        .mapGroups(judge, Encoders.row(VerdictRows.SCHEMA));
  }

  /**
   * Returns verdict rows in a deterministic order: by story, claim type, event, other event, actor
   * and measure. For writing files that do not change from one run to the next.
   *
   * @param verdicts  rows of {@link #verdictSchema()}, not null
   * @return the ordered rows, not null
   */
  public static Dataset<Row> ordered(Dataset<Row> verdicts) {
    requireNonNull(verdicts, "verdicts");
    return verdicts.orderBy(col(StoryRows.STORY), col("event"), col("claim_type"), col("other").asc_nulls_first(),
        col("actor").asc_nulls_first(), col("measure").asc_nulls_first());
  }

  static ReconciliationPolicy checkPolicy(ReconciliationPolicy policy) {
    requireNonNull(policy, "policy");
    if (policy.method() == ReconciliationPolicy.Method.SOURCE_TRUST) {
      throw new IllegalArgumentException(
          "SOURCE_TRUST estimates trust from every verdict of a story in turns and cannot be judged question by question:"
              + " use SparkTimelines.verdicts, which reconciles each story on one executor");
    }
    return policy;
  }
}
