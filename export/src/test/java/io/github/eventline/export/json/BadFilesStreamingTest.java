package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-file catalogue read from a file and from text, where the reader streams the top-level
 * lists element by element (a stream is read whole into a located tree, {@link BadFilesTest}):
 * the problems must be exactly the same.
 */
class BadFilesStreamingTest {

  @TempDir
  Path dir;

  static Stream<BadFiles.Case> cases() {
    return BadFiles.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readPath_reportsExactlyTheExpectedProblems(BadFiles.Case c) throws IOException {
    Path file = dir.resolve(c.name() + ".json");
    Files.write(file, c.bytes());

    Throwable thrown = catchThrowable(() -> StoryJson.read(file));

    assertThat(thrown).as(c.name()).isExactlyInstanceOf(StoryFileException.class);
    List<String> lines = ((StoryFileException) thrown).problems().stream().map(FileProblem::toString).toList();
    assertThat(lines).as(c.name()).containsExactlyElementsOf(c.expectedLines());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fromJson_reportsExactlyTheExpectedProblems_forEveryFileThatIsText(BadFiles.Case c) {
    String json;
    try {
      json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(c.bytes())).toString();
    } catch (CharacterCodingException e) {
      return; // invalid UTF-8 is a matter of bytes: readPath covers it
    }
    if (json.startsWith("\uFEFF") || json.indexOf('\0') >= 0) {
      return; // byte-order marks and UTF-16 are matters of bytes too
    }

    Throwable thrown = catchThrowable(() -> StoryJson.fromJson(json));

    assertThat(thrown).as(c.name()).isExactlyInstanceOf(StoryFileException.class);
    List<String> lines = ((StoryFileException) thrown).problems().stream().map(FileProblem::toString).toList();
    assertThat(lines).as(c.name()).containsExactlyElementsOf(c.expectedLines());
  }
}
