package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
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

  /** The forms of EDTF level 2 are written back as read: the label is the text, and it reads back equal. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"[2024-08, 2024-09]", "{2024-08, 2024-10}", "[..2024-08]",
      "[2024-08..2024-10]", "{1960 ,  1961-12}", "2024-?08-XX", "?2024-08-~25", "2024-08~-25", "1XXX-12", "20X4-XX-1X",
      "Y-17E7", "1950S2", "Y17101E4S3", "2004-06-~01/2004-06-~20", "[2024-08, 2024-09] & not before 2024-08-15"})
  void roundTrip_keepsTheTextOfLevel2Times(String when) {
    Story story = Story.builder()
        .event(Event.builder("e", "An event").when(TimeBounds.parse(when)).build())
        .build();

    String json = StoryJson.toJson(story);

    assertThat(json).contains("\"when\": \"" + when + "\"");
    assertThat(StoryJson.fromJson(json)).isEqualTo(story);
    assertThat(StoryJson.toJson(StoryJson.fromJson(json))).isEqualTo(json);
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
