package io.github.eventline.export.json;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Valid random stories from a seed, exercising every field and every form of time. */
final class RandomStories {

  private static final String[] WORDS = {"Kursk", "Koursk", "«ça»", "Zelensky", "東京", "naïve", "a\"b\\c", "tab\tnew\nline", "x/y", "😀"};

  private final Random random;

  RandomStories(long seed) {
    this.random = new Random(seed);
  }

  Story story() {
    Story.Builder b = Story.builder();
    if (random.nextBoolean()) {
      b.title(text());
    }
    if (random.nextBoolean()) {
      b.language("fr");
    }
    if (random.nextBoolean()) {
      b.description(text());
    }
    if (random.nextInt(3) == 0) {
      b.extension("x-s", extension());
    }
    int actors = 1 + random.nextInt(4);
    int places = 1 + random.nextInt(3);
    int sources = 1 + random.nextInt(3);
    int events = 2 + random.nextInt(4);
    for (int i = 0; i < actors; i++) {
      Actor.Builder a = Actor.builder("actor-" + i, text());
      if (random.nextBoolean()) {
        a.kind(random.nextBoolean() ? ActorKind.PERSON : ActorKind.of("rebel-" + random.nextInt(3)));
      }
      if (random.nextBoolean()) {
        a.alias(text(), text());
      }
      if (random.nextBoolean()) {
        a.externalId("wikidata", "Q" + random.nextInt(100000)).externalId("acled", text());
      }
      if (i > 0 && random.nextBoolean()) {
        a.memberOf("actor-" + random.nextInt(i));
      }
      if (random.nextInt(4) == 0) {
        a.extension("x-a", extension());
      }
      b.actor(a.build());
    }
    for (int i = 0; i < places; i++) {
      Place.Builder p = Place.builder("place-" + i, text());
      if (random.nextBoolean()) {
        p.country("RU");
      }
      if (random.nextBoolean()) {
        p.coordinates(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
      }
      if (i > 0 && random.nextBoolean()) {
        p.within("place-" + random.nextInt(i));
      }
      b.place(p.build());
    }
    TimeBounds[] published = new TimeBounds[sources];
    for (int i = 0; i < sources; i++) {
      Source.Builder s = Source.builder("source-" + i, text());
      if (random.nextBoolean()) {
        s.kind(SourceKind.MEDIA);
      }
      if (random.nextBoolean()) {
        s.actor("actor-" + random.nextInt(actors));
      }
      if (random.nextBoolean()) {
        published[i] = time();
        s.published(published[i]);
      }
      if (random.nextBoolean()) {
        s.reliability(random.nextInt(3) == 0 ? random.nextInt(2) : random.nextDouble());
      }
      if (random.nextBoolean()) {
        s.url("https://example.org/" + random.nextInt(100));
      }
      b.source(s.build());
    }
    for (int i = 0; i < events; i++) {
      Event.Builder e = Event.builder("event-" + i, text());
      if (random.nextBoolean()) {
        e.type(EventType.ATTACK);
      }
      if (random.nextInt(4) == 0) {
        e.code(EventCode.of("CAMEO", "19" + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        e.when(time());
      }
      if (random.nextBoolean()) {
        e.place("place-" + random.nextInt(places));
      }
      if (random.nextBoolean()) {
        e.participant("actor-" + random.nextInt(actors), Role.AGENT);
      }
      if (i > 0 && random.nextInt(3) == 0) {
        e.partOf("event-" + random.nextInt(i));
      }
      b.event(e.build());
    }
    int assertions = random.nextInt(8);
    int[] sourceOf = new int[assertions];
    TimeBounds[] statedOf = new TimeBounds[assertions];
    for (int i = 0; i < assertions; i++) {
      sourceOf[i] = random.nextInt(sources);
      Assertion.Builder a = Assertion.builder("a" + i, "source-" + sourceOf[i], claim(events, actors, places));
      statedOf[i] = published[sourceOf[i]];
      if (random.nextBoolean()) {
        statedOf[i] = time();
        a.stated(statedOf[i]);
      }
      a.factuality(Factuality.of(pick(Polarity.values()), pick(Certainty.values())));
      if (random.nextBoolean()) {
        int relay = random.nextInt(sources);
        // a claimant is not its own relay
        if (relay != sourceOf[i]) {
          a.via("source-" + relay);
        }
      }
      if (random.nextBoolean()) {
        a.quote(text(), "fr");
      }
      for (int j = 0; j < i; j++) {
        if (sourceOf[j] == sourceOf[i] && random.nextInt(3) == 0 && !isStatedBefore(statedOf[i], statedOf[j])) {
          a.supersedes("a" + j);
        }
      }
      if (i > 0 && random.nextBoolean()) {
        LinkType type = pick(LinkType.values());
        int target = random.nextInt(i);
        // a source retracts only its own earlier statements
        boolean retractable = sourceOf[target] == sourceOf[i] && !isStatedBefore(statedOf[i], statedOf[target]);
        a.link(type == LinkType.RETRACTS && !retractable ? LinkType.CONTRADICTS : type, "a" + target);
      }
      if (random.nextBoolean()) {
        a.note(text());
      }
      if (random.nextInt(4) == 0) {
        a.extension("x-b", extension());
      }
      b.assertion(a.build());
    }
    return b.build();
  }

  /** Checks if a statement was made wholly before another, so that it cannot replace it. */
  private static boolean isStatedBefore(TimeBounds a, TimeBounds b) {
    return a != null && b != null && !a.latestEnd().isAfter(b.earliestStart()) && a.latestEnd().isBefore(b.latestEnd());
  }

  private Claim claim(int events, int actors, int places) {
    EventId event = EventId.of("event-" + random.nextInt(events));
    EventId other = EventId.of("event-" + ((Integer.parseInt(event.value().substring(6)) + 1) % events));
    switch (random.nextInt(7)) {
      case 0:
        return new Claim.Occurred(event);
      case 1:
        return new Claim.Timing(event, time());
      case 2:
        return new Claim.Location(event, PlaceId.of("place-" + random.nextInt(places)));
      case 3:
        return new Claim.Participation(event, ActorId.of("actor-" + random.nextInt(actors)), Role.of("role-" + random.nextInt(3)));
      case 4: {
        double low = random.nextBoolean() ? random.nextInt(100_000) : random.nextDouble() * 1e6;
        double high = random.nextBoolean() ? low : low + random.nextDouble() * 10;
        Claim.Quantity q = new Claim.Quantity(event, "soldiers", low, high,
            random.nextBoolean() ? Optional.of("person") : Optional.empty(), random.nextBoolean());
        switch (random.nextInt(4)) {
          case 0: // at least
            return new Claim.Quantity(event, q.measure(), low, Double.POSITIVE_INFINITY, q.unit(), q.approximate());
          case 1: // at most
            return new Claim.Quantity(event, q.measure(), Double.NEGATIVE_INFINITY, high, q.unit(), q.approximate());
          case 2:
            return q.withUncertainty(0.05 + random.nextInt(20) / 100.0);
          default:
            return q;
        }
      }
      case 5: {
        Set<IntervalRelation> relations = EnumSet.noneOf(IntervalRelation.class);
        relations.add(pick(IntervalRelation.values()));
        relations.add(pick(IntervalRelation.values()));
        return Claim.Relation.of(event, relations, other);
      }
      default:
        return new Claim.SameAs(event, other);
    }
  }

  private TimeBounds time() {
    LocalDate day = LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
    switch (random.nextInt(4)) {
      case 0:
        return TimeBounds.on(day);
      case 1:
        return TimeBounds.in(YearMonth.from(day));
      case 2: {
        Instant start = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400));
        Instant end = start.plusSeconds(random.nextInt(1_000_000)).plusNanos(random.nextInt(1000));
        boolean openStart = random.nextBoolean();
        boolean openEnd = random.nextBoolean();
        return TimeBounds.of(openStart ? Instant.MIN : start, end, openStart ? Instant.MIN : start,
            openEnd ? Instant.MAX : end, pick(Precision.values()), random.nextBoolean() ? "" : text());
      }
      default: {
        Instant start = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant end = start.plusSeconds(86_400L * (1 + random.nextInt(30)));
        return TimeBounds.of(start, end, start, end, Precision.NONE,
            "earliestStart " + day + ", latestEnd " + end.atOffset(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1));
      }
    }
  }

  private String extension() {
    switch (random.nextInt(4)) {
      case 0:
        return "{\"k\":[1,2.50,-0.0,1e5,true,null],\"s\":\"é\\\"\"}";
      case 1:
        return "[]";
      case 2:
        return "\"" + random.nextInt() + "\"";
      default:
        return Double.toString(random.nextDouble());
    }
  }

  private String text() {
    return WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1000);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
