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
}
