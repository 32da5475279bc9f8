package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eventline.core.Story;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of {@link StoryJson#read(java.io.InputStream, String)} with Jazzer
 * (docs/reliability.md). Any bytes are either refused with a {@link StoryFileException} whose
 * problems are all located, or read into a story that writes and reads back equal, byte for byte
 * on a second write; anything else (another exception, an error) is a bug. Inputs that found a bug
 * stay in {@code StoryJsonFuzzTestInputs/read} as regression tests, next to the seeds.
 */
class StoryJsonFuzzTest {

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"\"format\"", "\"eventline/1\"", "\"actors\"", "\"places\"", "\"sources\"", "\"events\"",
      "\"assertions\"", "\"id\"", "\"name\"", "\"summary\"", "\"kind\"", "\"memberOf\"", "\"within\"", "\"partOf\"",
      "\"when\"", "\"place\"", "\"participants\"", "\"actor\"", "\"role\"", "\"source\"", "\"stated\"", "\"via\"",
      "\"claim\"", "\"type\"", "\"event\"", "\"other\"", "\"relation\"", "\"occurred\"", "\"timing\"", "\"quantity\"",
      "\"same-as\"", "\"supersedes\"", "\"links\"", "\"reliability\"", "\"lat\"", "\"lon\"", "\"country\"",
      "\"published\"", "\"ongoingAt\"", "\"earliestStart\"", "\"latestEnd\"", "\"x-", "\"2024-08\"", "\\u"})
  void read(byte[] data) throws IOException {
    Story story;
    try {
      story = StoryJson.read(new ByteArrayInputStream(data), "fuzz");
    } catch (StoryFileException refused) {
      assertThat(refused.problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.line()).isPositive())
          .allSatisfy(p -> assertThat(p.column()).isPositive());
      return;
    }
    String written = StoryJson.toJson(story);
    Story again = StoryJson.fromJson(written);
    assertThat(again).isEqualTo(story);
    assertThat(StoryJson.toJson(again)).isEqualTo(written);
  }
}
