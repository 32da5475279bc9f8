package io.github.eventline.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the table of a JMH run: one row per workload and size, with the library's time, the
 * baseline's time, their ratio, the target ratio and the memory each side allocated per operation
 * (when the run used {@code -prof gc}).
 *
 * <p>Reads the JSON that JMH writes with {@code -rf json}. A benchmark class's {@code library}
 * method, and each variant of it such as {@code libraryOneThread} (a row named "ordering, one
 * thread"), is compared with each of its other methods: {@code baseline} gives the main row, any
 * other (such as {@code jgrapht}) a row of its own. The size column gives the {@code size} parameter, then
 * the values of the other parameters ({@code 200000/few}); only runs of the same values are compared.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.github.eventline.benchmarks.Report target/results/jmh.json
 * }</pre>
 */
public final class Report {

  private static final Map<String, String[]> WORKLOADS = new LinkedHashMap<>();

  static {
    WORKLOADS.put("OrderingBenchmark", new String[] {"ordering", "3"});
    WORKLOADS.put("ReconciliationBenchmark", new String[] {"reconciliation", "2"});
    WORKLOADS.put("JsonExportBenchmark", new String[] {"JSON export (timeline)", "1.5"});
    WORKLOADS.put("TimelineCsvBenchmark", new String[] {"CSV export (timeline.csv)", "1.5"});
    WORKLOADS.put("CsvExportBenchmark", new String[] {"CSV export (events.csv)", "1.5"});
    WORKLOADS.put("ImportBenchmark", new String[] {"import", "2"});
    WORKLOADS.put("QualitativeBenchmark", new String[] {"qualitative reasoning", "< 1 s"});
    WORKLOADS.put("ConflictsBenchmark", new String[] {"conflicts vs none", "2"});
  }

  private Report() {}

  /** One measured benchmark method at one size. */
  record Result(String workload, String method, String size, double score, double error, String unit,
      Optional<Double> bytesPerOp) {}

  /**
   * Prints the table of a JMH JSON result file to standard output.
   *
   * @param args  the path of the JSON file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report JMH-RESULT.json");
      System.exit(2);
    }
    print(read(Path.of(args[0])), System.out);
  }

  /**
   * Reads the results of a JMH JSON file.
   *
   * @param file  the file
   * @return the results, in the file's order
   * @throws IOException if it cannot be read
   */
  static List<Result> read(Path file) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
    List<Result> results = new ArrayList<>();
    for (JsonNode run : root) {
      String name = run.get("benchmark").asString();
      String[] parts = name.split("\\.");
      String clazz = parts[parts.length - 2];
      String method = parts[parts.length - 1];
      JsonNode params = run.get("params");
      // The size, then the values of any other parameter: "200000/few".
      StringBuilder size = new StringBuilder(params != null && params.has("size") ? params.get("size").asString() : "");
      if (params != null) {
        for (Map.Entry<String, JsonNode> param : params.properties()) {
          if (!param.getKey().equals("size")) {
            size.append(size.length() > 0 ? "/" : "").append(param.getValue().asString());
          }
        }
      }
      JsonNode primary = run.get("primaryMetric");
      Optional<Double> bytes = Optional.empty();
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
          if (metric.getKey().replaceAll("^[^a-z]+", "").equals("gc.alloc.rate.norm")) {
            bytes = Optional.of(number(metric.getValue().get("score")));
          }
        }
      }
      results.add(new Result(clazz, method, size.toString(), number(primary.get("score")), number(primary.get("scoreError")),
          primary.get("scoreUnit").asString(), bytes));
    }
    return results;
  }

  /** JMH writes "NaN" as a string where a score has no error bar (a single iteration). */
  private static double number(JsonNode node) {
    return node != null && node.isNumber() ? node.asDouble() : 0;
  }

  /**
   * Prints the table of results: library against each other method of the same workload and size.
   *
   * @param results  the results
   * @param out  where to print
   */
  static void print(List<Result> results, PrintStream out) {
    out.println(String.format(Locale.ROOT, "%-34s %10s %18s %18s %7s %7s %21s",
        "workload", "size", "library", "baseline", "ratio", "target", "alloc/op lib | base"));
    for (Map.Entry<String, String[]> workload : WORKLOADS.entrySet()) {
      for (Result library : results) {
        if (!library.workload().equals(workload.getKey()) || !isLibrary(library.method())) {
          continue;
        }
        String name = workload.getValue()[0] + variant(library.method());
        boolean compared = false;
        for (Result other : results) {
          if (other.workload().equals(library.workload()) && other.size().equals(library.size())
              && !isLibrary(other.method())) {
            out.println(row(name + (other.method().equals("baseline") ? "" : " vs " + other.method()), library,
                Optional.of(other), workload.getValue()[1]));
            compared = true;
          }
        }
        if (!compared) {
          out.println(row(name, library, Optional.empty(), workload.getValue()[1]));
        }
      }
    }
  }

  /** Whether a method times the library: {@code library}, or a variant such as {@code libraryOneThread}. */
  private static boolean isLibrary(String method) {
    return method.equals("library") || (method.startsWith("library") && Character.isUpperCase(method.charAt(7)));
  }

  /** The words of a library variant's name: {@code libraryOneThread} gives {@code ", one thread"}. */
  private static String variant(String method) {
    String rest = method.substring("library".length());
    return rest.isEmpty() ? "" : ", " + rest.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  private static String row(String name, Result library, Optional<Result> other, String target) {
    String ratio = other.map(o -> String.format(Locale.ROOT, "%.2f", library.score() / o.score())).orElse("-");
    String alloc = mb(library.bytesPerOp()) + " | " + other.map(o -> mb(o.bytesPerOp())).orElse("-");
    return String.format(Locale.ROOT, "%-34s %10s %18s %18s %7s %7s %21s", name, library.size(), time(library),
        other.map(Report::time).orElse("-"), ratio, target, alloc);
  }

  private static String time(Result r) {
    return String.format(Locale.ROOT, "%.1f ± %.1f %s", r.score(), r.error(), r.unit().replace("/op", ""));
  }

  private static String mb(Optional<Double> bytes) {
    return bytes.map(b -> String.format(Locale.ROOT, "%.0f MB", b / 1e6)).orElse("-");
  }
}
