package io.github.eventline.imports;

import static io.github.eventline.core.time.IntervalRelation.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TlinkTypeTest {

  private static final Timex3Values.Dated NOV_5 = Timex3Values.read("2005-11-05", Optional.empty()).orElseThrow();
  private static final Instant START = Instant.parse("2005-11-05T00:00:00Z");
  private static final Instant END = Instant.parse("2005-11-06T00:00:00Z");

  @ParameterizedTest
  @EnumSource(TlinkType.class)
  void inverse_relatesTheOtherWayRound(TlinkType type) {
    assertThat(type.inverse().allen()).isEqualTo(IntervalRelation.inverse(type.allen()));
    assertThat(type.inverse().inverse().allen()).isEqualTo(type.allen());
  }

  @ParameterizedTest
  @EnumSource(TlinkType.class)
  void of_readsTheTimemlName(TlinkType type) {
    assertThat(TlinkType.of(type.timemlName())).contains(type);
    assertThat(type.timemlName()).doesNotEndWith("_");
  }

  @Test
  void of_unknownNameIsEmpty() {
    assertThat(TlinkType.of("CONCURRENT")).isEmpty();
    assertThat(TlinkType.of("before")).isEmpty();
  }

  @Test
  void allen_ofTheNamedTypes() {
    assertThat(TlinkType.of("BEFORE").orElseThrow().allen()).containsExactly(BEFORE);
    assertThat(TlinkType.of("IBEFORE").orElseThrow().allen()).containsExactly(IntervalRelation.MEETS);
    assertThat(TlinkType.of("SIMULTANEOUS").orElseThrow().allen()).containsExactly(IntervalRelation.EQUALS);
    assertThat(TlinkType.of("IS_INCLUDED").orElseThrow().allen())
        .containsExactlyInAnyOrder(IntervalRelation.STARTS, IntervalRelation.DURING, IntervalRelation.FINISHES);
  }

  @Test
  void timing_beforeADayEndsWhenTheDayBegins() {
    TimeBounds before = TlinkType.of("BEFORE").orElseThrow().timing(NOV_5);
    assertThat(before.latestEnd()).isEqualTo(START);
    assertThat(before.isUnboundedStart()).isTrue();
    assertThat(before.label()).isEqualTo("before 2005-11-05");
  }

  @Test
  void timing_afterADayStartsWhenTheDayEnds() {
    TimeBounds after = TlinkType.of("IAFTER").orElseThrow().timing(NOV_5);
    assertThat(after.earliestStart()).isEqualTo(END);
    assertThat(after.isUnboundedEnd()).isTrue();
    assertThat(after.label()).isEqualTo("after 2005-11-05");
  }

  @Test
  void timing_includesSpansTheDay() {
    TimeBounds spanning = TlinkType.of("INCLUDES").orElseThrow().timing(NOV_5);
    assertThat(spanning.latestStart()).isEqualTo(START);
    assertThat(spanning.earliestEnd()).isEqualTo(END);
    assertThat(spanning.label()).isEqualTo("spanning 2005-11-05");
  }

  @Test
  void timing_isIncludedIsTheDay() {
    assertThat(TlinkType.of("IS_INCLUDED").orElseThrow().timing(NOV_5)).isEqualTo(NOV_5.bounds());
  }

  @Test
  void timing_ofAnInexactTimeHoldsForAnyPeriodItMayBe() {
    Timex3Values.Dated october5 = Timex3Values.read("XXXX-10-05", Optional.empty()).orElseThrow();
    TimeBounds after = TlinkType.of("AFTER").orElseThrow().timing(october5);
    assertThat(after.earliestStart()).isEqualTo(october5.bounds().earliestEnd());
  }
}
