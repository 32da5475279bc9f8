package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Open ranges and stated uncertainty in story files: read, written back the same, refused when out of range. */
class QuantityJsonTest {

  private static String story(String claim) {
    return "{\"format\": \"eventline/1\", \"sources\": [{\"id\": \"s\", \"name\": \"S\"}],"
        + " \"events\": [{\"id\": \"e\", \"summary\": \"E\"}],"
        + " \"assertions\": [{\"id\": \"a1\", \"source\": \"s\", \"claim\": {\"type\": \"quantity\", \"event\": \"e\","
        + " \"measure\": \"dead\", " + claim + "}}]}";
  }

  private static Claim.Quantity quantity(Story story) {
    return (Claim.Quantity) story.assertions().get(0).claim();
  }

  @Test
  void lowAlone_isAtLeast_andIsWrittenBackAlone() {
    Story story = StoryJson.fromJson(story("\"low\": 26500, \"unit\": \"people\""));
    Claim.Quantity q = quantity(story);
    assertThat(q.low()).isEqualTo(26500);
    assertThat(q.hasUpperBound()).isFalse();
    assertThat(StoryJson.toJson(story)).contains("\"low\": 26500,").doesNotContain("\"high\"");
    assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
  }

  @Test
  void highAlone_isAtMost() {
    Claim.Quantity q = quantity(StoryJson.fromJson(story("\"high\": 100")));
    assertThat(q.hasLowerBound()).isFalse();
    assertThat(q.high()).isEqualTo(100);
  }

  @Test
  void uncertainty_isReadAndWrittenBack() {
    Story story = StoryJson.fromJson(story("\"value\": 70000, \"approximate\": true, \"uncertainty\": 0.2"));
    assertThat(quantity(story).uncertainty()).hasValue(0.2);
    assertThat(StoryJson.toJson(story)).contains("\"approximate\": true,").contains("\"uncertainty\": 0.2");
    assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
  }

  @Test
  void existingShapes_readAsBefore() {
    Claim.Quantity range = quantity(StoryJson.fromJson(story("\"low\": 90, \"high\": 120, \"unit\": \"aircraft\"")));
    assertThat(range.low()).isEqualTo(90);
    assertThat(range.high()).isEqualTo(120);
    assertThat(range.uncertainty()).isEmpty();
    Claim.Quantity value = quantity(StoryJson.fromJson(story("\"value\": 10000, \"approximate\": true")));
    assertThat(value.isSingleValue()).isTrue();
    assertThat(value.approximate()).isTrue();
  }

  @Test
  void aBoundOutOfTheRangeOfNumbers_isRefused_notReadAsOpen() {
    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.fromJson(story("\"low\": 1, \"high\": 1e400")));
    assertThat(e.problems()).extracting(Object::toString)
        .containsExactly("1:159 /assertions/0/claim: Quantity of dead is not a finite number: 1.0..Infinity");
  }

  @Test
  void uncertaintyAsAPercentage_isRefusedWithAHint() {
    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.fromJson(story("\"value\": 70000, \"uncertainty\": 20")));
    assertThat(e.problems()).extracting(Object::toString).singleElement().asString()
        .endsWith("/assertions/0/claim/uncertainty: uncertainty 20 is out of range: expected a fraction above 0 and at"
            + " most 1 (plus or minus 20 % is 0.2)");
  }

  @Test
  void timelineJson_writesAnOpenSideAsNull() throws Exception {
    Story story = StoryJson.fromJson(story("\"low\": 26500, \"unit\": \"people\""));
    StringWriter out = new StringWriter();
    TimelineJson.write(Timeline.build(story), Optional.empty(), out);
    assertThat(out.toString()).contains("\"low\": 26500,").contains("\"high\": null,");
  }
}
