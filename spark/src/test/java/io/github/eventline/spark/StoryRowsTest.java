package io.github.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class StoryRowsTest {

  private static final Assertion RELATION = Assertion.builder("x1", "s1",
          new Claim.Relation(EventId.of("e1"), EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.MEETS), EventId.of("e2")))
      .factuality(Factuality.of(Polarity.NEGATIVE, Certainty.PROBABLE)).via("s2").build();

  /** Returns the cells of an assertion with some cells replaced. */
  private static Row cells(Assertion a, String... columnsAndValues) {
    TableCells.RowBuilder b = StoryRows.assertion(new TableCells.RowBuilder(StoryRows.ASSERTION_CELLS), a,
        Optional.of(TimeBounds.parse("2024-10-02")));
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      b.set(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return b.build();
  }

  @Test
  void assertion_readBack_isTheAssertionWritten() {
    Assertion read = StoryRows.assertion(cells(RELATION));

    assertThat(read).isEqualTo(Assertion.builder("x1", "s1", RELATION.claim()).factuality(RELATION.factuality())
        .via("s2").stated(TimeBounds.parse("2024-10-02")).build());
  }

  @Test
  void assertion_withConstantsInAnyCase_isRead() {
    Assertion read = StoryRows.assertion(
        cells(RELATION, "polarity", "NEGATIVE", "certainty", "Probable", "relations", "before|meets"));

    assertThat(read.factuality()).isEqualTo(RELATION.factuality());
    assertThat(read.claim()).isEqualTo(RELATION.claim());
  }

  @Test
  void assertion_withAnUnknownConstant_isRefusedNamingIt() {
    assertThatThrownBy(() -> StoryRows.assertion(cells(RELATION, "polarity", "maybe")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("assertion \"x1\": unknown polarity \"maybe\"");
    assertThatThrownBy(() -> StoryRows.assertion(cells(RELATION, "relations", "BEFORE|SOON")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("assertion \"x1\": unknown relations \"SOON\"");
  }
}
