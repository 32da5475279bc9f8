package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eventline.core.Story;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A story file is UTF-8 (RFC 8259, section 8.1): a UTF-8 byte-order mark is skipped, as the RFC
 * allows; other encodings and invalid bytes are refused by the catalogue's {@code encoding-*} files.
 */
class EncodingTest {

  private static final String STORY = "{\"format\": \"eventline/1\", \"title\": \"Koursk, « été » 2024\"}\n";

  private static byte[] withBom(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void read_skipsAUtf8ByteOrderMark() throws IOException {
    Story story = StoryJson.read(new ByteArrayInputStream(withBom(STORY)), "bom.json");

    assertThat(story.title()).contains("Koursk, « été » 2024");
    assertThat(StoryJson.toJson(story).getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) '{');
  }

  @Test
  void read_countsColumnsInCharacters_afterAByteOrderMarkAndNonAsciiText() {
    String json = "{\"title\": \"été\" x}";

    StoryFileException fromBytes = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.read(new ByteArrayInputStream(withBom(json)), "f"));
    StoryFileException fromText = catchThrowableOfType(StoryFileException.class, () -> StoryJson.fromJson(json));

    assertThat(fromBytes.problems()).extracting(FileProblem::toString).containsExactly(
        "1:17 /title: invalid JSON: Unexpected character ('x' (code 120)): was expecting comma to separate Object entries");
    assertThat(fromText.problems()).isEqualTo(fromBytes.problems());
  }

  @Test
  void read_readsAPairOfEscapedSurrogatesAsOneCharacter() {
    Story story = StoryJson.fromJson("{\"format\": \"eventline/1\", \"title\": \"\\uD83D\\uDE00\"}");

    assertThat(story.title()).contains("\uD83D\uDE00");
  }

  @Test
  void read_reportsInvalidUtf8AfterALongValidPrefix_atItsPlace() {
    String prefix = "{\"format\": \"eventline/1\",\n \"title\": \"" + "é".repeat(20_000);
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[start.length + 3];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xC0;
    bytes[start.length + 1] = (byte) 0xAF;
    bytes[start.length + 2] = '"';

    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.read(new ByteArrayInputStream(bytes), "f"));

    assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(
        "2:20012 /title: invalid UTF-8: byte C0 at offset " + start.length
            + " is not part of a valid character (a story file is UTF-8 text)");
  }
}
