package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkTimelinesTest {

  private static final SparkSession SPARK = LocalSpark.session();

  @Test
  void timelines_areThoseOfTimelineBuild_perStory() {
    Map<String, Story> examples = Stories.examples();
    StoryDatasets tables = StoryDatasets.of(SPARK, examples).repartition(3);
    List<Row> expected = new ArrayList<>();
    for (Map.Entry<String, Story> e : examples.entrySet()) {
      // The tables rebuild a story in id order; the timeline of that story is the one to match.
      Story kept = StoryDatasets.story(e.getKey(),
          tables.grouped().filter(org.apache.spark.sql.functions.col("story").equalTo(e.getKey())).collectAsList().iterator());
      expected.addAll(VerdictRows.timeline(e.getKey(), Timeline.build(kept, ReconciliationPolicy.defaults())));
      assertThat(kept.events()).hasSameSizeAs(e.getValue().events());
    }

    List<Row> actual = SparkTimelines.timelines(tables, ReconciliationPolicy.defaults()).collectAsList();

    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual).extracting(r -> r.getInt(1)).contains(0);
  }

  @Test
  void verdicts_withSourceTrust_areThoseOfReconciliationPerStory() {
    Map<String, Story> examples = Stories.examples();
    List<Row> expected = new ArrayList<>();
    examples.forEach((name, story) ->
        Reconciliation.of(story, ReconciliationPolicy.sourceTrust()).verdicts()
            .forEach(v -> expected.add(VerdictRows.of(name, v))));

    List<Row> actual = SparkTimelines.verdicts(StoryDatasets.of(SPARK, examples), ReconciliationPolicy.sourceTrust())
        .collectAsList();

    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void reconcileJob_writesVerdictsAndTimelinesThatReadBack(@TempDir Path dir) throws Exception {
    String out = dir.resolve("out").toString();
    ReconcileJob.Options options = ReconcileJob.Options.parse(new String[] {
        "--stories", "../examples/kursk-2024.json", "../examples/a380-2005-2007.json",
        "--output", out, "--format", "json", "--partitions", "3"});

    Map<String, Long> written = ReconcileJob.run(SPARK, options);

    long verdicts = SPARK.read().schema(SparkReconciliation.verdictSchema()).json(out + "/verdicts").count();
    long timelines = SPARK.read().schema(SparkTimelines.timelineSchema()).json(out + "/timelines").count();
    Map<String, Story> examples = Stories.examples();
    long events = examples.get("kursk-2024").events().size() + examples.get("a380-2005-2007").events().size();
    assertThat(written).containsEntry("verdicts", verdicts).containsEntry("timelines", timelines);
    assertThat(timelines).isEqualTo(events);
    assertThat(verdicts).isEqualTo(Reconciliation.of(examples.get("kursk-2024")).verdicts().size()
        + Reconciliation.of(examples.get("a380-2005-2007")).verdicts().size());
    assertThat(StoryDatasets.read(SPARK, out + "/stories", StoryDatasets.Format.JSON_LINES).events().count()).isEqualTo(events);
  }
}
