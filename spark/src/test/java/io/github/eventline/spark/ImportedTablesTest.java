package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import io.github.eventline.imports.AcledReader;
import io.github.eventline.imports.BadRows;
import io.github.eventline.imports.GdeltReader;
import io.github.eventline.imports.ImportProblem;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * GDELT and ACLED fixture files (those of the import module's tests, malformed rows included) read
 * by Spark have the verdicts, and leave out the rows, that the readers on one machine give.
 */
class ImportedTablesTest {

  private static final SparkSession SPARK = LocalSpark.session();
  private static final Path FIXTURES = Path.of("../import/src/test/resources/io/github/eventline/imports");
  private static final List<Path> GDELT = List.of(
      FIXTURES.resolve("gdelt/20240806101500.export.CSV"), FIXTURES.resolve("gdelt/20240807003000.export.CSV"),
      FIXTURES.resolve("gdelt/20240807003000.mentions.CSV"), FIXTURES.resolve("gdelt/20240807004500.mentions.CSV"));
  /** In file name order: of a repeated event, Spark keeps the first by file name, the reader the first given. */
  private static final List<Path> ACLED = List.of(
      FIXTURES.resolve("acled/acled-malformed.csv"), FIXTURES.resolve("acled/acled-ukraine-russia-2024-08.csv"));

  /** The verdicts of the story read on one machine, each in the story of its event, as Spark names them. */
  private static List<Row> verdictsOfOneMachine(Story story, ReconciliationPolicy policy) {
    List<Row> rows = new ArrayList<>();
    for (Verdict v : Timeline.build(story, policy).verdicts()) {
      rows.add(VerdictRows.of(v.key().event().value(), v));
    }
    return rows;
  }

  private static String[] uris(List<Path> files) {
    return files.stream().map(f -> f.toAbsolutePath().normalize().toUri().toString()).toArray(String[]::new);
  }

  /** A problem as "name:line: column: message", the file by its name only. */
  private static String text(ImportProblem p) {
    return p.file().getFileName() + ":" + p.line() + ": " + p.column() + ": " + p.message();
  }

  private static List<String> texts(List<Row> problems) {
    return problems.stream().map(r -> {
      String file = r.getString(0);
      return file.substring(file.lastIndexOf('/') + 1) + ":" + r.getLong(1) + ": " + r.getString(2) + ": "
          + r.getString(3);
    }).toList();
  }

  @Test
  void gdelt_verdictsAndProblemsOfSpark_equalThoseOfTheReaderOnOneMachine() throws IOException {
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    List<ImportProblem> problems = new ArrayList<>();
    Story story = GdeltReader.read(GDELT, BadRows.skip(problems::add));

    ImportedTables spark = ImportedTables.gdelt(SPARK, uris(GDELT));
    List<Row> verdicts = SparkReconciliation.verdicts(spark.tables(), policy).collectAsList();

    List<Row> expected = verdictsOfOneMachine(story, policy);
    assertThat(expected).as("verdicts on one machine").hasSizeGreaterThan(10);
    assertThat(verdicts).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(texts(spark.problems().collectAsList()))
        .containsExactlyInAnyOrderElementsOf(problems.stream().map(ImportedTablesTest::text).toList())
        .hasSize(7);
    assertThat(spark.tables().events().count()).isEqualTo(story.events().size());
    assertThat(spark.tables().assertions().count()).isEqualTo(story.assertions().size());
  }

  @Test
  void acled_verdictsAndProblemsOfSpark_equalThoseOfTheReaderOnOneMachine() throws IOException {
    ReconciliationPolicy policy = ReconciliationPolicy.defaults();
    List<ImportProblem> problems = new ArrayList<>();
    Story story = AcledReader.read(ACLED, BadRows.skip(problems::add));

    ImportedTables spark = ImportedTables.acled(SPARK, uris(ACLED));
    List<Row> verdicts = SparkReconciliation.verdicts(spark.tables(), policy).collectAsList();

    List<Row> expected = verdictsOfOneMachine(story, policy);
    assertThat(expected).as("verdicts on one machine").hasSizeGreaterThan(10);
    assertThat(verdicts).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(texts(spark.problems().collectAsList()))
        .containsExactlyInAnyOrderElementsOf(problems.stream().map(ImportedTablesTest::text).toList())
        .hasSize(5);
  }
}
