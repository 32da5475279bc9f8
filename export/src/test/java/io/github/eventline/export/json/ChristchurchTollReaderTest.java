package io.github.eventline.export.json;

import static io.github.eventline.export.json.ExampleReading.heldQuantity;
import static io.github.eventline.export.json.ExampleReading.ids;
import static io.github.eventline.export.json.ExampleReading.knownAt;
import static io.github.eventline.export.json.ExampleReading.occurred;
import static io.github.eventline.export.json.ExampleReading.quantity;
import static io.github.eventline.export.json.ExampleReading.supportingClaimants;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader of the reporting on the death toll of the Christchurch mosque attacks
 * (March 2019 to August 2020) concludes, question by question, checked against the timeline of
 * {@code examples/christchurch-toll-2019.json}.
 *
 * <ol>
 *   <li><b>Did the attacks happen?</b> Yes, corroborated: the police say so, and the Prime
 *       Minister and the court, which count the dead, say so too.
 *   <li><b>How many were killed?</b> 51, the count of the sentencing.
 *   <li><b>Is the toll disputed?</b> No: 40, 49, 50 and 51 are one count growing as victims were
 *       found and the wounded died, each figure a lower bound when given. The final 51 is
 *       corroborated by the Prime Minister's and the police's lower counts; nothing opposes it.
 *   <li><b>Which figures were replaced by their own source?</b> The Prime Minister's 40 (by her
 *       49) and the police's 49 (by their 50).
 *   <li><b>What was known at the end of 16 March (New Zealand time)?</b> 49, corroborated by the
 *       Prime Minister and the police.
 *   <li><b>And at the end of 17 March?</b> 50, the police's count; the Prime Minister's 49 of the
 *       day before does not dispute it: corroborated, nothing opposes it.
 * </ol>
 */
class ChristchurchTollReaderTest {

  private static final String KILLED = "people killed";
  /** The end of 16 March 2019 in New Zealand Daylight Time (UTC+13). */
  private static final String END_OF_MARCH_16 = "2019-03-16T11:00:00Z";
  /** The end of 17 March 2019 in New Zealand Daylight Time (UTC+13). */
  private static final String END_OF_MARCH_17 = "2019-03-17T11:00:00Z";

  private final Story story = ExampleReading.story("christchurch-toll-2019");
  private final Timeline timeline = Timeline.build(story);

  @Test
  @Disabled("awaits the rule of implied occurrence: the Prime Minister's and the court's counts do not count as support for occurred; today UNCONTESTED, supported by the police alone")
  void attacks_areCorroboratedByThePoliceAndByTheBodiesThatCountTheDead() {
    Verdict v = occurred(timeline, "attacks");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).containsExactly("pm-statements", "police-statements", "sentencing");
  }

  @Test
  void toll_is51() {
    Claim.Quantity held = heldQuantity(quantity(timeline, "attacks", KILLED));

    assertThat(held.low()).isEqualTo(51);
    assertThat(held.high()).isEqualTo(51);
  }

  @Test
  @Disabled("awaits the rule of held values (open 'at least' counts; the story's 49 and 50 must then be written with low alone): today CONTESTED 0.019, pm-49 (0.8) and police-50 (0.9) oppose the court's 51 as incompatible values")
  void toll_isOneGrowingCount_corroboratedNotDisputed() {
    Verdict v = quantity(timeline, "attacks", KILLED);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.opposition()).isEmpty();
    assertThat(supportingClaimants(v)).containsExactly("pm-statements", "police-statements", "sentencing");
  }

  @Test
  void toll_earlierFiguresOfTheSameSource_areSuperseded() {
    Verdict v = quantity(timeline, "attacks", KILLED);

    assertThat(ids(v.superseded())).containsExactlyInAnyOrder("pm-40", "police-49");
  }

  @Test
  void asKnownAtTheEndOf16March_toll_is49Corroborated() {
    Verdict v = quantity(knownAt(story, END_OF_MARCH_16), "attacks", KILLED);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(heldQuantity(v).low()).isEqualTo(49);
    assertThat(heldQuantity(v).high()).isEqualTo(49);
    assertThat(supportingClaimants(v)).containsExactly("pm-statements", "police-statements");
  }

  @Test
  void asKnownAtTheEndOf17March_toll_is50() {
    Claim.Quantity held = heldQuantity(quantity(knownAt(story, END_OF_MARCH_17), "attacks", KILLED));

    assertThat(held.low()).isEqualTo(50);
    assertThat(held.high()).isEqualTo(50);
  }

  @Test
  @Disabled("awaits the rule of held values (open 'at least' counts; the story's 49 must then be written with low alone): today CONTESTED 0.18, pm-49 (0.8) opposes the police's 50")
  void asKnownAtTheEndOf17March_the49OfTheDayBefore_doesNotDisputeThe50() {
    Verdict v = quantity(knownAt(story, END_OF_MARCH_17), "attacks", KILLED);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.opposition()).isEmpty();
  }
}
