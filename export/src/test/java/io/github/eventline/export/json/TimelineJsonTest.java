package io.github.eventline.export.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.EventId;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Instant DEC_14 = Instant.parse("2024-12-14T00:00:00Z");
  private static final Instant DEC_15 = Instant.parse("2024-12-15T00:00:00Z");

  @TempDir Path dir;

  private static JsonNode json(Timeline timeline, Optional<Instant> asOf) {
    return MAPPER.readTree(TimelineJson.toJson(timeline, asOf));
  }

  private static JsonNode verdict(JsonNode root, String claim, String event) {
    for (JsonNode v : root.get("verdicts")) {
      if (v.get("claim").asString().equals(claim) && v.get("event").asString().equals(event)) {
        return v;
      }
    }
    throw new AssertionError("no verdict " + claim + "(" + event + ")");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asString()));
    return texts;
  }

  @Test
  void toJson_hasTheTopLevelFieldsInOrder() {
    JsonNode root = json(Timeline.build(KurskStory.build()), Optional.empty());

    assertThat(root.propertyNames()).containsExactly("format", "asOf", "events", "verdicts", "conflicts");
    assertThat(root.get("format").asString()).isEqualTo("eventline-timeline/1").isEqualTo(TimelineJson.FORMAT);
    assertThat(root.get("asOf").isNull()).isTrue();
  }

  @Test
  void toJson_writesAsOfAsAnIsoInstant() {
    JsonNode root = json(Timeline.build(KurskStory.build().asKnownAt(DEC_15)), Optional.of(DEC_15));

    assertThat(root.get("asOf").asString()).isEqualTo("2024-12-15T00:00:00Z");
  }

  @Test
  void events_comeInTimelineOrderWithStatusAndBothBounds() {
    Timeline timeline = Timeline.build(KurskStory.build());
    JsonNode events = json(timeline, Optional.empty()).get("events");

    List<String> ids = new ArrayList<>();
    events.forEach(e -> ids.add(e.get("id").asString()));
    assertThat(ids).isEqualTo(timeline.events().stream().map(e -> e.id().value()).toList());
    for (JsonNode e : events) {
      assertThat(e.propertyNames()).startsWith("id", "type", "summary", "status", "stated", "derived");
      assertThat(e.get("stated").propertyNames()).contains("earliestStart", "latestStart", "earliestEnd", "latestEnd", "label");
      assertThat(e.get("derived").propertyNames()).contains("earliestStart", "latestStart", "earliestEnd", "latestEnd");
      assertThat(e.get("status").asString())
          .isEqualTo(timeline.occurrence(EventId.of(e.get("id").asString())).status().name());
    }
  }

  @Test
  void seed_theRequestComesAfterTheOffensive() {
    JsonNode root = json(Timeline.build(KurskStory.build()), Optional.empty());
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    List<String> order = new ArrayList<>();
    for (JsonNode e : root.get("events")) {
      byId.put(e.get("id").asString(), e);
      order.add(e.get("id").asString());
    }

    assertThat(order.indexOf("putin-asks-kim")).isGreaterThan(order.indexOf("kursk-offensive"));
    JsonNode offensive = byId.get("kursk-offensive");
    assertThat(offensive.get("stated").get("label").asString()).isEqualTo("early 2024-08");
    assertThat(offensive.get("stated").get("earliestStart").asString()).isEqualTo("2024-08-01T00:00:00Z");
    assertThat(offensive.get("stated").get("latestEnd").asString()).isEqualTo("2024-08-11T00:00:00Z");
    JsonNode request = byId.get("putin-asks-kim");
    assertThat(request.get("stated").get("label").isNull()).isTrue();
    assertThat(request.get("derived").get("earliestStart").asString())
        .isEqualTo(offensive.get("derived").get("earliestEnd").asString());
    assertThat(request.get("derived").get("latestEnd").isNull()).isTrue();
  }

  @Test
  void seed_northKoreanTroopsInAssaultsAreCorroborated_austinsEarlierDoubtOutdated() {
    JsonNode root = json(Timeline.build(KurskStory.build()), Optional.empty());

    JsonNode verdict = verdict(root, "occurred", "nk-troops-in-assaults");
    assertThat(verdict.get("status").asString()).isEqualTo("CORROBORATED");
    assertThat(verdict.get("value").asBoolean()).isTrue();
    assertThat(texts(verdict.get("opposition"))).isEmpty();
    assertThat(texts(verdict.get("support"))).containsExactlyInAnyOrder("a2", "a3");
    assertThat(verdict.get("explanation").get(0).get("source").asString()).isEqualTo("austin-statement");
    assertThat(verdict.get("explanation").get(0).get("reason").asString()).startsWith("outdated: outdated by a2: ");
  }

  @Test
  void seed_theFigureIsAbout10000Soldiers() {
    JsonNode verdict = verdict(json(Timeline.build(KurskStory.build()), Optional.empty()), "quantity", "nk-troops-in-kursk");

    assertThat(verdict.get("measure").asString()).isEqualTo("soldiers");
    JsonNode value = verdict.get("value");
    assertThat(value.get("low").asDouble()).isEqualTo(10_000);
    assertThat(value.get("high").asDouble()).isEqualTo(10_000);
    assertThat(value.get("approximate").asBoolean()).isTrue();
    assertThat(texts(verdict.get("support"))).containsExactly("a15");
  }

  @Test
  void verdicts_writeTheValueInTheFormOfTheirClaim() {
    JsonNode root = json(Timeline.build(KurskStory.build()), Optional.empty());

    assertThat(verdict(root, "location", "kursk-offensive").get("value").asString()).isEqualTo("kursk-oblast");
    assertThat(verdict(root, "timing", "kursk-offensive").get("value").get("label").asString()).isEqualTo("early 2024-08");
    assertThat(texts(verdict(root, "relation", "kursk-offensive").get("value"))).containsExactly("before", "meets");
    assertThat(verdict(root, "relation", "kursk-offensive").get("other").asString()).isEqualTo("putin-asks-kim");
    // The article's relation of the reinforcement to the invasion says the invasion happened.
    assertThat(verdict(root, "occurred", "russian-invasion").get("status").asString()).isEqualTo("UNCONTESTED");
    assertThat(verdict(root, "occurred", "russian-invasion").get("value").asBoolean()).isTrue();
    for (JsonNode v : root.get("verdicts")) {
      assertThat(v.propertyNames()).contains("claim", "event", "status", "confidence", "value", "support", "opposition");
    }
  }

  @Test
  void asOf_beforeZelenskysAddressTheAssaultsAreNotYetAsserted() {
    Story story = KurskStory.build();
    JsonNode before = json(Timeline.build(story.asKnownAt(DEC_14)), Optional.of(DEC_14));
    JsonNode after = json(Timeline.build(story.asKnownAt(DEC_15)), Optional.of(DEC_15));

    assertThat(verdict(before, "occurred", "nk-troops-in-assaults").get("status").asString()).isEqualTo("UNVERIFIED");
    assertThat(verdict(after, "occurred", "nk-troops-in-assaults").get("status").asString()).isEqualTo("CORROBORATED");
  }

  @Test
  void conflicts_haveKindMessageEventsAndAssertions() {
    Timeline timeline = Timeline.build(TimelineStories.conflict());
    JsonNode conflicts = json(timeline, Optional.empty()).get("conflicts");

    assertThat(conflicts).hasSize(1);
    JsonNode c = conflicts.get(0);
    assertThat(c.propertyNames()).startsWith("kind", "message", "events", "assertions");
    assertThat(c.get("kind").asString()).isEqualTo("temporal");
    assertThat(c.get("message").asString()).isEqualTo(timeline.conflicts().get(0).message());
    assertThat(texts(c.get("events"))).containsExactly("strike", "talks");
    assertThat(texts(c.get("assertions"))).containsExactly("a1");
    assertThat(texts(c.get("sources"))).contains("wire");
  }

  @Test
  void conflicts_includeTheLinksTheValuesDisagreeWith_asKindLink() {
    Timeline timeline = Timeline.build(TimelineStories.linkConflict());
    JsonNode conflicts = json(timeline, Optional.empty()).get("conflicts");

    assertThat(conflicts).hasSize(1);
    JsonNode c = conflicts.get(0);
    assertThat(c.propertyNames()).containsExactly(
        "kind", "message", "events", "assertions", "sources", "setAside", "setAsideDates", "cycle");
    assertThat(c.get("kind").asString()).isEqualTo("link");
    assertThat(c.get("message").asString()).isEqualTo("a2 is said to corroborate a1, but on quantity(flood, deaths)"
        + " their values are on opposite sides: the values stand.");
    assertThat(texts(c.get("events"))).containsExactly("flood");
    assertThat(texts(c.get("assertions"))).containsExactly("a1", "a2");
    assertThat(texts(c.get("sources"))).containsExactly("paper", "wire");
    assertThat(c.get("cycle")).isEmpty();
  }

  @Test
  void write_usesTheStoryFileLayout() {
    String json = TimelineJson.toJson(Timeline.build(TimelineStories.conflict()));

    assertThat(json).startsWith("{\n  \"format\": \"eventline-timeline/1\",\n  \"asOf\": null,\n  \"events\": [\n    {\n      \"id\": ");
    assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void write_isByteIdenticalWhateverTheOrderOfTheInput() {
    for (Story story : List.of(KurskStory.build(), TimelineStories.conflict())) {
      String expected = TimelineJson.toJson(Timeline.build(story));
      for (long seed = 1; seed <= 5; seed++) {
        Story shuffled = TimelineStories.shuffle(story, new Random(seed));
        assertThat(TimelineJson.toJson(Timeline.build(shuffled))).as("seed %d", seed).isEqualTo(expected);
      }
    }
  }

  @Test
  void write_toStreamFlushesAndLeavesItOpen() throws IOException {
    Timeline timeline = Timeline.build(KurskStory.build());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    OutputStream out = new java.io.FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    TimelineJson.write(timeline, Optional.of(DEC_15), out);

    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(UTF_8)).isEqualTo(TimelineJson.toJson(timeline, Optional.of(DEC_15)));
  }

  @Test
  void write_toFileReplacesItAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("timeline.json");
    Files.writeString(file, "old".repeat(100_000));
    Timeline timeline = Timeline.build(KurskStory.build());

    TimelineJson.write(timeline, file);

    assertThat(Files.readString(file, UTF_8)).isEqualTo(TimelineJson.toJson(timeline));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeline", "asOf", "out"})
  void write_refusesNulls(String argument) {
    Timeline timeline = Timeline.build(TimelineStories.conflict());
    OutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> TimelineJson.write(
            argument.equals("timeline") ? null : timeline,
            argument.equals("asOf") ? null : Optional.<Instant>empty(),
            argument.equals("out") ? null : out))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(argument);
  }
}
