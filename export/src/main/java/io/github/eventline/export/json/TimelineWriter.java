package io.github.eventline.export.json;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.internal.TimelineRows;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.TemporalConstraint;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes timelines in format {@code eventline-timeline/1}, element by element: fields in a fixed
 * order, every field written (null where there is no value), so that readers find the same shape
 * everywhere. Not public, by design: {@link TimelineJson} is the entry point.
 */
final class TimelineWriter {

  /** The {@code kind} of a conflict among statements of when events happened. */
  static final String TEMPORAL = "temporal";
  /** The {@code kind} of a modeller's link that the values disagree with. */
  static final String LINK = "link";

  private TimelineWriter() {}

  static void timeline(JsonGenerator g, Timeline timeline, Optional<Instant> asOf) {
    g.writeStartObject();
    g.writeStringProperty("format", TimelineJson.FORMAT);
    g.writeName("asOf");
    if (asOf.isPresent()) {
      g.writeString(asOf.get().toString());
    } else {
      g.writeNull();
    }
    g.writeName("events");
    g.writeStartArray();
    for (Event e : timeline.events()) {
      event(g, timeline, e);
    }
    g.writeEndArray();
    g.writeName("verdicts");
    g.writeStartArray();
    for (Verdict v : TimelineRows.verdicts(timeline)) {
      verdict(g, v);
    }
    g.writeEndArray();
    g.writeName("conflicts");
    g.writeStartArray();
    for (TemporalConflict c : timeline.conflicts()) {
      conflict(g, c);
    }
    for (LinkConflict c : timeline.linkConflicts()) {
      conflict(g, timeline, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, Timeline timeline, Event e) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id().value());
    g.writeStringProperty("type", e.type().value());
    g.writeStringProperty("summary", e.summary());
    Verdict occurrence = timeline.occurrence(e.id());
    g.writeStringProperty("status", occurrence.status().name());
    g.writeName("stated");
    bounds(g, TimelineRows.stated(timeline, e.id()));
    g.writeName("derived");
    bounds(g, Optional.of(timeline.derivedBounds(e.id())));
    g.writeEndObject();
  }

  /**
   * Writes the four bounds (ISO instants, null where unbounded), the label and the precision; every
   * field null for absent bounds.
   */
  static void bounds(JsonGenerator g, Optional<TimeBounds> bounds) {
    g.writeStartObject();
    instant(g, "earliestStart", bounds.map(TimeBounds::earliestStart));
    instant(g, "latestStart", bounds.map(TimeBounds::latestStart));
    instant(g, "earliestEnd", bounds.map(TimeBounds::earliestEnd));
    instant(g, "latestEnd", bounds.map(TimeBounds::latestEnd));
    nullable(g, "label", bounds.map(TimeBounds::label));
    nullable(g, "precision", bounds.map(TimeBounds::precision).filter(p -> p != Precision.NONE)
        .map(p -> p.name().toLowerCase(Locale.ROOT)));
    g.writeEndObject();
  }

  private static void instant(JsonGenerator g, String name, Optional<Instant> instant) {
    nullable(g, name, instant.filter(TimelineRows::isBounded).map(Instant::toString));
  }

  private static void bound(JsonGenerator g, double value) {
    if (Double.isInfinite(value)) {
      g.writeNull();
    } else {
      g.writeNumber(StoryWriter.number(value));
    }
  }

  private static void nullable(JsonGenerator g, String name, Optional<String> text) {
    g.writeName(name);
    if (text.isPresent()) {
      g.writeString(text.get());
    } else {
      g.writeNull();
    }
  }

