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
      "a: b | a#58; b",
      "C# | C#35;",
      "x; y | x#59; y",
      "#58; | #35;58#59;",
      "<b> | #60;b#62;",
      "plain text, é | plain text, é"})
  void escape_writesMermaidEntityCodes(String text, String escaped) {
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
            + "    title Title#58; #35;1#59; ok\n"
            + "    section 2024\n"
            + "        2024-08-06 : Kim#58; troops#59; #35;1 %% comment section evil\n");
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
            + "        2023-05 : A : B\n"
            + "    section 2024\n"
            + "        2024-01-30 \u2013 2024-02-02 : C\n"
            + "    section undated\n"
            + "        undated : D\n");
  }

  @Test
  void bceYears_areProlepticIsoYears() {
    String mermaid = MermaidTimeline.toMermaid(timelineOf("T",
        Event.builder("a", "A").when(TimeBounds.in(Year.of(-1))).build()));

    assertThat(mermaid).contains("section -0001\n        -0001 : A\n");
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
