package io.github.eventline.export.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidTimelineTest {

  private static Timeline timelineOf(String title, Event... events) {
    return Timeline.build(Story.builder().title(title).event(events).build());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Deepwater Horizon: BP | Deepwater Horizon\uA789 BP",
      "C# | C\uFF03",
      "x; y | x\uFF1B y",
      "#58; | \uFF0358\uFF1B",
      "<b> | \u2039b\u203A",
      "BP & Transocean | BP \uFF06 Transocean",
      "plain text, é | plain text, é"})
  void escape_writesLookAlikesThatMermaidReadsAsText(String text, String escaped) {
    assertThat(MermaidTimeline.escape(text)).isEqualTo(escaped);
  }

  @Test
  void escape_turnsLineBreaksIntoSpaces() {
    assertThat(MermaidTimeline.escape("one\ntwo\r\nthree")).isEqualTo("one two  three");
  }

  @Test
  void hostileSummaries_cannotAddSeparatorsOrLines() {
    String mermaid = MermaidTimeline.toMermaid(timelineOf("Title: #1; ok",
        Event.builder("a", "Kim: troops; #1 %% comment\nsection evil").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build()));

    assertThat(mermaid).isEqualTo(
        "timeline\n"
            + "    title Title\uA789 \uFF031\uFF1B ok\n"
            + "    section 2024\n"
            + "        6 Aug 2024 : Kim\uA789 troops\uFF1B \uFF031 %% comment section evil\n");
  }

  @Test
  void eventsAtTheSameDateShareALine_andYearsMakeSections() {
    String mermaid = MermaidTimeline.toMermaid(timelineOf("T",
        Event.builder("a", "A").when(TimeBounds.in(YearMonth.of(2023, 5))).build(),
        Event.builder("b", "B").when(TimeBounds.in(YearMonth.of(2023, 5))).build(),
        Event.builder("c", "C").when(TimeBounds.between(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 2, 2))).build(),
        Event.builder("d", "D").build()));

    assertThat(mermaid).isEqualTo(
        "timeline\n"
            + "    title T\n"
            + "    section 2023\n"
            + "        May 2023 : A : B\n"
            + "    section 2024\n"
            + "        30 Jan-2 Feb 2024 : C\n"
            + "    section undated\n"
            + "        undated : D\n");
  }

  @Test
  void bceYears_areProlepticIsoYears() {
    String mermaid = MermaidTimeline.toMermaid(timelineOf("T",
        Event.builder("a", "A").when(TimeBounds.in(Year.of(-1))).build()));

    assertThat(mermaid).contains("section -0001\n        -1 : A\n");
  }

  @Test
  void anOngoingEvent_isPlacedAsTheOrderPlacesIt_notAmongTheUndated() {
    String mermaid = MermaidTimeline.toMermaid(timelineOf("T",
        Event.builder("ongoing", "Ongoing").when(TimeBounds.ongoingAt(TimeBounds.parse("2024-12-15"))).build(),
        Event.builder("invasion", "Invasion").when(TimeBounds.on(LocalDate.of(2022, 2, 24))).build(),
        Event.builder("unknown", "Unknown").build()));

    assertThat(mermaid).isEqualTo(
        "timeline\n"
            + "    title T\n"
            + "    section 2022\n"
            + "        24 Feb 2022 : Invasion\n"
            + "    section 2024\n"
            + "        ongoing as of 15 Dec 2024 : Ongoing\n"
            + "    section undated\n"
            + "        undated : Unknown\n");
  }

  @Test
  void aDiagramOverMermaidsLimit_isRefusedWithAMessageThatSaysSo() {
    Story.Builder story = Story.builder().title("Long");
    for (int i = 0; i < 1_000; i++) {
      story.event(Event.builder("e" + i, "An event whose summary is long enough to count, number " + i)
          .when(TimeBounds.on(LocalDate.of(2024, 1, 1).plusDays(i))).build());
    }
    Timeline timeline = Timeline.build(story.build());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MermaidTimeline.toMermaid(timeline))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The Mermaid diagram of this timeline would be ")
        .hasMessageEndingWith(" characters: Mermaid refuses diagrams over 50,000 by default (its maxTextSize"
            + " setting). Show fewer events, or use the HTML view.");
  }

  @Test
  void seedStory_markdownIsFencedAndListsEveryEvent() {
    Timeline timeline = Timeline.build(KurskStory.build());
    String markdown = MermaidTimeline.toMarkdown(timeline);

    assertThat(markdown).startsWith("```mermaid\ntimeline\n    title Kim Jong-un envoie des troupes en Ukraine\n")
        .endsWith("\n```\n");
    for (Event e : timeline.events()) {
      assertThat(markdown).contains(" : " + MermaidTimeline.escape(e.summary()));
    }
    assertThat(markdown).isEqualTo(MermaidTimeline.toMarkdown(Timeline.build(KurskStory.build())));
  }
}
