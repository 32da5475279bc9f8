package io.github.eventline.timeline;

import static io.github.eventline.timeline.SeedStory.ASSAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed story's verdicts, one by one, against what a careful reader of the article concludes. */
class SeedReconciliationTest {

  private final Reconciliation reconciliation = Reconciliation.of(SeedStory.story());

  private static ClaimKey key(ClaimType type, EventId event) {
    return new ClaimKey(type, event, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private Verdict verdict(ClaimKey key) {
    return reconciliation.verdict(key).orElseThrow();
  }

  private static List<String> ids(List<AssertionId> ids) {
    return ids.stream().map(AssertionId::value).toList();
  }

  @Test
  void troopsInAssaults_isCorroboratedOnceZelenskySettlesAustinsEarlierUncertainty() {
    Verdict v = reconciliation.occurrence(ASSAULTS);

    // Zelensky's address places the assaults in Kursk (a3, certain): it says they happened (rule 1),
    // and settles Austin's earlier "no information" (rule 2).
    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(ids(v.support())).containsExactly("a1", "a3");
    assertThat(ids(v.opposition())).isEmpty();
    assertThat(ids(v.outdated())).containsExactly("a2");
    // 0.5 (default reliability) x 0.75 (probable) x 0.9^2 (article, address); Zelensky 0.6 x 0.9 (article).
    assertThat(v.explanation().get(0).weight()).isCloseTo(0.09, within(1e-12));
    assertThat(v.explanation().get(1).weight()).isCloseTo(0.30375, within(1e-12));
    assertThat(v.explanation().get(2).weight()).isCloseTo(0.54, within(1e-12));
    assertThat(v.confidence()).isCloseTo(1 - (1 - 0.30375) * (1 - 0.54), within(1e-12));
  }

  @Test
  void troopsInAssaults_explainsEachWeight() {
    Verdict v = reconciliation.occurrence(ASSAULTS);

    assertThat(v.explanation()).extracting(Weighed::reason).containsExactly(
        "outdated: outdated by a3: a later certain statement settles what it hedged;"
            + " weight 0.09 = reliability 0.8 x underspecified 0.25 x 1 relay 0.9 x uncommitted 0.5;"
            + " outdated by a3, not counted",
        "supports: states the claim;"
            + " weight 0.304 = reliability 0.5 x probable 0.75 x 2 relays 0.9^2",
        "supports: implied by a3 (location of nk-troops-in-assaults);"
            + " weight 0.54 = reliability 0.6 x certain 1 x 1 relay 0.9");
  }

  @Test
  void austinsUncommittedStatement_neverRefutes_andIsOutdatedByZelenskysLaterCertainStatement() {
    assertThat(reconciliation.occurrence(ASSAULTS).explanation())
        .filteredOn(w -> w.assertion().value().equals("a2"))
        .extracting(Weighed::stance, w -> w.outdatedBy().map(AssertionId::value).orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Stance.OUTDATED, "a3"));
    Story beforeAddress = SeedStory.story().asKnownAt(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(Reconciliation.of(beforeAddress).occurrence(ASSAULTS).explanation())
        .extracting(Weighed::stance).containsExactly(Stance.DOUBTS);
  }

  @Test
  void tenThousandSoldiers_isUncontestedAndApproximate() {
    Verdict v = verdict(new ClaimKey(ClaimType.QUANTITY, SeedStory.IN_KURSK, Optional.empty(), Optional.empty(), Optional.of("soldiers")));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.value()).contains(Claim.Quantity.of(SeedStory.IN_KURSK, "soldiers", 10_000, "person", true));
    assertThat(v.confidence()).isCloseTo(0.6 * 0.5 * 0.9, within(1e-12));
  }

  @Test
  void requestAfterTheOffensive_isHeldFromTheOffensivesSide() {
    Verdict v = verdict(new ClaimKey(ClaimType.RELATION, SeedStory.OFFENSIVE, Optional.of(SeedStory.REQUEST), Optional.empty(), Optional.empty()));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.value()).contains(Claim.Relation.of(
        SeedStory.OFFENSIVE, EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.MEETS), SeedStory.REQUEST));
    // Hedged: "aurait sollicité" is possible, 0.7 x 0.5.
    assertThat(v.confidence()).isCloseTo(0.35, within(1e-12));
  }

  @Test
  void hedgedRequest_isUncontestedWithLowConfidence() {
    Verdict v = reconciliation.occurrence(SeedStory.REQUEST);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.confidence()).isCloseTo(0.35, within(1e-12));
  }

  @Test
  void offensiveTiming_editorAndArticleAgreeButTheEditorDoesNotCorroborate() {
    Verdict v = verdict(key(ClaimType.TIMING, SeedStory.OFFENSIVE));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(ids(v.support())).containsExactly("a8", "editor:when:kursk-offensive");
    assertThat(v.value()).contains(new Claim.Timing(SeedStory.OFFENSIVE, SeedStory.EARLY_AUGUST));
    assertThat(v.confidence()).isCloseTo(1 - 0.5 * 0.3, within(1e-12));
  }

  @Test
  void assaultsInKursk_zelenskyAndEditorAgreeOnThePlace() {
    Verdict v = verdict(key(ClaimType.LOCATION, ASSAULTS));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.value()).contains(new Claim.Location(ASSAULTS, PlaceId.of("kursk-oblast")));
  }

  @Test
  void editorParticipants_areUncontestedAssertionsOfTheEditor() {
    Verdict v = verdict(new ClaimKey(ClaimType.PARTICIPATION, SeedStory.OFFENSIVE, Optional.empty(),
        Optional.of(ActorId.of("ukraine-armed-forces")), Optional.empty()));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(v.explanation()).extracting(Weighed::source).extracting(Object::toString).containsExactly("editor");
  }

  @Test
  void escalation_declaredButAssertedByNobody_isUnverified() {
    Verdict v = reconciliation.occurrence(SeedStory.ESCALATION);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(v.confidence()).isZero();
    assertThat(v.explanation()).isEmpty();
    assertThat(v.value()).contains(new Claim.Occurred(SeedStory.ESCALATION));
  }

  @Test
  void everyQuestionGetsOneVerdict_inTheStorysOrderOfEvents() {
    List<Verdict> verdicts = reconciliation.verdicts();

    assertThat(verdicts).hasSize(16);
    assertThat(verdicts).extracting(v -> v.key().toString()).startsWith(
        "occurred(nk-troops-in-assaults)", "location(nk-troops-in-assaults)",
        "participation(nk-troops-in-assaults, nk-troops)", "occurred(nk-troops-in-kursk)");
    assertThat(verdicts).filteredOn(v -> v.key().type() == ClaimType.OCCURRED).hasSize(7);
  }

  @Test
  void hedgedAndSingleSourcedClaims_areUncontested() {
    assertThat(List.of(SeedStory.IN_KURSK, SeedStory.LOSSES, SeedStory.OFFENSIVE, SeedStory.FUEL))
        .extracting(e -> reconciliation.occurrence(e).status())
        .containsOnly(VerdictStatus.UNCONTESTED);
  }

  @Test
  void asKnownAt_beforeZelenskysAddress_troopsInAssaultsIsUnverified() {
    Story before = SeedStory.story().asKnownAt(Instant.parse("2024-12-01T00:00:00Z"));

    Verdict v = Reconciliation.of(before).occurrence(ASSAULTS);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(ids(v.opposition())).containsExactly("a2");
    assertThat(v.support()).isEmpty();
  }

  @Test
  void asKnownAt_beforeAustinsStatement_troopsInAssaultsIsUnverifiedWithNothingSaid() {
    Story before = SeedStory.story().asKnownAt(Instant.parse("2024-10-01T00:00:00Z"));

    Verdict v = Reconciliation.of(before).occurrence(ASSAULTS);

    assertThat(v.status()).isEqualTo(VerdictStatus.UNVERIFIED);
    assertThat(v.explanation()).isEmpty();
  }

  @Test
  void asKnownAt_afterZelenskysAddress_troopsInAssaultsIsCorroborated() {
    Story after = SeedStory.story().asKnownAt(Instant.parse("2024-12-15T00:00:00Z"));

    Verdict v = Reconciliation.of(after).occurrence(ASSAULTS);

    assertThat(v.status()).isEqualTo(VerdictStatus.CORROBORATED);
    assertThat(ids(v.support())).containsExactly("a1", "a3");
  }

  @Test
  void isAccepted_holdsForSupportOfAcceptedVerdictsOnly() {
    assertThat(reconciliation.isAccepted(AssertionId.of("a1"))).isTrue();
    assertThat(reconciliation.isAccepted(AssertionId.of("a2"))).isFalse();
    assertThat(reconciliation.isAccepted(AssertionId.of("a10"))).isTrue();
    assertThat(reconciliation.isAccepted(AssertionId.of("editor:when:kursk-offensive"))).isTrue();
    assertThat(reconciliation.isAccepted(AssertionId.of("not-in-the-story"))).isFalse();
  }

  @Test
  void everyPolicy_acceptsTroopsInAssaultsNeverRefuted() {
    for (ReconciliationPolicy policy : List.of(ReconciliationPolicy.defaults(), ReconciliationPolicy.mostReliableSource(),
        ReconciliationPolicy.latestStatement(), ReconciliationPolicy.sourceTrust())) {
      assertThat(Reconciliation.of(SeedStory.story(), policy).occurrence(ASSAULTS).status())
          .as(policy.method().name())
          .isEqualTo(VerdictStatus.CORROBORATED);
    }
  }
}
