package io.github.eventline.assertj;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on timelines, stories and verdicts: every failure is collected, and
 * {@link #assertAll()} reports them together.
 *
 * <pre>{@code
 * EventlineSoftAssertions softly = new EventlineSoftAssertions();
 * softly.assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
 * softly.assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested();
 * softly.assertAll();
 *
 * EventlineSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(timeline).hasNoConflicts();
 *   softly.assertThat(story).hasNoProblems();
 * });
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's extension injects it and calls {@code assertAll()} after each test:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class SeedTest {
 *   @InjectSoftAssertions EventlineSoftAssertions softly;
 *
 *   @Test
 *   void request_followsTheOffensive() {
 *     softly.assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive");
 *   }
 * }
 * }</pre>
 *
 * <p>On the class path, as Maven's surefire runs tests by default, nothing more is needed. On the
 * module path, AssertJ's soft proxies need Byte Buddy and access that AssertJ's module descriptor
 * does not grant to other assertion modules: run the tests with
 *
 * <pre>{@code
 * --add-modules net.bytebuddy
 * --add-reads org.assertj.core=io.github.eventline.assertj
 * --add-exports org.assertj.core/org.assertj.core.api.recursive.assertion=io.github.eventline.assertj
 * }</pre>
 *
 * <p>Not thread-safe: one instance per test.
 */
public class EventlineSoftAssertions extends AbstractSoftAssertions implements EventlineSoftAssertionsProvider {

  /** Creates soft assertions that have collected nothing yet. */
  public EventlineSoftAssertions() {}

  /**
   * Runs soft assertions and then reports every failure they collected.
   *
   * <pre>{@code
   * EventlineSoftAssertions.assertSoftly(softly -> softly.assertThat(timeline).hasNoConflicts());
   * }</pre>
   *
   * @param softly  the assertions to run, not null
   * @throws AssertionError listing every failure, if any
   */
  public static void assertSoftly(Consumer<EventlineSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(EventlineSoftAssertions.class, requireNonNull(softly, "softly"));
  }
}
