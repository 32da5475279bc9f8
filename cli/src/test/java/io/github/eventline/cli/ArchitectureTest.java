package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds every module to the architecture: the one direction core <- timeline <- export <- cli, no
 * Jackson and no I/O in core, and no library that prints or exits. Runs in cli, the one module that
 * sees all the others on its class path.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.eventline";
  private static final String FIXTURES = "io.github.eventline.cli.archfixture";

  private static JavaClasses production;
  private static JavaClasses fixtures;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  @Test
  void imports_theMainClassesOfEveryModule() {
    for (String module : List.of("core", "timeline", "export", "cli")) {
      assertThat(production.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
              .resideInAPackage(ROOT + "." + module + "..")))
          .as("classes of %s", module)
          .isNotEmpty();
    }
    assertThat(production.contain(Main.class)).isTrue();
    assertThat(production.contain(ArchitectureTest.class)).as("test classes are left out").isFalse();
  }

  @Test
  void modules_dependInOneDirection() {
    new ArchitectureRules(ROOT).layering().forEach(rule -> rule.check(production));
  }

  @Test
  void core_usesNeitherJacksonNorIo() {
    new ArchitectureRules(ROOT).coreHasNoJacksonNorIo().check(production);
  }

  @Test
  void libraries_neitherPrintNorExit() {
    new ArchitectureRules(ROOT).librariesNeitherPrintNorExit().forEach(rule -> rule.check(production));
  }

  @Test
  void layering_catchesEachWrongDirection() {
    List<String> violations = violations(new ArchitectureRules(FIXTURES).layering());

    assertThat(violations)
        .anyMatch(v -> v.contains("archfixture.core.CoreUsesTimeline") && v.contains("archfixture.timeline."))
        .anyMatch(v -> v.contains("archfixture.timeline.TimelinePrintsAndExits") && v.contains("archfixture.export."))
        .anyMatch(v -> v.contains("archfixture.export.ExportUsesCli") && v.contains("archfixture.cli.Command"))
        .noneMatch(v -> v.contains("archfixture.cli.Command <"));
  }

  @Test
  void coreRule_catchesJacksonFilesAndNetwork() {
    List<String> violations = violations(List.of(new ArchitectureRules(FIXTURES).coreHasNoJacksonNorIo()));

    assertThat(violations)
        .anyMatch(v -> v.contains("CoreDoesIo") && v.contains("tools.jackson.databind.json.JsonMapper"))
        .anyMatch(v -> v.contains("CoreDoesIo") && v.contains("java.nio.file.Path"))
        .anyMatch(v -> v.contains("CoreDoesIo") && v.contains("java.io.FileReader"))
        .anyMatch(v -> v.contains("CoreDoesIo") && v.contains("java.net.URI"))
        .noneMatch(v -> v.contains("java.io.StringReader"));
  }

  @Test
  void printAndExitRule_catchesSystemExitAndStandardStreams() {
    List<String> violations = violations(new ArchitectureRules(FIXTURES).librariesNeitherPrintNorExit());

    assertThat(violations)
        .anyMatch(v -> v.contains("TimelinePrintsAndExits") && v.contains("System.exit(int)"))
        .anyMatch(v -> v.contains("TimelinePrintsAndExits") && v.contains("System.out"))
        .anyMatch(v -> v.contains("TimelinePrintsAndExits") && v.contains("System.err"))
        .noneMatch(v -> v.contains("archfixture.cli.Command"));
  }

  private static List<String> violations(List<ArchRule> rules) {
    List<String> details = new ArrayList<>();
    for (ArchRule rule : rules) {
      EvaluationResult result = rule.evaluate(fixtures);
      details.addAll(result.getFailureReport().getDetails());
    }
    assertThat(details).as("the fixtures break the rules").isNotEmpty();
    return details;
  }
}
