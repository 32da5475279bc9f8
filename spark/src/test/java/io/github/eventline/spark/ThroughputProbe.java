package io.github.eventline.spark;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the distributed reconciliation in local mode against {@code Reconciliation.of} on one
 * thread, on a generated story. Not a test: run it by hand, see the README's Spark section.
 *
 * <pre>
 * java [Spark's JVM options] -cp ... io.github.eventline.spark.ThroughputProbe local[1] 100000
 * </pre>
 */
final class ThroughputProbe {

  private ThroughputProbe() {}

  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    int assertions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Story story = Stories.generated(0x5EED_100_000L, Math.max(10, assertions / 50), assertions);
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    SparkSession spark = SparkSession.builder().master(master).appName("eventline-throughput")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      StoryDatasets tables = StoryDatasets.of(spark, Map.of("generated", story));
      List<Row> fed = QuestionRows.of("generated", story, policy);
      Dataset<Row> inputs = spark.createDataFrame(fed, SparkReconciliation.inputSchema()).repartition(8).cache();
      inputs.count();
      for (int round = 0; round < rounds; round++) {
        long t0 = System.nanoTime();
        int single = Reconciliation.of(story, policy).verdicts().size();
        long t1 = System.nanoTime();
        long all = SparkReconciliation.verdicts(tables, policy).count();
        long t2 = System.nanoTime();
        long aggregated = SparkReconciliation.verdicts(inputs, policy).count();
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT,
            "%s %d assertions: one machine %.2f s (%d verdicts, %.0f assertions/s); spark from tables %.2f s (%d, %.0f/s,"
                + " ratio %.1f); spark aggregation of fed inputs %.2f s (%d, %.0f/s, ratio %.1f)%n",
            master, assertions, (t1 - t0) / 1e9, single, assertions / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, all,
            assertions / ((t2 - t1) / 1e9), (double) (t2 - t1) / (t1 - t0), (t3 - t2) / 1e9, aggregated,
            assertions / ((t3 - t2) / 1e9), (double) (t3 - t2) / (t1 - t0));
      }
    } finally {
      spark.stop();
    }
  }
}
