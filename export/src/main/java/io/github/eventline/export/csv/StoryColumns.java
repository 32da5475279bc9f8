package io.github.eventline.export.csv;

import static io.github.eventline.export.csv.Column.number;
import static io.github.eventline.export.csv.Column.text;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Coordinates;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.Quote;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the five story tables: events, actors, places, sources, assertions. Not public,
 * by design; docs/csv.md documents every column.
 */
final class StoryColumns {

  /** An assertion with its effective stated time, resolved from its source while streaming. */
  record AssertionRow(Assertion assertion, Optional<TimeBounds> stated) {}

  static final Table<Event> EVENTS =
      new Table<>(
          "events",
          Table.<Event>newColumns()
              .add(text("id", e -> e.id().value()))
              .add(text("type", e -> e.type().value()))
              .add(text("code_scheme", e -> e.code().map(EventCode::scheme).orElse(null)))
              .add(text("code", e -> e.code().map(EventCode::code).orElse(null)))
              .add(text("summary", Event::summary))
              .add(Column.time("when", Event::when))
              .add(text("place", e -> e.place().map(Object::toString).orElse(null)))
              .add(text("participants", e -> participants(e.participants())))
              .add(text("part_of", e -> e.partOf().map(Object::toString).orElse(null)))
              .build(),
          Comparator.comparing(Event::id));

  static final Table<Actor> ACTORS =
      new Table<>(
          "actors",
          Table.<Actor>newColumns()
              .add(text("id", a -> a.id().value()))
              .add(text("name", Actor::name))
              .add(text("kind", a -> a.kind().value()))
              .add(text("aliases", a -> CsvCells.join(a.aliases())))
              .add(text("external_ids", a -> CsvCells.joinPairs(ImmutableList.copyOf(a.externalIds().entrySet()), '=')))
              .add(text("member_of", a -> ids(a.memberOf(), ActorId::value)))
              .build(),
          Comparator.comparing(Actor::id, Comparator.comparing(ActorId::value)));

  static final Table<Place> PLACES =
      new Table<>(
          "places",
          Table.<Place>newColumns()
              .add(text("id", p -> p.id().value()))
              .add(text("name", Place::name))
              .add(text("aliases", p -> CsvCells.join(p.aliases())))
              .add(text("country", p -> p.country().orElse(null)))
              .add(number("lat", p -> p.coordinates().map(Coordinates::latitude).orElse(null)))
              .add(number("lon", p -> p.coordinates().map(Coordinates::longitude).orElse(null)))
              .add(text("within", p -> p.within().map(Object::toString).orElse(null)))
              .build(),
          Comparator.comparing(p -> p.id().value()));

  static final Table<Source> SOURCES =
      new Table<>(
          "sources",
          Table.<Source>newColumns()
              .add(text("id", s -> s.id().value()))
              .add(text("name", Source::name))
              .add(text("kind", s -> s.kind().value()))
              .add(text("actor", s -> s.actor().map(ActorId::value).orElse(null)))
              .add(text("url", s -> s.url().orElse(null)))
              .add(Column.time("published", Source::published))
              .add(number("reliability", s -> boxed(s.reliability())))
              .build(),
          Comparator.comparing(s -> s.id().value()));

  static final Table<AssertionRow> ASSERTIONS =
      new Table<>(
          "assertions",
          Table.<AssertionRow>newColumns()
              .add(text("id", r -> r.assertion().id().value()))
              .add(text("source", r -> r.assertion().source().value()))
              .add(text("via", r -> ids(r.assertion().via(), SourceId::value)))
              .add(text("claim_type", r -> r.assertion().claim().type().label()))
              .add(text("event", r -> r.assertion().claim().event().value()))
              .addAll(ClaimColumns.COLUMNS)
              .add(text("polarity", r -> Column.lower(r.assertion().factuality().polarity())))
              .add(text("certainty", r -> Column.lower(r.assertion().factuality().certainty())))
              .add(text("factuality", r -> r.assertion().factuality().toString()))
              .add(Column.time("stated", AssertionRow::stated))
              .add(text("quote", r -> r.assertion().quote().map(Quote::text).orElse(null)))
              .add(text("quote_lang", r -> r.assertion().quote().map(Quote::language).orElse(null)))
              .add(text("supersedes", r -> ids(r.assertion().supersedes(), AssertionId::value)))
              .add(text("links", r -> links(r.assertion().links())))
              .add(text("note", r -> r.assertion().note().orElse(null)))
              .build(),
          Comparator.comparing(r -> r.assertion().id().value()));

