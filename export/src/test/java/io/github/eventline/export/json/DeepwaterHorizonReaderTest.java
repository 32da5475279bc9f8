package io.github.eventline.export.json;

import static io.github.eventline.export.json.ExampleReading.assertCounted;
import static io.github.eventline.export.json.ExampleReading.assertOutdated;
import static io.github.eventline.export.json.ExampleReading.heldBounds;
import static io.github.eventline.export.json.ExampleReading.heldQuantity;
import static io.github.eventline.export.json.ExampleReading.ids;
import static io.github.eventline.export.json.ExampleReading.instant;
import static io.github.eventline.export.json.ExampleReading.knownAt;
import static io.github.eventline.export.json.ExampleReading.occurred;
import static io.github.eventline.export.json.ExampleReading.quantity;
import static io.github.eventline.export.json.ExampleReading.supportingClaimants;
import static io.github.eventline.export.json.ExampleReading.timing;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader of the reporting on the Deepwater Horizon blowout (April to August 2010)
 * concludes, question by question, checked against the timeline of
 * {@code examples/deepwater-horizon-2010.json}.
 *
 * <ol>
 *   <li><b>Did the rig explode?</b> Yes, corroborated: the Coast Guard says so, and BP and the
 *       National Commission, which date it, say so too.
 *   <li><b>When?</b> On 20 April 2010 at about 9:45 p.m. Central Daylight Time (02:45 UTC on
 *       21 April): the Commission's time lies within the day the Coast Guard and BP gave;
 *       corroborated.
 *   <li><b>How many workers died?</b> Eleven, corroborated (the Coast Guard, presuming the missing
 *       dead, and the Commission).
 *   <li><b>Did oil flow from the well?</b> Yes, corroborated: BP, NOAA and the Flow Rate Technical
 *       Group each estimate how much.
 *   <li><b>How much, as finally estimated?</b> About 62,000 barrels a day, the government's final
 *       estimate of August 2010. Uncontested: BP's early "about 1,000" and NOAA's 5,000 (also
 *       printed as 210,000 gallons a day) are outdated by the group's later, stronger estimates;
 *       the group's own earlier ranges (12,000-19,000, 20,000-40,000, 35,000-60,000) are
 *       superseded by the group itself.
 *   <li><b>What was known on 1 May 2010?</b> NOAA's 5,000 barrels a day, which outdated BP's
 *       1,000; the 210,000 gallons a day is the same figure in another unit and supports it.
 *   <li><b>And on 1 June 2010?</b> The group's 12,000 to 19,000 barrels a day; BP's and NOAA's
 *       figures are outdated.
 *   <li><b>Was the well capped?</b> Yes, on 15 July 2010, corroborated by BP and the Coast Guard.
 *   <li><b>Did the static kill take place?</b> Yes, corroborated: the three bodies that date it
 *       (BP, the Coast Guard, the Commission) say it took place, on 3-4 August 2010.
 *   <li><b>In what order?</b> The explosion, then the capping, then the static kill; no temporal
 *       conflict.
 * </ol>
 */
class DeepwaterHorizonReaderTest {

  private static final String FLOW = "flow rate";

  private final Story story = ExampleReading.story("deepwater-horizon-2010");
  private final Timeline timeline = Timeline.build(story);

