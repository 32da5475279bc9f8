package io.github.eventline.assertj;

import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import io.github.eventline.timeline.Timeline;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Story}, and the way into its timeline.
 *
 * <pre>{@code
 * Story story = StoryJson.read(Path.of("examples/kursk-2024.json"));
 * assertThat(story).hasNoProblems()
 *     .timeline().hasNoConflicts();
 * }</pre>
 *
 * <p>A built story has passed its builder's validation; {@link #hasNoProblems()} runs it again,
 * which checks a story made by other means (a reader, {@link Story#asKnownAt}) just as well. Not
 * final, so that {@link EventlineSoftAssertions} can proxy it; not thread-safe, as no AssertJ
 * assertion is.
 */
public class StoryAssert extends AbstractAssert<StoryAssert, Story> {

  private @Nullable AssertionErrorCollector childCollector;

  /**
   * Creates assertions on a story; {@link EventlineAssertions#assertThat(Story)} reads better.
   *
   * @param actual  the story, may be null (every check then fails)
   */
  public StoryAssert(@Nullable Story actual) {
    super(actual, StoryAssert.class);
  }

  /** Makes the assertions reached from this one report to soft assertions. */
  StoryAssert proxiedBy(AssertionErrorCollector collector) {
    this.childCollector = collector;
    return this;
  }

  /**
   * Checks that the story's validation finds no problem.
   *
   * <pre>{@code
   * assertThat(story).hasNoProblems();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public StoryAssert hasNoProblems() {
    isNotNull();
    List<StoryProblem> problems = actual.toBuilder().problems();
    if (!problems.isEmpty()) {
      throw failure("%s", "Expecting the story to have no problems, but it has " + problems.size() + ":\n"
          + FailureText.problems(problems));
    }
    return myself;
  }

  /**
   * Returns assertions on the story's timeline, built with the default reconciliation policy
   * ({@link Timeline#build(Story)}).
   *
   * <pre>{@code
   * assertThat(story).timeline().event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
   * }</pre>
   *
   * @return assertions on the timeline, not null
   */
  public TimelineAssert timeline() {
    TimelineAssert result = new TimelineAssert(actual == null ? null : Timeline.build(actual)).reportingTo(childCollector);
    return info.descriptionText().isEmpty() ? result : result.describedAs(info.description());
  }
}
