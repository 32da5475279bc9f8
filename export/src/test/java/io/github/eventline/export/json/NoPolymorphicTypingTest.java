package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polymorphic default typing stays off: gadget-style payloads that name a Java class are refused
 * or kept as plain data, never instantiated. See also the {@code *-gadget} files of the catalogue.
 */
class NoPolymorphicTypingTest {

  private static final String PROCESS_BUILDER = "[\"java.lang.ProcessBuilder\", [\"touch\", \"/tmp/eventline-pwned\"]]";
  private static final String CLASS_PROPERTY =
      "{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"touch\", \"/tmp/eventline-pwned\"]}";

  private final JsonMapper mapper = JsonMapper.builder().addModule(new EventlineModule()).build();

  @ParameterizedTest
  @ValueSource(strings = {PROCESS_BUILDER, CLASS_PROPERTY,
      "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"ldap://localhost/x\", \"autoCommit\": true}"})
  void module_refusesAGadgetWhereAClaimBelongs(String gadget) {
    assertThatThrownBy(() -> mapper.readValue(gadget, Claim.class))
        .isInstanceOf(DatabindException.class)
        .cause().isInstanceOf(StoryFileException.class);
  }

  @Test
  void module_readsAClassNameInAnExtensionAsPlainText() {
    String json = "{\"format\": \"eventline/1\", \"x-payload\": " + PROCESS_BUILDER + ", \"x-object\": " + CLASS_PROPERTY + "}";

    Story story = mapper.readValue(json, Story.class);

    assertThat(story.extensions()).containsExactly(
        Map.entry("x-payload", "[\"java.lang.ProcessBuilder\",[\"touch\",\"/tmp/eventline-pwned\"]]"),
        Map.entry("x-object", "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/eventline-pwned\"]}"));
  }

  @Test
  void read_refusesAClassPropertyOnTheStory_asAnUnknownField() {
    assertThatThrownBy(() -> StoryJson.fromJson("{\"@class\": \"java.lang.ProcessBuilder\", \"format\": \"eventline/1\"}"))
        .isInstanceOf(StoryFileException.class)
        .hasMessage("JSON text has 1 problem:\n  1:2 /@class: unknown field \"@class\" in a story (expected one of"
            + " format, title, language, description, zone, actors, places, sources, events, assertions; extension fields"
            + " start with \"x-\")");
  }

  /** A guard on the sources: nothing in the library turns polymorphic typing on. */
  @Test
  void mainSources_neverActivateDefaultTypingOrTypeInfo() throws IOException {
    List<String> forbidden = List.of("activateDefaultTyping", "enableDefaultTyping", "DefaultTyping", "JsonTypeInfo",
        "PolymorphicTypeValidator", "ObjectInputStream");
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        assertThat(sources).as(root.toString()).hasSizeGreaterThan(10);
        for (Path file : sources) {
          String text = Files.readString(file);
          assertThat(forbidden).as(file.toString()).noneMatch(text::contains);
        }
      }
    }
  }
}
