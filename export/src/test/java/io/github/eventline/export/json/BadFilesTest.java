package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of the catalogue of broken story files ({@code src/test/resources/bad/}) through
 * {@link StoryJson#read(java.io.InputStream, String)}: each must be refused with a {@link
 * StoryFileException} listing exactly the problems of its {@code .expected} file, each located.
 *
 * <p>To write the {@code .expected} file of a new case, run this test with {@code
 * -Deventline.bad.record=true} and review what it wrote: the file is the specification.
 */
class BadFilesTest {

  private static final boolean RECORD = Boolean.getBoolean("eventline.bad.record");

  static Stream<BadFiles.Case> cases() {
    return BadFiles.all().stream();
  }

  @Test
  void catalogue_holdsAtLeastSixtyCases_eachWithItsExpectedProblems() {
    List<BadFiles.Case> all = BadFiles.all();

    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    if (!RECORD) {
      assertThat(all).allSatisfy(c -> assertThat(c.expected()).as(c.name()).exists());
    }
  }

  @Test
  void base_ofTheCatalogue_isAValidStory() throws IOException {
    try (var in = BadFilesTest.class.getResourceAsStream("/bad-base.json")) {
      assertThat(StoryJson.read(in, "bad-base.json").events()).hasSize(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_refusesTheFile_withExactlyItsExpectedProblems(BadFiles.Case c) throws IOException {
    Throwable thrown = catchThrowable(() -> StoryJson.read(new ByteArrayInputStream(c.bytes()), c.name() + ".json"));

    assertThat(thrown).as(c.name()).isExactlyInstanceOf(StoryFileException.class);
    List<FileProblem> problems = ((StoryFileException) thrown).problems();
    List<String> lines = problems.stream().map(FileProblem::toString).toList();
    if (RECORD) {
      record(c, lines);
      return;
    }
    assertThat(lines).as(c.name()).containsExactlyElementsOf(c.expectedLines());
    assertThat(problems).as(c.name() + ": every problem is located")
        .allSatisfy(p -> assertThat(p.line()).isPositive())
        .allSatisfy(p -> assertThat(p.column()).isPositive());
    assertThat(thrown.getMessage()).as(c.name())
        .startsWith(c.name() + ".json has " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
  }

  private static void record(BadFiles.Case c, List<String> lines) throws IOException {
    Path source = Path.of("src/test/resources/bad").resolve(c.expected().getFileName());
    Files.writeString(source, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
