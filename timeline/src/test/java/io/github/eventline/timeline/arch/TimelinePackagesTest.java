package io.github.eventline.timeline.arch;

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
 * Holds the timeline module's packages to their architecture ({@link TimelinePackageRules}), and
 * shows each rule catching a deliberately bad class set (the classes under {@code arch.fixture}).
 */
class TimelinePackagesTest {

  private static final String ROOT = "io.github.eventline";
  private static final String FIXTURES = "io.github.eventline.timeline.arch.fixture";

  private static JavaClasses production;
  private static JavaClasses fixtures;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT + ".timeline");
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  @Test
  void imports_everyPackageOfTheModule_andNoTest() {
    for (String p : List.of("", ".network", ".order", ".index", ".points", ".parallel", ".duplicates")) {
      assertThat(production.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
              .resideInAPackage(ROOT + ".timeline" + p)))
          .as("classes of timeline%s", p)
          .isNotEmpty();
    }
    assertThat(production.contain(TimelinePackagesTest.class)).isFalse();
  }

  @Test
  void production_keepsEveryRule() {
    TimelinePackageRules rules = new TimelinePackageRules(ROOT);
    rules.apiExposesNoImplementation().check(production);
    rules.knowsNoExportNorCli().check(production);
    rules.subpackagesFreeOfCycles().check(production);
    rules.layering().forEach(rule -> rule.check(production));
  }

  @Test
  void apiRule_catchesAnImplementationTypeInAPublicSignature() {
    List<String> violations = violations(new TimelinePackageRules(FIXTURES).apiExposesNoImplementation());

    assertThat(violations)
        .anyMatch(v -> v.contains("fixture.timeline.Timeline.network()") && v.contains("fixture.timeline.network.Hidden"))
        .noneMatch(v -> v.contains("Timeline.value()"));
  }

  @Test
  void exportRule_catchesATimelinePackageThatWritesAFormat() {
    List<String> violations = violations(new TimelinePackageRules(FIXTURES).knowsNoExportNorCli());

    assertThat(violations).anyMatch(v -> v.contains("fixture.timeline.order.Sorter") && v.contains("fixture.export.Writer"));
  }

  @Test
  void cycleRule_catchesTheNetworkAndTheOrderUsingEachOther() {
    List<String> violations = violations(new TimelinePackageRules(FIXTURES).subpackagesFreeOfCycles());

    assertThat(String.join("\n", violations))
        .contains("timeline.network")
        .contains("timeline.order");
  }

  @Test
  void layering_catchesEachCallUpwards() {
    List<String> violations = new ArrayList<>();
    new TimelinePackageRules(FIXTURES).layering().forEach(rule -> violations.addAll(violations(rule)));

    assertThat(violations)
        .anyMatch(v -> v.contains("fixture.timeline.points.Point") && v.contains("fixture.timeline.index.Index"))
        .anyMatch(v -> v.contains("fixture.timeline.index.Index") && v.contains("fixture.timeline.network.Hidden"))
        .anyMatch(v -> v.contains("fixture.timeline.network.Hidden") && v.contains("fixture.timeline.order.Sorter"))
        .anyMatch(v -> v.contains("fixture.timeline.network.Hidden") && v.contains("fixture.timeline.Timeline"))
        .anyMatch(v -> v.contains("fixture.timeline.reconcile.Rule") && v.contains("fixture.timeline.network.Hidden"))
        .noneMatch(v -> v.startsWith("Method <" + FIXTURES + ".timeline.order.Sorter.sort("))
        .noneMatch(v -> v.contains("Hidden.value()"));
  }

  private static List<String> violations(ArchRule rule) {
    List<String> details = rule.evaluate(fixtures).getFailureReport().getDetails();
    assertThat(details).as("the fixtures break %s", rule.getDescription()).isNotEmpty();
    return details;
  }
}
