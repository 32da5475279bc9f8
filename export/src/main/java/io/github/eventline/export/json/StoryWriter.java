package io.github.eventline.export.json;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes stories and their elements in format {@code eventline/1}: fields in a fixed order,
 * absent optional fields and default values left out, elements in the story's order. Not public,
 * by design.
 */
final class StoryWriter {

  private StoryWriter() {}

  static void story(JsonGenerator g, Story story) {
    g.writeStartObject();
    g.writeStringProperty("format", StoryTreeReader.FORMAT);
    optional(g, "title", story.title());
    optional(g, "language", story.language());
    optional(g, "description", story.description());
    optional(g, "zone", story.zone().map(java.time.ZoneId::getId));
    array(g, "actors", story.actors(), a -> actor(g, a));
    array(g, "places", story.places(), p -> place(g, p));
    array(g, "sources", story.sources(), s -> source(g, s));
    array(g, "events", story.events(), e -> event(g, e));
    array(g, "assertions", story.assertions(), a -> assertion(g, a, story.statedTime(a)));
    extensions(g, story.extensions(), "the story");
    g.writeEndObject();
  }

  static void actor(JsonGenerator g, Actor a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id().value());
    g.writeStringProperty("name", a.name());
    if (!a.kind().equals(ActorKind.OTHER)) {
      g.writeStringProperty("kind", a.kind().value());
    }
    strings(g, "aliases", a.aliases());
    if (!a.externalIds().isEmpty()) {
      g.writeName("externalIds");
      g.writeStartObject();
      a.externalIds().forEach(g::writeStringProperty);
      g.writeEndObject();
    }
    strings(g, "memberOf", a.memberOf());
    extensions(g, a.extensions(), "actor \"" + a.id() + "\"");
    g.writeEndObject();
  }

  static void place(JsonGenerator g, Place p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id().value());
    g.writeStringProperty("name", p.name());
    strings(g, "aliases", p.aliases());
    optional(g, "country", p.country());
    optional(g, "within", p.within());
    p.coordinates().ifPresent(c -> {
      g.writeName("lat");
      g.writeNumber(number(c.latitude()));
      g.writeName("lon");
      g.writeNumber(number(c.longitude()));
    });
    extensions(g, p.extensions(), "place \"" + p.id() + "\"");
    g.writeEndObject();
  }

  static void source(JsonGenerator g, Source s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id().value());
    g.writeStringProperty("name", s.name());
    if (!s.kind().equals(SourceKind.OTHER)) {
      g.writeStringProperty("kind", s.kind().value());
    }
    optional(g, "actor", s.actor());
    s.published().ifPresent(t -> {
      g.writeName("published");
      TimeJson.write(g, t, Optional.empty());
    });
    if (s.reliability().isPresent()) {
      g.writeName("reliability");
      g.writeNumber(number(s.reliability().getAsDouble()));
    }
    optional(g, "url", s.url());
    extensions(g, s.extensions(), "source \"" + s.id() + "\"");
    g.writeEndObject();
  }

  static void event(JsonGenerator g, Event e) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id().value());
    if (!e.type().equals(EventType.EVENT)) {
      g.writeStringProperty("type", e.type().value());
    }
    e.code().ifPresent(c -> {
      g.writeName("code");
      g.writeStartObject();
      g.writeStringProperty("scheme", c.scheme());
      g.writeStringProperty("code", c.code());
      g.writeEndObject();
    });
    g.writeStringProperty("summary", e.summary());
    e.when().ifPresent(t -> {
      g.writeName("when");
      TimeJson.write(g, t, Optional.empty());
    });
    optional(g, "place", e.place());
    array(g, "participants", e.participants(), p -> participant(g, p));
    optional(g, "partOf", e.partOf());
    extensions(g, e.extensions(), "event \"" + e.id() + "\"");
    g.writeEndObject();
  }

  private static void participant(JsonGenerator g, Participant p) {
    g.writeStartObject();
    g.writeStringProperty("actor", p.actor().value());
    g.writeStringProperty("role", p.role().value());
    g.writeEndObject();
  }

  /**
   * Writes an assertion.
   *
   * @param statedTime  the time {@code ongoingAt} is relative to: the assertion's stated time or its
   *     source's publication
   */
  static void assertion(JsonGenerator g, Assertion a, Optional<TimeBounds> statedTime) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id().value());
    g.writeStringProperty("source", a.source().value());
    a.stated().ifPresent(t -> {
      g.writeName("stated");
      TimeJson.write(g, t, Optional.empty());
    });
    strings(g, "via", a.via());
    g.writeName("claim");
    claim(g, a.claim(), statedTime);
    if (a.factuality().polarity() != Polarity.POSITIVE) {
      g.writeStringProperty("polarity", JsonFields.name(a.factuality().polarity()));
    }
    if (a.factuality().certainty() != Certainty.CERTAIN) {
      g.writeStringProperty("certainty", JsonFields.name(a.factuality().certainty()));
    }
    a.quote().ifPresent(q -> {
      g.writeName("quote");
      g.writeStartObject();
      g.writeStringProperty("text", q.text());
      g.writeStringProperty("lang", q.language());
      g.writeEndObject();
    });
    strings(g, "supersedes", a.supersedes());
    array(g, "links", a.links(), l -> link(g, l));
    optional(g, "note", a.note());
    extensions(g, a.extensions(), "assertion \"" + a.id() + "\"");
    g.writeEndObject();
  }

  private static void link(JsonGenerator g, AssertionLink l) {
    g.writeStartObject();
    g.writeStringProperty("type", l.type().label());
    g.writeStringProperty("assertion", l.assertion().value());
    g.writeEndObject();
  }

  /** Writes a claim; {@code ongoingAt} is used only when the stated time is given. */
  static void claim(JsonGenerator g, Claim claim, Optional<TimeBounds> statedTime) {
    g.writeStartObject();
    g.writeStringProperty("type", claim.type().label());
    g.writeStringProperty("event", claim.event().value());
    if (claim instanceof Claim.Timing t) {
      g.writeName("when");
      TimeJson.write(g, t.when(), statedTime);
    } else if (claim instanceof Claim.Location l) {
      g.writeStringProperty("place", l.place().value());
    } else if (claim instanceof Claim.Participation p) {
      g.writeStringProperty("actor", p.actor().value());
      g.writeStringProperty("role", p.role().value());
    } else if (claim instanceof Claim.Quantity q) {
      quantity(g, q);
    } else if (claim instanceof Claim.Relation r) {
      g.writeName("relation");
      g.writeStartArray();
      for (IntervalRelation relation : r.relations()) {
        g.writeString(JsonFields.name(relation));
      }
      g.writeEndArray();
      g.writeStringProperty("other", r.other().value());
    } else if (claim instanceof Claim.SameAs s) {
      g.writeStringProperty("other", s.other().value());
    }
    g.writeEndObject();
  }

  private static void quantity(JsonGenerator g, Claim.Quantity q) {
    g.writeStringProperty("measure", q.measure());
    if (q.isSingleValue()) {
      g.writeName("value");
      g.writeNumber(number(q.low()));
    } else {
      // an open side is left out: "at least" has only low, "at most" only high
      if (q.hasLowerBound()) {
        g.writeName("low");
        g.writeNumber(number(q.low()));
      }
      if (q.hasUpperBound()) {
        g.writeName("high");
        g.writeNumber(number(q.high()));
      }
    }
    optional(g, "unit", q.unit());
    if (q.approximate()) {
      g.writeBooleanProperty("approximate", true);
    }
    if (q.uncertainty().isPresent()) {
      g.writeName("uncertainty");
      g.writeNumber(number(q.uncertainty().getAsDouble()));
    }
  }

  /**
   * Returns the canonical text of a number: an integer without a fraction when it is one (below
   * 10^15), else the shortest text that reads back to the same double.
   */
  static String number(double value) {
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private static void optional(JsonGenerator g, String name, Optional<?> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private static void strings(JsonGenerator g, String name, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  private static <T> void array(JsonGenerator g, String name, List<T> values, java.util.function.Consumer<T> writer) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    values.forEach(writer);
    g.writeEndArray();
  }

  private static void extensions(JsonGenerator g, Map<String, String> extensions, String owner) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      ExtensionJson.check(e.getValue(), e.getKey(), owner);
      g.writeName(e.getKey());
      ExtensionJson.write(g, e.getValue());
    }
  }
}
