package io.github.eventline.assertj;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * The soft {@code assertThat} of Eventline's assertions, as AssertJ's soft assertion providers are
 * made: mix it into a soft assertions class of your own, next to AssertJ's
 * {@code StandardSoftAssertionsProvider}, or use {@link EventlineSoftAssertions}.
 *
 * <pre>{@code
 * public class MySoftAssertions extends AbstractSoftAssertions
 *     implements StandardSoftAssertionsProvider, EventlineSoftAssertionsProvider {}
 * }</pre>
 *
 * <p>Every failure is collected, including those of the assertions reached from a soft one
 * ({@code softly.assertThat(timeline).event("x").isNecessarilyAfter("y")}); a navigation that fails
 * ({@code event("no-such-event")}) is collected too, and the assertions it returns then check
 * nothing more.
 */
public interface EventlineSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Creates soft assertions on a timeline.
   *
   * <pre>{@code
   * softly.assertThat(timeline).hasNoConflicts();
   * }</pre>
   *
   * @param actual  the timeline, may be null (every check then fails)
   * @return the assertions, not null
   */
  default TimelineAssert assertThat(@Nullable Timeline actual) {
    return proxy(TimelineAssert.class, Timeline.class, actual).proxiedBy(this);
  }

  /**
   * Creates soft assertions on a story.
   *
   * <pre>{@code
   * softly.assertThat(story).hasNoProblems();
   * }</pre>
   *
   * @param actual  the story, may be null (every check then fails)
   * @return the assertions, not null
   */
  default StoryAssert assertThat(@Nullable Story actual) {
    return proxy(StoryAssert.class, Story.class, actual).proxiedBy(this);
  }

  /**
   * Creates soft assertions on a story builder.
   *
   * <pre>{@code
   * softly.assertThat(builder).hasNoProblems();
   * }</pre>
   *
   * @param actual  the builder, may be null (every check then fails)
   * @return the assertions, not null
   */
  default StoryBuilderAssert assertThat(Story.@Nullable Builder actual) {
    return proxy(StoryBuilderAssert.class, Story.Builder.class, actual);
  }

  /**
   * Creates soft assertions on a verdict.
   *
   * <pre>{@code
   * softly.assertThat(verdict).isContested();
   * }</pre>
   *
   * @param actual  the verdict, may be null (every check then fails)
   * @return the assertions, not null
   */
  default VerdictAssert assertThat(@Nullable Verdict actual) {
    return proxy(VerdictAssert.class, Verdict.class, actual);
  }
}
