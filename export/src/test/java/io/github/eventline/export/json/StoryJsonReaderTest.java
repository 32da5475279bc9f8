package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eventline.core.Story;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoryJson#reader()}: the limits a caller raises or lowers. */
class StoryJsonReaderTest {

  private static final Path KURSK = Path.of("..", "examples", "kursk-2024.json");

  @Test
  void reader_hasTheDefaultLimits() {
    StoryJson.Reader reader = StoryJson.reader();

    assertThat(reader.maxDocumentLength()).isEqualTo(StoryJson.MAX_DOCUMENT_LENGTH);
    assertThat(reader.maxNestingDepth()).isEqualTo(StoryJson.MAX_NESTING_DEPTH);
    assertThat(reader.maxStringLength()).isEqualTo(StoryJson.MAX_STRING_LENGTH);
  }

  @Test
  void maxDocumentLength_returnsANewReader_leavingTheDefaultAsItWas() {
    StoryJson.Reader raised = StoryJson.reader().maxDocumentLength(2_000_000_000L);

    assertThat(raised.maxDocumentLength()).isEqualTo(2_000_000_000L);
    assertThat(raised.maxNestingDepth()).isEqualTo(StoryJson.MAX_NESTING_DEPTH);
    assertThat(StoryJson.reader().maxDocumentLength()).isEqualTo(StoryJson.MAX_DOCUMENT_LENGTH);
    assertThat(raised).hasToString(
        "StoryJson.Reader[maxDocumentLength=2000000000, maxNestingDepth=200, maxStringLength=1000000]");
  }

  @Test
  void reader_readsAFileAsTheStaticMethodDoes() throws IOException {
    Story story = StoryJson.reader().maxDocumentLength(Long.MAX_VALUE).read(KURSK);

    assertThat(story).isEqualTo(StoryJson.read(KURSK));
  }

  @Test
  void lowerDocumentLimit_refusesAFileBeforeReadingIt_naming_theLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("kursk.json");
    Files.copy(KURSK, file);
    long size = Files.size(file);

    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.reader().maxDocumentLength(1_000).read(file));

    assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(String.format(java.util.Locale.ROOT,
        "1:1 /: the file is %,d bytes long, more than the limit of 1,000 bytes"
            + " (raise the limit with --max-document-bytes (StoryJson.reader().maxDocumentLength in Java))", size));
  }

  @Test
  void lowerDocumentLimit_stopsAStreamAtTheLimit() throws IOException {
    byte[] bytes = Files.readAllBytes(KURSK);

    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.reader().maxDocumentLength(1_000).read(new ByteArrayInputStream(bytes), "kursk"));

    assertThat(e.problems()).singleElement().asString()
        .matches("\\d+:\\d+ /\\S*: the document is longer than 1,000 bytes \\(raise the limit with"
            + " --max-document-bytes \\(StoryJson.reader\\(\\).maxDocumentLength in Java\\)\\)");
  }

  @Test
  void raisedDocumentLimit_readsAStreamLongerThanTheDefault() throws IOException {
    StringBuilder json = new StringBuilder("{\"format\": \"eventline/1\", \"events\": [\n");
    String summary = "x".repeat(10_000);
    int events = (int) (StoryJson.MAX_DOCUMENT_LENGTH / summary.length()) + 10;
    for (int i = 0; i < events; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"e").append(i).append("\", \"summary\": \"")
          .append(summary).append("\"}");
    }
    byte[] bytes = json.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    assertThat((long) bytes.length).isGreaterThan(StoryJson.MAX_DOCUMENT_LENGTH);

    Story story = StoryJson.reader().maxDocumentLength(bytes.length).read(new ByteArrayInputStream(bytes), "big");

    assertThat(story.events()).hasSize(events);
  }

  @Test
  void lowerNestingDepth_refusesDeeperNesting() {
    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.reader().maxNestingDepth(2).fromJson("{\"format\": \"eventline/1\", \"events\": [{}]}"));

    assertThat(e.problems()).singleElement().asString().isEqualTo("1:39 /events/0: arrays and objects nested more than 2 deep"
        + " (the reader's limit is 2 levels)");
  }

  @Test
  void lowerStringLength_refusesLongerStrings() {
    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.reader().maxStringLength(11).fromJson("{\"format\": \"eventline/1\", \"title\": \"Kursk 2024-08\"}"));

    assertThat(e.problems()).singleElement().asString().isEqualTo("1:51 /title: a string longer than 11 characters"
        + " (the reader's limit is 11 characters)");
  }

  @Test
  void limits_refuseValuesBelowOne() {
    assertThatThrownBy(() -> StoryJson.reader().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The document length limit must be at least 1 byte, not 0");
    assertThatThrownBy(() -> StoryJson.reader().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The nesting depth limit must be from 1 to 1000 (StoryJson.NESTING_DEPTH_CEILING, the deepest the writers write), not 0");
    assertThatThrownBy(() -> StoryJson.reader().maxStringLength(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The string length limit must be at least 1 character, not -3");
  }

  /** A story whose assertion is ongoing at its source's published time; the lists in a given order. */
  private static String ongoingStory(boolean assertionsFirst) {
    String sources = "\"sources\": [{\"id\": \"s\", \"name\": \"S\", \"published\": \"2024-08-12\"}]";
    String events = "\"events\": [{\"id\": \"e\", \"summary\": \"E\"}]";
    String assertions = "\"assertions\": [{\"id\": \"a\", \"source\": \"s\", \"claim\": {\"type\": \"timing\","
        + " \"event\": \"e\", \"when\": {\"ongoingAt\": \"stated\"}}}]";
    return "{\"format\": \"eventline/1\", "
        + (assertionsFirst ? assertions + ", " + events + ", " + sources : sources + ", " + events + ", " + assertions)
        + "}";
  }

  @Test
  void fromJson_readsAssertionsListedBeforeTheirSources_withTheSourcesPublishedTime() {
    Story assertionsFirst = StoryJson.fromJson(ongoingStory(true));

    assertThat(assertionsFirst).isEqualTo(StoryJson.fromJson(ongoingStory(false)));
    assertThat(assertionsFirst.assertions()).singleElement().extracting(a -> a.claim().toString())
        .asString().contains("2024-08-12");
  }

  @Test
  void readPath_placesAValidationProblemInsideAStreamedList(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("story.json");
    Files.writeString(file, ongoingStory(false).replace("\"event\": \"e\"", "\"event\": \"x\"")
        .replace(", \"events\"", ",\n\"events\"").replace(", \"assertions\"", ",\n\"assertions\""));

    StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> StoryJson.read(file));

    assertThat(e.problems()).extracting(FileProblem::toString)
        .containsExactly("3:80 /assertions/0/claim/event: unknown event \"x\" (did you mean \"e\"?)");
  }
}
