package io.github.eventline.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameContaining;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Eventline's architecture rules, over the modules' packages under a root package: the real code
 * under {@code io.github.eventline}, deliberately bad fixtures under another root, so the tests can
 * show that each rule catches what it should.
 */
final class ArchitectureRules {

  private final String core;
  private final String timeline;
  private final String export;
  private final String imports;
  private final String cli;

  /** Creates the rules for the modules' packages {@code root.core..}, {@code root.timeline..} and so on. */
  ArchitectureRules(String root) {
    this.core = root + ".core..";
    this.timeline = root + ".timeline..";
    this.export = root + ".export..";
    this.imports = root + ".imports..";
    this.cli = root + ".cli..";
  }

  /** The one direction of dependency, core <- timeline <- export <- cli, one rule per module. */
  List<ArchRule> layering() {
    return List.of(
        noClasses().that().resideInAPackage(core)
            .should().dependOnClassesThat().resideInAnyPackage(timeline, export, cli)
            .because("core is the vocabulary every other module builds on"),
        noClasses().that().resideInAPackage(timeline)
            .should().dependOnClassesThat().resideInAnyPackage(export, cli)
            .because("timeline reasons over core and knows no file format or command"),
        noClasses().that().resideInAPackage(export)
            .should().dependOnClassesThat().resideInAPackage(cli)
            .because("export is a library; the command uses it, not the other way round"));
  }

  /** Keeps Jackson and I/O out of core. */
  ArchRule coreHasNoJacksonNorIo() {
    DescribedPredicate<JavaClass> jacksonOrIo = resideInAnyPackage(
            "tools.jackson..", "com.fasterxml.jackson..", "java.nio.file..", "java.net..")
        .or(resideInAPackage("java.io").and(simpleNameContaining("File")))
        .as("Jackson, java.io.File*, java.nio.file or java.net");
    return noClasses().that().resideInAPackage(core)
        .should().dependOnClassesThat(jacksonOrIo)
        .because("core is a pure vocabulary: serialization and I/O live in export");
  }

  /** Keeps the libraries from printing or ending the JVM: only the command may. */
  List<ArchRule> librariesNeitherPrintNorExit() {
    String[] libraries = {core, timeline, export, imports};
    return List.of(
        noClasses().that().resideInAnyPackage(libraries)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("a library never ends its user's program"),
        noClasses().that().resideInAnyPackage(libraries)
            .should(ACCESS_STANDARD_STREAMS)
            .because("a library never prints: it returns values and throws exceptions"));
  }
}
