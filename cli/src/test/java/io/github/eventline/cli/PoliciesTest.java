package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.timeline.ReconciliationPolicy;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The command line names policies as the library does: one name each. */
class PoliciesTest {

  @Test
  void names_areTheMethodsLabels_theDefaultFirst() {
    assertThat(new Policies()).containsExactlyElementsOf(ReconciliationPolicy.Method.labels());
    assertThat(Policies.DEFAULT).isEqualTo(ReconciliationPolicy.Method.WEIGHTED_VOTE.label());
  }

  @Test
  void convert_readsEachName_andNameGivesItBack() {
    for (String name : new Policies()) {
      assertThat(Policies.name(new Policies().convert(name))).isEqualTo(name);
    }
  }

  @Test
  void convert_refusesTheOldSparkSpelling() {
    assertThatThrownBy(() -> new Policies().convert("latest-statement-wins"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageStartingWith("Unknown policy \"latest-statement-wins\": expected one of");
  }
}