  @Test
  @Disabled("awaits the rule of implied occurrence: BP's and the Commission's timing claims do not count as support for occurred; today UNCONTESTED, supported by the Coast Guard alone")
  void explosion_isCorroboratedByTheBodiesThatReportOrDateIt() {
    Verdict v = occurred(timeline, "explosion");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).contains("bp-statements", "coast-guard-briefings", "commission-report");
  }

  @Test
  void explosion_happenedAtAbout945pmLocalOn20April() {
    Verdict v = timing(timeline, "explosion");
    TimeBounds held = heldBounds(v);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(held.earliestStart()).isEqualTo(instant("2010-04-21T02:45:00Z"));
    assertThat(held.latestEnd()).isBetween(instant("2010-04-21T02:45:00Z"), instant("2010-04-21T02:46:00Z"));
  }

  @Test
  void workersKilled_areElevenCorroborated() {
    Verdict v = quantity(timeline, "explosion", "workers killed");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(heldQuantity(v)).isEqualTo(Claim.Quantity.of(v.key().event(), "workers killed", 11, "person", false));
  }

  @Test
  @Disabled("awaits the rule of implied occurrence: flow-rate figures do not count as support for occurred; today UNVERIFIED, no occurred claim")
  void oilFlowed_isCorroboratedByEveryBodyThatEstimatedTheFlow() {
    Verdict v = occurred(timeline, "oil-spill");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).contains("bp-statements", "noaa-estimates", "frtg-estimates");
  }

  @Test
  void flowRate_heldValue_isTheGovernmentsFinalEstimate() {
    Claim.Quantity held = heldQuantity(quantity(timeline, "oil-spill", FLOW));

    assertThat(held.low()).isEqualTo(62_000);
    assertThat(held.high()).isEqualTo(62_000);
    assertThat(held.unit()).contains("barrels/day");
  }

  @Test
  @Disabled("awaits the rule of outdating: nothing is outdated; today CONTESTED 0.18, bp-1000 (0.5), noaa-5000 (0.6) and noaa-210000-gallons oppose as incompatible values")
  void flowRate_isUncontested_bpAndNoaaFiguresOutdatedByTheGroupsEstimates() {
    Verdict v = quantity(timeline, "oil-spill", FLOW);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertOutdated(v, "bp-1000");
    assertOutdated(v, "noaa-5000");
    assertOutdated(v, "noaa-210000-gallons");
    assertThat(ids(v.support())).containsExactly("frtg-62000");
  }

  @Test
  void flowRate_groupsEarlierRanges_areSupersededByTheGroupItself() {
    Verdict v = quantity(timeline, "oil-spill", FLOW);

    assertThat(ids(v.superseded())).containsExactlyInAnyOrder("frtg-12000-19000", "frtg-20000-40000", "frtg-35000-60000");
  }

  @Test
  void asKnownOnMay1_heldFlowRate_isNoaas5000BarrelsADay() {
    Claim.Quantity held = heldQuantity(quantity(knownAt(story, "2010-05-01T00:00:00Z"), "oil-spill", FLOW));

    assertThat(held.low()).isEqualTo(5_000);
    assertThat(held.high()).isEqualTo(5_000);
    assertThat(held.unit()).contains("barrels/day");
  }

  @Test
  @Disabled("awaits the rule of outdating: nothing is outdated; today CONTESTED 0.138, bp-1000 opposes NOAA's later, heavier 5,000 (0.5 against 0.6)")
  void asKnownOnMay1_bpsFirstFigure_isOutdatedByNoaa() {
    Verdict v = quantity(knownAt(story, "2010-05-01T00:00:00Z"), "oil-spill", FLOW);

    assertOutdated(v, "bp-1000");
    assertCounted(v, "noaa-5000", Stance.SUPPORTS);
  }

  @Test
  @Disabled("awaits the rule of units compared after conversion: gallons/day and barrels/day are compared as labels; today noaa-210000-gallons OPPOSES the 5,000 barrels/day held")
  void asKnownOnMay1_210000GallonsADay_agreesWith5000BarrelsADay() {
    Verdict v = quantity(knownAt(story, "2010-05-01T00:00:00Z"), "oil-spill", FLOW);

    assertThat(ExampleReading.weighed(v, "noaa-210000-gallons").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(ids(v.support())).contains("noaa-5000", "noaa-210000-gallons");
    assertThat(ids(v.opposition())).doesNotContain("noaa-5000", "noaa-210000-gallons");
  }

  @Test
  void asKnownOnJune1_heldFlowRate_isTheGroupsFirstRange() {
    Claim.Quantity held = heldQuantity(quantity(knownAt(story, "2010-06-01T00:00:00Z"), "oil-spill", FLOW));

    assertThat(held.low()).isEqualTo(12_000);
    assertThat(held.high()).isEqualTo(19_000);
  }

  @Test
  @Disabled("awaits the rule of outdating: nothing is outdated; today CONTESTED 0.18, bp-1000, noaa-5000 and noaa-210000-gallons oppose the group's 12,000-19,000")
  void asKnownOnJune1_bpAndNoaaFigures_areOutdated() {
    Verdict v = quantity(knownAt(story, "2010-06-01T00:00:00Z"), "oil-spill", FLOW);

    assertOutdated(v, "bp-1000");
    assertOutdated(v, "noaa-5000");
    assertCounted(v, "frtg-12000-19000", Stance.SUPPORTS);
  }

  @Test
  void wellCapped_on15July_corroborated() {
    Verdict v = occurred(timeline, "well-capped");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).containsExactly("bp-statements", "coast-guard-briefings");
    assertThat(heldBounds(timing(timeline, "well-capped")).earliestStart()).isEqualTo(instant("2010-07-15T05:00:00Z"));
  }

  @Test
  @Disabled("awaits the rule of implied occurrence: timing claims do not count as support for occurred; today UNVERIFIED, no occurred claim")
  void staticKill_tookPlace_saidByTheThreeBodiesThatDateIt() {
    Verdict v = occurred(timeline, "static-kill");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).containsExactly("bp-statements", "coast-guard-briefings", "commission-report");
  }

  @Test
  void staticKill_on3to4August_corroborated() {
    Verdict v = timing(timeline, "static-kill");
    TimeBounds held = heldBounds(v);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(held.earliestStart()).isEqualTo(instant("2010-08-03T00:00:00Z"));
    assertThat(held.latestEnd()).isEqualTo(instant("2010-08-05T00:00:00Z"));
  }

  @Test
  void order_explosionThenCappingThenStaticKill_withoutConflict() {
    List<String> order = timeline.events().stream().map(Event::id).map(EventId::value).toList();

    assertThat(order.indexOf("explosion")).isLessThan(order.indexOf("well-capped"));
    assertThat(order.indexOf("well-capped")).isLessThan(order.indexOf("static-kill"));
    assertThat(timeline.isNecessarilyBefore(EventId.of("explosion"), EventId.of("well-capped"))).isTrue();
    assertThat(timeline.isNecessarilyBefore(EventId.of("well-capped"), EventId.of("static-kill"))).isTrue();
    assertThat(timeline.conflicts()).isEmpty();
  }
}
