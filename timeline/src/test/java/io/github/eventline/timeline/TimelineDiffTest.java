package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineDiffTest {

  private static final Instant BEFORE_ADDRESS = Instant.parse("2024-12-01T00:00:00Z");
  private static final Instant AFTER_ARTICLE = Instant.parse("2024-12-20T00:00:00Z");

  private static Timeline knownAt(Instant instant) {
    return Timeline.build(SeedStory.story().asKnownAt(instant));
  }

  @Test
  void seed_troopsInAssaultsGoesFromUnverifiedToCorroborated() {
    TimelineDiff diff = TimelineDiff.between(knownAt(BEFORE_ADDRESS), knownAt(AFTER_ARTICLE));

    TimelineDiff.VerdictChange change = diff.verdictsChanged().stream()
        .filter(c -> c.key().equals(ClaimKey.occurred(SeedStory.ASSAULTS))).findFirst().orElseThrow();
    assertThat(change.isStatusChanged()).isTrue();
    assertThat(change).hasToString("occurred(nk-troops-in-assaults): UNVERIFIED -> CORROBORATED");
  }

  @Test
  void seed_newQuestionsAppearAndNoEventComesOrGoes() {
    TimelineDiff diff = TimelineDiff.between(knownAt(BEFORE_ADDRESS), knownAt(AFTER_ARTICLE));

    assertThat(diff.eventsAdded()).isEmpty();
    assertThat(diff.eventsRemoved()).isEmpty();
    assertThat(diff.verdictsChanged()).extracting(Object::toString).contains(
        "relation(kursk-offensive, putin-requests-help): none -> UNCONTESTED",
        "quantity(nk-troops-in-kursk, soldiers): none -> UNCONTESTED",
        "occurred(putin-requests-help): UNVERIFIED -> UNCONTESTED");
    assertThat(diff.verdictsChanged()).extracting(TimelineDiff.VerdictChange::key).isSorted();
  }

  @Test
  void seed_theRequestsBoundsTightenOnceTheArticleSaysItCameAfterTheOffensive() {
    TimelineDiff diff = TimelineDiff.between(knownAt(BEFORE_ADDRESS), knownAt(AFTER_ARTICLE));

    assertThat(diff.boundsChanged()).singleElement().satisfies(c -> {
      assertThat(c.event()).isEqualTo(SeedStory.REQUEST);
      assertThat(c.kind()).isEqualTo(TimelineDiff.BoundsChangeKind.TIGHTENED);
      assertThat(c.before()).isEqualTo(TimeBounds.unbounded());
    });
    assertThat(TimelineDiff.between(knownAt(AFTER_ARTICLE), knownAt(BEFORE_ADDRESS)).boundsChanged())
        .extracting(TimelineDiff.BoundsChange::kind).containsExactly(TimelineDiff.BoundsChangeKind.WIDENED);
  }

  @Test
  void sameTimeline_hasNoChange() {
    Timeline t = knownAt(AFTER_ARTICLE);

    assertThat(TimelineDiff.between(t, t).isEmpty()).isTrue();
    assertThat(TimelineDiff.between(t, t)).hasToString("TimelineDiff[0 added, 0 removed, 0 verdicts, 0 bounds, 0 moved]");
  }

  private static Story months(String firstMonth) {
    return Story.builder()
        .source(Source.builder("s1", "Source").build())
        .event(
            Event.builder("e1", "first").when(TimeBounds.parse(firstMonth)).build(),
            Event.builder("e2", "second").when(TimeBounds.parse("2024-09")).build(),
            Event.builder("e3", "third").when(TimeBounds.parse("2024-10")).build())
        .build();
  }

  @Test
  void reorderedEvent_isTheOneThatMoved() {
    TimelineDiff diff = TimelineDiff.between(Timeline.build(months("2024-08")), Timeline.build(months("2024-11")));

    assertThat(diff.orderChanged()).containsExactly(new TimelineDiff.OrderChange(EventId.of("e1"), 0, 2));
    assertThat(diff.boundsChanged()).extracting(TimelineDiff.BoundsChange::kind)
        .containsExactly(TimelineDiff.BoundsChangeKind.MOVED);
  }

  @Test
  void eventsAddedAndRemoved_areListedById() {
    Story before = months("2024-08");
    Story after = Story.builder()
        .source(Source.builder("s1", "Source").build())
        .event(
            Event.builder("e2", "second").when(TimeBounds.parse("2024-09")).build(),
            Event.builder("e4", "fourth").build(),
            Event.builder("e0", "zeroth").build())
        .assertion(Assertion.builder("a1", "s1", new Claim.Occurred(EventId.of("e4"))).build())
        .build();

    TimelineDiff diff = TimelineDiff.between(Timeline.build(before), Timeline.build(after));

    assertThat(diff.eventsAdded()).extracting(EventId::value).containsExactly("e0", "e4");
    assertThat(diff.eventsRemoved()).extracting(EventId::value).containsExactly("e1", "e3");
    assertThat(diff.verdictsChanged()).extracting(Object::toString).containsExactly(
        "occurred(e0): none -> UNVERIFIED", "occurred(e1): UNVERIFIED -> none", "occurred(e3): UNVERIFIED -> none",
        "occurred(e4): none -> UNCONTESTED", "timing(e1): UNCONTESTED -> none", "timing(e3): UNCONTESTED -> none");
    assertThat(diff.orderChanged()).isEmpty();
  }

  private static Story inMonths(String... idAndMonth) {
    Story.Builder story = Story.builder().source(Source.builder("s1", "Source").build());
    for (int i = 0; i < idAndMonth.length; i += 2) {
      story.event(Event.builder(idAndMonth[i], idAndMonth[i]).when(TimeBounds.parse(idAndMonth[i + 1])).build());
    }
    return story.build();
  }

  @Test
  void severalMovedEvents_areListedByIdNotByNewPosition() {
    Timeline before = Timeline.build(inMonths("a", "2024-01", "b", "2024-02", "c", "2024-03", "d", "2024-04"));
    Timeline after = Timeline.build(inMonths("a", "2024-07", "b", "2024-08", "c", "2024-06", "d", "2024-05"));

    TimelineDiff diff = TimelineDiff.between(before, after);

    assertThat(diff.orderChanged()).containsExactly(
        new TimelineDiff.OrderChange(EventId.of("c"), 2, 1), new TimelineDiff.OrderChange(EventId.of("d"), 3, 0));
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff).hasToString("TimelineDiff[0 added, 0 removed, 4 verdicts, 4 bounds, 2 moved]");
  }

  @Test
  void timelinesWithNoEventInCommon_haveNoOrderChange() {
    TimelineDiff diff = TimelineDiff.between(
        Timeline.build(inMonths("a", "2024-01")), Timeline.build(inMonths("b", "2024-01")));

    assertThat(diff.orderChanged()).isEmpty();
    assertThat(diff.boundsChanged()).isEmpty();
    assertThat(diff.eventsAdded()).containsExactly(EventId.of("b"));
    assertThat(diff.eventsRemoved()).containsExactly(EventId.of("a"));
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void manyEventsAdded_areListedInIdOrderWhateverTheirHashes() {
    String[] before = {"k0", "2024-01"};
    String[] after = new String[60];
    for (int i = 0; i < 30; i++) {
      after[2 * i] = "k" + (29 - i) * 7;
      after[2 * i + 1] = "2024-01";
    }

    TimelineDiff diff = TimelineDiff.between(Timeline.build(inMonths(before)), Timeline.build(inMonths(after)));
    TimelineDiff back = TimelineDiff.between(Timeline.build(inMonths(after)), Timeline.build(inMonths(before)));

    assertThat(diff.eventsAdded()).hasSize(29).isSorted();
    assertThat(back.eventsRemoved()).isEqualTo(diff.eventsAdded());
  }

  @Test
  void verdictsThatAppearOrGoAway_areNotStatusChanges() {
    TimelineDiff diff = TimelineDiff.between(Timeline.build(months("2024-08")), Timeline.build(months("2024-11")));
    Story after = Story.builder()
        .source(Source.builder("s1", "Source").build())
        .event(Event.builder("e1", "first").build())
        .assertion(Assertion.builder("a1", "s1", new Claim.Occurred(EventId.of("e1"))).build())
        .build();
    TimelineDiff gone = TimelineDiff.between(Timeline.build(months("2024-08")), Timeline.build(after));

    assertThat(diff.verdictsChanged()).extracting(Object::toString)
        .containsExactly("timing(e1): UNCONTESTED -> UNCONTESTED");
    assertThat(diff.verdictsChanged()).noneMatch(TimelineDiff.VerdictChange::isStatusChanged);
    assertThat(gone.verdictsChanged()).extracting(Object::toString).contains(
        "occurred(e1): UNVERIFIED -> UNCONTESTED", "timing(e2): UNCONTESTED -> none");
    assertThat(gone.verdictsChanged()).filteredOn(TimelineDiff.VerdictChange::isStatusChanged)
        .extracting(Object::toString).containsExactly("occurred(e1): UNVERIFIED -> UNCONTESTED");
  }
}
