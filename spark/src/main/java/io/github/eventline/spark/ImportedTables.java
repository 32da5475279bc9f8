package io.github.eventline.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.github.eventline.core.Assertion;
import io.github.eventline.imports.AcledReader;
import io.github.eventline.imports.BadRows;
import io.github.eventline.imports.GdeltReader;
import io.github.eventline.imports.ImportProblem;
import io.github.eventline.imports.ImportedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * GDELT 2.0 and ACLED files read straight into {@link StoryDatasets}, with the readers of
 * {@code eventline-import} ({@link GdeltReader}, {@link AcledReader}) run on the executors, one task
 * per file, so that a year of GDELT is reconciled on a cluster as one file is on one machine.
 *
 * <p>Each event is a story of its own, named by its id ({@code gdelt-1187523921},
 * {@code RUS18342}), holding its actors, its place and the sources and assertions about it: no
 * question of one event depends on another, so {@link SparkReconciliation#verdicts} gives each
 * question the verdict the story read by the reader on one machine gives it, and the first stage
 * holds one event at a time. Within a story an actor is the copy its event's row names (the reader
 * on one machine merges the copies of all rows, {@code ElementMerge}); {@code x-} fields have no
 * column, as in every story table.
 *
 * <p>Nothing is lost silently: {@link #problems()} lists every row left out, with its file, line,
 * column and message, as the reader on one machine reports them with {@link BadRows#skip}: bad
 * cells, rows of the wrong width, a repeated event or assertion (the first by file and line is
 * kept), a mention of an event that no file read declares. A file is read by one task, which holds
 * its rows while it reads it: GDELT's 15-minute files are small; split a large ACLED export into
 * several files. The rows read are persisted (memory and disk) while the tables are used.
 *
 * <pre>{@code
 * ImportedTables gdelt = ImportedTables.gdelt(spark, "s3://bucket/gdelt/2024/*.CSV.zip");
 * SparkReconciliation.verdicts(gdelt.tables(), ReconciliationPolicy.defaults()).write().parquet("out/verdicts");
 * gdelt.problems().write().csv("out/problems");
 * }</pre>
 */
public final class ImportedTables {

  private static final int EVENT = 0;
  private static final int ACTOR = 1;
  private static final int PLACE = 2;
  private static final int SOURCE = 3;
  private static final int ASSERTION = 4;
  private static final int PROBLEM = 5;
  private static final List<String> STRUCTS = List.of("event", "actor", "place", "source", "assertion");
  private static final List<StructType> TABLES =
      List.of(StoryRows.EVENT, StoryRows.ACTOR, StoryRows.PLACE, StoryRows.SOURCE, StoryRows.ASSERTION);

  /** The schema of {@link #problems()}. */
  private static final StructType PROBLEMS = StoryRows.struct(StoryRows.fields(
      TableCells.text("file"), TableCells.field("line", DataTypes.LongType), TableCells.text("column"), TableCells.text("message")));

  /** What one row of a file becomes: its story, origin, kind, and the struct of its kind. */
  private static final StructType READ = StoryRows.struct(StoryRows.fields(
      TableCells.text(StoryRows.STORY), TableCells.text("file"), TableCells.field("line", DataTypes.LongType),
      TableCells.field("kind", DataTypes.IntegerType),
      TableCells.field("event", StoryRows.EVENT), TableCells.field("actor", StoryRows.ACTOR),
      TableCells.field("place", StoryRows.PLACE), TableCells.field("source", StoryRows.SOURCE),
      TableCells.field("assertion", StoryRows.ASSERTION), TableCells.text("column"), TableCells.text("message")));

  private final StoryDatasets tables;
  private final Dataset<Row> problems;

  private ImportedTables(StoryDatasets tables, Dataset<Row> problems) {
    this.tables = tables;
    this.problems = problems;
  }

  /**
   * Reads GDELT 2.0 Events and Mentions files (zipped or not; Mentions named {@code .mentions.},
   * as {@link GdeltReader#isMentionsFile} says).
   *
   * @param spark  the session, not null
   * @param paths  files, directories or globs, in any file system Spark reads, not null
   * @return the tables and the problems, not null
   */
  public static ImportedTables gdelt(SparkSession spark, String... paths) {
    return read(spark, Format.GDELT, paths);
  }

  /**
   * Reads ACLED CSV exports.
   *
   * @param spark  the session, not null
   * @param paths  files, directories or globs, in any file system Spark reads, not null
   * @return the tables and the problems, not null
   */
  public static ImportedTables acled(SparkSession spark, String... paths) {
    return read(spark, Format.ACLED, paths);
  }

  /**
   * Returns the story tables: one story per event.
   *
   * @return the tables, not null
   */
  public StoryDatasets tables() {
    return tables;
  }

  /**
   * Returns the rows left out, one per row: {@code file} (as Spark names it), {@code line},
   * {@code column} (empty for the whole row) and {@code message}, as {@link ImportProblem} has them.
   *
   * @return the problems, not null
   */
  public Dataset<Row> problems() {
    return problems;
  }

  /** The formats, each with the columns its problems name. */
  private enum Format {
    GDELT("GLOBALEVENTID", "GLOBALEVENTID"),
    ACLED("event_id_cnty", "event_id_cnty");

    final String eventColumn;
    final String assertionEventColumn;

    Format(String eventColumn, String assertionEventColumn) {
      this.eventColumn = eventColumn;
      this.assertionEventColumn = assertionEventColumn;
    }
  }

  private static ImportedTables read(SparkSession spark, Format format, String... paths) {
    requireNonNull(spark, "spark");
    requireNonNull(paths, "paths");
    if (paths.length == 0) {
      throw new IllegalArgumentException("No path given: give the files, directories or globs to read");
    }
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .binaryFiles(String.join(",", Arrays.asList(paths)))
        .flatMap(new ReadFile(format));
    Dataset<Row> read = spark.createDataFrame(rows, READ).persist(StorageLevel.MEMORY_AND_DISK());

    Column origin = col("file").asc();
    Dataset<Row> events = firstOf(read.filter(col("kind").equalTo(EVENT)), "event.id", origin);
    Dataset<Row> kept = events.filter(col("n").equalTo(1)).drop("n");
    Dataset<Row> repeatedEvents = events.filter(col("n").gt(1))
        .select(col("file"), col("line"), lit(format.eventColumn).as("column"),
            concat(lit("event \""), col("event.id"), lit("\" was already read: an event id is read once")).as("message"));
    Dataset<Row> fromRepeated = events.filter(col("n").gt(1)).select(StoryRows.STORY, "file", "line");

    Dataset<Row> others = read.filter(col("kind").between(ACTOR, ASSERTION))
        .join(fromRepeated, columns(StoryRows.STORY, "file", "line"), "left_anti");
    Dataset<Row> storiesKept = kept.select(StoryRows.STORY);
    Dataset<Row> orphans = others.filter(col("kind").equalTo(ASSERTION))
        .join(storiesKept, columns(StoryRows.STORY), "left_anti")
        .select(col("file"), col("line"), lit(format.assertionEventColumn).as("column"),
            concat(lit("no event \""), col(StoryRows.STORY),
                lit("\" was read: read the file that declares it first, with this one")).as("message"));
    Dataset<Row> known = others.join(storiesKept, columns(StoryRows.STORY), "left_semi");
    Dataset<Row> assertions = firstOf(known.filter(col("kind").equalTo(ASSERTION)), "assertion.id", origin);
    Dataset<Row> repeatedAssertions = assertions.filter(col("n").gt(1))
        .select(col("file"), col("line"), lit("").as("column"),
            concat(lit("assertion \""), col("assertion.id"), lit("\" was already read: the row repeats an earlier one"))
                .as("message"));

    List<Dataset<Row>> tables = new ArrayList<>();
    for (int kind = EVENT; kind <= ASSERTION; kind++) {
      Dataset<Row> source = kind == EVENT ? kept
          : kind == ASSERTION ? assertions.filter(col("n").equalTo(1)).drop("n")
          : known.filter(col("kind").equalTo(kind));
      List<Column> columns = new ArrayList<>();
      columns.add(col(StoryRows.STORY));
      for (StructField f : TABLES.get(kind).fields()) {
        columns.add(col(STRUCTS.get(kind) + "." + f.name()).as(f.name()));
      }
      tables.add(source.select(columns.toArray(new Column[0])).distinct());
    }
    Dataset<Row> problems = read.filter(col("kind").equalTo(PROBLEM)).select("file", "line", "column", "message")
        .unionByName(repeatedEvents).unionByName(orphans).unionByName(repeatedAssertions)
        .orderBy(col("file"), col("line"));
    return new ImportedTables(StoryDatasets.of(tables), problems);
  }

  /** The names of the columns a join matches on, as Spark's Scala API takes them. */
  private static scala.collection.immutable.Seq<String> columns(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toSeq();
  }

  /** Numbers the rows of each id in column {@code n}, by file and line: the first read is 1. */
  private static Dataset<Row> firstOf(Dataset<Row> rows, String id, Column origin) {
    return rows.withColumn("n", row_number().over(
        Window.partitionBy(col(StoryRows.STORY), col(id)).orderBy(origin, col("line").asc())));
  }

  /** Reads one file on an executor into rows of {@link #READ}. */
  private static final class ReadFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row>,
      Serializable {
    private static final long serialVersionUID = 1L;

    private final Format format;

    ReadFile(Format format) {
      this.format = format;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
      String name = file._1();
      Path path = Path.of(name.substring(name.lastIndexOf('/') + 1));
      List<Row> out = new ArrayList<>();
      BadRows skip = BadRows.skip(p -> out.add(problem(name, p)));
      ImportedRow.Sink sink = row -> rows(name, row, out);
      try (InputStream in = open(file._2(), name)) {
        if (format == Format.ACLED) {
          AcledReader.readRows(in, path, skip, sink);
        } else if (GdeltReader.isMentionsFile(path)) {
          GdeltReader.readMentionRows(in, path, skip, sink);
        } else {
          GdeltReader.readEventRows(in, path, skip, sink);
        }
      }
      return out.iterator();
    }

    private static InputStream open(PortableDataStream stream, String name) throws IOException {
      InputStream in = stream.open();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return in;
      }
      ZipInputStream zip = new ZipInputStream(in);
      zip.getNextEntry();
      return zip;
    }

    private static Row problem(String file, ImportProblem p) {
      return RowFactory.create(null, file, p.line(), PROBLEM, null, null, null, null, null, p.column(), p.message());
    }

    /** The rows of one good row: each element in the story of its event. */
    private static void rows(String file, ImportedRow row, List<Row> out) {
      String story = row.events().isEmpty()
          ? row.assertions().get(0).claim().event().value() : row.events().get(0).id().value();
      row.events().forEach(e -> out.add(element(story, file, row.line(), EVENT, StoryRows.event(story, e))));
      row.actors().forEach(a -> out.add(element(story, file, row.line(), ACTOR, StoryRows.actor(story, a))));
      row.places().forEach(p -> out.add(element(story, file, row.line(), PLACE, StoryRows.place(story, p))));
      row.sources().forEach(s -> out.add(element(story, file, row.line(), SOURCE, StoryRows.source(story, s))));
      for (Assertion a : row.assertions()) {
        Optional<io.github.eventline.core.time.TimeBounds> stated = a.stated();
        out.add(element(story, file, row.line(), ASSERTION, StoryRows.assertion(story, a, stated)));
      }
    }

    /** A row of {@link #READ} holding a stored table row, its story cell dropped, as its kind's struct. */
    private static Row element(String story, String file, long line, int kind, Row stored) {
      Object[] cells = new Object[READ.size()];
      cells[0] = story;
      cells[1] = file;
      cells[2] = line;
      cells[3] = kind;
      Object[] fields = new Object[stored.size() - 1];
      for (int i = 1; i < stored.size(); i++) {
        fields[i - 1] = stored.get(i);
      }
      cells[4 + kind] = RowFactory.create(fields);
      return RowFactory.create(cells);
    }
  }

  @Override
  public String toString() {
    return "ImportedTables" + STRUCTS;
  }
}
