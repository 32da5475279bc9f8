package io.github.eventline.timeline.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The rules of the timeline module's packages, over the packages under a root: the real code under
 * {@code io.github.eventline}, deliberately bad fixtures under another root, so that the tests show
 * each rule catching what it should.
 *
 * <p>The API is {@code timeline} and {@code timeline.duplicates}, the packages module-info exports.
 * The implementation packages depend on each other in one direction: {@code points} (Allen's
 * relations over points, time in seconds) and {@code parallel} at the bottom, then {@code index}
 * (the story read once), {@code reconcile} (whose rules the network and the duplicates also
 * use), {@code network}, and {@code order} on top; {@code duplicates} beside the network. They may use the API's value types (options, conflicts,
 * verdicts), never the {@code Timeline} facade.
 */
final class TimelinePackageRules {

  private final String api;
  private final String timeline;
  private final String duplicates;
  private final String network;
  private final String order;
  private final String index;
  private final String points;
  private final String parallel;
  private final String reconcile;
  private final String export;
  private final String cli;

  /** Creates the rules for the packages {@code root.timeline}, {@code root.timeline.network} and so on. */
  TimelinePackageRules(String root) {
    this.api = root + ".timeline";
    this.timeline = root + ".timeline..";
    this.duplicates = root + ".timeline.duplicates..";
    this.network = root + ".timeline.network..";
    this.order = root + ".timeline.order..";
    this.index = root + ".timeline.index..";
    this.points = root + ".timeline.points..";
    this.parallel = root + ".timeline.parallel..";
    this.reconcile = root + ".timeline.reconcile..";
    this.export = root + ".export..";
    this.cli = root + ".cli..";
  }

  /** The types of the packages module-info does not export. */
  private DescribedPredicate<JavaClass> implementation() {
    return resideInAPackage(timeline)
        .and(DescribedPredicate.not(resideInAnyPackage(api, duplicates)))
        .as("a class of a timeline package that module-info does not export");
  }

  /**
   * The public and protected members of the API's public classes name no type of an implementation
   * package: in their parameters, return types, type parameters, thrown exceptions and fields.
   */
  ArchRule apiExposesNoImplementation() {
    DescribedPredicate<JavaClass> hidden = implementation();
    ArchCondition<JavaMember> nameNoHiddenType =
        new ArchCondition<>("name no type of a package module-info does not export") {
          @Override
          public void check(JavaMember member, ConditionEvents events) {
            Set<JavaClass> involved = member instanceof JavaCodeUnit unit
                ? unit.getAllInvolvedRawTypes()
                : ((JavaField) member).getType().getAllInvolvedRawTypes();
            for (JavaClass type : involved) {
              if (hidden.test(type)) {
                events.add(SimpleConditionEvent.violated(
                    member, member.getFullName() + " names " + type.getName()));
              }
            }
          }
        };
    return members()
        .that().areDeclaredInClassesThat().resideInAnyPackage(api, duplicates)
        .and().areDeclaredInClassesThat().arePublic()
        .and(exposed())
        .should(nameNoHiddenType)
        .because("users see only the exported packages: a hidden type in a signature leaks the implementation")
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaMember> exposed() {
    return DescribedPredicate.describe("public or protected", (JavaMember m) ->
        m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED));
  }

  /** No timeline package knows the file formats or the command. */
  ArchRule knowsNoExportNorCli() {
    return noClasses().that().resideInAPackage(timeline)
        .should().dependOnClassesThat().resideInAnyPackage(export, cli)
        .because("timeline reasons over core; export and cli build on it");
  }

  /** The timeline's subpackages depend on each other without a cycle. */
  ArchRule subpackagesFreeOfCycles() {
    return slices().matching(api + ".(*)..").namingSlices("timeline.$1")
        .should().beFreeOfCycles()
        .because("each subsystem builds on the ones below it")
        .allowEmptyShould(true);
  }

  /** The one direction between the implementation packages, one rule per layer. */
  List<ArchRule> layering() {
    return List.of(
        noClasses().that().resideInAPackage(points)
            .should().dependOnClassesThat(resideInAPackage(timeline).and(DescribedPredicate.not(resideInAPackage(points))))
            .because("points is the arithmetic of time points every other package uses"),
        noClasses().that().resideInAPackage(index)
            .should().dependOnClassesThat(
                resideInAPackage(timeline).and(DescribedPredicate.not(resideInAnyPackage(index, points, parallel))))
            .because("the story index is read by the network and the reconciliation, and reads neither"),
        noClasses().that().resideInAPackage(network)
            .should().dependOnClassesThat().resideInAnyPackage(order, duplicates)
            .because("the network is solved before the order is computed"),
        noClasses().that().resideInAPackage(reconcile)
            .should().dependOnClassesThat().resideInAnyPackage(network, order, duplicates)
            .because("reconciliation says which claims hold; the network uses its rules, not the other way round"),
        noClasses().that().resideInAnyPackage(network, order, index, points, parallel, reconcile)
            .should().dependOnClassesThat().haveFullyQualifiedName(api + ".Timeline")
            .because("the Timeline facade composes the subsystems; none of them calls back into it"));
  }
}
