package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * guava-testlib over every public value type of core: equality from the factories'
 * arguments ({@link ClassSanityTester}), null hostility of instance methods ({@link
 * NullPointerTester}) and hand-made equality groups ({@link EqualsTester}) where a factory's
 * arguments are too constrained to be generated. Complements {@code ModelValuesTest}, which covers
 * the static factories and constructors with {@code NullPointerTester}.
 */
class ValueTypesSanityTest {

  private static final TimeBounds AUGUST = TimeBounds.parse("2024-08");
  private static final TimeBounds OCTOBER = TimeBounds.parse("2024-10");

  private static ClassSanityTester tester() {
    return new ClassSanityTester()
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(EventId.class, EventId.of("e1"), EventId.of("e2"))
        .setDistinctValues(ActorId.class, ActorId.of("a1"), ActorId.of("a2"))
        .setDistinctValues(PlaceId.class, PlaceId.of("p1"), PlaceId.of("p2"))
        .setDistinctValues(SourceId.class, SourceId.of("s1"), SourceId.of("s2"))
        .setDistinctValues(AssertionId.class, AssertionId.of("x1"), AssertionId.of("x2"))
        .setDistinctValues(Role.class, Role.AGENT, Role.TARGET)
        .setDistinctValues(TimeBounds.class, AUGUST, OCTOBER)
        .setDistinctValues(Set.class, EnumSet.of(IntervalRelation.BEFORE), EnumSet.of(IntervalRelation.AFTER));
  }

  @ParameterizedTest
  @ValueSource(classes = {EventId.class, ActorId.class, PlaceId.class, SourceId.class, AssertionId.class,
      EventType.class, ActorKind.class, SourceKind.class, Role.class, EventCode.class,
      Participant.class, AssertionLink.class, Factuality.class, Coordinates.class, StoryProblem.class})
  void factories_giveEqualValuesForEqualArguments_andRefuseNulls(Class<?> type) throws Exception {
    tester().forAllPublicStaticMethods(type).thatReturn(type).testEquals().testNulls();
  }

  @ParameterizedTest
  @ValueSource(classes = {Claim.Occurred.class, Claim.Timing.class, Claim.Location.class, Claim.Participation.class,
      Claim.Relation.class, Claim.SameAs.class})
  void claims_equalByTheirFields_andRefuseNulls(Class<?> type) {
    tester().testEquals(type);
    tester().testNulls(type);
  }

  @Test
  void quote_equalByTextAndLanguage() {
    new EqualsTester()
        .addEqualityGroup(Quote.of("auraient subi", "fr"), new Quote("auraient subi", "fr"))
        .addEqualityGroup(Quote.of("auraient subi", "fr-FR"))
        .addEqualityGroup(Quote.of("ont subi", "fr"))
        .testEquals();
  }

  @Test
  void quantity_equalByEveryField() {
    EventId e = EventId.of("e");
    new EqualsTester()
        .addEqualityGroup(Claim.Quantity.of(e, "soldiers", 10_000, "person", true),
            new Claim.Quantity(e, "soldiers", 10_000, 10_000, Optional.of("person"), true))
        .addEqualityGroup(Claim.Quantity.of(e, "soldiers", 10_000, "person", false))
        .addEqualityGroup(Claim.Quantity.of(e, "soldiers", 12_000, "person", true))
        .addEqualityGroup(Claim.Quantity.of(e, "troops", 10_000, "person", true))
        .addEqualityGroup(Claim.Quantity.of(e, "soldiers", 10_000, null, true))
        .addEqualityGroup(new Claim.Quantity(e, "soldiers", 9_000, 10_000, Optional.of("person"), true))
        .addEqualityGroup(Claim.Quantity.of(EventId.of("f"), "soldiers", 10_000, "person", true))
        .testEquals();
  }

