package io.github.eventline.export.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

  @Test
  void join_escapesBarAndBackslash() {
    assertThat(CsvCells.join(List.of("a|b", "c\\d", "e"))).isEqualTo("a\\|b|c\\\\d|e");
  }

  @Test
  void join_ofNoValuesIsEmpty() {
    assertThat(CsvCells.join(List.of())).isEmpty();
    assertThat(CsvCells.split("")).isEmpty();
  }

  @Test
  void split_undoesTheEscapes() {
    assertThat(CsvCells.split("a\\|b|c\\\\d|e")).containsExactly("a|b", "c\\d", "e");
    assertThat(CsvCells.split("|")).containsExactly("", "");
    assertThat(CsvCells.split("\\|")).containsExactly("|");
    assertThat(CsvCells.split("x\\y")).containsExactly("xy");
  }

  @Test
  void split_rejectsALoneTrailingBackslash() {
    assertThatThrownBy(() -> CsvCells.split("a|b\\"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid multi-valued cell \"a|b\\\": it ends with a lone backslash");
  }

  @Test
  void joinPairs_escapesTheSeparatorInKeysAndValues() {
    String cell = CsvCells.joinPairs(List.of(Map.entry("a:b", "c|d"), Map.entry("e", "f\\")), ':');
    assertThat(cell).isEqualTo("a\\:b:c\\|d|e:f\\\\");
    assertThat(CsvCells.splitPairs(cell, ':')).containsExactly(Map.entry("a:b", "c|d"), Map.entry("e", "f\\"));
  }

  @Test
  void splitPairs_readsTheSeedFormats() {
    assertThat(CsvCells.splitPairs("ukraine:agent|russia:target", ':'))
        .containsExactly(Map.entry("ukraine", "agent"), Map.entry("russia", "target"));
    assertThat(CsvCells.splitPairs("wikidata=Q212", '=')).containsExactly(Map.entry("wikidata", "Q212"));
    assertThat(CsvCells.splitPairs("k:", ':')).containsExactly(Map.entry("k", ""));
  }

  @Test
  void splitPairs_rejectsAValueWithoutSeparator() {
    assertThatThrownBy(() -> CsvCells.splitPairs("ukraine:agent|russia", ':'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid cell of pairs \"ukraine:agent|russia\": \"russia\" has no ':' between key and value");
  }

  @ParameterizedTest
  @ValueSource(chars = {'|', '\\'})
  void pairs_rejectSeparatorsThatCollideWithTheEscapes(char separator) {
    String message = "Invalid pair separator '" + separator + "': it must differ from '\\' and '|', such as ':' or '='";
    assertThatThrownBy(() -> CsvCells.joinPairs(List.of(), separator))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> CsvCells.splitPairs("", separator))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void join_splitRoundTripsRandomValues(int seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      List<String> values = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        values.add(randomText(random));
      }
      if (values.size() == 1 && values.get(0).isEmpty()) {
        continue; // one empty value is written as an empty cell, which reads back as no values
      }
      assertThat(CsvCells.split(CsvCells.join(values))).as("seed %d, values %s", seed, values).isEqualTo(values);
      List<Map.Entry<String, String>> pairs = new ArrayList<>();
      for (String v : values) {
        pairs.add(Map.entry(v, randomText(random)));
      }
      assertThat(CsvCells.splitPairs(CsvCells.joinPairs(pairs, '='), '='))
          .as("seed %d, pairs %s", seed, pairs).isEqualTo(pairs);
    }
  }

  private static String randomText(Random random) {
    String alphabet = "ab|\\=:'-é ,\"\n";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(6);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "=1+1;                 '=1+1",
        "+1;                   '+1",
        "-2+3;                 '-2+3",
        "@SUM(A1:A2);          '@SUM(A1:A2)",
        "'already;             ''already",
        "plain;                plain",
        "a=1;                  a=1",
        "1-2;                  1-2",
      })
  void guard_prefixesFormulaLikeText(String text, String guarded) {
    assertThat(CsvCells.guard(text)).isEqualTo(guarded);
    assertThat(CsvCells.unguard(guarded)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\t=1", "\r=1", "\n=1", "=", "-", "@"})
  void guard_prefixesControlAndSingleCharacterStarts(String text) {
    assertThat(CsvCells.needsGuard(text)).isTrue();
    assertThat(CsvCells.guard(text)).isEqualTo("'" + text);
    assertThat(CsvCells.unguard(CsvCells.guard(text))).isEqualTo(text);
  }

  @Test
  void guard_leavesEmptyTextAlone() {
    assertThat(CsvCells.needsGuard("")).isFalse();
    assertThat(CsvCells.guard("")).isEmpty();
    assertThat(CsvCells.unguard("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13, 14, 15})
  void unguard_undoesGuardOnRandomText(int seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 500; round++) {
      String text = randomText(random);
      String guarded = CsvCells.guard(text);
      assertThat(CsvCells.needsGuard(guarded)).as("seed %d, text %s", seed, text).isEqualTo(!guarded.isEmpty() && guarded.charAt(0) == '\'');
      assertThat(CsvCells.unguard(guarded)).as("seed %d, text %s", seed, text).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-08-06T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
      "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2024-08-06T10:15:30.500Z"})
  void instant_isTheTextInstantToStringGives_asTheTablesWriteIt(String text) {
    java.time.Instant instant = java.time.Instant.parse(text);

    assertThat(CsvCells.instant(instant)).isEqualTo(instant.toString());
  }

  @Test
  void instant_refusesNull() {
    assertThatThrownBy(() -> CsvCells.instant(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
  }
}
