package io.github.eventline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link TimeBounds#parse(String)} with Jazzer (docs/reliability.md).
 * Any text (the input's bytes read as UTF-8) is either refused with an {@link IllegalArgumentException} (such as {@link
 * EdtfParseException}) or read into bounds in order whose text reads back equal; anything else is
 * a bug. Inputs that found a bug stay in {@code TimeBoundsFuzzTestInputs/parse} as regression tests.
 */
class TimeBoundsFuzzTest {

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"2024", "-08", "-06", "T10:15:00Z", "+02:00", "/", "..", "?", "~", "%", "X", "Y", "-21", "-24",
      "early ", "mid ", "late ", "between ", " and ", "around ", " ±P3D", "ongoing at ", "not before ", "not after ",
      " & ", "-02-29", "-12-31", "T23:59:60Z", "[", "]", "{", "}", ", ", "E", "S", "-?", "~-"})
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    TimeBounds value;
    try {
      value = TimeBounds.parse(text);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(value.earliestStart()).isBeforeOrEqualTo(value.latestStart());
    assertThat(value.earliestEnd()).isBeforeOrEqualTo(value.latestEnd());
    assertThat(value.earliestStart()).isBeforeOrEqualTo(value.earliestEnd());
    assertThat(value.latestStart()).isBeforeOrEqualTo(value.latestEnd());
    assertThat(TimeBounds.parse(value.toString())).as(text).isEqualTo(value);
  }
}
