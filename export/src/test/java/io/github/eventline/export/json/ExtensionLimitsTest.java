package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eventline.core.Story;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing agree on nesting, and an extension is kept as text, not as a tree: what it
 * holds costs about a byte of heap per byte read, and it is written back without recursion.
 */
class ExtensionLimitsTest {

  private static String deep(int depth) {
    return "[".repeat(depth) + "1" + "]".repeat(depth);
  }

  @Test
  void maxNestingDepth_isCappedAtTheCeiling() {
    assertThat(StoryJson.reader().maxNestingDepth(StoryJson.NESTING_DEPTH_CEILING).maxNestingDepth()).isEqualTo(1000);
    assertThatThrownBy(() -> StoryJson.reader().maxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The nesting depth limit must be from 1 to 1000 (StoryJson.NESTING_DEPTH_CEILING, the deepest"
            + " the writers write), not 1001");
  }

  @Test
  void anExtensionAtTheCeiling_readsAndWritesBack() {
    // the story object is one level, so the extension's innermost array is at the ceiling
    String json = "{\"format\": \"eventline/1\", \"x-deep\": " + deep(StoryJson.NESTING_DEPTH_CEILING - 1) + "}";
    StoryJson.Reader reader = StoryJson.reader().maxNestingDepth(StoryJson.NESTING_DEPTH_CEILING);

    Story story = reader.fromJson(json);
    String written = StoryJson.toJson(story);

    assertThat(story.extensions().get("x-deep")).isEqualTo(deep(StoryJson.NESTING_DEPTH_CEILING - 1));
    assertThat(reader.fromJson(written)).isEqualTo(story);
  }

  @Test
  void deepNestingOutsideAnExtension_isAProblem_notAStackOverflow() {
    String json = "{\"format\": \"eventline/1\", \"title\": " + deep(StoryJson.NESTING_DEPTH_CEILING - 1) + "}";

    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.reader().maxNestingDepth(StoryJson.NESTING_DEPTH_CEILING).fromJson(json));

    assertThat(e.problems()).extracting(FileProblem::pointer).containsExactly("/title");
  }

  @Test
  void anExtension_keepsNumbersAsWritten_andReportsDuplicatesInside() {
    Story story = StoryJson.fromJson(
        "{\"format\": \"eventline/1\", \"x-n\": {\"a\": [1.50, -0, 1e400, 12345678901234567890], \"b\": {}}}");
    assertThat(story.extensions().get("x-n")).isEqualTo("{\"a\":[1.50,-0,1e400,12345678901234567890],\"b\":{}}");

    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.fromJson("{\"format\": \"eventline/1\", \"x-n\": [{\"a\": 1, \"a\": 2}]}"));
    assertThat(e.problems()).extracting(FileProblem::toString)
        .containsExactly("1:44 /x-n/0/a: duplicate field \"a\" (first given at 1:36)");
  }

  @Test
  void anExtensionThatIsNotJson_isRefusedWhenWritten() {
    Story story = Story.builder().extension("x-bad", "[1, ").build();

    assertThatThrownBy(() -> StoryJson.toJson(story))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Extension field \"x-bad\" of the story is not a JSON value: invalid JSON: ");
  }
}
