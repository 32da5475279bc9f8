package io.github.eventline.assertj;

import java.util.Arrays;
import java.util.Set;
import org.assertj.core.api.AssertionErrorCollector;
import org.jspecify.annotations.Nullable;

/**
 * Where a failed assertion goes: thrown, or collected by the soft assertions it was reached from.
 * Not public, by design.
 *
 * <p>AssertJ's soft assertions proxy the assertion a {@code softly.assertThat(...)} returns, but not
 * the assertions reached from it ({@code event(...)}, {@code verdictOn(...)}): those carry the
 * collector instead, and every check of this library reports through it.
 */
final class Soft {

  private static final String PACKAGE = "io.github.eventline.assertj.";
  private static final Set<String> OURS = Set.of(
      "EventlineAssertions", "EventlineSoftAssertions", "EventlineSoftAssertionsProvider", "TimelineAssert",
      "EventAssert", "VerdictAssert", "StoryAssert", "StoryBuilderAssert", "FailureText", "Soft");

  private Soft() {}

  /**
   * Throws the error, or hands it to the collector; either way without this library's frames (nor
   * AssertJ's) at the top of its stack trace, so that it points at the test.
   */
  static void report(AssertionError error, @Nullable AssertionErrorCollector collector) {
    StackTraceElement[] trace = error.getStackTrace();
    int first = 0;
    while (first < trace.length && isLibrary(trace[first].getClassName())) {
      first++;
    }
    if (first < trace.length) {
      error.setStackTrace(Arrays.copyOfRange(trace, first, trace.length));
    }
    if (collector == null) {
      throw error;
    }
    collector.collectAssertionError(error);
  }

  private static boolean isLibrary(String className) {
    if (className.startsWith("org.assertj.") || className.startsWith("java.lang.reflect.")
        || className.startsWith("jdk.internal.reflect.") || className.startsWith("net.bytebuddy.")) {
      return true;
    }
    if (!className.startsWith(PACKAGE)) {
      return false;
    }
    String simple = className.substring(PACKAGE.length());
    int nested = simple.indexOf('$');
    return OURS.contains(nested < 0 ? simple : simple.substring(0, nested));
  }
}
