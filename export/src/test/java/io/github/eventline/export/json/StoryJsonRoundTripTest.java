package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Story;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryJsonRoundTripTest {

  @Test
  void readOfWrite_equalsStory_forEveryField() {
    Story story = SampleStories.everyField();

    assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
  }

  @Test
  void writeOfRead_isByteIdentical() {
    String json = StoryJson.toJson(SampleStories.everyField());

    assertThat(StoryJson.toJson(StoryJson.fromJson(json))).isEqualTo(json);
  }

  @Test
  void write_isCanonicalText() {
    String json = StoryJson.toJson(SampleStories.everyField());

    assertThat(json)
        .startsWith("{\n  \"format\": \"eventline/1\",\n  \"title\": \"Kim « test »\",\n")
        .endsWith("\n}\n")
        .doesNotContain("\r")
        .contains("\"value\": 10000,")
        .contains("\"high\": 1.0E20")
        .contains("      \"relation\": [\n          \"met-by\",\n          \"after\"\n        ],\n")
        .doesNotContain("\"certainty\": \"certain\"")
        .doesNotContain("\"polarity\": \"positive\"");
  }

  @Test
  void pathVariants_roundTripThroughAFile(@TempDir Path dir) throws Exception {
    Story story = SampleStories.everyField();
    Path file = dir.resolve("story.json");

    StoryJson.write(story, file);

    assertThat(StoryJson.read(file)).isEqualTo(story);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(StoryJson.toJson(story));
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597,
      2584, 4181, 6765, 10946, 17711, 28657, 46368, 75025, 121393, 196418, 317811, 514229, 832040, 1346269})
  void roundTrip_ofRandomStories(long seed) {
    Story story = new RandomStories(seed).story();

    String json = StoryJson.toJson(story);

    assertThat(StoryJson.fromJson(json)).as("seed %d:%n%s", seed, json).isEqualTo(story);
    assertThat(StoryJson.toJson(StoryJson.fromJson(json))).as("seed %d", seed).isEqualTo(json);
  }
}
