package io.github.eventline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementMergeTest {

  private final Actor president = Actor.builder("gdelt-actor-USAGOV", "PRESIDENT").build();
  private final Actor whiteHouse = Actor.builder("gdelt-actor-USAGOV", "WHITE HOUSE").build();
  private final Actor washington = Actor.builder("gdelt-actor-USAGOV", "WASHINGTON").build();

  @Test
  void actors_firstNameInOrderWins_othersBecomeSortedAliases_inEveryOrderAndGrouping() {
    Actor expected = Actor.builder("gdelt-actor-USAGOV", "PRESIDENT").alias("WASHINGTON", "WHITE HOUSE").build();
    List<Actor> all = List.of(
        ElementMerge.merge(ElementMerge.merge(president, whiteHouse), washington),
        ElementMerge.merge(president, ElementMerge.merge(whiteHouse, washington)),
        ElementMerge.merge(ElementMerge.merge(washington, whiteHouse), president),
        ElementMerge.merge(whiteHouse, ElementMerge.merge(washington, president)));

    assertThat(all).containsOnly(expected);
  }

  @Test
  void places_sameNameDifferentPoint_theSmallerValueWins_whicheverComesFirst() {
    Place a = Place.builder("gdelt-place-RS", "Russia").coordinates(60, 100).build();
    Place b = Place.builder("gdelt-place-RS", "Russia").coordinates(61.5, 105).build();

    assertThat(ElementMerge.merge(a, b)).isEqualTo(ElementMerge.merge(b, a)).isEqualTo(a);
  }

  @Test
  void sources_ofOneId_mergeToOne() {
    Source s = Source.builder("gdelt-source-reuters.com", "reuters.com").build();

    assertThat(ElementMerge.merge(s, s)).isEqualTo(s);
  }

  @Test
  void differentIds_areRefused() {
    Actor other = Actor.builder("gdelt-actor-RUS", "RUSSIA").build();

    assertThatThrownBy(() -> ElementMerge.merge(president, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot merge gdelt-actor-USAGOV with gdelt-actor-RUS: the ids differ");
  }

  @Test
  void jsonNumbers_areTextsJsonReadsAsTheyAre() {
    assertThat(List.of("0", "-5.4794520547945", "12", "0.5", "-0.25")).allMatch(Cells::isJsonNumber);
    assertThat(List.of("", "-", "+1", "01", ".5", "5.", "1e5", "1.0E-5", "1 ")).noneMatch(Cells::isJsonNumber);
  }

  @Test
  void ids_keepCleanText_andHashTextTheyChange_soThatTwoTextsNeverMeet() {
    assertThat(Cells.id("gdelt-source-", "reuters.com")).isEqualTo("gdelt-source-reuters.com");
    String a = Cells.id("acled-actor-", "Forces (2019-)");
    String b = Cells.id("acled-actor-", "Forces 2019-");
    assertThat(a).startsWith("acled-actor-Forces--2019---").hasSize("acled-actor-Forces--2019--".length() + 9);
    assertThat(b).startsWith("acled-actor-Forces-2019--");
    assertThat(a).isNotEqualTo(b);
    assertThat(Cells.id("p-", "x".repeat(500))).hasSize(200);
  }
}
