package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random stories and claims for property tests, from a seeded {@link Random}. */
final class RandomClaims {

  static final int EVENTS = 4;
  static final int SOURCES = 5;
  static final List<String> PLACES = List.of("world", "russia", "kursk", "ukraine");

  private RandomClaims() {}

  static EventId event(int i) {
    return EventId.of("e" + i);
  }

  static Story.Builder frame(Random random) {
    Story.Builder b = Story.builder()
        .place(
            Place.builder("world", "World").build(),
            Place.builder("russia", "Russia").within("world").build(),
            Place.builder("kursk", "Kursk").within("russia").build(),
            Place.builder("ukraine", "Ukraine").within("world").build());
    for (int i = 0; i < SOURCES; i++) {
      Source.Builder s = Source.builder("s" + i, "Source " + i);
      if (random.nextBoolean()) {
        s.reliability(random.nextInt(11) / 10.0);
      }
      if (random.nextBoolean()) {
        s.published(TimeBounds.on(LocalDate.of(2024, 9, 1).plusDays(random.nextInt(60))));
      }
      b.source(s.build());
    }
    for (int i = 0; i < EVENTS; i++) {
      Event.Builder e = Event.builder(event(i), "event " + i);
      if (random.nextInt(3) == 0) {
        e.when(TimeBounds.in(YearMonth.of(2024, 7 + random.nextInt(3))));
      }
      if (random.nextInt(3) == 0) {
        e.place(PLACES.get(random.nextInt(PLACES.size())));
      }
      if (random.nextInt(3) == 0) {
        e.participant("actor", Role.AGENT);
      }
      b.event(e.build());
    }
    b.actor(io.github.eventline.core.Actor.builder("actor", "An actor").build());
    return b;
  }

  /** A random story: random claims of every type, some relayed, some superseded. */
  static Story story(Random random, int assertions) {
    Story.Builder b = frame(random);
    List<Assertion> made = new ArrayList<>();
    for (int i = 0; i < assertions; i++) {
      ClaimType type = ClaimType.values()[random.nextInt(ClaimType.values().length)];
      made.add(assertion(random, "a" + i, claim(random, type, event(random.nextInt(EVENTS))), made));
    }
    return b.assertions(made).build();
  }

  static Assertion assertion(Random random, String id, Claim claim, List<Assertion> earlier) {
    String source = "s" + random.nextInt(SOURCES);
    Assertion.Builder a = Assertion.builder(id, source, claim).factuality(factuality(random));
    int relays = random.nextInt(3);
    for (int r = 0; r < relays; r++) {
      String relay = "s" + random.nextInt(SOURCES);
      // a claimant is not its own relay
      if (!relay.equals(source)) {
        a.via(relay);
      }
    }
    TimeBounds stated = null;
    if (random.nextInt(3) == 0) {
      stated = TimeBounds.on(LocalDate.of(2024, 9, 1).plusDays(random.nextInt(60)));
    }
    if (random.nextInt(5) == 0) {
      for (Assertion e : earlier) {
        if (e.source().value().equals(source)) {
          a.supersedes(e.id().value());
          // what supersedes is stated no earlier than what it supersedes
          stated = e.stated().isEmpty() ? null
              : stated == null || stated.earliestStart().isBefore(e.stated().get().earliestStart()) ? e.stated().get() : stated;
          break;
        }
      }
    }
    if (stated != null) {
      a.stated(stated);
    }
    if (!earlier.isEmpty() && random.nextInt(6) == 0) {
      // a link to an earlier assertion, on its question or another
      Assertion e = earlier.get(random.nextInt(earlier.size()));
      a.link(random.nextBoolean() ? LinkType.CONTRADICTS : LinkType.CORROBORATES, e.id().value());
    }
    return a.build();
  }

  static Factuality factuality(Random random) {
    Polarity p = random.nextInt(6) == 0 ? Polarity.UNKNOWN : random.nextInt(4) == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE;
    return Factuality.of(p, Certainty.values()[random.nextInt(Certainty.values().length)]);
  }

  /** A random claim of a type on an event; relations and same-as go to another event, either way round. */
  static Claim claim(Random random, ClaimType type, EventId event) {
    EventId other = event(Math.floorMod(Integer.parseInt(event.value().substring(1)) + 1 + random.nextInt(EVENTS - 1), EVENTS));
    switch (type) {
      case OCCURRED:
        return new Claim.Occurred(event);
      case TIMING:
        return new Claim.Timing(event, random.nextBoolean()
            ? TimeBounds.in(YearMonth.of(2024, 7 + random.nextInt(3)))
            : TimeBounds.on(LocalDate.of(2024, 7, 1).plusDays(random.nextInt(90))));
      case LOCATION:
        return new Claim.Location(event, PlaceId.of(PLACES.get(random.nextInt(PLACES.size()))));
      case PARTICIPATION:
        return new Claim.Participation(event, io.github.eventline.core.ActorId.of("actor"),
            random.nextBoolean() ? Role.AGENT : Role.ALLY);
      case QUANTITY:
        return Claim.Quantity.of(event, "soldiers", 1000 * (8 + random.nextInt(6)), "person", random.nextBoolean());
      case RELATION:
        Set<IntervalRelation> set = EnumSet.noneOf(IntervalRelation.class);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          set.add(IntervalRelation.values()[random.nextInt(IntervalRelation.values().length)]);
        }
        return random.nextBoolean() ? Claim.Relation.of(event, set, other) : Claim.Relation.of(other, set, event);
      default:
        return random.nextBoolean() ? new Claim.SameAs(event, other) : new Claim.SameAs(other, event);
    }
  }

  /** The same story with every list in another order. */
  static Story shuffled(Story story, Random random) {
    Story.Builder b = Story.builder();
    b.actors(shuffle(story.actors(), random));
    b.places(shuffle(story.places(), random));
    b.sources(shuffle(story.sources(), random));
    b.events(shuffle(story.events(), random));
    b.assertions(shuffle(story.assertions(), random));
    return b.build();
  }

  static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
