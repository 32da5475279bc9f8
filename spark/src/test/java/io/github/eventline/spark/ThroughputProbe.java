package io.github.eventline.spark;

import static org.apache.spark.sql.functions.col;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Measures the distributed reconciliation in local mode, on a generated story, against the same
 * work on one thread in memory and against Spark grouping the same rows without reconciling them.
 * Not a test: run it by hand, see the README's Spark section.
 *
 * <p>Each round times, in this JVM:
 * <ul>
 *   <li>{@code Reconciliation.of(story)} on this thread (feeding and judging), and again with the
 *       row of each verdict made, explanation included, as Spark's output holds them: the same
 *       work as Spark's, to which the ratios compare;
 *   <li>the second stage on this thread in memory: the fed input rows grouped by question in a
 *       hash map and each question judged by {@code QuestionRows.verdict}, the function the Spark
 *       tasks run;
 *   <li>Spark grouping the fed rows by question with nothing judged (the same {@code groupBy},
 *       {@code as} and {@code mapGroups}, counting each question's rows): what Spark itself costs;
 *   <li>Spark's second stage on the same cached rows ({@code SparkReconciliation.verdicts(inputs)});
 *   <li>Spark's two stages from the story tables ({@code SparkReconciliation.verdicts(tables)});
 *   <li>and the first stage on this thread in memory: the story rebuilt from its rows and fed.
 * </ul>
 * The tables and the fed rows are read from Parquet files written in a temporary directory first.
 * Per-core throughput divides by the cores of the master ({@code local[N]}). Each round also prints
 * the CPU time the JVM used in each step (all threads, Spark's own included), which other work on a
 * shared machine does not inflate as it does the time on the clock.
 *
 * <pre>
 * java [Spark's JVM options] -cp ... io.github.eventline.spark.ThroughputProbe local[1] 100000 3
 * </pre>
 */
final class ThroughputProbe {

  private ThroughputProbe() {}

  public static void main(String[] args) throws IOException {
    String master = args.length > 0 ? args[0] : "local[2]";
    int assertions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int cores = cores(master);
    Story story = Stories.generated(0x5EED_100_000L, Math.max(10, assertions / 50), assertions);
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    SparkSession spark = SparkSession.builder().master(master).appName("eventline-throughput")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      // Read from Parquet, as a job reads its tables: a DataFrame made from a list in memory holds
      // every row in its plan, which Spark's planner hashes and copies at each query.
      Path dir = Files.createTempDirectory("eventline-throughput");
      StoryDatasets.of(spark, Map.of("generated", story)).write(dir.resolve("stories").toString(), StoryDatasets.Format.PARQUET);
      StoryDatasets tables = StoryDatasets.read(spark, dir.resolve("stories").toString(), StoryDatasets.Format.PARQUET);
      List<Row> fed = QuestionRows.of("generated", story, policy);
      spark.createDataFrame(fed, SparkReconciliation.inputSchema()).repartition(4 * cores).write()
          .parquet(dir.resolve("inputs").toString());
      Dataset<Row> inputs = spark.read().parquet(dir.resolve("inputs").toString()).cache();
      inputs.count();
      List<Row> storyRows = groupedRows("generated", story);
      System.out.printf(Locale.ROOT, "%s, %d assertions, %d input rows; assertions/s per core%n", master, assertions,
          fed.size());
      for (int round = 0; round < rounds; round++) {
        long[] cpu = new long[8];
        long s0 = System.nanoTime();
        cpu[0] = cpuTime();
        int firstStage = QuestionRows.of("generated", StoryDatasets.story("generated", storyRows.iterator()), policy).size();
        long r0 = System.nanoTime();
        cpu[1] = cpuTime();
        int bare = Reconciliation.of(story, policy).verdicts().size();
        long t0 = System.nanoTime();
        cpu[2] = cpuTime();
        verdictRows(story, policy);
        long t1 = System.nanoTime();
        cpu[3] = cpuTime();
        int inMemory = secondStageInMemory(fed, policy);
        long t2 = System.nanoTime();
        cpu[4] = cpuTime();
        long grouped = plainGrouping(inputs);
        long t3 = System.nanoTime();
        cpu[5] = cpuTime();
        long judged = SparkReconciliation.verdicts(inputs, policy).count();
        long t4 = System.nanoTime();
        cpu[6] = cpuTime();
        long all = SparkReconciliation.verdicts(tables, policy).count();
        long t5 = System.nanoTime();
        cpu[7] = cpuTime();
        System.out.printf(Locale.ROOT, "round %d: first stage one thread in memory %s (%d rows)"
                + " | Reconciliation.of one thread %s (%d verdicts), with their rows %s"
                + " | second stage one thread in memory %s (%d)"
                + " | Spark plain grouping %s (%d groups)"
                + " | Spark second stage %s (%d) ratio to Reconciliation.of per core %.2f, to plain grouping %.2f"
                + " | Spark both stages %s (%d) ratio per core %.2f%n",
            round, figure(r0 - s0, assertions, 1), firstStage, figure(t0 - r0, assertions, 1), bare,
            figure(t1 - t0, assertions, 1), figure(t2 - t1, assertions, 1), inMemory,
            figure(t3 - t2, assertions, cores), grouped,
            figure(t4 - t3, assertions, cores), judged, (double) (t4 - t3) * cores / (t1 - t0),
            (double) (t4 - t3) / (t3 - t2),
            figure(t5 - t4, assertions, cores), all, (double) (t5 - t4) * cores / (t1 - t0));
        System.out.printf(Locale.ROOT, "round %d, CPU seconds of this JVM: first stage in memory %.2f"
                + " | Reconciliation.of %.2f, with their rows %.2f | second stage in memory %.2f | Spark plain grouping %.2f"
                + " | Spark second stage %.2f, ratio to Reconciliation.of with rows %.2f | Spark both stages %.2f, ratio %.2f%n",
            round, (cpu[1] - cpu[0]) / 1e9, (cpu[2] - cpu[1]) / 1e9, (cpu[3] - cpu[2]) / 1e9, (cpu[4] - cpu[3]) / 1e9,
            (cpu[5] - cpu[4]) / 1e9, (cpu[6] - cpu[5]) / 1e9, (double) (cpu[6] - cpu[5]) / (cpu[3] - cpu[2]),
            (cpu[7] - cpu[6]) / 1e9, (double) (cpu[7] - cpu[6]) / (cpu[3] - cpu[2]));
      }
    } finally {
      spark.stop();
    }
  }

  /** Returns a story's rows as the first stage's tasks read them: one table's struct per row. */
  private static List<Row> groupedRows(String name, Story story) {
    List<Row> rows = new ArrayList<>();
    story.events().forEach(e -> rows.add(grouped(name, 1, StoryRows.event(name, e))));
    story.actors().forEach(a -> rows.add(grouped(name, 2, StoryRows.actor(name, a))));
    story.places().forEach(p -> rows.add(grouped(name, 3, StoryRows.place(name, p))));
    story.sources().forEach(s -> rows.add(grouped(name, 4, StoryRows.source(name, s))));
    story.assertions().forEach(a -> rows.add(grouped(name, 5, StoryRows.assertion(name, a, story.statedTime(a)))));
    return rows;
  }

  /** Returns a row of the grouped schema holding a stored table row, its story column dropped, at a position. */
  private static Row grouped(String name, int position, Row stored) {
    Object[] table = new Object[stored.length() - 1];
    for (int i = 0; i < table.length; i++) {
      table[i] = stored.get(i + 1);
    }
    StructType schema = (StructType) StoryDatasets.GROUPED.fields()[position].dataType();
    Object[] cells = new Object[StoryDatasets.GROUPED.size()];
    cells[0] = name;
    cells[position] = new GenericRowWithSchema(table, schema);
    return new GenericRowWithSchema(cells, StoryDatasets.GROUPED);
  }

  /** Reconciles the story and makes the row of each verdict, as Spark's output holds them. */
  private static int verdictRows(Story story, ReconciliationPolicy policy) {
    int rows = 0;
    for (Verdict v : Reconciliation.of(story, policy).verdicts()) {
      rows += VerdictRows.of("generated", v).length() > 0 ? 1 : 0;
    }
    return rows;
  }

  /** Judges every question of the fed rows on this thread, as each Spark task does for its own. */
  private static int secondStageInMemory(List<Row> fed, ReconciliationPolicy policy) {
    Map<String, List<Row>> questions = new HashMap<>();
    for (Row r : fed) {
      questions.computeIfAbsent(r.getString(QuestionRows.QUESTION), k -> new ArrayList<>()).add(r);
    }
    int verdicts = 0;
    for (List<Row> rows : questions.values()) {
      QuestionRows.verdict(policy, rows.iterator());
      verdicts++;
    }
    return verdicts;
  }

  /** Groups the rows by question as the second stage does, and only counts each question's rows. */
  private static long plainGrouping(Dataset<Row> inputs) {
    MapGroupsFunction<String, Row, Integer> count = (question, rows) -> {
      int n = 0;
      while (rows.hasNext()) {
        rows.next();
        n++;
      }
      return n;
    };
    return inputs.groupBy(col("question")).as(Encoders.STRING(), Encoders.row(SparkReconciliation.inputSchema()))
        .mapGroups(count, Encoders.INT()).count();
  }

  /**
   * Returns the CPU time this JVM has used, all its threads together: on a machine shared with other
   * work, it counts what the job costs, where the time on the clock also counts the waiting.
   */
  private static long cpuTime() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String figure(long nanos, int assertions, int cores) {
    return String.format(Locale.ROOT, "%.2f s = %,.0f/s", nanos / 1e9, assertions / (nanos / 1e9) / cores);
  }

  private static int cores(String master) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+)]").matcher(master);
    return m.matches() ? Integer.parseInt(m.group(1)) : Runtime.getRuntime().availableProcessors();
  }
}
