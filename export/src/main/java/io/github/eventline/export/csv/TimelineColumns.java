package io.github.eventline.export.csv;

import static io.github.eventline.export.csv.Column.number;
import static io.github.eventline.export.csv.Column.text;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.internal.TimelineRows;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the three timeline tables: timeline, verdicts, conflicts. Not public, by design;
 * docs/csv.md documents every column.
 */
final class TimelineColumns {

  /** An event of the timeline with its place in the order and what the timeline says of it. */
  record EventRow(int position, Event event, Timeline timeline) {}

  /** A conflict with its number, from 1, in the timeline's order. */
  /** One row of conflicts.csv: a temporal conflict, or a link the values disagree with. */
  record ConflictRow(
      int number, String kind, String message, Collection<?> events, Collection<?> assertions, Collection<?> sources,
      Collection<?> setAside, Collection<?> setAsideDates) {

    static ConflictRow of(int number, TemporalConflict c) {
      return new ConflictRow(number, TEMPORAL, c.message(), c.events(), c.assertions(), c.sources(), c.setAside(),
          c.setAsideDates());
    }

    static ConflictRow of(int number, Timeline timeline, LinkConflict c) {
      return new ConflictRow(number, LINK, c.message(), TimelineRows.events(c), TimelineRows.assertions(c),
          TimelineRows.sources(timeline, c), List.of(), List.of());
    }
  }

  /** The {@code kind} of a conflict among statements of when events happened. */
  static final String TEMPORAL = "temporal";

  /** The {@code kind} of a modeller's link that the values disagree with. */
  static final String LINK = "link";

  static final Table<EventRow> TIMELINE =
      new Table<>(
          "timeline",
          Table.<EventRow>newColumns()
              .add(number("position", EventRow::position))
              .add(text("id", r -> r.event().id().value()))
              .add(text("type", r -> r.event().type().value()))
              .add(text("summary", r -> r.event().summary()))
              .add(ColumnGroup.of(
                  TimelineColumns::occurrence,
                  List.of(
                      Column.<Verdict>text("status", v -> v.status().name()),
                      Column.<Verdict>number("confidence", v -> TimelineRows.rounded(v.confidence())))))
              .add(Column.time("stated", r -> TimelineRows.stated(r.timeline(), r.event().id())))
              .add(Column.time("derived", r -> Optional.of(r.timeline().derivedBounds(r.event().id()))))
              .build(),
          Comparator.comparing((EventRow r) -> r.event().id().value()));

  static final Table<Verdict> VERDICTS =
      new Table<>(
          "verdicts",
          Table.<Verdict>newColumns()
              .add(text("claim", v -> v.key().type().label()))
              .add(text("event", v -> v.key().event().value()))
              .add(text("other", v -> v.key().other().map(EventId::value).orElse(null)))
              .add(text("actor", v -> v.key().actor().map(Object::toString).orElse(null)))
              .add(text("measure", v -> v.key().measure().orElse(null)))
              .add(text("status", v -> v.status().name()))
              .add(number("confidence", v -> TimelineRows.rounded(v.confidence())))
              .add(text("value", TimelineColumns::value))
              .add(quantityColumns())
              .add(Column.time("when", TimelineColumns::timing))
              .add(text("support", v -> ids(v.support())))
              .add(text("opposition", v -> ids(v.opposition())))
              .add(text("superseded", v -> ids(v.superseded())))
              .add(text("reasons", TimelineColumns::reasons))
              .build(),
          TimelineRows.VERDICT_ORDER);

  static final Table<ConflictRow> CONFLICTS =
      new Table<>(
          "conflicts",
          Table.<ConflictRow>newColumns()
              .add(number("number", ConflictRow::number))
              .add(text("kind", ConflictRow::kind))
              .add(text("message", ConflictRow::message))
              .add(text("events", r -> ids(r.events())))
              .add(text("assertions", r -> ids(r.assertions())))
              .add(text("sources", r -> ids(r.sources())))
              .add(text("set_aside", r -> ids(r.setAside())))
              .add(text("set_aside_dates", r -> ids(r.setAsideDates())))
              .build(),
          Comparator.comparingInt(ConflictRow::number));

