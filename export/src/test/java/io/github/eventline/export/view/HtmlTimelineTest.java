package io.github.eventline.export.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Event;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HtmlTimelineTest {

  private static final String HOSTILE = "<script>alert(1)</script>";

  static Timeline hostileTimeline() {
    Story story = KurskStory.builder()
        .event(Event.builder("hostile", HOSTILE + " & </script><script>alert(2)</script>")
            .when(TimeBounds.on(LocalDate.of(2024, 9, 1))).build())
        .event(Event.builder("undated-hostile", "<img src=x onerror=alert(3)>").build())
        .build();
    return Timeline.build(story);
  }

  private static JsonNode data(String html) {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"timeline-data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertThat(m.find()).as("data block").isTrue();
    return JsonMapper.builder().build().readTree(m.group(1));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void page_hasOneSvgAndALegendWithEveryStatus() {
    String html = HtmlTimeline.toHtml(Timeline.build(KurskStory.build()));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").endsWith("</html>\n");
    assertThat(count(html, "<svg")).isEqualTo(1);
    assertThat(count(html, "</svg>")).isEqualTo(1);
    for (VerdictStatus status : VerdictStatus.values()) {
      String name = Html.statusName(status);
      assertThat(html).contains("<li class=\"status-" + name + "\" data-status=\"" + name + "\"><span class=\"symbol\">"
          + HtmlTimeline.symbol(status) + "</span> " + name + "</li>");
    }
  }

  @Test
  void page_embedsOneMarkPerDatedEventInTimelineOrder() {
    Timeline timeline = Timeline.build(KurskStory.build());
    JsonNode data = data(HtmlTimeline.toHtml(timeline));

    List<String> expected = new ArrayList<>();
    for (Event e : timeline.events()) {
      if (timeline.place(e.id()).isPresent()) {
        expected.add(e.id().toString());
      }
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode e : data.get("events")) {
      ids.add(e.get("id").asString());
      assertThat(e.get("status").asString()).isEqualTo(
          Html.statusName(timeline.occurrence(io.github.eventline.core.EventId.of(e.get("id").asString())).status()));
    }
    assertThat(ids).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void page_referencesNothingOnTheNetwork() {
    String html = HtmlTimeline.toHtml(hostileTimeline())
        .replace("'http:' + '//www.w3.org/2000/svg'", "");

    assertThat(html).doesNotContain("http://", "https://", "//cdn", "src=\"", "href=\"", "@import", "url(");
  }

  @Test
  void hostileText_isEscapedInMarkupAndCannotCloseTheDataBlock() {
    String html = HtmlTimeline.toHtml(hostileTimeline());

    assertThat(count(html, "<script")).isEqualTo(2);
    assertThat(count(html, "</script>")).isEqualTo(2);
    assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(3)&gt;");
    assertThat(data(html).get("events").toString()).contains(HOSTILE);
  }

  @Test
  void relationsOption_checksTheBox() {
    Timeline timeline = Timeline.build(KurskStory.build());

    assertThat(HtmlTimeline.toHtml(timeline)).contains("<input type=\"checkbox\" id=\"relations\">");
    assertThat(HtmlTimeline.toHtml(timeline, HtmlOptions.defaults().withRelations(true)))
        .contains("<input type=\"checkbox\" id=\"relations\" checked>");
  }

  @Test
  void densityThreshold_rejectsNegative() {
    assertThatThrownBy(() -> HtmlOptions.defaults().withDensityThreshold(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Density threshold -1 is negative: expected 0 or more");
  }

  @Test
  void page_isDeterministic() {
    assertThat(HtmlTimeline.toHtml(hostileTimeline())).isEqualTo(HtmlTimeline.toHtml(hostileTimeline()));
  }

  @RepeatedTest(20)
  void lanes_neverPutEventsThatMayOverlapTogether(RepetitionInfo repetition) {
    long seed = 7919L * repetition.getCurrentRepetition();
    Random random = new Random(seed);
    Story.Builder story = Story.builder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      LocalDate first = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(60));
      story.event(Event.builder("e" + i, "E" + i)
          .when(random.nextInt(5) == 0 ? TimeBounds.in(Year.of(2000)) : TimeBounds.between(first, first.plusDays(random.nextInt(10))))
          .build());
    }
    List<ViewEvent> dated = ViewEvent.of(Timeline.build(story.build()));
    int[] lanes = HtmlTimeline.lanes(dated);

    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size(); j++) {
        if (lanes[i] == lanes[j]) {
          ViewEvent a = dated.get(i);
          ViewEvent b = dated.get(j);
          boolean apart = !a.end().isAfter(b.start()) || !b.end().isAfter(a.start());
          assertThat(apart).as("seed %d: %s and %s share lane %d", seed, a.event().id(), b.event().id(), lanes[i]).isTrue();
        }
      }
    }
  }

  @Test
  void page_namesTheDisplayZone_andItsAxisTicksFollowIt() {
    Timeline timeline = Timeline.build(io.github.eventline.core.Story.builder().title("Deepwater Horizon")
        .zone("America/Chicago")
        .event(Event.builder("explosion", "Explosion")
            .when(io.github.eventline.core.time.TimeBounds.parse("2010-04-20T21:45:00-05:00")).build())
        .build());

    String html = HtmlTimeline.toHtml(timeline);
    String utc = HtmlTimeline.toHtml(timeline, HtmlOptions.defaults().withZone(java.time.ZoneOffset.UTC));

    assertThat(html).contains("<p class=\"zone\">Times of day in America/Chicago; dates as stated.</p>");
    assertThat(data(html).get("axisOffset").asInt()).isEqualTo(-5 * 3600);
    assertThat(data(html).get("events").get(0).get("when").asString()).isEqualTo("20 Apr 2010 21:45:00 -05:00");
    assertThat(utc).contains("<p class=\"zone\">Times of day in UTC; dates as stated.</p>");
    assertThat(data(utc).get("axisOffset").asInt()).isZero();
    assertThat(data(utc).get("events").get(0).get("when").asString()).isEqualTo("21 Apr 2010 02:45:00 UTC");
  }
}
