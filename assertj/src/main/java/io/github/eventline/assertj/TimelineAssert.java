package io.github.eventline.assertj;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Timeline}: its conflicts and order, and the way into one event
 * ({@link #event(String)}) or one verdict ({@link #verdictOn(ClaimKey)}).
 *
 * <pre>{@code
 * Timeline timeline = Timeline.build(story);
 * assertThat(timeline).hasNoConflicts().hasEventsInOrder("kursk-offensive", "putin-asks-kim");
 * assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
 * assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested();
 * assertThat(timeline).asKnownAt("2024-12-14").verdictOn(occurred("nk-troops-in-assaults")).isUnverified();
 * }</pre>
 *
 * <p>Not final, so that {@link EventlineSoftAssertions} can proxy it; not thread-safe, as no AssertJ
 * assertion is.
 */
public class TimelineAssert extends AbstractAssert<TimelineAssert, Timeline> {

  /** Where this assertion's own failures go: null to throw (also when a soft proxy collects them). */
  private @Nullable AssertionErrorCollector collector;
  /** Where the failures of the assertions reached from this one go: null to throw. */
  private @Nullable AssertionErrorCollector childCollector;

  /**
   * Creates assertions on a timeline; {@link EventlineAssertions#assertThat(Timeline)} reads better.
   *
   * @param actual  the timeline, may be null (every check then fails)
   */
  public TimelineAssert(@Nullable Timeline actual) {
    super(actual, TimelineAssert.class);
  }

  /** Makes every check, and the assertions reached from this one, report to soft assertions. */
  TimelineAssert reportingTo(@Nullable AssertionErrorCollector collector) {
    this.collector = collector;
    this.childCollector = collector;
    return this;
  }

  /**
   * Makes the assertions reached from this one report to soft assertions, whose proxy of this
   * assertion collects its own failures.
   */
  TimelineAssert proxiedBy(AssertionErrorCollector collector) {
    this.childCollector = collector;
    return this;
  }

  /**
   * Returns assertions on one event of the timeline. Fails if the story has no such event (and
   * then, in soft assertions, the returned assertions check nothing more).
   *
   * <pre>{@code
   * assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
   * }</pre>
   *
   * @param id  the event id, not null
   * @return assertions on the event, not null
   */
  public EventAssert event(String id) {
    requireNonNull(id, "id");
    Event event = null;
    if (ready()) {
      Optional<Event> found = actual.story().event(EventId.of(id));
      if (found.isPresent()) {
        event = found.get();
      } else {
        reportTo(childCollector, "Expecting the timeline to have event \"" + id + "\", but its story has no such event"
            + hint(actual, id));
      }
    }
    return described(new EventAssert(actual, event, childCollector));
  }

  /**
   * Returns assertions on the verdict on a question. Fails if no assertion answers it (and then,
   * in soft assertions, the returned assertions check nothing more). The verdict knows the story,
   * so that {@link VerdictAssert#isRelayedBy} can check relays.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested().isSupportedBy("zelensky-address");
   * assertThat(timeline).verdictOn(quantity("nk-troops-in-kursk", "soldiers")).hasApproximateFigure(10_000);
   * }</pre>
   *
   * @param key  the question, not null; see {@link EventlineAssertions#occurred(String)} and the other keys there
   * @return assertions on the verdict, not null
   */
  public VerdictAssert verdictOn(ClaimKey key) {
    requireNonNull(key, "key");
    Verdict verdict = null;
    if (ready()) {
      Optional<Verdict> found = actual.reconciliation().verdict(key);
      if (found.isPresent()) {
        verdict = found.get();
      } else if (actual.story().event(key.event()).isEmpty()) {
        reportTo(childCollector, "Expecting a verdict on " + key + ", but the story has no event \"" + key.event()
            + "\"" + hint(actual, key.event().value()));
      } else {
        reportTo(childCollector, "Expecting a verdict on " + key + ", but no assertion answers it");
      }
    }
    VerdictAssert result = new VerdictAssert(verdict, verdict == null ? null : actual.story(), verdict == null, childCollector);
    return info.descriptionText().isEmpty() ? result : result.describedAs(info.description());
  }

  /**
   * Checks that no constraints on when events happened contradict each other.
   *
   * <pre>{@code
   * assertThat(timeline).hasNoConflicts();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public TimelineAssert hasNoConflicts() {
    if (ready() && !actual.conflicts().isEmpty()) {
      report("Expecting no temporal conflicts, but the timeline has " + actual.conflicts().size() + ":\n"
          + conflicts());
    }
    return myself;
  }

  /**
   * Checks that some conflict constrains every given event.
   *
   * <pre>{@code
   * assertThat(timeline).hasConflictInvolving("putin-asks-kim", "kursk-offensive");
   * }</pre>
   *
   * @param eventIds  the events, not empty, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if no event is given or the story has no such event
   */
  public TimelineAssert hasConflictInvolving(String... eventIds) {
    requireNonNull(eventIds, "eventIds");
    if (eventIds.length == 0) {
      throw new IllegalArgumentException("No event given: name at least one event the conflict involves");
    }
    if (!ready()) {
      return myself;
    }
    Set<EventId> wanted = new LinkedHashSet<>();
    for (String id : eventIds) {
      wanted.add(known(actual, requireNonNull(id, "eventIds element")));
    }
    for (TemporalConflict c : actual.conflicts()) {
      if (c.events().containsAll(wanted)) {
        return myself;
      }
    }
    String expectation = "Expecting a temporal conflict involving " + FailureText.join(wanted);
    if (actual.conflicts().isEmpty()) {
      List<String> slices = new ArrayList<>();
      for (EventId id : wanted) {
        slices.add(FailureText.event(actual, id, "  "));
      }
      report(expectation + ", but the timeline has none:\n" + String.join("\n", slices));
    } else {
      report(expectation + ", but none of its " + actual.conflicts().size() + " does:\n" + conflicts());
    }
    return myself;
  }

  /**
   * Checks that the given events come in this order in the timeline ({@link Timeline#events()}),
   * other events possibly between them.
   *
   * <pre>{@code
   * assertThat(timeline).hasEventsInOrder("russian-invasion", "kursk-offensive", "putin-asks-kim");
   * }</pre>
   *
   * @param eventIds  the events, in the expected order, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the story has no such event
   */
  public TimelineAssert hasEventsInOrder(String... eventIds) {
    requireNonNull(eventIds, "eventIds");
    if (!ready()) {
      return myself;
    }
    List<EventId> wanted = new ArrayList<>();
    for (String id : eventIds) {
      wanted.add(known(actual, requireNonNull(id, "eventIds element")));
    }
    List<EventId> order = new ArrayList<>();
    for (Event e : actual.events()) {
      if (wanted.contains(e.id())) {
        order.add(e.id());
      }
    }
    if (!order.equals(wanted)) {
      List<String> slices = new ArrayList<>();
      for (EventId id : order) {
        slices.add(FailureText.event(actual, id, "  "));
      }
      report("Expecting the events in the order " + wanted + ", but the timeline orders them " + order + ":\n"
          + String.join("\n", slices));
    }
    return myself;
  }

  /**
   * Returns assertions on the timeline of the story as it was known at an instant: only the
   * assertions stated by then ({@link Story#asKnownAt(Instant)}), built with this timeline's
   * settings ({@link Timeline#asKnownAt(Instant)}: its policy, acceptance, handling of conflicts
   * and executor).
   *
   * <pre>{@code
   * assertThat(timeline).asKnownAt(Instant.parse("2024-12-01T00:00:00Z"))
   *     .verdictOn(occurred("nk-troops-in-assaults")).isUnverified();
   * }</pre>
   *
   * @param instant  the instant, not null
   * @return assertions on the earlier timeline, not null
   */
  public TimelineAssert asKnownAt(Instant instant) {
    requireNonNull(instant, "instant");
    Timeline earlier = ready() ? actual.asKnownAt(instant) : null;
    TimelineAssert result = new TimelineAssert(earlier).reportingTo(childCollector);
    return info.descriptionText().isEmpty() ? result : result.describedAs(info.description());
  }

  /**
   * Returns assertions on the timeline of the story as it was known at the start of a time that
   * {@link TimeBounds#parse(String)} reads: {@code "2024-12-14"} is the story known at
   * {@code 2024-12-14T00:00:00Z}, before anything stated that day.
   *
   * <pre>{@code
   * assertThat(timeline).asKnownAt("2024-12-14").verdictOn(occurred("nk-troops-in-assaults")).isUnverified();
   * }</pre>
   *
   * @param time  the time, not null
   * @return assertions on the earlier timeline, not null
   * @throws io.github.eventline.core.time.EdtfParseException if the text is not a time
   */
  public TimelineAssert asKnownAt(String time) {
    return asKnownAt(TimeBounds.parse(requireNonNull(time, "time")).earliestStart());
  }

  /**
   * Returns the id of an event of the timeline's story.
   *
   * @throws IllegalArgumentException naming the closest id, if the story has no such event
   */
  static EventId known(Timeline timeline, String id) {
    EventId event = EventId.of(id);
    if (timeline.story().event(event).isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown event \"" + id + "\": the timeline's story has no such event" + hint(timeline, id));
    }
    return event;
  }

  private static String hint(Timeline timeline, String id) {
    List<String> ids = new ArrayList<>();
    for (Event e : timeline.story().events()) {
      ids.add(e.id().value());
    }
    return StoryProblem.closestMatch(id, ids).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }

  private String conflicts() {
    StringBuilder sb = new StringBuilder();
    int n = 1;
    for (TemporalConflict c : actual.conflicts()) {
      if (n > 1) {
        sb.append('\n');
      }
      sb.append("  ").append(n++).append(". ").append(c.message());
      for (EventId id : c.events()) {
        sb.append('\n').append(FailureText.event(actual, id, "    "));
      }
    }
    return sb.toString();
  }

  private EventAssert described(EventAssert child) {
    return info.descriptionText().isEmpty() ? child : child.describedAs(info.description());
  }

  /** True if there is a timeline to check; reports a null one. */
  private boolean ready() {
    if (actual == null) {
      // Navigation needs this reported where a soft proxy cannot turn it into a null assertion.
      reportTo(childCollector, "Expecting a timeline, but it is null");
      return false;
    }
    return true;
  }

  private void report(String message) {
    reportTo(collector, message);
  }

  private void reportTo(@Nullable AssertionErrorCollector to, String message) {
    Soft.report(failure("%s", message), to);
  }
}
