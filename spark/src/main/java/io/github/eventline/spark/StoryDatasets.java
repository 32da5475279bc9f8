package io.github.eventline.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Event;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The five tables of a collection of stories as Spark DataFrames: events, actors, places, sources
 * and assertions, with the columns of the export module's CSV tables ({@code CsvTables},
 * {@code docs/csv.md}: the same names in the same order, taken from them) after a first column
 * {@code story}.
 *
 * <p>The {@code story} column says which story a row belongs to: the rows of one story are
 * reconciled and ordered together, and ids are unique within a story only. A story can be any
 * group the user chooses (an article cluster, an actor, a place, a topic): put the group's key in
 * a column of every table and call {@link #groupedBy(String)}; to put a row in several groups,
 * explode it into one row per group first. Files without a {@code story} column hold one story,
 * named {@value #DEFAULT_STORY}.
 *
 * <p>Cells are those of the CSV tables: text, ids, terms, lists and pairs as strings (lists and
 * pairs joined by {@code |}), numbers as doubles, {@code approximate} as a boolean, instants as
 * ISO-8601 strings (empty where unbounded), each time as six columns. Stored as Parquet or JSON
 * Lines ({@link Format}); CSV files written by {@code CsvTables} read the same way once loaded
 * with a header, since columns are matched by name and cast. A story is rebuilt with its elements
 * in id order, so that results depend neither on the order of the rows nor on their partitioning;
 * story metadata and {@code x-} fields have no column and are not kept.
 *
 * <p>Immutable; the DataFrames are lazy, as Spark's are.
 */
public final class StoryDatasets {

  /** The story of rows read from files without a {@code story} column. */
  public static final String DEFAULT_STORY = "default";

  /** The file formats of the tables. */
  public enum Format {
    /** Apache Parquet: columnar, compressed, typed; the format for large collections. */
    PARQUET("parquet"),
    /** JSON Lines: one JSON object per row, null cells left out; for small data and other tools. */
    JSON_LINES("json");

    private final String source;

    Format(String source) {
      this.source = source;
    }

    /**
     * Returns Spark's name of the data source, as in {@code spark.read().format(name)}.
     *
     * @return the name, not null
     */
    public String sparkSource() {
      return source;
    }
  }

  static final int EVENTS = 0;
  static final int ACTORS = 1;
  static final int PLACES = 2;
  static final int SOURCES = 3;
  static final int ASSERTIONS = 4;
  private static final List<String> NAMES = List.of("events", "actors", "places", "sources", "assertions");
  private static final List<StructType> TABLES =
      List.of(StoryRows.EVENT, StoryRows.ACTOR, StoryRows.PLACE, StoryRows.SOURCE, StoryRows.ASSERTION);

  /** The rows of every table of a story side by side, one struct column per table. */
  static final StructType GROUPED = StoryRows.struct(StoryRows.fields(
      TableCells.text(StoryRows.STORY),
      TableCells.field("event", StoryRows.EVENT), TableCells.field("actor", StoryRows.ACTOR),
      TableCells.field("place", StoryRows.PLACE), TableCells.field("source", StoryRows.SOURCE),
      TableCells.field("assertion", StoryRows.ASSERTION)));

  private final List<Dataset<Row>> tables;

  private StoryDatasets(List<Dataset<Row>> tables) {
    this.tables = List.copyOf(tables);
  }

  /** Obtains tables of DataFrames already of the five schemas, in table order (ImportedTables). */
  static StoryDatasets of(List<Dataset<Row>> tables) {
    return new StoryDatasets(tables);
  }

  /**
   * Obtains the tables of stories held in memory, such as story files read with {@code StoryJson}.
   *
   * @param spark  the session, not null
   * @param stories  the stories by name, the value of their {@code story} column, not null
   * @return the tables, not null
   */
  public static StoryDatasets of(SparkSession spark, Map<String, Story> stories) {
    requireNonNull(spark, "spark");
    requireNonNull(stories, "stories");
    List<List<Row>> rows = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      rows.add(new ArrayList<>());
    }
    stories.forEach((name, story) -> {
      requireNonNull(name, "story name");
      requireNonNull(story, "story " + name);
      story.events().forEach(e -> rows.get(EVENTS).add(StoryRows.event(name, e)));
      story.actors().forEach(a -> rows.get(ACTORS).add(StoryRows.actor(name, a)));
      story.places().forEach(p -> rows.get(PLACES).add(StoryRows.place(name, p)));
      story.sources().forEach(s -> rows.get(SOURCES).add(StoryRows.source(name, s)));
      story.assertions().forEach(a -> rows.get(ASSERTIONS).add(StoryRows.assertion(name, a, story.statedTime(a))));
    });
    List<Dataset<Row>> tables = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      tables.add(spark.createDataFrame(rows.get(i), schema(i)));
    }
    return new StoryDatasets(tables);
  }

  /**
   * Reads the tables from a directory holding {@code events}, {@code actors}, {@code places},
   * {@code sources} and {@code assertions}, each a file or a directory of part files in the format
   * given, as {@link #write} leaves them. Columns are matched by name and cast to the documented
   * types; a missing column is empty, a missing {@code story} column {@value #DEFAULT_STORY}.
   *
   * @param spark  the session, not null
   * @param directory  the directory, in any file system Spark reads, not null
   * @param format  the format, not null
   * @return the tables, not null
   */
  public static StoryDatasets read(SparkSession spark, String directory, Format format) {
    requireNonNull(spark, "spark");
    requireNonNull(directory, "directory");
    requireNonNull(format, "format");
    List<Dataset<Row>> tables = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String path = directory + "/" + NAMES.get(i);
      Dataset<Row> raw = format == Format.JSON_LINES
          ? spark.read().schema(schema(i)).json(path)
          : spark.read().format(format.sparkSource()).load(path);
      tables.add(conform(raw, schema(i), DEFAULT_STORY));
    }
    return new StoryDatasets(tables);
  }

  /** Selects the columns of a schema by name, cast to their types; missing ones are null. */
  static Dataset<Row> conform(Dataset<Row> raw, StructType schema, String defaultStory) {
    Set<String> present = Set.of(raw.columns());
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      Column c;
      if (present.contains(f.name())) {
        c = col(f.name()).cast(f.dataType());
      } else if (f.name().equals(StoryRows.STORY)) {
        c = lit(defaultStory);
      } else {
        c = lit(null).cast(f.dataType());
      }
      columns.add(c.as(f.name()));
    }
    Dataset<Row> conformed = raw.select(columns.toArray(new Column[0]));
    return present.contains(StoryRows.STORY)
        ? conformed.na().fill(defaultStory, new String[] {StoryRows.STORY}) : conformed;
  }

  /**
   * Returns the schema of a table as stored: {@code story}, then the columns of the CSV table.
   *
   * @param table  the table's name: {@code events}, {@code actors}, {@code places}, {@code sources} or {@code assertions}, not null
   * @return the schema, not null
   * @throws IllegalArgumentException if there is no such table
   */
  public static StructType schema(String table) {
    int i = NAMES.indexOf(requireNonNull(table, "table"));
    if (i < 0) {
      throw new IllegalArgumentException("Unknown table \"" + table + "\": expected one of " + NAMES);
    }
    return schema(i);
  }

  static StructType schema(int table) {
    return StoryRows.stored(TABLES.get(table));
  }

  /**
   * Returns the events table.
   *
   * @return the DataFrame, not null
   */
  public Dataset<Row> events() {
    return tables.get(EVENTS);
  }

  /**
   * Returns the actors table.
   *
   * @return the DataFrame, not null
   */
  public Dataset<Row> actors() {
    return tables.get(ACTORS);
  }

  /**
   * Returns the places table.
   *
   * @return the DataFrame, not null
   */
  public Dataset<Row> places() {
    return tables.get(PLACES);
  }

  /**
   * Returns the sources table.
   *
   * @return the DataFrame, not null
   */
  public Dataset<Row> sources() {
    return tables.get(SOURCES);
  }

  /**
   * Returns the assertions table. Its stated columns hold each assertion's stated time: its own,
   * else its source's publication.
   *
   * @return the DataFrame, not null
   */
  public Dataset<Row> assertions() {
    return tables.get(ASSERTIONS);
  }

  /**
   * Returns these tables with another column as the story: the column, present in every table, whose
   * value says which rows are reconciled and ordered together (an actor, a place, a topic).
   *
   * @param column  the column's name, not null
   * @return the regrouped tables, not null
   * @throws IllegalArgumentException if a table has no such column
   */
  public StoryDatasets groupedBy(String column) {
    requireNonNull(column, "column");
    if (column.equals(StoryRows.STORY)) {
      return this;
    }
    List<Dataset<Row>> regrouped = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      Dataset<Row> t = tables.get(i);
      if (!Arrays.asList(t.columns()).contains(column)) {
        throw new IllegalArgumentException(
            "Cannot group by \"" + column + "\": the " + NAMES.get(i) + " table has no such column; add it to every table");
      }
      regrouped.add(conform(t.drop(StoryRows.STORY).withColumnRenamed(column, StoryRows.STORY), schema(i), DEFAULT_STORY));
    }
    return new StoryDatasets(regrouped);
  }

  /**
   * Returns these tables with each table spread over a number of partitions, hashed by story.
   *
   * @param partitions  the number of partitions, at least 1
   * @return the repartitioned tables, not null
   */
  public StoryDatasets repartition(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("Partitions " + partitions + " is not positive: expected at least 1");
    }
    List<Dataset<Row>> spread = new ArrayList<>();
    for (Dataset<Row> t : tables) {
      spread.add(t.repartition(partitions));
    }
    return new StoryDatasets(spread);
  }

  /**
   * Writes the tables to a directory, each as a directory of part files named after the table;
   * fails if one exists.
   *
   * @param directory  the directory, not null
   * @param format  the format, not null
   */
  public void write(String directory, Format format) {
    requireNonNull(directory, "directory");
    requireNonNull(format, "format");
    for (int i = 0; i < NAMES.size(); i++) {
      tables.get(i).write().format(format.sparkSource()).save(directory + "/" + NAMES.get(i));
    }
  }

  /** Returns these tables with a function applied to each, for tests and the job. */
  StoryDatasets map(java.util.function.UnaryOperator<Dataset<Row>> function) {
    List<Dataset<Row>> mapped = new ArrayList<>();
    for (Dataset<Row> t : tables) {
      mapped.add(function.apply(t));
    }
    return new StoryDatasets(mapped);
  }

  /** Returns the rows of every table in one DataFrame of {@link #GROUPED}, to group by story. */
  Dataset<Row> grouped() {
    List<String> structs = List.of("event", "actor", "place", "source", "assertion");
    Dataset<Row> all = null;
    for (int i = 0; i < NAMES.size(); i++) {
      List<Column> columns = new ArrayList<>();
      columns.add(col(StoryRows.STORY));
      for (int j = 0; j < structs.size(); j++) {
        if (j == i) {
          List<Column> fields = new ArrayList<>();
          for (StructField f : TABLES.get(i).fields()) {
            fields.add(col(f.name()));
          }
          columns.add(struct(fields.toArray(new Column[0])).as(structs.get(j)));
        } else {
          columns.add(lit(null).cast(TABLES.get(j)).as(structs.get(j)));
        }
      }
      Dataset<Row> part = tables.get(i).select(columns.toArray(new Column[0]));
      all = all == null ? part : all.unionByName(part);
    }
    return all;
  }

  /** Returns the rows of every table grouped by story, keyed by the story column. */
  KeyValueGroupedDataset<String, Row> byStory() {
    return grouped().groupBy(col(StoryRows.STORY)).as(Encoders.STRING(), Encoders.row(GROUPED));
  }

  /**
   * Rebuilds a story from its grouped rows, each kind of element in id order.
   *
   * @throws IllegalArgumentException if the rows do not make a valid story, naming the story
   */
  static Story story(String name, Iterator<Row> rows) {
    List<Event> events = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    List<Assertion> assertions = new ArrayList<>();
    try {
      while (rows.hasNext()) {
        Row r = rows.next();
        if (!r.isNullAt(1)) {
          events.add(StoryRows.event(r.getStruct(1)));
        } else if (!r.isNullAt(2)) {
          actors.add(StoryRows.actor(r.getStruct(2)));
        } else if (!r.isNullAt(3)) {
          places.add(StoryRows.place(r.getStruct(3)));
        } else if (!r.isNullAt(4)) {
          sources.add(StoryRows.source(r.getStruct(4)));
        } else {
          assertions.add(StoryRows.assertion(r.getStruct(5)));
        }
      }
      events.sort(Comparator.comparing(e -> e.id().value()));
      actors.sort(Comparator.comparing(a -> a.id().value()));
      places.sort(Comparator.comparing(p -> p.id().value()));
      sources.sort(Comparator.comparing(s -> s.id().value()));
      assertions.sort(Comparator.comparing(a -> a.id().value()));
      return Story.builder().events(events).actors(actors).places(places).sources(sources).assertions(assertions)
          .build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Story \"" + name + "\": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the tables' names.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StoryDatasets" + NAMES;
  }
}
