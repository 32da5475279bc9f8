package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
      map.put(key(r), r);
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

  /** The input rows of a story's questions, by question, in the order fed. */
  private static Map<String, List<Row>> questions(String name, Story story, ReconciliationPolicy policy) {
    Map<String, List<Row>> questions = new LinkedHashMap<>();
    for (Row input : QuestionRows.of(name, story, policy)) {
      questions.computeIfAbsent(input.getString(QuestionRows.QUESTION), k -> new ArrayList<>()).add(input);
    }
    return questions;
  }

  @Test
  void verdict_ofAQuestionsRowsInAnyOrder_isTheVerdictOfOneMachine() {
    Story story = Stories.generated(20, 40, 2_000);
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    Map<String, Row> expected = byQuestion(expected(Map.of("generated", story), policy));
    Map<String, List<Row>> questions = questions("generated", story, policy);
    assertThat(questions.values()).as("questions answered by several assertions")
        .filteredOn(rows -> rows.size() > 3).hasSizeGreaterThan(100);

    Map<String, Row> forward = new HashMap<>();
    Map<String, Row> reversed = new HashMap<>();
    Map<String, Row> shuffled = new HashMap<>();
    Random random = new Random(20);
    for (List<Row> rows : questions.values()) {
      Row v = QuestionRows.verdict(policy, rows.iterator());
      forward.put(key(v), v);
      List<Row> backwards = new ArrayList<>(rows);
      Collections.reverse(backwards);
      Row b = QuestionRows.verdict(policy, backwards.iterator());
      reversed.put(key(b), b);
      List<Row> mixed = new ArrayList<>(rows);
      Collections.shuffle(mixed, random);
      Row m = QuestionRows.verdict(policy, mixed.iterator());
      shuffled.put(key(m), m);
    }

    assertThat(forward).isEqualTo(expected);
    assertThat(reversed).isEqualTo(expected);
    assertThat(shuffled).isEqualTo(expected);
  }

  @Test
  void verdict_ofRowsOfTwoStoriesGroupedTogether_isRefusedNamingBoth() {
    Story story = Stories.examples().get("kursk-2024");
    Row first = QuestionRows.of("one", story, ReconciliationPolicy.defaults()).get(0);
    Row same = QuestionRows.of("two", story, ReconciliationPolicy.defaults()).get(0);
    String question = first.getString(QuestionRows.QUESTION);

    assertThatThrownBy(() -> QuestionRows.verdict(ReconciliationPolicy.defaults(), List.of(first, same).iterator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rows of question \"" + same.getString(QuestionRows.QUESTION) + "\" of story \"two\" are grouped"
            + " with question \"" + question + "\" of story \"one\": group the input rows by their question column");
  }

  private static String key(Row r) {
    return r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
        + r.getString(4) + "|" + r.getString(5);
  }
}
