package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Ids, vocabulary terms and small values: syntax, equality, null hostility. */
class ModelValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "kursk-offensive", "Q3874799", "a.b_c:d-e", "0"})
  void id_acceptsTheDocumentedSyntax(String value) {
    assertThat(EventId.of(value).value()).isEqualTo(value);
    assertThat(EventId.of(value)).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-leading-dash", "has space", "é", "a/b"})
  void id_rejectsOtherText(String value) {
    assertThatThrownBy(() -> ActorId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid actor id \"" + value + "\": an id is 1 to 200 characters, letters, digits"
            + " and . _ : -, starting with a letter or digit");
  }

  @Test
  void id_rejects201Characters_andAbbreviatesTheMessage() {
    String longId = "a".repeat(201);
    assertThat(EventId.of("a".repeat(200)).value()).hasSize(200);
    assertThatThrownBy(() -> EventId.of(longId)).hasMessageStartingWith("Invalid event id \"" + "a".repeat(57) + "...\"");
  }

  @Test
  void ids_haveValueEquality_perKind() {
    new EqualsTester()
        .addEqualityGroup(EventId.of("x"), EventId.of("x"))
        .addEqualityGroup(ActorId.of("x"))
        .addEqualityGroup(EventId.of("y"))
        .testEquals();
  }

  @Test
  void vocabulary_takesOpenTerms_andRefusesBlank() {
    assertThat(EventType.of("military-offensive")).isEqualTo(EventType.MILITARY_OFFENSIVE);
    assertThat(EventType.of("CAMEO:190").value()).isEqualTo("CAMEO:190");
    assertThat(Role.of("négociateur")).hasToString("négociateur");
    assertThatThrownBy(() -> Role.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid participant role \" \": it starts with U+0020, not a letter or a digit; a term is a letter"
            + " or a digit followed by up to 99 letters, digits and . _ : / -, such as \"military-offensive\"");
  }

  @Test
  void factuality_printsFactBankCodes() {
    assertThat(Factuality.CERTAIN).hasToString("CT+");
    assertThat(Factuality.PROBABLE).hasToString("PR+");
    assertThat(Factuality.POSSIBLE).hasToString("PS+");
    assertThat(Factuality.DENIED).hasToString("CT-");
    assertThat(Factuality.UNCOMMITTED).hasToString("Uu");
    assertThat(Factuality.UNCOMMITTED.isUncommitted()).isTrue();
    assertThat(Factuality.DENIED.isUncommitted()).isFalse();
  }

  @Test
  void source_rejectsReliabilityOutsideZeroToOne() {
    assertThatThrownBy(() -> Source.builder("s", "S").reliability(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Reliability 1.5 of source s is out of range: expected 0 to 1");
    assertThatThrownBy(() -> Source.builder("s", "S").reliability(Double.NaN).build())
        .hasMessage("Reliability NaN of source s is out of range: expected 0 to 1");
    assertThat(Source.builder("s", "S").reliability(0).build().reliability()).hasValue(0);
  }

  @Test
  void quantity_rejectsLowAboveHigh_andNonFiniteValues() {
    EventId e = EventId.of("e");
    assertThatThrownBy(() -> new Claim.Quantity(e, "soldiers", 12_000, 10_000, Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity of soldiers out of order: low 12000.0 is above high 10000.0");
    assertThatThrownBy(() -> Claim.Quantity.of(e, "soldiers", Double.POSITIVE_INFINITY, null, false))
        .hasMessage("Quantity of soldiers is not a finite number: Infinity..Infinity");
  }

  @Test
  void place_rejectsBadCountryAndCoordinates() {
    assertThatThrownBy(() -> Place.builder("p", "P").country("Russia").build())
        .hasMessage("Invalid country code \"Russia\": expected ISO 3166-1 alpha-2, such as \"RU\"");
    assertThatThrownBy(() -> Place.builder("p", "P").coordinates(91, 0))
        .hasMessage("Latitude 91.0 is out of range: expected -90 to 90");
    assertThatThrownBy(() -> Place.builder("p", "P").coordinates(0, -181))
        .hasMessage("Longitude -181.0 is out of range: expected -180 to 180");
  }

  @Test
  void blankNames_andSummaries_areRefused() {
    assertThatThrownBy(() -> Actor.builder("a", " ").build()).hasMessage("name is blank");
    assertThatThrownBy(() -> Event.builder("e", "").build()).hasMessage("summary is blank");
  }

  @Test
  void extensions_mustStartWithX() {
    assertThatThrownBy(() -> Event.builder("e", "E").extension("color", "\"red\"").build())
        .hasMessage("Extension field \"color\" must start with \"x-\"");
    assertThat(Event.builder("e", "E").extension("x-color", "\"red\"").build().extensions())
        .containsEntry("x-color", "\"red\"");
  }

  @Test
  void claimKeys_meetForTheSameQuestion() {
    EventId a = EventId.of("a");
    EventId b = EventId.of("b");
    Claim before = Claim.Relation.of(a, java.util.EnumSet.of(io.github.eventline.core.time.IntervalRelation.BEFORE), b);
    Claim after = Claim.Relation.of(b, java.util.EnumSet.of(io.github.eventline.core.time.IntervalRelation.AFTER), a);
    assertThat(before.key()).isEqualTo(after.key());
    assertThat(before.key()).hasToString("relation(a, b)");
    assertThat(new Claim.Timing(a, TimeBounds.on(LocalDate.of(2024, 8, 6))).key())
        .isEqualTo(new Claim.Timing(a, TimeBounds.on(LocalDate.of(2024, 8, 7))).key())
        .isNotEqualTo(new Claim.Occurred(a).key());
    assertThat(new Claim.Participation(a, ActorId.of("x"), Role.AGENT).key())
        .isNotEqualTo(new Claim.Participation(a, ActorId.of("y"), Role.AGENT).key());
  }

  @Test
  void closestMatch_suggestsTyposAndCaseSlips_butNotDistantNames() {
    java.util.List<String> known = java.util.List.of("nk-assault", "kursk-offensive", "KURSK");
    assertThat(StoryProblem.closestMatch("nk-assualt", known)).contains("nk-assault");
    assertThat(StoryProblem.closestMatch("kursk", known)).contains("KURSK");
    assertThat(StoryProblem.closestMatch("putin-asks-kim", known)).isEmpty();
    assertThat(StoryProblem.closestMatch("ab", java.util.List.of("cd", "ba"))).contains("ba");
    assertThat(StoryProblem.closestMatch("x", java.util.List.of())).isEmpty();
  }

  @Test
  void publicFactories_refuseNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(EventId.class, EventId.of("e"))
        .setDefault(ActorId.class, ActorId.of("a"))
        .setDefault(PlaceId.class, PlaceId.of("p"))
        .setDefault(SourceId.class, SourceId.of("s"))
        .setDefault(AssertionId.class, AssertionId.of("x"))
        .setDefault(Role.class, Role.AGENT)
        .setDefault(String.class, "text")
        .setDefault(TimeBounds.class, TimeBounds.on(LocalDate.of(2024, 1, 1)))
        .setDefault(Claim.class, new Claim.Occurred(EventId.of("e")));
    for (Class<?> type : new Class<?>[] {
        EventId.class, ActorId.class, Factuality.class, Quote.class, Participant.class, EventCode.class,
        AssertionLink.class, Claim.Occurred.class, Claim.Timing.class, Claim.Location.class,
        Claim.Participation.class, Claim.Relation.class, Claim.SameAs.class, StoryProblem.class,
        Actor.class, Place.class, Source.class, Event.class, Assertion.class, ClaimKey.class}) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
  }
}
