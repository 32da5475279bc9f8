package io.github.eventline.export.json;

import static io.github.eventline.export.json.ExampleReading.assertOutdated;
import static io.github.eventline.export.json.ExampleReading.heldBounds;
import static io.github.eventline.export.json.ExampleReading.ids;
import static io.github.eventline.export.json.ExampleReading.instant;
import static io.github.eventline.export.json.ExampleReading.knownAt;
import static io.github.eventline.export.json.ExampleReading.occurred;
import static io.github.eventline.export.json.ExampleReading.supportingClaimants;
import static io.github.eventline.export.json.ExampleReading.timing;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader of the reporting on the James Webb Space Telescope's launch (July 2020 to
 * December 2021) concludes, question by question, checked against the timeline of
 * {@code examples/webb-launch-2021.json}.
 *
 * <ol>
 *   <li><b>Was the telescope launched?</b> Yes, corroborated by NASA and Arianespace; ESA, which
 *       gives the launch time, says so too.
 *   <li><b>When?</b> On 25 December 2021 at 12:20 UTC (7:20 EST, 13:20 CET, 9:20 in Kourou: one
 *       instant), corroborated by NASA, ESA and Arianespace. ESA's forecast of 18 December is
 *       outdated by the reported actual date; NASA's own forecasts (31 October, 18 December, no
 *       earlier than 22, then 24 December) are superseded by NASA's next ones.
 *   <li><b>Does NASA's last forecast agree with the outcome?</b> Yes: its 25 December supports
 *       the time held.
 *   <li><b>Had it been launched on 21 December?</b> No: as known at the end of 21 December,
 *       nobody says it was; the forecasts of a date to come do not say it happened.
 *   <li><b>Did the clamp band incident happen, and before the launch?</b> Yes, reported by NASA
 *       (uncontested) on 22 November, so it had begun by then, before the launch.
 * </ol>
 */
class WebbLaunchReaderTest {

  private final Story story = ExampleReading.story("webb-launch-2021");
  private final Timeline timeline = Timeline.build(story);

  @Test
  void launch_isCorroboratedByNasaAndArianespace() {
    Verdict v = occurred(timeline, "launch");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).contains("arianespace-statements", "nasa-statements");
  }

  @Test
  void launch_esaThatDatesIt_saysItHappenedToo() {
    Verdict v = occurred(timeline, "launch");

    assertThat(supportingClaimants(v)).containsExactly("arianespace-statements", "esa-statements", "nasa-statements");
  }

  @Test
  void launchTime_is25December1220Utc_oneInstantInThreeTimeZones() {
    TimeBounds held = heldBounds(timing(timeline, "launch"));

    assertThat(held.earliestStart()).isEqualTo(instant("2021-12-25T12:20:00Z"));
    assertThat(held.latestEnd()).isBetween(instant("2021-12-25T12:20:00Z"), instant("2021-12-25T12:21:00Z"));
  }

  @Test
  void launchTime_isCorroborated_esasForecastOutdatedByTheActualDate() {
    Verdict v = timing(timeline, "launch");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).containsExactly("arianespace-statements", "esa-statements", "nasa-statements");
    assertOutdated(v, "esa-target-dec-18");
  }

  @Test
  void launchTime_nasasEarlierForecasts_areSupersededByNasa() {
    Verdict v = timing(timeline, "launch");

    assertThat(ids(v.superseded()))
        .containsExactlyInAnyOrder("nasa-target-oct-31", "nasa-target-dec-18", "nasa-net-dec-22", "nasa-net-dec-24");
  }

  @Test
  void launchTime_nasasLastForecast_agreesWithTheOutcome() {
    Verdict v = timing(timeline, "launch");

    assertThat(ExampleReading.weighed(v, "nasa-target-dec-25").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(ids(v.support())).contains("nasa-target-dec-25", "nasa-launch-time", "esa-launch-time", "arianespace-launch-time");
  }

  @Test
  void asKnownOn21December_launchHadNotHappened_forecastsSayNothingOfIt() {
    Verdict v = occurred(knownAt(story, "2021-12-22T00:00:00Z"), "launch");

    assertThat(v.status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(v.support()).isEmpty();
  }

  @Test
  void clampBandIncident_isUncontested() {
    Verdict v = occurred(timeline, "clamp-band-incident");

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(supportingClaimants(v)).containsExactly("nasa-statements");
  }

  @Test
  void clampBandIncident_happenedBy22November_beforeTheLaunch() {
    assertThat(timeline.derivedBounds(EventId.of("clamp-band-incident")).latestStart())
        .isBeforeOrEqualTo(instant("2021-11-23T00:00:00Z"));
    assertThat(timeline.derivedBounds(EventId.of("clamp-band-incident")).latestStart())
        .isBefore(timeline.derivedBounds(EventId.of("launch")).earliestStart());
  }
}
