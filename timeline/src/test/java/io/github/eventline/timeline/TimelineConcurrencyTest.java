package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link Timeline} is documented as immutable and thread-safe, yet its reconciliation builds a
 * map of verdicts by key and a set of accepted assertions lazily. Eight threads query one timeline
 * at once, released together by a barrier, and every answer must equal the one computed first on
 * a single thread. The answers of reference come from a twin timeline built from the same story,
 * so that the timeline under test still has its lazy parts unbuilt when the threads start.
 */
class TimelineConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  @ParameterizedTest
  @ValueSource(longs = {1L, 20240806L})
  void generatedStory_answersTheSameFromEightThreads(long seed) throws Exception {
    Story story = generated(2_000, seed);
    checkConcurrently(story, queries(story, new Random(seed), 80, 8), "seed " + seed);
  }

  @Test
  void seedStory_answersTheSameFromEightThreads() throws Exception {
    Story story = SeedStory.story();
    checkConcurrently(story, queries(story, new Random(7), 200, story.events().size()), "seed story");
  }

  /** Runs every query once on a reference timeline, then from eight threads on a fresh twin. */
  private static void checkConcurrently(Story story, Map<String, Function<Timeline, Object>> queries,
      String what) throws Exception {
    Timeline reference = Timeline.build(story);
    Map<String, Object> expected = new LinkedHashMap<>();
    queries.forEach((name, query) -> expected.put(name, answer(() -> query.apply(reference))));
    assertThat(expected).as(what).hasSize(queries.size());

    Timeline shared = Timeline.build(story);
    List<String> names = new ArrayList<>(queries.keySet());
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long threadSeed = t;
        futures.add(pool.submit(() -> {
          List<String> order = new ArrayList<>(names);
          Collections.shuffle(order, new Random(threadSeed));
          List<String> mismatches = new ArrayList<>();
          start.await(30, TimeUnit.SECONDS);
          for (int round = 0; round < ROUNDS; round++) {
            for (String name : order) {
              Object got = answer(() -> queries.get(name).apply(shared));
              if (!got.equals(expected.get(name))) {
                mismatches.add(name + ": expected " + expected.get(name) + " but got " + got);
              }
            }
          }
          return mismatches;
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        assertThat(futures.get(t).get(60, TimeUnit.SECONDS))
            .as("%s, thread %d: answers that differ from the single-threaded ones", what, t)
            .isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The answer of a query, or the class and message of what it threw: both must be the same. */
  private static Object answer(Supplier<Object> query) {
    try {
      return query.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Named queries over the whole public read API of a timeline and its reconciliation. */
  private static Map<String, Function<Timeline, Object>> queries(
      Story story, Random random, int pairs, int overlapping) {
    Map<String, Function<Timeline, Object>> q = new LinkedHashMap<>();
    List<Event> events = story.events();
    q.put("events", Timeline::events);
    q.put("conflicts", Timeline::conflicts);
    q.put("verdicts", Timeline::verdicts);
    q.put("trust", t -> t.reconciliation().trust());
    q.put("merged", t -> t.reconciliation().mergedEvents());
    for (Verdict v : Timeline.build(story).verdicts()) {
      ClaimKey key = v.key();
      q.put("verdict " + key, t -> t.reconciliation().verdict(key));
    }
    for (Assertion a : story.assertions()) {
      q.put("accepted " + a.id(), t -> t.reconciliation().isAccepted(a.id()));
    }
    q.put("verdict of an unknown key", t -> t.reconciliation().verdict(ClaimKey.occurred(EventId.of("nobody"))));
    for (Event e : events) {
      EventId id = e.id();
      q.put("bounds " + id, t -> t.derivedBounds(id));
      q.put("occurrence " + id, t -> t.occurrence(id));
    }
    for (int i = 0; i < overlapping; i++) {
      EventId id = events.get(random.nextInt(events.size())).id();
      q.put("overlapping " + id, t -> t.eventsPossiblyOverlapping(id));
    }
    for (int i = 0; i < pairs; i++) {
      int a = random.nextInt(events.size());
      // Mostly near pairs, where the constraints say something; some far apart.
      int b = random.nextBoolean()
          ? Math.min(events.size() - 1, a + random.nextInt(40))
          : random.nextInt(events.size());
      EventId x = events.get(a).id();
      EventId y = events.get(b).id();
      q.put("relation " + x + " " + y, t -> t.relation(x, y));
      q.put("necessarily " + x + " " + y, t -> t.isNecessarilyBefore(x, y));
      q.put("possibly " + x + " " + y, t -> t.isPossiblyBefore(x, y));
    }
    for (Actor actor : story.actors()) {
      q.put("involving " + actor.id(), t -> t.eventsInvolving(actor.id()));
    }
    for (Place place : story.places()) {
      q.put("at " + place.id(), t -> t.eventsAt(place.id()));
    }
    q.put("unknown event", t -> t.derivedBounds(EventId.of("nobody")));
    Instant origin = Instant.parse("1900-01-01T00:00:00Z");
    for (int i = 0; i < 20; i++) {
      Instant from = origin.plusSeconds(86_400L * random.nextInt(400));
      Instant to = from.plusSeconds(86_400L * random.nextInt(30));
      q.put("in " + from + " " + to, t -> t.eventsIn(from, to));
    }
    Instant seedFrom = Instant.parse("2024-08-01T00:00:00Z");
    q.put("in August to December 2024", t -> t.eventsIn(seedFrom, Instant.parse("2024-12-31T00:00:00Z")));
    return q;
  }

  /**
   * A story of a few thousand events (relations only of the point-expressible kinds, BEFORE or
   * BEFORE|MEETS: disjunctions such as BEFORE|OVERLAPS go to the qualitative search, which is
   * exponential at this size) over a year from 1900: three sources of different reliability,
   * dates, relations to near later events (a few pointing back, so that some cycles conflict),
   * occurrences asserted or denied, participants and places in a hierarchy.
   */
  static Story generated(int count, long seed) {
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(1900, 1, 1);
    Story.Builder story = Story.builder()
        .source(Source.builder("wire", "A wire service").reliability(0.8).build())
        .source(Source.builder("paper", "A paper").reliability(0.6).build())
        .source(Source.builder("blog", "A blog").reliability(0.3).build());
    String[] sources = {"wire", "paper", "blog"};
    for (int p = 0; p < 12; p++) {
      Place.Builder place = Place.builder("p" + p, "Place " + p);
      if (p >= 3) {
        place.within("p" + (p % 3));
      }
      story.place(place.build());
    }
    for (int a = 0; a < 30; a++) {
      story.actor(Actor.builder("x" + a, "Actor " + a).build());
    }
    EventId[] ids = new EventId[count];
    for (int i = 0; i < count; i++) {
      ids[i] = EventId.of(String.format("e%05d", i));
      Event.Builder e = Event.builder(ids[i], "Event " + i);
      if (random.nextInt(4) == 0) {
        e.when(TimeBounds.on(first.plusDays(i * 365L / count)));
      }
      if (random.nextInt(3) == 0) {
        e.place("p" + random.nextInt(12));
      }
      story.event(e.build());
    }
    int n = 0;
    for (int i = 0; i < count; i++) {
      String source = sources[random.nextInt(3)];
      if (random.nextInt(3) == 0) {
        story.assertion(Assertion.builder("o" + n++, source, new Claim.Occurred(ids[i])).build());
        if (random.nextInt(4) == 0) {
          story.assertion(Assertion.builder("o" + n++, sources[random.nextInt(3)], new Claim.Occurred(ids[i]))
              .factuality(Factuality.DENIED).build());
        }
      }
      if (random.nextInt(5) == 0) {
        LocalDate day = first.plusDays(i * 365L / count + random.nextInt(5) - 2);
        story.assertion(Assertion.builder("t" + n++, source, new Claim.Timing(ids[i], TimeBounds.on(day))).build());
      }
      if (random.nextInt(4) == 0) {
        story.assertion(Assertion.builder("q" + n++, source,
            new Claim.Participation(ids[i], ActorId.of("x" + random.nextInt(30)), random.nextBoolean() ? Role.AGENT : Role.TARGET))
            .build());
      }
      if (random.nextInt(6) == 0) {
        story.assertion(Assertion.builder("l" + n++, sources[random.nextInt(3)],
            new Claim.Location(ids[i], PlaceId.of("p" + random.nextInt(12)))).build());
      }
      for (int k = 0; k < 2; k++) {
        int j = i + 1 + random.nextInt(40);
        if (j < count) {
          boolean back = random.nextInt(50) == 0;
          Set<IntervalRelation> relations = random.nextBoolean()
              ? EnumSet.of(IntervalRelation.BEFORE, IntervalRelation.MEETS)
              : EnumSet.of(IntervalRelation.BEFORE);
          story.assertion(Assertion.builder("r" + n++, sources[random.nextInt(3)],
              back ? Claim.Relation.of(ids[j], relations, ids[i]) : Claim.Relation.of(ids[i], relations, ids[j]))
              .build());
        }
      }
    }
    return story.build();
  }
}
