package io.github.eventline.assertj;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assertions are built on the API alone: the packages core and timeline export, AssertJ, Guava
 * and the JDK, never the timeline's implementation or core's internals. Shown able to fail on the
 * classes under {@code archfixture}.
 */
class AssertjArchitectureTest {

  private static final String ROOT = "io.github.eventline";
  private static final String FIXTURES = "io.github.eventline.assertj.archfixture";

  /** Classes of {@code root.assertj} depend only on the API packages of core and timeline and on libraries. */
  static ArchRule assertionsUseOnlyTheApi(String root) {
    return classes().that().resideInAPackage(root + ".assertj..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            root + ".assertj..",
            root + ".core",
            root + ".core.time",
            root + ".timeline",
            root + ".timeline.duplicates",
            "org.assertj..",
            "com.google.common..",
            "org.jspecify..",
            "java..")
        .because("users' tests see only the exported packages; an assertion built on internals breaks with them");
  }

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT + ".assertj");
  }

  @Test
  void assertions_useOnlyTheApi() {
    assertThat(production.contain(TimelineAssert.class)).isTrue();
    assertionsUseOnlyTheApi(ROOT).check(production);
  }

  @Test
  void rule_catchesTheTimelinesImplementationAndCoresInternals() {
    JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

    List<String> violations = assertionsUseOnlyTheApi(FIXTURES).evaluate(fixtures).getFailureReport().getDetails();

    assertThat(violations)
        .anyMatch(v -> v.contains("LeakyAssert.solved()") && v.contains("archfixture.timeline.network.Solved"))
        .anyMatch(v -> v.contains("LeakyAssert.positions()") && v.contains("archfixture.core.internal.Positions"))
        .noneMatch(v -> v.contains("LeakyAssert.timeline()"));
  }
}
