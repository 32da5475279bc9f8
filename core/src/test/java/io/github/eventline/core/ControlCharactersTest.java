package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersTest {

  @ParameterizedTest
  @CsvSource({
      "0, \\u0000", "7, \\u0007", "9, \\t", "10, \\n", "13, \\r", "27, \\u001B", "31, \\u001F",
      "127, \\u007F", "128, \\u0080", "155, \\u009B", "159, \\u009F",
      "1564, \\u061C", "8206, \\u200E", "8207, \\u200F", "8234, \\u202A", "8238, \\u202E",
      "8294, \\u2066", "8297, \\u2069", "8232, \\u2028", "8233, \\u2029"})
  void escape_replacesEachControl(int code, String escaped) {
    assertThat(ControlCharacters.escape("a" + (char) code + "b")).isEqualTo("a" + escaped + "b");
    assertThat(ControlCharacters.isControl((char) code)).isTrue();
  }

  @Test
  void escape_keepsOtherText() {
    for (String text : List.of("", "plain", "Zelensky, Зеленський, 金正恩 😀", "a\\nb", "\u00a0\u00e9\u2014\u200b")) {
      assertThat(ControlCharacters.escape(text)).isSameAs(text);
    }
    assertThat(ControlCharacters.isControl(' ')).isFalse();
    assertThat(ControlCharacters.isControl('\u00a0')).isFalse();
    assertThat(ControlCharacters.isControl('\u202f')).isFalse();
  }

  @Test
  void isBlank_readsWholeCodePoints() {
    // invisible: whitespace, no-break space, zero-width space, a filler, a tag space (U+E0020, a surrogate pair)
    for (String blank : List.of("", " \t\n", "\u00a0\u200b\u3164\ufeff", "\uDB40\uDC20", " \uDB40\uDC20 ")) {
      assertThat(ControlCharacters.isBlank(blank)).as("%s", ControlCharacters.escape(blank)).isTrue();
    }
    // visible: a letter anywhere, an emoji (a surrogate pair), an unpaired surrogate
    for (String visible : List.of("a", " \u200b x", "\uD83D\uDE00", " \uD800", "\uDC20 ", "\u00a0\uDB40")) {
      assertThat(ControlCharacters.isBlank(visible)).as("%s", ControlCharacters.escape(visible)).isFalse();
    }
    assertThatThrownBy(() -> ControlCharacters.isBlank(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void escape_isIdempotent() {
    String once = ControlCharacters.escape("\u001b]0;t\u0007\nx\u202e");
    assertThat(once).isEqualTo("\\u001B]0;t\\u0007\\nx\\u202E");
    assertThat(ControlCharacters.escape(once)).isEqualTo(once);
  }

  @Test
  void problems_areOneLine() {
    StoryProblem p = new StoryProblem("events[0].id", "unknown event \"a\nb\u001b[2J\"", java.util.Optional.empty());
    assertThat(p.toString()).isEqualTo("events[0].id: unknown event \"a\\nb\\u001B[2J\"");
    assertThat(new StoryValidationException(List.of(p)).getMessage().lines()).hasSize(2);
  }

  @Test
  void escape_refusesNull() {
    assertThatThrownBy(() -> ControlCharacters.escape(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }
}
