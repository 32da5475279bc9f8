package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class EventlineModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new EventlineModule()).build();

  @Test
  void findModules_discoversTheModuleThroughServiceLoader() {
    List<JacksonModule> modules = MapperBuilder.findModules();

    assertThat(modules).extracting(JacksonModule::getModuleName).contains("eventline");
  }

  @Test
  void mapper_roundTripsAStory() {
    Story story = SampleStories.everyField();

    String json = mapper.writeValueAsString(story);

    assertThat(mapper.readValue(json, Story.class)).isEqualTo(story);
    assertThat(StoryJson.fromJson(json)).isEqualTo(story);
  }

  @Test
  void mapper_writesElementsInTheStoryFormat() {
    Actor actor = SampleStories.everyField().actors().get(0);

    assertThat(mapper.writeValueAsString(actor)).isEqualTo("{\"id\":\"zelensky\",\"name\":\"Volodymyr Zelensky\","
        + "\"kind\":\"person\",\"aliases\":[\"Zelenskyy\"],\"externalIds\":{\"wikidata\":\"Q3874799\"},"
        + "\"memberOf\":[\"ukraine\"],\"x-note\":\"n\"}");
    assertThat(mapper.readValue(mapper.writeValueAsString(actor), Actor.class)).isEqualTo(actor);
  }

  @Test
  void mapper_readsClaimsByTheirTypeField_withoutPolymorphicTyping() {
    Claim claim = mapper.readValue("{\"type\": \"timing\", \"event\": \"e\", \"when\": \"2024-08\"}", Claim.class);

    assertThat(claim).isEqualTo(new Claim.Timing(EventId.of("e"), TimeBounds.parse("2024-08")));
  }

  @Test
  void mapper_reportsProblemsWithTheirLocation() {
    assertThatThrownBy(() -> mapper.readValue("{\"type\": \"occurred\", \"event\": \"e\", \"@class\": \"x\"}", Claim.class))
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(StoryFileException.class)
        .hasMessageStartingWith("JSON input has 1 problem:\n  1:36 /@class: unknown field \"@class\" in an occurred claim");
  }
}
