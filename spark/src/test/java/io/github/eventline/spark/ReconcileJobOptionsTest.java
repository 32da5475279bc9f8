package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.timeline.ReconciliationPolicy;
import org.junit.jupiter.api.Test;

class ReconcileJobOptionsTest {

  @Test
  void parse_readsEveryOption() {
    ReconcileJob.Options o = ReconcileJob.Options.parse(new String[] {
        "--master", "spark://host:7077", "--input", "in", "--format", "json", "--output", "out",
        "--policy", "most-reliable-source", "--partitions", "12"});

    assertThat(o.master).isEqualTo("spark://host:7077");
    assertThat(o.input).isEqualTo("in");
    assertThat(o.format).isEqualTo(StoryDatasets.Format.JSON_LINES);
    assertThat(o.output).isEqualTo("out");
    assertThat(o.policy).isEqualTo(ReconciliationPolicy.mostReliableSource());
    assertThat(o.partitions).isEqualTo(12);
  }

  @Test
  void parse_withoutInput_isRefused() {
    assertThatThrownBy(() -> ReconcileJob.Options.parse(new String[] {"--output", "out"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Give --output and either --input or --stories: --input DIR");
  }

  @Test
  void parse_unknownPolicy_isRefused() {
    assertThatThrownBy(() -> ReconcileJob.Options.parse(new String[] {"--policy", "majority"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown policy \"majority\": expected one of weighted-vote, most-reliable-source,"
            + " latest-statement, source-trust");
  }

  @Test
  void parse_partitionsNotPositive_isRefused() {
    assertThatThrownBy(() -> ReconcileJob.Options.parse(new String[] {"--partitions", "0"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Partitions \"0\" is not a positive whole number");
  }
}