  private static void verdict(JsonGenerator g, Verdict v) {
    ClaimKey key = v.key();
    g.writeStartObject();
    g.writeStringProperty("claim", key.type().label());
    g.writeStringProperty("event", key.event().value());
    if (key.other().isPresent()) {
      g.writeStringProperty("other", key.other().get().value());
    }
    if (key.actor().isPresent()) {
      g.writeStringProperty("actor", key.actor().get().value());
    }
    if (key.measure().isPresent()) {
      g.writeStringProperty("measure", key.measure().get());
    }
    g.writeStringProperty("status", v.status().name());
    g.writeName("confidence");
    g.writeNumber(StoryWriter.number(TimelineRows.rounded(v.confidence())));
    g.writeName("value");
    value(g, v);
    ids(g, "support", v.support());
    ids(g, "opposition", v.opposition());
    ids(g, "superseded", v.superseded());
    g.writeName("explanation");
    g.writeStartArray();
    for (Weighed w : v.explanation()) {
      g.writeStartObject();
      g.writeStringProperty("assertion", w.assertion().value());
      g.writeStringProperty("source", w.source().value());
      g.writeStringProperty("stance", w.stance().name().toLowerCase(Locale.ROOT));
      g.writeName("weight");
      g.writeNumber(StoryWriter.number(TimelineRows.rounded(w.weight())));
      g.writeBooleanProperty("counted", w.isCounted());
      g.writeStringProperty("reason", w.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the value a verdict holds, in the form of its claim type (see docs/format.md). */
  private static void value(JsonGenerator g, Verdict v) {
    switch (v.key().type()) {
      case OCCURRED:
      case SAME_AS:
        Optional<Boolean> truth = TimelineRows.truth(v.status());
        if (truth.isPresent()) {
          g.writeBoolean(truth.get());
        } else {
          g.writeNull();
        }
        return;
      default:
        break;
    }
    if (v.value().isEmpty()) {
      g.writeNull();
      return;
    }
    Claim claim = v.value().get();
    if (claim instanceof Claim.Timing t) {
      bounds(g, Optional.of(t.when()));
    } else if (claim instanceof Claim.Location l) {
      g.writeString(l.place().value());
    } else if (claim instanceof Claim.Participation p) {
      g.writeString(p.role().value());
    } else if (claim instanceof Claim.Quantity q) {
      g.writeStartObject();
      // an open side ("at least", "at most") is null
      g.writeName("low");
      bound(g, q.low());
      g.writeName("high");
      bound(g, q.high());
      nullable(g, "unit", q.unit());
      g.writeBooleanProperty("approximate", q.approximate());
      if (q.uncertainty().isPresent()) {
        g.writeName("uncertainty");
        g.writeNumber(StoryWriter.number(q.uncertainty().getAsDouble()));
      }
      g.writeEndObject();
    } else if (claim instanceof Claim.Relation r) {
      g.writeStartArray();
      for (IntervalRelation relation : r.relations()) {
        g.writeString(JsonFields.name(relation));
      }
      g.writeEndArray();
    } else {
      g.writeNull();
    }
  }

  private static void ids(JsonGenerator g, String name, Collection<?> ids) {
    g.writeName(name);
    g.writeStartArray();
    for (Object id : ids) {
      g.writeString(id.toString());
    }
    g.writeEndArray();
  }

  /** Writes a link conflict with the fields of a temporal one: nothing set aside, no cycle. */
  private static void conflict(JsonGenerator g, Timeline timeline, LinkConflict c) {
    g.writeStartObject();
    g.writeStringProperty("kind", LINK);
    g.writeStringProperty("message", c.message());
    ids(g, "events", TimelineRows.events(c));
    ids(g, "assertions", TimelineRows.assertions(c));
    ids(g, "sources", TimelineRows.sources(timeline, c));
    ids(g, "setAside", java.util.List.of());
    ids(g, "setAsideDates", java.util.List.of());
    g.writeName("cycle");
    g.writeStartArray();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void conflict(JsonGenerator g, TemporalConflict c) {
    g.writeStartObject();
    g.writeStringProperty("kind", TEMPORAL);
    g.writeStringProperty("message", c.message());
    ids(g, "events", c.events());
    ids(g, "assertions", c.assertions());
    ids(g, "sources", c.sources());
    ids(g, "setAside", c.setAside());
    ids(g, "setAsideDates", c.setAsideDates());
    g.writeName("cycle");
    g.writeStartArray();
    for (TemporalConstraint constraint : c.cycle()) {
      g.writeStartObject();
      g.writeStringProperty("constraint", constraint.description());
      g.writeStringProperty("basis", constraint.basis());
      ids(g, "events", constraint.events());
      ids(g, "assertions", constraint.assertions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
