package io.github.eventline.export.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Event;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineJsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode json(Timeline timeline) {
    return MAPPER.readTree(TimelineJs.toJson(timeline));
  }

  private static JsonNode byId(JsonNode root, String id) {
    for (JsonNode e : root.get("events")) {
      if (e.get("unique_id").asString().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("No event " + id + " in " + root);
  }

  private static Timeline timelineOf(Event... events) {
    return Timeline.build(Story.builder().title("t").event(events).build());
  }

  @Test
  void seedStory_hasOneEventPerDatedEventInTimelineOrder() {
    Timeline timeline = Timeline.build(KurskStory.build());
    JsonNode root = json(timeline);

    List<String> expected = new ArrayList<>();
    for (Event e : timeline.events()) {
      if (timeline.place(e.id()).isPresent()) {
        expected.add(e.id().toString());
      }
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode e : root.get("events")) {
      ids.add(e.get("unique_id").asString());
      assertThat(e.get("start_date").get("year").isInt()).as("year of %s", e).isTrue();
      assertThat(e.get("text").get("headline").asString()).isNotBlank();
    }
    assertThat(ids).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(root.get("title").get("text").get("headline").asString())
        .isEqualTo("Kim Jong-un envoie des troupes en Ukraine");
  }

  @Test
  void seedStory_dayPrecisionEventHasYearMonthDayAndNoEndDate() {
    JsonNode invasion = byId(json(Timeline.build(KurskStory.build())), "russian-invasion");
    assertThat(invasion.get("start_date").toString()).isEqualTo("{\"year\":2022,\"month\":2,\"day\":24}");
    assertThat(invasion.has("end_date")).isFalse();
    assertThat(invasion.get("text").get("headline").asString())
        .isEqualTo("Russia launches its military offensive in Ukraine");
  }

  @Test
  void yearPrecision_writesTheYearAlone_andARangeEndsOnItsLastDay() {
    JsonNode root = json(timelineOf(
        Event.builder("a", "A").when(TimeBounds.in(Year.of(1990))).build(),
        Event.builder("b", "B").when(TimeBounds.between(LocalDate.of(2000, 1, 30), LocalDate.of(2000, 2, 2))).build()));

    assertThat(root.get("events").get(0).get("start_date").toString()).isEqualTo("{\"year\":1990}");
    assertThat(root.get("events").get(0).has("end_date")).isFalse();
    assertThat(root.get("events").get(1).get("start_date").toString()).isEqualTo("{\"year\":2000,\"month\":1,\"day\":30}");
    assertThat(root.get("events").get(1).get("end_date").toString()).isEqualTo("{\"year\":2000,\"month\":2,\"day\":2}");
  }

  @ParameterizedTest(name = "proleptic year {0} is TimelineJS year {1}")
  @CsvSource({"2024, 2024", "1, 1", "0, -1", "-1, -2", "-499, -500"})
  void year_mapsProlepticYearsToTimelineJsYears(int proleptic, int timelineJs) {
    assertThat(TimelineJs.year(proleptic)).isEqualTo(timelineJs);
  }

  @ParameterizedTest(name = "event in proleptic year {0} starts in TimelineJS year {1}")
  @CsvSource({"1, 1", "0, -1", "-1, -2"})
  void bceYears_areWrittenAsTimelineJsShowsThem(int proleptic, int timelineJs) {
    JsonNode root = json(timelineOf(Event.builder("e", "E").when(TimeBounds.in(Year.of(proleptic))).build()));

    assertThat(root.get("events").get(0).get("start_date").get("year").asInt()).isEqualTo(timelineJs);
  }

  @Test
  void undatedEvents_areLeftOut() {
    JsonNode root = json(timelineOf(
        Event.builder("dated", "Dated").when(TimeBounds.in(Year.of(2000))).build(),
        Event.builder("undated", "Undated").build()));

    assertThat(root.get("events")).hasSize(1);
    assertThat(root.get("events").get(0).get("unique_id").asString()).isEqualTo("dated");
  }

  @Test
  void storyText_isHtmlEscaped_andPartOfGivesTheGroup() {
    JsonNode root = json(timelineOf(
        Event.builder("war", "War & <peace>").when(TimeBounds.in(Year.of(2000))).build(),
        Event.builder("battle", "<script>alert(1)</script>").when(TimeBounds.in(Year.of(2000))).partOf("war").build()));

    JsonNode battle = byId(root, "battle");
    assertThat(battle.get("text").get("headline").asString()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(battle.get("group").asString()).isEqualTo("War &amp; &lt;peace&gt;");
    assertThat(byId(root, "war").has("group")).isFalse();
  }

  @Test
  void write_isDeterministicAndLeavesTheStreamOpen() {
    Timeline timeline = Timeline.build(KurskStory.build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TimelineJs.write(timeline, out);
    out.write('x');

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(TimelineJs.toJson(Timeline.build(KurskStory.build())) + "x");
  }

  @Test
  void seedStory_textSaysTheDateAsAPersonWould_withTheHeldValues_andNoInternalLabel() {
    JsonNode request = byId(json(Timeline.build(KurskStory.build())), "putin-asks-kim");
    JsonNode troops = byId(json(Timeline.build(KurskStory.build())), "nk-troops-in-kursk");

    assertThat(request.get("text").get("text").asString()).startsWith("<p>after 1 Aug 2024 \u00b7 uncontested</p>")
        .doesNotContain("derived");
    assertThat(troops.get("text").get("text").asString())
        .startsWith("<p>ongoing as of 15 Dec 2024 \u00b7 uncontested</p><p>soldiers: about 10,000 person<br>");
    // Placed where the order places it: by the day it was known to be going on.
    assertThat(troops.get("start_date").toString()).isEqualTo("{\"year\":2024,\"month\":12,\"day\":15}");
  }

  @Test
  void undatedEvents_areNamedOnTheTitleSlide_notSilentlyDropped() {
    Timeline timeline = Timeline.build(Story.builder().title("T")
        .event(Event.builder("a", "Dated").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build(),
            Event.builder("b", "Nobody knows when <b>").build())
        .build());

    JsonNode root = json(timeline);

    assertThat(root.get("events")).hasSize(1);
    assertThat(root.get("title").get("text").get("text").asString())
        .isEqualTo("<p>Not on the timeline, no date known: Nobody knows when &lt;b&gt;.</p>");
  }

  @Test
  void write_toAPath_writesWhatToJsonReturns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    Timeline timeline = Timeline.build(KurskStory.build());
    java.nio.file.Path file = dir.resolve("timelinejs.json");

    TimelineJs.write(timeline, file);
    HtmlTimeline.write(timeline, dir.resolve("timeline.html"));

    assertThat(java.nio.file.Files.readString(file)).isEqualTo(TimelineJs.toJson(timeline));
    assertThat(java.nio.file.Files.readString(dir.resolve("timeline.html"))).isEqualTo(HtmlTimeline.toHtml(timeline));
  }

  @Test
  void zone_readsTimesOfDayThere() {
    Timeline timeline = Timeline.build(Story.builder().title("Deepwater Horizon").zone("America/Chicago")
        .event(Event.builder("explosion", "Explosion").when(TimeBounds.parse("2010-04-20T21:45:00-05:00")).build())
        .build());

    JsonNode explosion = byId(json(timeline), "explosion");
    JsonNode utc = byId(MAPPER.readTree(TimelineJs.toJson(timeline, java.time.ZoneOffset.UTC)), "explosion");

    assertThat(explosion.get("start_date").get("day").asInt()).isEqualTo(20);
    assertThat(explosion.get("start_date").get("hour").asInt()).isEqualTo(21);
    assertThat(explosion.get("text").get("text").asString()).startsWith("<p>20 Apr 2010 21:45:00 -05:00");
    assertThat(utc.get("start_date").get("day").asInt()).isEqualTo(21);
    assertThat(utc.get("start_date").get("hour").asInt()).isEqualTo(2);
  }

  @Test
  void anEventOnlyTheModellerStates_saysNoSource_notUnverified() {
    Timeline timeline = Timeline.build(Story.builder().title("T")
        .source(io.github.eventline.core.Source.builder("wire", "Wire").build())
        .event(Event.builder("stated", "Stated by the wire").when(TimeBounds.on(LocalDate.of(2024, 8, 6))).build(),
            Event.builder("modelled", "Only the modeller says so").when(TimeBounds.on(LocalDate.of(2024, 8, 7))).build())
        .assertion(io.github.eventline.core.Assertion.builder("a1", "wire",
            new io.github.eventline.core.Claim.Occurred(io.github.eventline.core.EventId.of("stated"))).build())
        .build());

    JsonNode root = json(timeline);

    assertThat(UnsourcedEvents.of(timeline)).containsExactly(io.github.eventline.core.EventId.of("modelled"));
    assertThat(byId(root, "modelled").get("text").get("text").asString()).isEqualTo("<p>7 Aug 2024 \u00b7 no source</p>");
    assertThat(byId(root, "stated").get("text").get("text").asString()).startsWith("<p>6 Aug 2024 \u00b7 uncontested</p>");
  }

  @Test
  void readmeExample_theFormatterSaysTheRequestAsTheCommandDoes() {
    Timeline timeline = Timeline.build(KurskStory.build());

    String when = io.github.eventline.core.time.TimeBoundsFormatter.of(java.util.Locale.ENGLISH,
            java.time.ZoneId.of("Europe/Paris"))
        .format(timeline.derivedBounds(io.github.eventline.core.EventId.of("putin-asks-kim")));

    assertThat(when).isEqualTo("after 1 Aug 2024");
  }
}
