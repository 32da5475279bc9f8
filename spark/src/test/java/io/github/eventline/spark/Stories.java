package io.github.eventline.spark;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Place;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/** The stories of the tests: the example story files, and generated ones. */
final class Stories {

  private Stories() {}

  /** Returns the example stories of {@code examples/}, by file name without {@code .json}. */
  static Map<String, Story> examples() {
    Path dir = Path.of("..", "examples");
    Map<String, Story> stories = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        stories.put(f.getFileName().toString().replace(".json", ""), StoryJson.read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stories.isEmpty()) {
      throw new IllegalStateException("No example story in " + dir.toAbsolutePath());
    }
    return stories;
  }

  /**
   * Generates a story of many assertions on few events, so that questions gather many assertions:
   * every claim type, relays, denials, hedges, supersession, same-as claims that merge events.
   */
  static Story generated(long seed, int events, int assertions) {
    Random random = new Random(seed);
    Story.Builder b = Story.builder();
    b.place(Place.builder("world", "World").build(), Place.builder("russia", "Russia").within("world").build(),
        Place.builder("kursk", "Kursk").within("russia").build(), Place.builder("ukraine", "Ukraine").within("world").build());
    String[] places = {"world", "russia", "kursk", "ukraine"};
    b.actor(io.github.eventline.core.Actor.builder("a0", "Actor 0").build(),
        io.github.eventline.core.Actor.builder("a1", "Actor 1").build());
    int sources = 200;
    for (int i = 0; i < sources; i++) {
      Source.Builder s = Source.builder("s" + i, "Source " + i);
      if (random.nextBoolean()) {
        s.reliability(random.nextInt(11) / 10.0);
      }
      if (random.nextInt(3) > 0) {
        s.published(TimeBounds.on(LocalDate.of(2024, 9, 1).plusDays(random.nextInt(90))));
      }
      b.source(s.build());
    }
    for (int i = 0; i < events; i++) {
      Event.Builder e = Event.builder("e" + i, "event " + i);
      if (random.nextInt(3) == 0) {
        e.when(TimeBounds.on(LocalDate.of(2024, 8, 1).plusDays(random.nextInt(60))));
      }
      if (random.nextInt(4) == 0) {
        e.place(places[random.nextInt(places.length)]);
      }
      if (random.nextInt(4) == 0) {
        e.participant("a0", Role.AGENT);
      }
      b.event(e.build());
    }
    List<Assertion> made = new ArrayList<>();
    Factuality[] factualities = {Factuality.CERTAIN, Factuality.CERTAIN, Factuality.PROBABLE, Factuality.POSSIBLE,
        Factuality.DENIED, Factuality.UNCOMMITTED, Factuality.of(Polarity.NEGATIVE, Certainty.PROBABLE)};
    IntervalRelation[] relations = IntervalRelation.values();
    for (int i = 0; i < assertions; i++) {
      EventId e = EventId.of("e" + random.nextInt(events));
      EventId other = EventId.of("e" + random.nextInt(events));
      Claim claim;
      switch (random.nextInt(8)) {
        case 0:
          claim = new Claim.Occurred(e);
          break;
        case 1:
          claim = new Claim.Timing(e, TimeBounds.on(LocalDate.of(2024, 8, 1).plusDays(random.nextInt(60))));
          break;
        case 2:
          claim = new Claim.Location(e, io.github.eventline.core.PlaceId.of(places[random.nextInt(places.length)]));
          break;
        case 3:
          claim = new Claim.Participation(e, io.github.eventline.core.ActorId.of("a" + random.nextInt(2)),
              random.nextBoolean() ? Role.AGENT : Role.TARGET);
          break;
        case 4:
          claim = Claim.Quantity.of(e, "soldiers", 1000 * (1 + random.nextInt(12)), null, random.nextBoolean());
          break;
        case 5:
        case 6:
          if (other.equals(e)) {
            claim = new Claim.Occurred(e);
          } else {
            claim = new Claim.Relation(e, EnumSet.of(relations[random.nextInt(relations.length)],
                relations[random.nextInt(relations.length)]), other);
          }
          break;
        default:
          claim = random.nextInt(40) == 0 && !other.equals(e) ? new Claim.SameAs(e, other) : new Claim.Occurred(e);
      }
      String source = "s" + random.nextInt(sources);
      Assertion.Builder a = Assertion.builder("x" + i, source, claim)
          .factuality(factualities[random.nextInt(factualities.length)]);
      if (random.nextInt(5) == 0) {
        String relay = "s" + random.nextInt(sources);
        // a claimant is not its own relay
        if (!relay.equals(source)) {
          a.via(relay);
        }
      }
      Optional<TimeBounds> stated = Optional.empty();
      if (random.nextInt(10) == 0) {
        stated = Optional.of(TimeBounds.on(LocalDate.of(2024, 10, 1).plusDays(random.nextInt(30))));
      }
      if (random.nextInt(20) == 0 && !made.isEmpty()) {
        Assertion earlier = made.get(random.nextInt(made.size()));
        if (earlier.source().value().equals(source)) {
          a.supersedes(earlier.id().value());
          // stated with what it supersedes, so that it is not stated before it
          stated = earlier.stated();
        }
      }
      stated.ifPresent(a::stated);
      Assertion built = a.build();
      made.add(built);
    }
    // Supersession needs the same source: let some later assertions take over an earlier one's source.
    for (int i = 0; i < made.size() / 50; i++) {
      Assertion earlier = made.get(random.nextInt(made.size() / 2));
      int at = made.size() / 2 + random.nextInt(made.size() / 2);
      Assertion later = made.get(at);
      // stated with what it supersedes, and not relayed through its new claimant
      made.set(at, new Assertion(later.id(), earlier.source(), earlier.stated(), later.claim(),
          later.factuality(), later.via().stream().filter(v -> !v.equals(earlier.source())).toList(), later.quote(),
          List.of(earlier.id()), later.links(), later.note(), later.extensions()));
    }
    return b.assertions(made).build();
  }
}
