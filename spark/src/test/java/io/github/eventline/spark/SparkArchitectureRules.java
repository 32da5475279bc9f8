package io.github.eventline.spark;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.BaseStream;

/**
 * The Spark module's architecture rules, over packages under a root: the real code under
 * {@code io.github.eventline}, deliberately bad fixtures under another root, so that the tests
 * show each rule catching what it should.
 */
final class SparkArchitectureRules {

  private final String spark;
  private final String timelineApi;
  private final String timeline;
  private final String exportInternal;

  /** Creates the rules for {@code root.spark..}, {@code root.timeline..} and {@code root.export.internal..}. */
  SparkArchitectureRules(String root) {
    this.spark = root + ".spark..";
    this.timelineApi = root + ".timeline";
    this.timeline = root + ".timeline..";
    this.exportInternal = root + ".export.internal..";
  }

  /** The module uses the other modules through their API only. */
  ArchRule usesOnlyTheOtherModulesApi() {
    DescribedPredicate<JavaClass> internal = resideInAPackage(timeline).and(resideInAPackage(timelineApi).negate())
        .or(resideInAPackage(exportInternal))
        .as("the timeline module's packages other than " + timelineApi + ", or export's internal package");
    return noClasses().that().resideInAPackage(spark)
        .should().dependOnClassesThat(internal)
        .because("Spark runs the library as any user does, through its public API");
  }

  /** Spark tasks run on their own thread: the module starts no other. */
  ArchRule startsNoThread() {
    return noClasses().that().resideInAPackage(spark)
        .should().callMethod(ForkJoinPool.class, "commonPool")
        .orShould().callMethodWhere(target(name("parallelStream")).and(target(owner(assignableTo(Collection.class)))))
        .orShould().callMethodWhere(target(name("parallel")).and(target(owner(assignableTo(BaseStream.class)))))
        .orShould().callConstructorWhere(target(owner(assignableTo(Thread.class))))
        .orShould().dependOnClassesThat(resideInAnyPackage("java.util.concurrent").and(simpleNameStartingWith("Executor")))
        .because("a Spark task owns one slot of its executor: another thread would oversubscribe it");
  }

  /** The library neither prints nor exits; the example job's main prints its one summary line. */
  List<ArchRule> neitherPrintsNorExits() {
    return List.of(
        noClasses().that().resideInAPackage(spark)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("a library never ends its user's program"),
        noClasses().that().resideInAPackage(spark).and().doNotHaveSimpleName("ReconcileJob")
            .should(ACCESS_STANDARD_STREAMS)
            .because("a library never prints: it returns datasets and throws exceptions"));
  }
}