  @Test
  void elements_equalByEveryField() {
    new EqualsTester()
        .addEqualityGroup(Actor.builder("a", "A").build(), Actor.builder("a", "A").build())
        .addEqualityGroup(Actor.builder("a", "B").build())
        .addEqualityGroup(Actor.builder("a", "A").kind(ActorKind.STATE).build())
        .addEqualityGroup(Actor.builder("a", "A").memberOf("b").build())
        .addEqualityGroup(Place.builder("a", "A").build(), Place.builder("a", "A").build())
        .addEqualityGroup(Place.builder("a", "A").within("b").build())
        .addEqualityGroup(Place.builder("a", "A").coordinates(1, 2).build())
        .addEqualityGroup(Source.builder("a", "A").build(), Source.builder("a", "A").build())
        .addEqualityGroup(Source.builder("a", "A").reliability(0.5).build())
        .addEqualityGroup(Event.builder("a", "A").build(), Event.builder("a", "A").build())
        .addEqualityGroup(Event.builder("a", "A").when(AUGUST).build())
        .addEqualityGroup(Event.builder("a", "A").partOf("b").build())
        .addEqualityGroup(assertion().build(), assertion().build())
        .addEqualityGroup(assertion().factuality(Factuality.POSSIBLE).build())
        .addEqualityGroup(assertion().note("n").build())
        .addEqualityGroup(assertion().stated(OCTOBER).build())
        .testEquals();
  }

  private static Assertion.Builder assertion() {
    return Assertion.builder("x", "s", new Claim.Occurred(EventId.of("e")));
  }

  @Test
  void stories_equalByEveryPart() {
    new EqualsTester()
        .addEqualityGroup(Story.builder().build(), Story.builder().build())
        .addEqualityGroup(Story.builder().title("T").build())
        .addEqualityGroup(Story.builder().language("fr").build())
        .addEqualityGroup(Story.builder().actor(Actor.builder("a", "A").build()).build())
        .addEqualityGroup(Story.builder().event(Event.builder("e", "E").build()).build())
        .testEquals();
  }

  @Test
  void timeBounds_equalByBoundsPrecisionAndLabel() {
    new EqualsTester()
        .addEqualityGroup(TimeBounds.parse("2024-08"), TimeBounds.parse("2024-08"))
        .addEqualityGroup(TimeBounds.parse("2024-08~"))
        .addEqualityGroup(TimeBounds.parse("2024-08?"))
        .addEqualityGroup(TimeBounds.parse("2024-08-01/2024-08-31"))
        .addEqualityGroup(TimeBounds.early(java.time.YearMonth.of(2024, 8)))
        .addEqualityGroup(TimeBounds.parse("2024-08").withLabel("August"))
        .addEqualityGroup(TimeBounds.at(Instant.parse("2024-08-01T00:00:00Z")))
        .testEquals();
  }

  @Test
  void instanceMethods_refuseNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(TimeBounds.class, AUGUST)
        .setDefault(String.class, "text")
        .setDefault(EventId.class, EventId.of("e"))
        .setDefault(ActorId.class, ActorId.of("a"))
        .setDefault(PlaceId.class, PlaceId.of("p"))
        .setDefault(SourceId.class, SourceId.of("s"))
        .setDefault(AssertionId.class, AssertionId.of("x"))
        .setDefault(Role.class, Role.AGENT);
    List<Object> values = List.of(AUGUST, IntervalRelation.BEFORE, Story.builder().build(), Story.builder(),
        Actor.builder("a", "A"), Place.builder("p", "P"), Source.builder("s", "S"), Event.builder("e", "E"),
        assertion(), new Claim.Occurred(EventId.of("e")), Factuality.CERTAIN,
        Actor.builder("a", "A").build(), Event.builder("e", "E").build(), assertion().build());
    for (Object value : values) {
      tester.testAllPublicInstanceMethods(value);
    }
    assertThat(values).hasSize(14);
  }

  @Test
  void timeBoundsFactories_refuseNulls() {
    new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2024, 8, 6))
        .setDefault(Instant.class, Instant.parse("2024-08-06T00:00:00Z"))
        .setDefault(TimeBounds.class, AUGUST)
        .setDefault(String.class, "2024")
        .testAllPublicStaticMethods(TimeBounds.class);
  }

  @Test
  void controlCharacters_refuseNulls() {
    new NullPointerTester().testAllPublicStaticMethods(ControlCharacters.class);
  }
}
