package io.github.eventline.assertj;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Story.Builder}: the problems its story would be built with, checked without
 * building it. Each check runs the builder's validation ({@link Story.Builder#problems()}) afresh.
 *
 * <pre>{@code
 * Story.Builder builder = KurskStory.builder()
 *     .assertion(Assertion.builder("a20", "nobody", new Claim.Occurred(EventId.of("nk-losses"))).build());
 * assertThat(builder).hasProblem("assertions[19].source", "unknown source \"nobody\"");
 * }</pre>
 *
 * <p>A failure lists every problem found, one a line, as {@code path: message (hint)}. Not final, so
 * that {@link EventlineSoftAssertions} can proxy it; not thread-safe, as no AssertJ assertion is.
 */
public class StoryBuilderAssert extends AbstractAssert<StoryBuilderAssert, Story.Builder> {

  /**
   * Creates assertions on a story builder; {@link EventlineAssertions#assertThat(Story.Builder)}
   * reads better.
   *
   * @param actual  the builder, may be null (every check then fails)
   */
  public StoryBuilderAssert(Story.@Nullable Builder actual) {
    super(actual, StoryBuilderAssert.class);
  }

  /**
   * Checks that the story would build: the builder's validation finds no problem.
   *
   * <pre>{@code
   * assertThat(KurskStory.builder()).hasNoProblems();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public StoryBuilderAssert hasNoProblems() {
    List<StoryProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw failure("%s", "Expecting the story to have no problems, but it has " + problems.size() + ":\n"
          + FailureText.problems(problems));
    }
    return myself;
  }

  /**
   * Checks that the validation finds a problem at a path with a message. The message is compared
   * as {@link StoryProblem#toString()} prints it after the path, with or without the hint.
   *
   * <pre>{@code
   * assertThat(builder).hasProblem("assertions[19].claim.event", "unknown event \"nk-assualt\"");
   * assertThat(builder).hasProblem("assertions[19].claim.event",
   *     "unknown event \"nk-assualt\" (did you mean \"nk-assaults\"?)");
   * }</pre>
   *
   * @param path  where the problem is, such as {@code assertions[3].claim.event}, not null
   * @param message  what is wrong, not null
   * @return this assertion, for chaining
   */
  public StoryBuilderAssert hasProblem(String path, String message) {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    List<StoryProblem> problems = problems();
    for (StoryProblem p : problems) {
      if (p.path().equals(path)
          && (p.message().equals(message) || (p.message() + p.hint().map(h -> " (" + h + ")").orElse("")).equals(message))) {
        return myself;
      }
    }
    throw failure("%s", "Expecting the story to have the problem\n  " + path + ": " + message + "\n"
        + (problems.isEmpty() ? "but it has none" : "but its problems are:\n" + FailureText.problems(problems)));
  }

  /**
   * Checks that the validation finds a problem at a path, whatever it says.
   *
   * <pre>{@code
   * assertThat(builder).hasProblemAt("assertions[19].source");
   * }</pre>
   *
   * @param path  where the problem is, not null
   * @return this assertion, for chaining
   */
  public StoryBuilderAssert hasProblemAt(String path) {
    requireNonNull(path, "path");
    List<StoryProblem> problems = problems();
    for (StoryProblem p : problems) {
      if (p.path().equals(path)) {
        return myself;
      }
    }
    throw failure("%s", "Expecting the story to have a problem at " + path + ", "
        + (problems.isEmpty() ? "but it has none" : "but its problems are:\n" + FailureText.problems(problems)));
  }

  private List<StoryProblem> problems() {
    if (actual == null) {
      throw failure("%s", "Expecting a story builder, but it is null");
    }
    return actual.problems();
  }
}
