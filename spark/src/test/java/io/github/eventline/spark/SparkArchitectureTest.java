package io.github.eventline.spark;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark jobs are built on the other modules' API alone: no timeline implementation package
 * (network, order, index, points, parallel, reconcile) and no internal package of core or export.
 * Shown able to fail on the classes under {@code archfixture}.
 */
class SparkArchitectureTest {

  private static final String ROOT = "io.github.eventline";
  private static final String FIXTURES = "io.github.eventline.spark.archfixture";

  /** Classes of {@code root.spark} use no package of the other modules that their module-info keeps hidden. */
  static ArchRule jobsUseOnlyTheApi(String root) {
    DescribedPredicate<JavaClass> hidden = resideInAPackage(root + ".timeline..")
        .and(DescribedPredicate.not(resideInAnyPackage(root + ".timeline", root + ".timeline.duplicates")))
        .or(resideInAnyPackage(root + ".core.internal..", root + ".export.internal.."))
        .as("a package core, timeline or export does not export to every module");
    return noClasses().that().resideInAPackage(root + ".spark..")
        .should().dependOnClassesThat(hidden)
        .because("a Spark job runs the library as its users do: through the API");
  }

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT + ".spark");
  }

  @Test
  void jobs_useOnlyTheApi() {
    assertThat(production.contain(SparkReconciliation.class)).isTrue();
    jobsUseOnlyTheApi(ROOT).check(production);
  }

  @Test
  void rule_catchesTheTimelinesImplementationAndExportsInternals() {
    JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

    List<String> violations = jobsUseOnlyTheApi(FIXTURES).evaluate(fixtures).getFailureReport().getDetails();

    assertThat(violations)
        .anyMatch(v -> v.contains("LeakyJob.ranks()") && v.contains("archfixture.timeline.order.Ranks"))
        .anyMatch(v -> v.contains("LeakyJob.cells()") && v.contains("archfixture.export.internal.Cells"))
        .noneMatch(v -> v.contains("LeakyJob.verdict()"));
  }
}
