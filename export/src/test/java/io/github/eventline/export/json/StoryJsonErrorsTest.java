package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eventline.core.Story;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryJsonErrorsTest {

  /** A valid story; each test breaks one thing. Line numbers below refer to this text. */
  private static final String VALID = String.join("\n",
      "{",                                                   // 1
      "  \"format\": \"eventline/1\",",                      // 2
      "  \"actors\": [",                                     // 3
      "    {\"id\": \"ukraine\", \"name\": \"Ukraine\", \"kind\": \"state\"}", // 4
      "  ],",                                                // 5
      "  \"sources\": [",                                    // 6
      "    {\"id\": \"address\", \"name\": \"Address\", \"published\": \"2024-10-28\", \"reliability\": 0.7}", // 7
      "  ],",                                                // 8
      "  \"events\": [",                                     // 9
      "    {\"id\": \"nk-assault\", \"summary\": \"Assaults\", \"when\": \"2024-10\"},", // 10
      "    {\"id\": \"offensive\", \"summary\": \"Offensive\"}", // 11
      "  ],",                                                // 12
      "  \"assertions\": [",                                 // 13
      "    {\"id\": \"a1\", \"source\": \"address\", \"claim\": {\"type\": \"occurred\", \"event\": \"nk-assault\"}}", // 14
      "  ]",                                                 // 15
      "}",                                                   // 16
      "");

  private static List<String> problemsOf(String json) {
    StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> StoryJson.fromJson(json));
    assertThat(e).as("expected a StoryFileException").isNotNull();
    return e.problems().stream().map(FileProblem::toString).toList();
  }

  @Test
  void read_acceptsTheValidBase() {
    Story story = StoryJson.fromJson(VALID);

    assertThat(story.events()).hasSize(2);
  }

  @Test
  void read_reportsTruncatedFile() {
    assertThat(problemsOf(VALID.substring(0, VALID.indexOf("\"offensive\""))))
        .containsExactly("11:12 /events/1/id: invalid JSON: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void read_reportsWrongType() {
    assertThat(problemsOf(VALID.replace("\"reliability\": 0.7", "\"reliability\": \"high\"")))
        .containsExactly("7:84 /sources/0/reliability: expected a number but found a string");
  }

  @Test
  void read_reportsUnknownFieldWithHint() {
    assertThat(problemsOf(VALID.replace("\"summary\": \"Offensive\"", "\"summary\": \"Offensive\", \"plase\": \"x\"")))
        .containsExactly("11:49 /events/1/plase: unknown field \"plase\" in an event (did you mean \"place\"?)");
  }

  @Test
  void read_reportsUnknownFieldWithoutNearMiss_listingTheFields() {
    assertThat(problemsOf(VALID.replace("\"kind\": \"state\"", "\"kind\": \"state\", \"colour\": 1")))
        .containsExactly("4:59 /actors/0/colour: unknown field \"colour\" in an actor (expected one of id, name, kind,"
            + " aliases, externalIds, memberOf; extension fields start with \"x-\")");
  }

  @Test
  void read_refusesClassGadgetAsUnknownField() {
    String gadget = VALID.replace("{\"id\": \"ukraine\",",
        "{\"@class\": \"com.sun.rowset.JdbcRowSetImpl\", \"id\": \"ukraine\",");

    assertThat(problemsOf(gadget))
        .containsExactly("4:6 /actors/0/@class: unknown field \"@class\" in an actor (expected one of id, name, kind,"
            + " aliases, externalIds, memberOf; extension fields start with \"x-\")");
  }

  @Test
  void read_reportsUnknownReferenceWithHint_atTheReference() {
    assertThat(problemsOf(VALID.replace("\"event\": \"nk-assault\"", "\"event\": \"nk-assualt\"")))
        .containsExactly("14:78 /assertions/0/claim/event: unknown event \"nk-assualt\" (did you mean \"nk-assault\"?)");
  }

  @Test
  void read_reportsInvalidEdtf() {
    assertThat(problemsOf(VALID.replace("\"2024-10\"", "\"2024-13\"")))
        .singleElement().asString()
        .startsWith("10:57 /events/0/when: Invalid EDTF date \"2024-13\": ");
  }

  @Test
  void read_reportsDuplicateId_atTheSecond() {
    assertThat(problemsOf(VALID.replace("\"id\": \"offensive\"", "\"id\": \"nk-assault\"")))
        .containsExactly("11:12 /events/1/id: duplicate event id \"nk-assault\" (first used at events[0])");
  }

  @Test
  void read_reportsMissingRequiredField_atItsObject() {
    assertThat(problemsOf(VALID.replace("\"name\": \"Ukraine\", ", "")))
        .containsExactly("4:5 /actors/0: missing required field \"name\"");
  }

  @Test
  void read_reportsInvalidId() {
    assertThat(problemsOf(VALID.replace("\"id\": \"offensive\"", "\"id\": \"the offensive\"")))
        .containsExactly("11:12 /events/1/id: Invalid event id \"the offensive\": an id is 1 to 200 characters,"
            + " letters, digits and . _ : -, starting with a letter or digit");
  }

  @Test
  void read_reportsReliabilityOutOfRange() {
    assertThat(problemsOf(VALID.replace("0.7", "1.5")))
        .containsExactly("7:84 /sources/0/reliability: reliability 1.5 is out of range: expected 0 to 1");
  }

  @Test
  void read_reportsEveryProblemAtOnce_inFileOrder() {
    String json = VALID.replace("\"kind\": \"state\"", "\"kind\": 3")
        .replace("0.7", "-1")
        .replace("\"event\": \"nk-assault\"", "\"event\": \"nk-assualt\"")
        .replace("\"2024-10\"", "\"2024-10-32\"");

    assertThat(problemsOf(json)).hasSize(4).extracting(p -> p.substring(0, p.indexOf(' ')))
        .containsExactly("4:50", "7:84", "10:57", "14:78");
  }

  @Test
  void read_keepsGoingAfterABrokenElement_withoutFollowOnReferenceProblems() {
    String json = VALID.replace("\"claim\": {\"type\": \"occurred\", \"event\": \"nk-assault\"}}",
        "\"claim\": {\"type\": \"occured\", \"event\": \"nk-assault\"}}, "
            + "{\"id\": \"a2\", \"source\": \"address\", \"supersedes\": [\"a1\"], \"claim\": {\"type\": \"occurred\", \"event\": \"x\"}}");

    assertThat(problemsOf(json)).containsExactly(
        "14:57 /assertions/0/claim/type: Unknown claim type \"occured\": expected occurred, timing, location,"
            + " participation, quantity, relation or same-as (did you mean \"occurred\"?)",
        "14:188 /assertions/1/claim/event: unknown event \"x\"");
  }

  @Test
  void read_reportsUnknownPolarity_withHint() {
    assertThat(problemsOf(VALID.replace("\"source\": \"address\",", "\"source\": \"address\", \"polarity\": \"negativ\",")))
        .containsExactly("14:51 /assertions/0/polarity: unknown polarity \"negativ\" (did you mean \"negative\"?)");
  }

  @Test
  void read_reportsMissingFormat_andWrongFormat() {
    assertThat(problemsOf(VALID.replace("  \"format\": \"eventline/1\",\n", "")))
        .containsExactly("1:1 /: missing required field \"format\" (a story file starts with \"format\": \"eventline/1\")");
    assertThat(problemsOf(VALID.replace("eventline/1", "eventline/2")))
        .containsExactly("2:13 /format: unsupported format \"eventline/2\" (this version reads \"eventline/1\")");
  }

  @Test
  void read_reportsDuplicateField() {
    assertThat(problemsOf(VALID.replace("\"name\": \"Ukraine\"", "\"name\": \"Ukraine\", \"name\": \"UA\"")))
        .containsExactly("4:42 /actors/0/name: duplicate field \"name\" (first given at 4:31)");
  }

  @Test
  void read_reportsRootThatIsNotAnObject() {
    assertThat(problemsOf("[1, 2]\n")).containsExactly("1:1 /: expected an object (a story) but found an array");
  }

  @Test
  void read_reportsEmptyInput_andTrailingContent() {
    assertThat(problemsOf("")).containsExactly("1:1 /: the file is empty (a story file is a JSON object)");
    assertThat(problemsOf(VALID + "{}"))
        .containsExactly("17:1 /: unexpected content after the end of the story (a story file holds one JSON object)");
  }

  @Test
  void read_keepsExtensionFields_andWritesThemBack() {
    String json = VALID.replace("\"kind\": \"state\"", "\"kind\": \"state\", \"x-colour\": {\"rgb\": [0, 87, 183], \"ratio\": 1.50}");

    Story story = StoryJson.fromJson(json);

    assertThat(story.actors().get(0).extensions()).containsExactly(
        java.util.Map.entry("x-colour", "{\"rgb\":[0,87,183],\"ratio\":1.50}"));
    assertThat(StoryJson.toJson(story)).contains(
        "      \"x-colour\": {\n        \"rgb\": [\n          0,\n          87,\n          183\n        ],\n"
            + "        \"ratio\": 1.50\n      }\n");
  }

  @Test
  void read_refusesExtensionFieldWhereTheModelCannotKeepIt() {
    assertThat(problemsOf(VALID.replace("{\"type\": \"occurred\",", "{\"type\": \"occurred\", \"x-a\": 1,")))
        .containsExactly("14:69 /assertions/0/claim/x-a: extension field \"x-a\" is not allowed in an occurred claim"
            + " (extension fields are kept on the story, actors, places, sources, events and assertions)");
  }

  @Test
  void read_refusesDeepNesting_withAProblemNotAStackOverflow() {
    String deep = "{\"format\": \"eventline/1\", \"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThat(problemsOf(deep)).singleElement().asString()
        .startsWith("1:237 /x-deep/0/0/0")
        .endsWith(": arrays and objects nested more than 200 deep (the reader's limit is 200 levels)");
  }

  @Test
  void read_refusesOverlongString() {
    String json = VALID.replace("\"Offensive\"", "\"" + "a".repeat(StoryJson.MAX_STRING_LENGTH + 1) + "\"");

    assertThat(problemsOf(json)).singleElement().asString()
        .contains("/events/1/summary: a string longer than 1,000,000 characters");
  }

  @Test
  void read_namesTheSourceInTheMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    java.nio.file.Files.writeString(file, VALID.replace("0.7", "2"));

    assertThatThrownBy(() -> StoryJson.read(file))
        .isInstanceOf(StoryFileException.class)
        .hasMessage(file + " has 1 problem:\n  7:84 /sources/0/reliability: reliability 2 is out of range: expected 0 to 1");
  }

  @Test
  void read_keepsIoErrorsAsIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> StoryJson.read(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    assertThatThrownBy(() -> StoryJson.read(failing, "stream")).isInstanceOf(IOException.class).hasMessage("disk on fire");
  }

  @Test
  void read_doesNotCloseTheCallersStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    StoryJson.read(in, "stream");

    assertThat(closed[0]).isFalse();
  }

  @Test
  void read_reportsOngoingAtWithoutStatedTime_andOutsideAClaim() {
    String json = VALID.replace("\"published\": \"2024-10-28\", ", "")
        .replace("{\"type\": \"occurred\", \"event\": \"nk-assault\"}",
            "{\"type\": \"timing\", \"event\": \"nk-assault\", \"when\": {\"ongoingAt\": \"stated\"}}")
        .replace("\"when\": \"2024-10\"", "\"when\": {\"ongoingAt\": \"stated\"}");

    assertThat(problemsOf(json)).containsExactly(
        "10:57 /events/0/when: \"ongoingAt\" is relative to an assertion's stated time; in an event, state the time"
            + " with an assertion of a timing claim",
        "14:98 /assertions/0/claim/when: \"ongoingAt\": \"stated\" needs a stated time (give the assertion a"
            + " \"stated\" time or its source a \"published\" time)");
  }

  @Test
  void read_resolvesOngoingAtAgainstTheSourcesPublication() {
    String json = VALID.replace("{\"type\": \"occurred\", \"event\": \"nk-assault\"}",
        "{\"type\": \"timing\", \"event\": \"nk-assault\", \"when\": {\"ongoingAt\": \"stated\"}}");

    Story story = StoryJson.fromJson(json);

    io.github.eventline.core.Claim.Timing timing = (io.github.eventline.core.Claim.Timing) story.assertions().get(0).claim();
    assertThat(timing.when().latestStart()).isEqualTo(java.time.Instant.parse("2024-10-29T00:00:00Z"));
    assertThat(timing.when().earliestEnd()).isEqualTo(java.time.Instant.parse("2024-10-28T00:00:00Z"));
    assertThat(StoryJson.toJson(story)).contains("\"when\": {\n          \"ongoingAt\": \"stated\"\n        }");
  }

  @Test
  void read_reportsBoundsOutOfOrder_atTheTimeObject() {
    String json = VALID.replace("\"when\": \"2024-10\"",
        "\"when\": {\"earliestStart\": \"2024-10-05\", \"latestEnd\": \"2024-10-01\"}");

    assertThat(problemsOf(json)).singleElement().asString().startsWith(
        "10:57 /events/0/when: Time bounds \"earliestStart 2024-10-05, latestEnd 2024-10-01\" out of order:");
  }

  @Test
  void read_readsBoundObjects_withDatesAsWholeDays() {
    String json = VALID.replace("\"when\": \"2024-10\"",
        "\"when\": {\"earliestStart\": \"2024-08-01\", \"latestEnd\": \"2024-08-10\"}");

    io.github.eventline.core.time.TimeBounds when = StoryJson.fromJson(json).events().get(0).when().orElseThrow();

    assertThat(when.earliestStart()).isEqualTo(java.time.Instant.parse("2024-08-01T00:00:00Z"));
    assertThat(when.latestEnd()).isEqualTo(java.time.Instant.parse("2024-08-11T00:00:00Z"));
    assertThat(when.label()).isEqualTo("earliestStart 2024-08-01, latestEnd 2024-08-10");
    assertThat(StoryJson.toJson(StoryJson.fromJson(json)))
        .contains("\"when\": {\n        \"earliestStart\": \"2024-08-01\",\n        \"latestEnd\": \"2024-08-10\"\n      }");
  }
}
