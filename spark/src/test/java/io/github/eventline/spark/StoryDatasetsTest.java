package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.lit;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoryDatasetsTest {

  private static final SparkSession SPARK = LocalSpark.session();

  /** Returns a story as the tables keep it: elements in id order, stated times resolved, no metadata. */
  private static Story asKept(Story story) {
    List<Assertion> assertions = new ArrayList<>();
    for (Assertion a : story.assertions()) {
      assertions.add(new Assertion(a.id(), a.source(), story.statedTime(a), a.claim(), a.factuality(), a.via(),
          a.quote(), a.supersedes(), a.links(), a.note(), Map.of()));
    }
    assertions.sort(Comparator.comparing(a -> a.id().value()));
    return Story.builder()
        .events(sorted(story.events().stream().map(e -> new io.github.eventline.core.Event(e.id(), e.type(), e.code(),
            e.summary(), e.when(), e.place(), e.participants(), e.partOf(), Map.of())).toList(), e -> e.id().value()))
        .actors(sorted(story.actors().stream().map(a -> new io.github.eventline.core.Actor(a.id(), a.name(), a.kind(),
            a.aliases(), a.externalIds(), a.memberOf(), Map.of())).toList(), a -> a.id().value()))
        .places(sorted(story.places().stream().map(p -> new io.github.eventline.core.Place(p.id(), p.name(),
            p.aliases(), p.country(), p.coordinates(), p.within(), Map.of())).toList(), p -> p.id().value()))
        .sources(sorted(story.sources().stream().map(s -> new io.github.eventline.core.Source(s.id(), s.name(),
            s.kind(), s.actor(), s.url(), s.published(), s.reliability(), Map.of())).toList(), s -> s.id().value()))
        .assertions(assertions)
        .build();
  }

  private static <T> List<T> sorted(List<T> values, java.util.function.Function<T, String> id) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(id));
    return copy;
  }

  private static Story rebuilt(StoryDatasets tables, String name) {
    List<Row> rows = tables.grouped().filter(functions.col("story").equalTo(name)).collectAsList();
    return StoryDatasets.story(name, rows.iterator());
  }

  @ParameterizedTest
  @EnumSource(StoryDatasets.Format.class)
  void writtenAndRead_givesBackEveryStory(StoryDatasets.Format format, @TempDir Path dir) {
    Map<String, Story> examples = Stories.examples();
    StoryDatasets.of(SPARK, examples).write(dir.toString(), format);

    StoryDatasets read = StoryDatasets.read(SPARK, dir.toString(), format);

    for (Map.Entry<String, Story> e : examples.entrySet()) {
      assertThat(rebuilt(read, e.getKey())).as("%s as %s", e.getKey(), format).isEqualTo(asKept(e.getValue()));
    }
    assertThat(read.assertions().columns()).containsExactly(StoryDatasets.schema("assertions").fieldNames());
  }

  @Test
  void read_withoutStoryColumn_isTheDefaultStory(@TempDir Path dir) {
    Story kursk = Stories.examples().get("kursk-2024");
    StoryDatasets tables = StoryDatasets.of(SPARK, Map.of("kursk", kursk));
    for (String table : List.of("events", "actors", "places", "sources", "assertions")) {
      Dataset<Row> t = table.equals("events") ? tables.events() : table.equals("actors") ? tables.actors()
          : table.equals("places") ? tables.places() : table.equals("sources") ? tables.sources() : tables.assertions();
      t.drop("story").write().json(dir.resolve(table).toString());
    }

    StoryDatasets read = StoryDatasets.read(SPARK, dir.toString(), StoryDatasets.Format.JSON_LINES);

    assertThat(read.events().select("story").distinct().collectAsList())
        .extracting(r -> r.getString(0)).containsExactly(StoryDatasets.DEFAULT_STORY);
    assertThat(rebuilt(read, StoryDatasets.DEFAULT_STORY)).isEqualTo(asKept(kursk));
  }

  @Test
  void groupedBy_takesAnotherColumnAsTheStory() {
    Map<String, Story> examples = Stories.examples();
    StoryDatasets tables = StoryDatasets.of(SPARK, examples);
    StoryDatasets topic = StoryDatasets.of(SPARK, Map.of());
    // Every example under one topic: the same rows, regrouped.
    StoryDatasets regrouped = tablesWith(tables, "topic", "all").groupedBy("topic");

    assertThat(regrouped.assertions().select("story").distinct().collectAsList())
        .extracting(r -> r.getString(0)).containsExactly("all");
    assertThat(regrouped.assertions().count()).isEqualTo(tables.assertions().count());
    assertThatThrownBy(() -> topic.groupedBy("topic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot group by \"topic\": the events table has no such column; add it to every table");
  }

  private static StoryDatasets tablesWith(StoryDatasets tables, String column, String value) {
    return tables.map(t -> t.withColumn(column, lit(value)));
  }

  @Test
  void story_withAnUnknownPrecision_failsNamingTheStoryAndTheEvent() {
    Story kursk = Stories.examples().get("kursk-2024");
    StoryDatasets tables = StoryDatasets.of(SPARK, Map.of("kursk", kursk)).map(t ->
        List.of(t.columns()).contains("participants") ? t.withColumn("when_precision", lit("fortnight")) : t);

    assertThatThrownBy(() -> SparkTimelines.timelines(tables, ReconciliationPolicy.defaults()).collectAsList())
        .isInstanceOf(SparkException.class)
        .hasStackTraceContaining("Story \"kursk\": event \"")
        .hasStackTraceContaining("\": unknown when_precision \"fortnight\"");
  }

  @Test
  void schema_ofAnUnknownTable_isRefused() {
    assertThatThrownBy(() -> StoryDatasets.schema("verdicts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown table \"verdicts\": expected one of [events, actors, places, sources, assertions]");
  }
}
