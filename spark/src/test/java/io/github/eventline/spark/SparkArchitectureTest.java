package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Spark module to its rules: the other modules through their API only, no thread of its
 * own, no printing or exiting; and shows on fixtures that each rule catches what it should.
 */
class SparkArchitectureTest {

  private static final String ROOT = "io.github.eventline";
  private static final String FIXTURES = "io.github.eventline.spark.archfixture";

  private static JavaClasses production;
  private static JavaClasses fixtures;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT + ".spark");
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  @Test
  void imports_theModulesMainClassesOnly() {
    assertThat(production.contain(SparkReconciliation.class)).isTrue();
    assertThat(production.contain(SparkArchitectureTest.class)).as("test classes are left out").isFalse();
  }

  @Test
  void spark_keepsItsRules() {
    SparkArchitectureRules rules = new SparkArchitectureRules(ROOT);
    rules.usesOnlyTheOtherModulesApi().check(production);
    rules.startsNoThread().check(production);
    rules.neitherPrintsNorExits().forEach(rule -> rule.check(production));
  }

  @Test
  void apiRule_catchesATimelineInternal() {
    List<String> violations = violations(List.of(new SparkArchitectureRules(FIXTURES).usesOnlyTheOtherModulesApi()));

    assertThat(violations)
        .anyMatch(v -> v.contains("archfixture.spark.UsesInternals") && v.contains("archfixture.timeline.internal.Hidden"))
        .noneMatch(v -> v.contains("archfixture.timeline.Api"));
  }

  @Test
  void threadRule_catchesTheCommonPoolParallelStreamsAndThreads() {
    List<String> violations = violations(List.of(new SparkArchitectureRules(FIXTURES).startsNoThread()));

    assertThat(violations)
        .anyMatch(v -> v.contains("TakesThreads") && v.contains("ForkJoinPool.commonPool()"))
        .anyMatch(v -> v.contains("TakesThreads") && v.contains("parallelStream()"))
        .anyMatch(v -> v.contains("TakesThreads") && v.contains("parallel()"))
        .anyMatch(v -> v.contains("TakesThreads") && v.contains("Thread.<init>"))
        .anyMatch(v -> v.contains("TakesThreads") && v.contains("Executors"))
        .noneMatch(v -> v.contains("UsesInternals"));
  }

  @Test
  void printRule_catchesStandardStreamsAndExit() {
    List<String> violations = violations(new SparkArchitectureRules(FIXTURES).neitherPrintsNorExits());

    assertThat(violations)
        .anyMatch(v -> v.contains("PrintsAndExits") && v.contains("System.exit(int)"))
        .anyMatch(v -> v.contains("PrintsAndExits") && v.contains("System.out"))
        .noneMatch(v -> v.contains("TakesThreads"));
  }

  private static List<String> violations(List<ArchRule> rules) {
    List<String> details = new ArrayList<>();
    for (ArchRule rule : rules) {
      details.addAll(rule.evaluate(fixtures).getFailureReport().getDetails());
    }
    assertThat(details).as("the fixtures break the rules").isNotEmpty();
    return details;
  }
}
