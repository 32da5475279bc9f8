package io.github.eventline.assertj;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of Eventline's assertions: {@code assertThat} for timelines, stories, story
 * builders and verdicts, and the keys of the questions verdicts answer.
 *
 * <pre>{@code
 * import static io.github.eventline.assertj.EventlineAssertions.assertThat;
 * import static io.github.eventline.assertj.EventlineAssertions.occurred;
 * import static io.github.eventline.timeline.VerdictStatus.UNCONTESTED;
 *
 * Timeline timeline = Timeline.build(story);
 * assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive").hasStatus(UNCONTESTED);
 * assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested().isSupportedBy("zelensky-address");
 * assertThat(story).hasNoProblems();
 * }</pre>
 *
 * <p>It sits beside AssertJ's own {@code Assertions}: import both statically, the compiler picks
 * the {@code assertThat} of the argument's type. For soft assertions, see
 * {@link EventlineSoftAssertions}.
 */
public final class EventlineAssertions {

  private EventlineAssertions() {}

  /**
   * Creates assertions on a timeline.
   *
   * <pre>{@code
   * assertThat(Timeline.build(story)).hasNoConflicts();
   * }</pre>
   *
   * @param actual  the timeline, may be null (every check then fails)
   * @return the assertions, not null
   */
  public static TimelineAssert assertThat(@Nullable Timeline actual) {
    return new TimelineAssert(actual);
  }

  /**
   * Creates assertions on a story.
   *
   * <pre>{@code
   * assertThat(story).hasNoProblems();
   * }</pre>
   *
   * @param actual  the story, may be null (every check then fails)
   * @return the assertions, not null
   */
  public static StoryAssert assertThat(@Nullable Story actual) {
    return new StoryAssert(actual);
  }

  /**
   * Creates assertions on a story builder, to check the problems of a story without building it.
   *
   * <pre>{@code
   * assertThat(builder).hasProblem("assertions[0].source", "unknown source \"nobody\"");
   * }</pre>
   *
   * @param actual  the builder, may be null (every check then fails)
   * @return the assertions, not null
   */
  public static StoryBuilderAssert assertThat(Story.@Nullable Builder actual) {
    return new StoryBuilderAssert(actual);
  }

  /**
   * Creates assertions on a verdict.
   *
   * <pre>{@code
   * assertThat(timeline.occurrence(EventId.of("nk-troops-in-assaults"))).isContested();
   * }</pre>
   *
   * @param actual  the verdict, may be null (every check then fails)
   * @return the assertions, not null
   */
  public static VerdictAssert assertThat(@Nullable Verdict actual) {
    return new VerdictAssert(actual);
  }

  /**
   * Obtains the key of the question whether an event occurred.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested();
   * }</pre>
   *
   * @param event  the event id, not null
   * @return the key, not null
   */
  public static ClaimKey occurred(String event) {
    return ClaimKey.occurred(EventId.of(requireNonNull(event, "event")));
  }

  /**
   * Obtains the key of the question when an event happened.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(timing("nk-troops-in-kursk")).isUncontested();
   * }</pre>
   *
   * @param event  the event id, not null
   * @return the key, not null
   */
  public static ClaimKey timing(String event) {
    return key(ClaimType.TIMING, event, null, null, null);
  }

  /**
   * Obtains the key of the question where an event happened.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(location("nk-losses")).isUncontested();
   * }</pre>
   *
   * @param event  the event id, not null
   * @return the key, not null
   */
  public static ClaimKey location(String event) {
    return key(ClaimType.LOCATION, event, null, null, null);
  }

  /**
   * Obtains the key of the question whether an actor took part in an event.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(participation("nk-troops-in-assaults", "north-korea")).isSupportedBy("a1");
   * }</pre>
   *
   * @param event  the event id, not null
   * @param actor  the actor id, not null
   * @return the key, not null
   */
  public static ClaimKey participation(String event, String actor) {
    return key(ClaimType.PARTICIPATION, event, null, requireNonNull(actor, "actor"), null);
  }

  /**
   * Obtains the key of the question how much or how many of a measure an event involved.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(quantity("nk-troops-in-kursk", "soldiers")).hasApproximateFigure(10_000);
   * }</pre>
   *
   * @param event  the event id, not null
   * @param measure  what is counted, such as {@code soldiers}, not null
   * @return the key, not null
   */
  public static ClaimKey quantity(String event, String measure) {
    return key(ClaimType.QUANTITY, event, null, null, requireNonNull(measure, "measure"));
  }

  /**
   * Obtains the key of the question how two events stand in time. The key names the smaller id
   * first, whatever the order given, and the verdict's value reads from that event to the other.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(relation("putin-asks-kim", "kursk-offensive")).isUncontested();
   * }</pre>
   *
   * @param event  one event id, not null
   * @param other  the other event id, not null
   * @return the key, not null
   */
  public static ClaimKey relation(String event, String other) {
    return pair(ClaimType.RELATION, event, other);
  }

  /**
   * Obtains the key of the question whether two events are the same. The key names the smaller id
   * first, whatever the order given.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(sameAs("nk-troops-in-kursk", "nk-troops-reinforce-russia")).isRefuted();
   * }</pre>
   *
   * @param event  one event id, not null
   * @param other  the other event id, not null
   * @return the key, not null
   */
  public static ClaimKey sameAs(String event, String other) {
    return pair(ClaimType.SAME_AS, event, other);
  }

  private static ClaimKey pair(ClaimType type, String event, String other) {
    requireNonNull(event, "event");
    requireNonNull(other, "other");
    boolean swap = other.compareTo(event) < 0;
    return key(type, swap ? other : event, swap ? event : other, null, null);
  }

  private static ClaimKey key(
      ClaimType type, String event, @Nullable String other, @Nullable String actor, @Nullable String measure) {
    return new ClaimKey(
        type,
        EventId.of(requireNonNull(event, "event")),
        Optional.ofNullable(other).map(EventId::of),
        Optional.ofNullable(actor).map(ActorId::of),
        Optional.ofNullable(measure));
  }
}
