package io.github.eventline.assertj;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one event of a {@link Timeline}: where it falls relative to other events, the
 * bounds derived for it, and whether it happened. Obtained from {@link TimelineAssert#event(String)}.
 *
 * <pre>{@code
 * assertThat(timeline).event("putin-asks-kim")
 *     .isNecessarilyAfter("kursk-offensive")
 *     .startsNoEarlierThan("2024-08-01")
 *     .hasStatus(UNCONTESTED);
 * }</pre>
 *
 * <p>The relations between two events are the timeline's: {@code isNecessarilyBefore} holds when
 * the event ends no later than the other starts in every solution of the constraints,
 * {@code isPossiblyBefore} when it does in some. A failure shows both events with their stated
 * bounds (the value their timing verdict holds) and derived bounds, and the relations still
 * possible between them:
 *
 * <pre>{@code
 * Expecting kursk-offensive to be necessarily after putin-asks-kim, but it cannot be:
 *   kursk-offensive (Ukrainian offensive to retake control of areas of the Kursk region)
 *     stated:  "early 2024-08": start in [2024-08-01T00:00:00Z, 2024-08-11T00:00:00Z], end in [...]
 *     derived: same as stated
 *   putin-asks-kim (Putin asks Kim Jong-un for help)
 *     stated:  none
 *     derived: "derived": start in [2024-08-01T00:00:00Z, ..], end in [2024-08-01T00:00:00Z, ..]
 *   relations still possible from kursk-offensive to putin-asks-kim: [BEFORE, MEETS]
 * }</pre>
 *
 * <p>Where a method takes a time as text, the text is read by {@link TimeBounds#parse(String)}:
 * "no earlier than" a text means no earlier than the first instant it allows, "no later than"
 * means no later than the last, so {@code startsNoLaterThan("2024-08-10")} allows a start at any
 * time on the 10th. Not thread-safe, as no AssertJ assertion is.
 */
public final class EventAssert extends AbstractAssert<EventAssert, Event> {

  private final @Nullable Timeline timeline;
  private final @Nullable AssertionErrorCollector collector;

  EventAssert(@Nullable Timeline timeline, @Nullable Event actual, @Nullable AssertionErrorCollector collector) {
    super(actual, EventAssert.class);
    this.timeline = timeline;
    this.collector = collector;
  }

  /**
   * Checks that the event ends no later than another starts, whatever the solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("kursk-offensive").isNecessarilyBefore("putin-asks-kim");
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert isNecessarilyBefore(String other) {
    EventId b = other(other);
    if (ready() && !timeline.isNecessarilyBefore(actual.id(), b)) {
      String why = timeline.isPossiblyBefore(actual.id(), b) ? "it only may be" : "it cannot be";
      failOrdering("to be necessarily before", b, why);
    }
    return myself;
  }

  /**
   * Checks that the event starts no earlier than another ends, whatever the solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert isNecessarilyAfter(String other) {
    EventId b = other(other);
    if (ready() && !timeline.isNecessarilyBefore(b, actual.id())) {
      String why = timeline.isPossiblyBefore(b, actual.id()) ? "it only may be" : "it cannot be";
      failOrdering("to be necessarily after", b, why);
    }
    return myself;
  }

  /**
   * Checks that the event may end no later than another starts, in some solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").isPossiblyBefore("nk-troops-in-kursk");
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert isPossiblyBefore(String other) {
    EventId b = other(other);
    if (ready() && !timeline.isPossiblyBefore(actual.id(), b)) {
      failOrdering("to be possibly before", b, "it cannot be");
    }
    return myself;
  }

  /**
   * Checks that the event may start no earlier than another ends, in some solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("nk-troops-in-kursk").isPossiblyAfter("putin-asks-kim");
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert isPossiblyAfter(String other) {
    EventId b = other(other);
    if (ready() && !timeline.isPossiblyBefore(b, actual.id())) {
      failOrdering("to be possibly after", b, "it cannot be");
    }
    return myself;
  }

  /**
   * Checks that the event may overlap another: some relation other than {@code BEFORE},
   * {@code MEETS}, {@code MET_BY} and {@code AFTER} is still possible between them.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").mayOverlap("nk-troops-in-kursk");
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert mayOverlap(String other) {
    EventId b = other(other);
    if (ready() && !mayOverlap(b)) {
      failOrdering("to possibly overlap", b, "it cannot");
    }
    return myself;
  }

  /**
   * Checks that the event cannot overlap another: one of them ends before the other starts,
   * whatever the solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").cannotOverlap("kursk-offensive");
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert cannotOverlap(String other) {
    EventId b = other(other);
    if (ready() && mayOverlap(b)) {
      failOrdering("not to overlap", b, "it may");
    }
    return myself;
  }

  private boolean mayOverlap(EventId other) {
    Set<IntervalRelation> possible = EnumSet.noneOf(IntervalRelation.class);
    possible.addAll(timeline.relation(actual.id(), other));
    possible.retainAll(IntervalRelation.INTERSECTS);
    return !possible.isEmpty();
  }

  /**
   * Checks exactly which Allen relations of the event to another are still possible.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").hasPossibleRelationsTo("kursk-offensive", MET_BY, AFTER);
   * }</pre>
   *
   * @param other  the id of the other event, not null
   * @param expected  the relations, in any order, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public EventAssert hasPossibleRelationsTo(String other, IntervalRelation... expected) {
    EventId b = other(other);
    requireNonNull(expected, "expected");
    Set<IntervalRelation> wanted = EnumSet.noneOf(IntervalRelation.class);
    wanted.addAll(Arrays.asList(expected));
    if (ready() && !timeline.relation(actual.id(), b).equals(wanted)) {
      failOrdering("to have possible relations " + wanted + " to", b, "it has others");
    }
    return myself;
  }

  /**
   * Checks that the event starts at or after an instant, whatever the solution: its derived
   * earliest start is no earlier.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").startsNoEarlierThan(Instant.parse("2024-08-01T00:00:00Z"));
   * }</pre>
   *
   * @param instant  the instant, not null
   * @return this assertion, for chaining
   */
  public EventAssert startsNoEarlierThan(Instant instant) {
    requireNonNull(instant, "instant");
    return startsNoEarlierThan(instant, instant.toString());
  }

  /**
   * Checks that the event starts no earlier than the first instant a time allows, whatever the
   * solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").startsNoEarlierThan("2024-08-01");
   * }</pre>
   *
   * @param time  the time, as {@link TimeBounds#parse(String)} reads it, not null
   * @return this assertion, for chaining
   * @throws io.github.eventline.core.time.EdtfParseException if the text is not a time
   */
  public EventAssert startsNoEarlierThan(String time) {
    TimeBounds t = TimeBounds.parse(requireNonNull(time, "time"));
    return startsNoEarlierThan(t.earliestStart(), quoted(time, t.earliestStart()));
  }

  private EventAssert startsNoEarlierThan(Instant instant, String shown) {
    if (ready()) {
      Instant earliest = timeline.derivedBounds(actual.id()).earliestStart();
      if (earliest.isBefore(instant)) {
        failBounds("to start no earlier than " + shown + ", but its earliest start is " + FailureText.instant(earliest));
      }
    }
    return myself;
  }

  /**
   * Checks that the event starts at or before an instant, whatever the solution: its derived
   * latest start is no later.
   *
   * <pre>{@code
   * assertThat(timeline).event("kursk-offensive").startsNoLaterThan(Instant.parse("2024-08-11T00:00:00Z"));
   * }</pre>
   *
   * @param instant  the instant, not null
   * @return this assertion, for chaining
   */
  public EventAssert startsNoLaterThan(Instant instant) {
    requireNonNull(instant, "instant");
    return startsNoLaterThan(instant, instant.toString());
  }

  /**
   * Checks that the event starts no later than the last instant a time allows, whatever the
   * solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("kursk-offensive").startsNoLaterThan("2024-08-10");
   * }</pre>
   *
   * @param time  the time, as {@link TimeBounds#parse(String)} reads it, not null
   * @return this assertion, for chaining
   * @throws io.github.eventline.core.time.EdtfParseException if the text is not a time
   */
  public EventAssert startsNoLaterThan(String time) {
    TimeBounds t = TimeBounds.parse(requireNonNull(time, "time"));
    return startsNoLaterThan(t.latestEnd(), quoted(time, t.latestEnd()));
  }

  private EventAssert startsNoLaterThan(Instant instant, String shown) {
    if (ready()) {
      Instant latest = timeline.derivedBounds(actual.id()).latestStart();
      if (latest.isAfter(instant)) {
        failBounds("to start no later than " + shown + ", but its latest start is " + FailureText.instant(latest));
      }
    }
    return myself;
  }

  /**
   * Checks that the event ends at or after an instant, whatever the solution: its derived
   * earliest end is no earlier.
   *
   * <pre>{@code
   * assertThat(timeline).event("nk-troops-in-kursk").endsNoEarlierThan(Instant.parse("2024-12-15T00:00:00Z"));
   * }</pre>
   *
   * @param instant  the instant, not null
   * @return this assertion, for chaining
   */
  public EventAssert endsNoEarlierThan(Instant instant) {
    requireNonNull(instant, "instant");
    return endsNoEarlierThan(instant, instant.toString());
  }

  /**
   * Checks that the event ends no earlier than the first instant a time allows, whatever the
   * solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("nk-troops-in-kursk").endsNoEarlierThan("2024-12-15");
   * }</pre>
   *
   * @param time  the time, as {@link TimeBounds#parse(String)} reads it, not null
   * @return this assertion, for chaining
   * @throws io.github.eventline.core.time.EdtfParseException if the text is not a time
   */
  public EventAssert endsNoEarlierThan(String time) {
    TimeBounds t = TimeBounds.parse(requireNonNull(time, "time"));
    return endsNoEarlierThan(t.earliestStart(), quoted(time, t.earliestStart()));
  }

  private EventAssert endsNoEarlierThan(Instant instant, String shown) {
    if (ready()) {
      Instant earliest = timeline.derivedBounds(actual.id()).earliestEnd();
      if (earliest.isBefore(instant)) {
        failBounds("to end no earlier than " + shown + ", but its earliest end is " + FailureText.instant(earliest));
      }
    }
    return myself;
  }

  /**
   * Checks that the event ends at or before an instant, whatever the solution: its derived latest
   * end is no later.
   *
   * <pre>{@code
   * assertThat(timeline).event("kursk-offensive").endsNoLaterThan(Instant.parse("2024-08-11T00:00:00Z"));
   * }</pre>
   *
   * @param instant  the instant, not null
   * @return this assertion, for chaining
   */
  public EventAssert endsNoLaterThan(Instant instant) {
    requireNonNull(instant, "instant");
    return endsNoLaterThan(instant, instant.toString());
  }

  /**
   * Checks that the event ends no later than the last instant a time allows, whatever the solution.
   *
   * <pre>{@code
   * assertThat(timeline).event("kursk-offensive").endsNoLaterThan("2024-08");
   * }</pre>
   *
   * @param time  the time, as {@link TimeBounds#parse(String)} reads it, not null
   * @return this assertion, for chaining
   * @throws io.github.eventline.core.time.EdtfParseException if the text is not a time
   */
  public EventAssert endsNoLaterThan(String time) {
    TimeBounds t = TimeBounds.parse(requireNonNull(time, "time"));
    return endsNoLaterThan(t.latestEnd(), quoted(time, t.latestEnd()));
  }

  private EventAssert endsNoLaterThan(Instant instant, String shown) {
    if (ready()) {
      Instant latest = timeline.derivedBounds(actual.id()).latestEnd();
      if (latest.isAfter(instant)) {
        failBounds("to end no later than " + shown + ", but its latest end is " + FailureText.instant(latest));
      }
    }
    return myself;
  }

  private static String quoted(String text, Instant instant) {
    return '"' + text + "\" (" + FailureText.instant(instant) + ')';
  }

  /**
   * Checks the bounds derived for the event: its earliest and latest start and end. The label and
   * precision are not compared.
   *
   * <pre>{@code
   * assertThat(timeline).event("kursk-offensive").hasDerivedBounds(TimeBounds.early(YearMonth.of(2024, 8)));
   * }</pre>
   *
   * @param expected  the bounds, not null
   * @return this assertion, for chaining
   */
  public EventAssert hasDerivedBounds(TimeBounds expected) {
    requireNonNull(expected, "expected");
    if (ready()) {
      TimeBounds derived = timeline.derivedBounds(actual.id());
      if (!FailureText.sameInstants(derived, expected)) {
        failBounds("to have derived bounds " + FailureText.bounds(expected) + ", but they are " + FailureText.bounds(derived));
      }
    }
    return myself;
  }

  /**
   * Checks the bounds derived for the event against a text {@link TimeBounds#parse(String)} reads;
   * the label and precision are not compared.
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").hasDerivedBounds("not before 2024-08-01");
   * }</pre>
   *
   * @param expected  the bounds as text, not null
   * @return this assertion, for chaining
   * @throws io.github.eventline.core.time.EdtfParseException if the text is not a time
   */
  public EventAssert hasDerivedBounds(String expected) {
    return hasDerivedBounds(TimeBounds.parse(requireNonNull(expected, "expected")));
  }

  /**
   * Checks how the event's occurrence stands: the status of the verdict on whether it happened.
   *
   * <pre>{@code
   * assertThat(timeline).event("nk-troops-in-assaults").hasStatus(VerdictStatus.CONTESTED);
   * }</pre>
   *
   * @param expected  the status, not null
   * @return this assertion, for chaining
   */
  public EventAssert hasStatus(VerdictStatus expected) {
    requireNonNull(expected, "expected");
    if (ready()) {
      Verdict verdict = timeline.occurrence(actual.id());
      if (verdict.status() != expected) {
        report("Expecting the occurrence of " + actual.id() + " to be " + expected + ", but it is "
            + verdict.status() + ":\n" + FailureText.verdict(verdict, timeline.story()));
      }
    }
    return myself;
  }

  /**
   * Returns assertions on the verdict on whether the event happened.
   *
   * <pre>{@code
   * assertThat(timeline).event("nk-troops-in-assaults").occurrence().isContested().isOpposedBy("austin-statement");
   * }</pre>
   *
   * @return assertions on the occurrence verdict, not null
   */
  public VerdictAssert occurrence() {
    boolean live = ready();
    Verdict verdict = live ? timeline.occurrence(actual.id()) : null;
    VerdictAssert result = new VerdictAssert(verdict, live ? timeline.story() : null, !live, collector);
    return info.descriptionText().isEmpty() ? result : result.describedAs(info.description());
  }

  private EventId other(String other) {
    requireNonNull(other, "other");
    return timeline == null ? EventId.of(other) : TimelineAssert.known(timeline, other);
  }

  /** True if there is an event to check; false when it was missing (already reported). */
  private boolean ready() {
    return actual != null && timeline != null;
  }

  private void failOrdering(String expectation, EventId other, String why) {
    Set<IntervalRelation> possible = timeline.relation(actual.id(), other);
    String relations = possible.isEmpty() ? "none"
        : possible.size() == IntervalRelation.ALL.size() ? "all 13, nothing orders them" : possible.toString();
    report("Expecting " + actual.id() + " " + expectation + " " + other + ", but " + why + ":\n"
        + FailureText.event(timeline, actual.id(), "  ") + "\n" + FailureText.event(timeline, other, "  ")
        + "\n  relations still possible from " + actual.id() + " to " + other + ": " + relations);
  }

  private void failBounds(String expectation) {
    report("Expecting " + actual.id() + " " + expectation + ":\n" + FailureText.event(timeline, actual.id(), "  "));
  }

  private void report(String message) {
    Soft.report(failure("%s", message), collector);
  }
}
