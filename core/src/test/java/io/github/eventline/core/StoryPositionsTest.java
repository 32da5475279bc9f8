package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.IdPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The positions a validated story keeps: each agrees with looking its id up, and a derived story has none. */
class StoryPositionsTest {

  private static final long BASE_SEED = 0x9051_2026L;

  @RepeatedTest(60)
  void positions_ofAValidatedStory_agreeWithLookupsById(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Story story = randomStory(new Random(seed));
    AssertionPositions positions = StoryAccess.get().assertionPositions(story);

    assertThat(positions).as("seed %d", seed).isNotNull();
    boolean editorDeclared = story.sources().stream().anyMatch(s -> s.id().equals(Source.EDITOR));
    for (int i = 0; i < story.assertions().size(); i++) {
      Assertion a = story.assertions().get(i);
      Claim claim = a.claim();
      String where = "seed " + seed + ", assertion " + i + " " + a.id();
      assertThat(story.events().get(positions.event()[i])).as(where).isSameAs(story.event(claim.event()).orElseThrow());
      EventId other = claim instanceof Claim.Relation r ? r.other() : claim instanceof Claim.SameAs s ? s.other() : null;
      if (other == null) {
        assertThat(positions.other()[i]).as(where).isEqualTo(-1);
      } else {
        assertThat(story.events().get(positions.other()[i])).as(where).isSameAs(story.event(other).orElseThrow());
      }
      if (a.source().equals(Source.EDITOR) && !editorDeclared) {
        assertThat(positions.source()[i]).as(where).isEqualTo(-1);
      } else {
        assertThat(story.sources().get(positions.source()[i])).as(where).isSameAs(story.source(a.source()).orElseThrow());
      }
    }
  }

  @RepeatedTest(20)
  void eventAndSourcePositions_ofAValidatedStory_areTheirListPositions(RepetitionInfo repetition) {
    long seed = BASE_SEED + repetition.getCurrentRepetition();
    Story story = randomStory(new Random(seed));
    IdPositions<EventId> events = StoryAccess.get().eventPositions(story);
    IdPositions<SourceId> sources = StoryAccess.get().sourcePositions(story);

    for (int i = 0; i < story.events().size(); i++) {
      assertThat(events.indexOf(EventId.of(story.events().get(i).id().value()))).as("seed %d, event %d", seed, i).isEqualTo(i);
    }
    for (int i = 0; i < story.sources().size(); i++) {
      assertThat(sources.indexOf(SourceId.of(story.sources().get(i).id().value()))).as("seed %d, source %d", seed, i)
          .isEqualTo(i);
    }
    assertThat(events.indexOf(EventId.of("no-such-event"))).as("seed %d", seed).isEqualTo(-1);
    assertThat(sources.indexOf(SourceId.of("no-such-source"))).as("seed %d", seed).isEqualTo(-1);
    assertThat(events.size()).as("seed %d", seed).isEqualTo(story.events().size());
  }

  @Test
  void aStoryDerivedWithoutValidation_hasNoAssertionPositions_butFindsItsElements() {
    Story story = Story.builder()
        .source(Source.builder("early", "Early").published(TimeBounds.on(LocalDate.of(2024, 8, 1))).build())
        .source(Source.builder("late", "Late").published(TimeBounds.on(LocalDate.of(2024, 12, 1))).build())
        .event(Event.builder("a", "A").build(), Event.builder("b", "B").build())
        .assertion(
            Assertion.builder("a1", "early", new Claim.Occurred(EventId.of("b"))).build(),
            Assertion.builder("a2", "late", new Claim.Occurred(EventId.of("a"))).build())
        .build();

    Story known = story.asKnownAt(Instant.parse("2024-09-01T00:00:00Z"));

    assertThat(known.assertions()).extracting(Assertion::id).containsExactly(AssertionId.of("a1"));
    assertThat(StoryAccess.get().assertionPositions(story)).isNotNull();
    assertThat(StoryAccess.get().assertionPositions(known)).isNull();
    assertThat(known.event(EventId.of("b"))).containsSame(known.events().get(1));
    assertThat(known.source(SourceId.of("late"))).containsSame(known.sources().get(1));
    assertThat(known.event(EventId.of("c"))).isEmpty();
    assertThat(StoryAccess.get().eventPositions(known).indexOf(EventId.of("a"))).isEqualTo(0);
  }

  @Test
  void eventsWhoseIdHashesAllCollide_areFoundAndTheirDuplicatesReportedWithTheFirstUse() {
    List<String> ids = CollidingIds.of(9);
    Story.Builder b = Story.builder();
    for (String id : ids) {
      b.event(Event.builder(id, "Event " + id).build());
    }
    Story story = b.build();

    assertThat(StoryAccess.get().eventPositions(story).isFallback()).isTrue();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(story.event(EventId.of(ids.get(i)))).as(ids.get(i)).containsSame(story.events().get(i));
    }
    b.event(Event.builder(ids.get(300), "Again").build());
    assertThat(b.problems()).extracting(p -> p.path() + ": " + p.message())
        .containsExactly("events[512].id: duplicate event id \"" + ids.get(300) + "\" (first used at events[300])");
  }

  /**
   * A random valid story: events and sources in shuffled orders, assertions of every claim type by
   * declared sources and by the editor (declared or not).
   */
  static Story randomStory(Random random) {
    int eventCount = 2 + random.nextInt(40);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < eventCount; i++) {
      events.add(Event.builder("e" + i, "Event " + i).build());
    }
    Collections.shuffle(events, random);
    List<Source> sources = new ArrayList<>();
    int sourceCount = random.nextInt(6);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(Source.builder("s" + i, "Source " + i).build());
    }
    if (random.nextBoolean()) {
      sources.add(Source.builder(Source.EDITOR, "The editor").build());
    }
    Collections.shuffle(sources, random);
    Story.Builder b = Story.builder()
        .actor(Actor.builder("actor", "An actor").build())
        .place(Place.builder("kursk", "Kursk").build())
        .sources(sources)
        .events(events);
    int assertionCount = random.nextInt(80);
    for (int i = 0; i < assertionCount; i++) {
      int e = random.nextInt(eventCount);
      EventId event = EventId.of("e" + e);
      EventId other = EventId.of("e" + (e + 1 + random.nextInt(eventCount - 1)) % eventCount);
      Claim claim;
      switch (random.nextInt(7)) {
        case 0:
          claim = new Claim.Occurred(event);
          break;
        case 1:
          claim = new Claim.Timing(event, TimeBounds.on(LocalDate.of(2024, 7, 1).plusDays(random.nextInt(90))));
          break;
        case 2:
          claim = new Claim.Location(event, PlaceId.of("kursk"));
          break;
        case 3:
          claim = new Claim.Participation(event, ActorId.of("actor"), Role.AGENT);
          break;
        case 4:
          claim = Claim.Quantity.of(event, "soldiers", 1000, "person", false);
          break;
        case 5:
          claim = Claim.Relation.of(event, EnumSet.of(IntervalRelation.values()[random.nextInt(13)]), other);
          break;
        default:
          claim = new Claim.SameAs(event, other);
          break;
      }
      String source = sourceCount == 0 || random.nextInt(4) == 0 ? "editor" : "s" + random.nextInt(sourceCount);
      b.assertion(Assertion.builder("a" + i, source, claim).build());
    }
    return b.build();
  }
}