  /** The story tables, in the order they are written and documented. */
  static final List<Table<?>> ALL = List.of(EVENTS, ACTORS, PLACES, SOURCES, ASSERTIONS);

  private StoryColumns() {}

  static @Nullable Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  static <I> String ids(List<I> ids, Function<I, String> text) {
    List<String> values = new ArrayList<>(ids.size());
    for (I id : ids) {
      values.add(text.apply(id));
    }
    return CsvCells.join(values);
  }

  private static String participants(List<Participant> participants) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>(participants.size());
    for (Participant p : participants) {
      pairs.add(Map.entry(p.actor().value(), p.role().value()));
    }
    return CsvCells.joinPairs(pairs, ':');
  }

  private static String links(List<AssertionLink> links) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>(links.size());
    for (AssertionLink link : links) {
      pairs.add(Map.entry(link.type().label(), link.assertion().value()));
    }
    return CsvCells.joinPairs(pairs, ':');
  }

  /** The columns that depend on the kind of claim; empty where a claim has no such part. */
  private static final class ClaimColumns {

    static final List<ColumnGroup<AssertionRow, ?>> COLUMNS =
        Table.<AssertionRow>newColumns()
            .add(text("other", r -> other(claim(r))))
            .add(text("actor", r -> claim(r) instanceof Claim.Participation p ? p.actor().value() : null))
            .add(text("role", r -> claim(r) instanceof Claim.Participation p ? p.role().value() : null))
            .add(text("place", r -> claim(r) instanceof Claim.Location l ? l.place().value() : null))
            .add(ColumnGroup.of(
                r -> claim(r) instanceof Claim.Quantity q ? q : null,
                List.of(
                    Column.<Claim.@Nullable Quantity>text("measure", q -> q == null ? null : q.measure()),
                    Column.<Claim.@Nullable Quantity>number("low", q -> q == null ? null : TimelineColumns.bound(q.low())),
                    Column.<Claim.@Nullable Quantity>number("high", q -> q == null ? null : TimelineColumns.bound(q.high())),
                    Column.<Claim.@Nullable Quantity>text("unit", q -> q == null ? null : q.unit().orElse(null)),
                    Column.<Claim.@Nullable Quantity>bool("approximate", q -> q == null ? null : q.approximate()),
                    Column.<Claim.@Nullable Quantity>number("uncertainty",
                        q -> q == null || q.uncertainty().isEmpty() ? null : q.uncertainty().getAsDouble()))))
            .add(text("relations", r -> claim(r) instanceof Claim.Relation rel ? relations(rel) : null))
            .add(Column.time("when", r -> claim(r) instanceof Claim.Timing t ? Optional.of(t.when()) : Optional.empty()))
            .build();

    private ClaimColumns() {}

    private static Claim claim(AssertionRow row) {
      return row.assertion().claim();
    }

    private static @Nullable String other(Claim claim) {
      if (claim instanceof Claim.Relation r) {
        return r.other().value();
      }
      if (claim instanceof Claim.SameAs s) {
        return s.other().value();
      }
      return null;
    }

    private static String relations(Claim.Relation relation) {
      List<String> names = new ArrayList<>();
      for (IntervalRelation r : relation.relations()) {
        names.add(r.name());
      }
      return CsvCells.join(names);
    }
  }
}
