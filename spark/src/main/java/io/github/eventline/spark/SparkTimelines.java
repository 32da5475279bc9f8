package io.github.eventline.spark;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Timelines of many stories on Spark, built in parallel, one story per task, with the ordinary
 * {@link Timeline#build(Story, ReconciliationPolicy)}.
 *
 * <p>For collections of many stories each of which fits one machine: a story's temporal network is
 * solved whole on one executor, so the number of stories scales, the size of one story does not.
 * A story is any group of rows the user chooses, see {@link StoryDatasets#groupedBy(String)}: per
 * actor, place or topic as well as per article cluster.
 *
 * <p>Threads: every task runs on its own thread. {@link #timelines} builds each timeline with
 * {@code Timeline.builder(story).policy(policy).executor(Runnable::run)}, so that the parts of a
 * large story's build that would go to the common pool run on the task's thread, within Spark's
 * task slots; {@link #verdicts} and {@link SparkReconciliation} use no other thread.
 *
 * <pre>{@code
 * SparkTimelines.timelines(tables, ReconciliationPolicy.defaults()).write().parquet("data/timelines");
 * }</pre>
 */
public final class SparkTimelines {

  private SparkTimelines() {}

  /**
   * Returns the schema of the timeline rows: {@code story}, {@code position} (0 for the first event
   * in timeline order), {@code event}, {@code type}, {@code summary}, the {@code status} and
   * {@code confidence} of its occurred verdict, and its derived bounds as the six columns of a time
   * named {@code derived}.
   *
   * @return the schema, not null
   */
  public static StructType timelineSchema() {
    return VerdictRows.TIMELINE;
  }

  /**
   * Builds the timeline of every story.
   *
   * @param tables  the stories, not null
   * @param policy  the policy each story is reconciled with, not null
   * @return the rows of {@link #timelineSchema()}, not null
   */
  public static Dataset<Row> timelines(StoryDatasets tables, ReconciliationPolicy policy) {
    requireNonNull(tables, "tables");
    requireNonNull(policy, "policy");
    FlatMapGroupsFunction<String, Row, Row> build =
        (name, rows) -> VerdictRows.timeline(name, Timeline.builder(StoryDatasets.story(name, rows)).policy(policy)
            // the task's own thread: a Spark task does not take threads beside its slot
            .executor(Runnable::run).build()).iterator();
    return tables.byStory().flatMapGroups(build, Encoders.row(VerdictRows.TIMELINE));
  }

  /**
   * Reconciles every story whole on one executor, with {@code Reconciliation.of(story, policy)}:
   * every method, {@link ReconciliationPolicy.Method#SOURCE_TRUST} included. The verdicts are those
   * of {@code Timeline.build(story, policy).verdicts()}; no temporal network is built, and each task
   * runs on its own thread only.
   *
   * @param tables  the stories, not null
   * @param policy  the policy, not null
   * @return the rows of {@link SparkReconciliation#verdictSchema()}, not null
   */
  public static Dataset<Row> verdicts(StoryDatasets tables, ReconciliationPolicy policy) {
    requireNonNull(tables, "tables");
    requireNonNull(policy, "policy");
    FlatMapGroupsFunction<String, Row, Row> judge = (name, rows) -> {
      List<Row> out = new ArrayList<>();
      for (Verdict v : Reconciliation.of(StoryDatasets.story(name, rows), policy).verdicts()) {
        out.add(VerdictRows.of(name, v));
      }
      return out.iterator();
    };
    return tables.byStory().flatMapGroups(judge, Encoders.row(VerdictRows.SCHEMA));
  }
}
