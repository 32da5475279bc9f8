package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every story file in {@code examples/} reads, writes back byte for byte, and follows the schema. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(StoryJson.schema(), InputFormat.JSON);

  static Stream<Path> examples() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("example files").hasSizeGreaterThanOrEqualTo(3);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_writesBackByteIdentical(Path file) throws IOException {
    Story story = StoryJson.read(file);

    assertThat(StoryJson.toJson(story)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_readOfWrite_equalsStory(Path file) throws IOException {
    Story story = StoryJson.read(file);

    assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_followsTheSchema(Path file) throws IOException {
    List<Error> errors = SCHEMA.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void schema_refusesWhatTheReaderRefuses() {
    String bad = "{\"format\": \"eventline/1\", \"actors\": [{\"id\": \"a b\", \"name\": \"A\", \"@class\": \"x\"}],"
        + " \"assertions\": [{\"id\": \"a1\", \"source\": \"s\", \"claim\": {\"type\": \"quantity\", \"event\": \"e\","
        + " \"measure\": \"m\", \"value\": 1, \"low\": 0, \"high\": 2}}]}";

    List<Error> errors = SCHEMA.validate(bad, InputFormat.JSON);

    assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
        .contains("/actors/0/id", "/actors/0");
    assertThat(errors).isNotEmpty();
  }

  @Test
  void kurskExample_isTheSeedStoryOfCore() throws IOException {
    Story story = StoryJson.read(EXAMPLES.resolve("kursk-2024.json"));

    assertThat(StoryJson.toJson(story)).isEqualTo(StoryJson.toJson(KurskStory.build()));
    assertThat(story).isEqualTo(KurskStory.build());
  }
}
