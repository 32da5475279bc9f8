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

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader of the reporting on Ukraine International Airlines Flight 752 (January
 * 2020) concludes, question by question, checked against the timeline of
 * {@code examples/ps752-2020.json}.
 *
 * <ol>
 *   <li><b>Did the aircraft crash?</b> Yes, corroborated: the airline says so, and Ukraine's
 *       government (which counts the dead) and Iran's Civil Aviation Organization (which dates
 *       the crash) say so too.
 *   <li><b>When?</b> On 8 January 2020, undisputed.
 *   <li><b>How many died?</b> 176, corroborated by the airline and Ukraine's government.
 *   <li><b>Was it shot down by a missile?</b> Yes, corroborated: Canada's and the United
 *       Kingdom's prime ministers said so on intelligence, and Iran's armed forces admitted it.
 *       The Civil Aviation Organization's denial of 10 January is outdated by the armed forces'
 *       later admission (and the others' statements with it), which outweigh it.
 *   <li><b>Who says so?</b> The Revolutionary Guards' aerospace commander, taking responsibility
 *       for his force, says so too: four claimants.
 *   <li><b>What was known on 9 January (as known at midnight UTC on 10 January)?</b> The missile
 *       strike corroborated by Canada and the United Kingdom, nobody yet denying it.
 *   <li><b>And on 10 January?</b> Contested: the Civil Aviation Organization denied it; both
 *       sides stand (the denial, later but weaker, outdates neither prime minister's statement),
 *       and the strike is still taken as true.
 *   <li><b>Did a technical failure bring it down?</b> No, refuted: the Civil Aviation
 *       Organization's hedged early attribution is contradicted and outdated by the armed forces'
 *       admission; the embassy's early statement is superseded by its own withdrawal.
 *   <li><b>Who fired?</b> The Revolutionary Guards, as their commander said.
 *   <li><b>When was the missile fired?</b> Before the crash, so on 8 January at the latest.
 *   <li><b>How many missiles?</b> Two, as the Civil Aviation Organization's preliminary report
 *       said; uncontested.
 * </ol>
 */
class Ps752ReaderTest {

  private static final String MISSILE = "missile-strike";

  private final Story story = ExampleReading.story("ps752-2020");
  private final Timeline timeline = Timeline.build(story);

  @Test
  void crash_isCorroboratedByTheAirlineAndTheBodiesThatCountOrDateIt() {
    Verdict v = occurred(timeline, "crash");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).contains("iran-cao-statements", "uia-statements", "ukraine-government-statements");
  }

  @Test
  void crash_on8January() {
    Verdict v = timing(timeline, "crash");
    TimeBounds held = heldBounds(v);

    assertThat(v.status().isAccepted()).isTrue();
    assertThat(v.opposition()).isEmpty();
    assertThat(held.earliestStart()).isEqualTo(instant("2020-01-08T00:00:00Z"));
    assertThat(held.latestEnd()).isEqualTo(instant("2020-01-09T00:00:00Z"));
  }

  @Test
  void deaths_are176Corroborated() {
    Verdict v = quantity(timeline, "crash", "people killed");

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(heldQuantity(v).low()).isEqualTo(176);
    assertThat(heldQuantity(v).high()).isEqualTo(176);
  }

  @Test
  void missileStrike_isCorroborated_theEarlyDenialOutdatedByTheAdmission() {
    Verdict v = occurred(timeline, MISSILE);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(v.isAccepted()).isTrue();
    assertOutdated(v, "cao-missile-denial");
    assertCounted(v, "armed-forces-admission", Stance.SUPPORTS);
  }

  @Test
  void missileStrike_isSupportedByFourClaimants_theCommanderTakingResponsibilityAmongThem() {
    Verdict v = occurred(timeline, MISSILE);

    assertThat(supportingClaimants(v)).containsExactly("armed-forces-statement", "canada-pm", "hajizadeh-statement", "uk-pm");
  }

  @Test
  void asKnownOn9January_missileStrike_isCorroboratedByCanadaAndTheUk() {
    Verdict v = occurred(knownAt(story, "2020-01-10T00:00:00Z"), MISSILE);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(supportingClaimants(v)).containsExactly("canada-pm", "uk-pm");
  }

  @Test
  void asKnownOn10January_missileStrike_isContested_bothSidesStanding() {
    Verdict v = occurred(knownAt(story, "2020-01-11T00:00:00Z"), MISSILE);

    assertThat(v.status()).isEqualTo(VerdictStatus.CONTESTED);
    assertThat(v.isAccepted()).isTrue();
    assertCounted(v, "canada-missile", Stance.SUPPORTS);
    assertCounted(v, "uk-missile", Stance.SUPPORTS);
    assertCounted(v, "cao-missile-denial", Stance.OPPOSES);
  }

  @Test
  void technicalFailure_isRefuted_theEarlyAttributionOutdatedByTheAdmissionThatContradictsIt() {
    Verdict v = occurred(timeline, "technical-failure");

    assertThat(v.status()).isEqualTo(VerdictStatus.REFUTED);
    assertOutdated(v, "cao-technical-failure");
    assertThat(ids(v.opposition())).contains("armed-forces-admission");
    assertThat(ids(v.superseded())).containsExactly("embassy-technical-failure");
  }

  @Test
  void technicalFailure_embassysEarlyStatement_isSupersededByItsWithdrawal() {
    Verdict v = occurred(timeline, "technical-failure");

    assertThat(ids(v.superseded())).containsExactly("embassy-technical-failure");
    assertThat(ExampleReading.weighed(v, "embassy-technical-failure").supersededBy().map(id -> id.value()))
        .contains("embassy-withdrawn");
  }

  @Test
  void revolutionaryGuards_firedTheMissiles() {
    ClaimKey key = new ClaimKey(ClaimType.PARTICIPATION, EventId.of(MISSILE), Optional.empty(), Optional.of(ActorId.of("irgc")), Optional.empty());
    Verdict v = ExampleReading.verdict(timeline, key);

    assertThat(v.isAccepted()).isTrue();
    assertThat(v.value()).contains(new Claim.Participation(EventId.of(MISSILE), ActorId.of("irgc"), Role.AGENT));
    assertCounted(v, "hajizadeh-responsibility", Stance.SUPPORTS);
  }

  @Test
  void missileStrike_cameBeforeTheCrash_on8JanuaryAtTheLatest() {
    assertThat(timeline.isNecessarilyBefore(EventId.of(MISSILE), EventId.of("crash"))).isTrue();
    assertThat(timeline.derivedBounds(EventId.of(MISSILE)).latestStart()).isBeforeOrEqualTo(instant("2020-01-09T00:00:00Z"));
    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void missilesFired_areTwoUncontested() {
    Verdict v = quantity(timeline, MISSILE, "missiles fired");

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(heldQuantity(v).low()).isEqualTo(2);
    assertThat(heldQuantity(v).high()).isEqualTo(2);
  }
}