  /** The timeline tables, in the order they are written and documented. */
  static final List<Table<?>> ALL = List.of(TIMELINE, VERDICTS, CONFLICTS);

  private TimelineColumns() {}

  private static Verdict occurrence(EventRow row) {
    return row.timeline().occurrence(row.event().id());
  }

  /** The value held, as one cell: see docs/csv.md. */
  private static @Nullable String value(Verdict v) {
    if (v.key().type() == ClaimType.OCCURRED || v.key().type() == ClaimType.SAME_AS) {
      return TimelineRows.truth(v.status()).map(Object::toString).orElse(null);
    }
    if (v.value().isEmpty()) {
      return null;
    }
    Claim claim = v.value().get();
    if (claim instanceof Claim.Timing t) {
      return t.when().label();
    }
    if (claim instanceof Claim.Location l) {
      return l.place().value();
    }
    if (claim instanceof Claim.Participation p) {
      return p.role().value();
    }
    if (claim instanceof Claim.Quantity q) {
      return quantityText(q);
    }
    if (claim instanceof Claim.Relation r) {
      List<String> names = new ArrayList<>();
      for (IntervalRelation relation : r.relations()) {
        names.add(relation.name());
      }
      return CsvCells.join(names);
    }
    return null;
  }

  /**
   * Returns the text of a quantity: {@code ~} in front if approximate, the figure or range
   * ({@code >=26500} at least, {@code <=100} at most), a stated uncertainty ({@code +/-20%}),
   * then the unit: {@code ~10000 person}, {@code 90-120 aircraft}, {@code 70000+/-20%}.
   */
  static String quantityText(Claim.Quantity q) {
    String range;
    if (q.isSingleValue()) {
      range = Table.plain(q.low());
    } else if (!q.hasUpperBound()) {
      range = ">=" + Table.plain(q.low());
    } else if (!q.hasLowerBound()) {
      range = "<=" + Table.plain(q.high());
    } else {
      range = Table.plain(q.low()) + "-" + Table.plain(q.high());
    }
    String uncertainty = q.uncertainty().isPresent() ? "+/-" + java.math.BigDecimal.valueOf(q.uncertainty().getAsDouble()).movePointRight(2).stripTrailingZeros().toPlainString() + "%" : "";
    return (q.approximate() ? "~" : "") + range + uncertainty + q.unit().map(u -> " " + u).orElse("");
  }

  /** Returns a bound of a range, null (an empty cell) for an open side. */
  static @Nullable Double bound(double value) {
    return Double.isInfinite(value) ? null : value;
  }

  /** The columns of a quantity verdict's value: low, high, unit, approximate; empty for others. */
  private static ColumnGroup<Verdict, Claim.@Nullable Quantity> quantityColumns() {
    return ColumnGroup.of(
        v -> v.value().isPresent() && v.value().get() instanceof Claim.Quantity q ? q : null,
        List.of(
            Column.<Claim.@Nullable Quantity>number("low", q -> q == null ? null : bound(q.low())),
            Column.<Claim.@Nullable Quantity>number("high", q -> q == null ? null : bound(q.high())),
            Column.<Claim.@Nullable Quantity>text("unit", q -> q == null ? null : q.unit().orElse(null)),
            Column.<Claim.@Nullable Quantity>bool("approximate", q -> q == null ? null : q.approximate())));
  }

  private static Optional<TimeBounds> timing(Verdict v) {
    return v.value().isPresent() && v.value().get() instanceof Claim.Timing t ? Optional.of(t.when()) : Optional.empty();
  }

  private static String reasons(Verdict v) {
    List<String> reasons = new ArrayList<>(v.explanation().size());
    for (Weighed w : v.explanation()) {
      reasons.add(w.assertion() + " (" + w.source() + ") " + w.reason());
    }
    return CsvCells.join(reasons);
  }

  private static String ids(Collection<?> ids) {
    List<String> values = new ArrayList<>(ids.size());
    for (Object id : ids) {
      values.add(id.toString());
    }
    return CsvCells.join(values);
  }
}
