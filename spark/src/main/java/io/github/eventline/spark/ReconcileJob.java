package io.github.eventline.spark;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An example job: reads stories, reconciles them on Spark and builds their timelines, and writes
 * {@code verdicts} and {@code timelines} (and with {@code --stories}, the five story tables) to an
 * output directory.
 *
 * <pre>
 * spark-submit --class io.github.eventline.spark.ReconcileJob eventline-spark-all.jar \
 *     --input data/stories --format parquet --output data/out [--master URL] [--policy NAME] [--partitions N]
 * spark-submit ... --stories examples/kursk-2024.json examples/a380-2005-2007.json --output out
 * </pre>
 *
 * <p>Options: {@code --master} (default: the one spark-submit gives, else {@code local[*]}),
 * {@code --input DIR} with {@code --format parquet|json} (default parquet) or {@code --stories
 * FILE...} (story JSON files, each a story named after its file), {@code --output DIR},
 * {@code --policy weighted-vote|most-reliable-source|latest-statement|source-trust}
 * (default weighted-vote; source-trust reconciles each story whole), {@code --partitions N} (spread
 * the input rows of the questions over N partitions).
 */
public final class ReconcileJob {

  private ReconcileJob() {}

  /**
   * Runs the job from the command line.
   *
   * @param args  the options, see the class description, not null
   * @throws IOException if a story file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("eventline-reconcile");
    if (options.master != null) {
      builder.master(options.master);
    } else if (!System.getProperties().containsKey("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Map<String, Long> written = run(spark, options);
      System.out.println("eventline: wrote " + written + " rows to " + options.output);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in a session; returns the rows written per output. */
  static Map<String, Long> run(SparkSession spark, Options options) throws IOException {
    StoryDatasets tables;
    if (!options.stories.isEmpty()) {
      Map<String, Story> stories = new LinkedHashMap<>();
      for (String file : options.stories) {
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
        stories.put(name, StoryJson.read(Path.of(file)));
      }
      tables = StoryDatasets.of(spark, stories);
      tables.write(options.output + "/stories", options.format);
    } else {
      tables = StoryDatasets.read(spark, options.input, options.format);
    }
    Dataset<Row> verdicts;
    if (options.policy.method() == ReconciliationPolicy.Method.SOURCE_TRUST) {
      verdicts = SparkTimelines.verdicts(tables, options.policy);
    } else {
      Dataset<Row> inputs = SparkReconciliation.inputs(tables, options.policy);
      if (options.partitions > 0) {
        inputs = inputs.repartition(options.partitions);
      }
      verdicts = SparkReconciliation.verdicts(inputs, options.policy);
    }
    Dataset<Row> timelines = SparkTimelines.timelines(tables, options.policy)
        .orderBy("story", "position");
    verdicts = SparkReconciliation.ordered(verdicts).cache();
    timelines = timelines.cache();
    verdicts.write().format(options.format.sparkSource()).save(options.output + "/verdicts");
    timelines.write().format(options.format.sparkSource()).save(options.output + "/timelines");
    Map<String, Long> written = new LinkedHashMap<>();
    written.put("verdicts", verdicts.count());
    written.put("timelines", timelines.count());
    verdicts.unpersist();
    timelines.unpersist();
    return written;
  }

  /** The job's options. */
  static final class Options {
    String master;
    String input;
    StoryDatasets.Format format = StoryDatasets.Format.PARQUET;
    final List<String> stories = new ArrayList<>();
    String output;
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    int partitions;

    static Options parse(String[] args) {
      requireNonNull(args, "args");
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--master":
            o.master = value(args, ++i, arg);
            break;
          case "--input":
            o.input = value(args, ++i, arg);
            break;
          case "--format":
            o.format = format(value(args, ++i, arg));
            break;
          case "--output":
            o.output = value(args, ++i, arg);
            break;
          case "--policy":
            o.policy = policy(value(args, ++i, arg));
            break;
          case "--partitions":
            o.partitions = partitions(value(args, ++i, arg));
            break;
          case "--stories":
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
              o.stories.add(args[++i]);
            }
            break;
          default:
            throw new IllegalArgumentException("Unknown option \"" + arg + "\": expected " + USAGE);
        }
      }
      if (o.output == null || (o.input == null) == o.stories.isEmpty()) {
        throw new IllegalArgumentException("Give --output and either --input or --stories: " + USAGE);
      }
      return o;
    }

    private static final String USAGE = "--input DIR [--format parquet|json] | --stories FILE..., --output DIR,"
        + " [--master URL] [--policy weighted-vote|most-reliable-source|latest-statement|source-trust]"
        + " [--partitions N]";

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException("Option " + option + " needs a value");
      }
      return args[i];
    }

    private static StoryDatasets.Format format(String name) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "parquet":
          return StoryDatasets.Format.PARQUET;
        case "json":
        case "jsonl":
          return StoryDatasets.Format.JSON_LINES;
        default:
          throw new IllegalArgumentException("Unknown format \"" + name + "\": expected parquet or json");
      }
    }

    /** Reads a policy by its one name ({@link ReconciliationPolicy.Method#parse}). */
    private static ReconciliationPolicy policy(String name) {
      return ReconciliationPolicy.of(ReconciliationPolicy.Method.parse(name));
    }

    private static int partitions(String text) {
      try {
        int n = Integer.parseInt(text);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("Partitions \"" + text + "\" is not a positive whole number");
    }
  }
}
