package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkReconciliationTest {

  private static final SparkSession SPARK = LocalSpark.session();

  /** The single-machine verdicts of some stories, as rows. */
  private static List<Row> expected(Map<String, Story> stories, ReconciliationPolicy policy) {
    List<Row> rows = new ArrayList<>();
    stories.forEach((name, story) -> {
      for (Verdict v : Timeline.build(story, policy).verdicts()) {
        rows.add(VerdictRows.of(name, v));
      }
    });
    return rows;
  }

  private static List<Row> distributed(Map<String, Story> stories, ReconciliationPolicy policy, int partitions) {
    StoryDatasets tables = StoryDatasets.of(SPARK, stories).repartition(partitions);
    Dataset<Row> inputs = SparkReconciliation.inputs(tables, policy).repartition(partitions);
    return SparkReconciliation.verdicts(inputs, policy).collectAsList();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void examples_haveTheVerdictsOfOneMachine_whateverThePartitioning(int partitions) {
    Map<String, Story> examples = Stories.examples();
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    List<Row> expected = expected(examples, policy);

    List<Row> actual = distributed(examples, policy, partitions);

    assertThat(expected).as("verdicts of the examples").hasSizeGreaterThan(50);
    assertThat(actual).as("%d partitions", partitions).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void examples_haveTheVerdictsOfOneMachine_withTheOtherMethods() {
    Map<String, Story> examples = Stories.examples();
    for (ReconciliationPolicy policy :
        List.of(ReconciliationPolicy.mostReliableSource(), ReconciliationPolicy.latestStatement())) {
      assertThat(distributed(examples, policy, 3)).as("%s", policy.method())
          .containsExactlyInAnyOrderElementsOf(expected(examples, policy));
    }
  }

  @Test
  void generatedStoryOf100000Assertions_hasTheVerdictsOfOneMachine() {
    Story story = Stories.generated(0x5EED_100_000L, 2_000, 100_000);
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    Reconciliation single = Reconciliation.of(story, policy);
    List<Row> expected = new ArrayList<>();
    single.verdicts().forEach(v -> expected.add(VerdictRows.of("generated", v)));
    assertThat(story.assertions()).hasSize(100_000);
    assertThat(single.mergedEvents()).as("same-as merges in the generated story").isNotEmpty();
    // The first stage (one story fed on one executor) is the examples' tests; here the second, at scale.
    Dataset<Row> inputs = SPARK.createDataFrame(QuestionRows.of("generated", story, policy), SparkReconciliation.inputSchema());

    List<Row> actual = SparkReconciliation.verdicts(inputs.repartition(7), policy).collectAsList();

    assertThat(actual).hasSameSizeAs(expected);
    assertThat(byQuestion(actual)).isEqualTo(byQuestion(expected));
  }

  private static Map<String, Row> byQuestion(List<Row> verdicts) {
    Map<String, Row> map = new HashMap<>();
    for (Row r : verdicts) {
      map.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
          + r.getString(4) + "|" + r.getString(5), r);
    }
    return map;
  }

  @Test
  void verdicts_refuseSourceTrust_pointingToPerStoryReconciliation() {
    StoryDatasets tables = StoryDatasets.of(SPARK, Map.of());

    assertThatThrownBy(() -> SparkReconciliation.verdicts(tables, ReconciliationPolicy.sourceTrust()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SOURCE_TRUST estimates trust from every verdict of a story in turns and cannot be judged"
            + " question by question: use SparkTimelines.verdicts, which reconciles each story on one executor");
  }

  @Test
  void claimBuffer_serializedAndRead_makesTheSameVerdict() throws IOException, ClassNotFoundException {
    Story story = Stories.examples().get("kursk-2024");
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    List<Row> inputs = QuestionRows.of("kursk", story, policy);
    Map<String, ClaimBuffer> buffers = new HashMap<>();
    for (Row input : inputs) {
      buffers.computeIfAbsent(input.getString(QuestionRows.QUESTION), k -> new ClaimBuffer()).add(input);
    }
    assertThat(buffers).hasSizeGreaterThan(10);

    for (ClaimBuffer buffer : buffers.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(buffer);
      }
      ClaimBuffer read;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        read = (ClaimBuffer) in.readObject();
      }
      assertThat(read.verdict(policy)).as("%s", buffer).isEqualTo(buffer.verdict(policy));
    }
  }

  @Test
  void claimBuffer_mergingAnotherStory_isRefused() {
    Story story = Stories.examples().get("kursk-2024");
    Row first = QuestionRows.of("one", story, ReconciliationPolicy.defaults()).get(0);
    Row same = QuestionRows.of("two", story, ReconciliationPolicy.defaults()).get(0);
    ClaimBuffer one = new ClaimBuffer().add(first);
    ClaimBuffer two = new ClaimBuffer().add(same);

    assertThatThrownBy(() -> one.merge(two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot merge the accumulation of occurred(")
        .hasMessageEndingWith(" in story \"two\" into story \"one\"");
  }
}
