package io.github.eventline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoriesTest {

  private static final StoryShape SMALL = new StoryShape(400, 2, 800, 100, 7L);

  @Test
  void generate_sameShapeGivesTheSameStory() {
    assertThat(SyntheticStories.generate(SMALL)).isEqualTo(SyntheticStories.generate(SMALL));
  }

  @Test
  void generate_anotherSeedGivesAnotherStory() {
    StoryShape other = new StoryShape(400, 2, 800, 100, 8L);
    assertThat(SyntheticStories.generate(other)).isNotEqualTo(SyntheticStories.generate(SMALL));
  }

  @Test
  void generate_holdsTheShapesCounts() {
    Story story = SyntheticStories.generate(SMALL);
    assertThat(story.events()).hasSize(400);
    assertThat(story.sources()).hasSize(100);
    assertThat(story.assertions()).hasSize(400 * 2 + 800);
    assertThat(story.assertions().stream().filter(a -> a.claim() instanceof Claim.Relation)).hasSize(800);
  }

  @Test
  void generate_statesDatesAtDayMonthAndYearPrecision() {
    Map<Precision, Long> precisions = SyntheticStories.generate(SMALL).events().stream()
        .flatMap(e -> e.when().stream())
        .collect(Collectors.groupingBy(TimeBounds::precision, Collectors.counting()));
    assertThat(precisions).containsOnlyKeys(Precision.DAY, Precision.MONTH, Precision.YEAR);
  }

  @Test
  void generate_relationsAgreeWithTheEventsDates() {
    Story story = SyntheticStories.generate(SMALL);
    Map<EventId, Event> events = story.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Relation r) {
        boolean precedes = r.relations().equals(IntervalRelation.PRECEDES);
        assertThat(precedes || r.relations().equals(IntervalRelation.FOLLOWS)).as(a.id().value()).isTrue();
        Event before = events.get(precedes ? r.event() : r.other());
        Event after = events.get(precedes ? r.other() : r.event());
        if (before.when().isPresent() && after.when().isPresent()) {
          assertThat(before.when().get().earliestEnd()).as(a.id().value())
              .isBeforeOrEqualTo(after.when().get().latestStart());
        }
      }
    }
  }

  @Test
  void generate_attributesThroughChainsAndQuotesAccentedText() {
    Story story = SyntheticStories.generate(SMALL);
    assertThat(story.assertions()).anyMatch(a -> a.via().size() == 2);
    assertThat(story.assertions()).anyMatch(a -> !a.supersedes().isEmpty());
    assertThat(story.assertions()).anyMatch(a -> a.quote().isPresent() && a.quote().get().language().equals("fr")
        && a.quote().get().text().matches(".*[éèàç].*"));
    assertThat(story.assertions()).anyMatch(a -> a.quote().isPresent() && a.quote().get().language().equals("es")
        && a.quote().get().text().matches(".*[áéíóúñ].*"));
  }

  @Test
  void writeFile_writesAStoryFileThatReadsBackEqual(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("story.json");
    Story written = SyntheticStories.writeFile(new StoryShape(50, 1, 50, 20, 3L), file);
    assertThat(StoryJson.read(file)).isEqualTo(written);
  }

  @Test
  void qualitative_constrainsDistinctPairsWithDisjunctions() {
    Story story = SyntheticStories.qualitative(30, 100, 5L);
    assertThat(story.events()).hasSize(30);
    assertThat(story.assertions()).hasSize(100);
    Set<Object> keys = story.assertions().stream().map(a -> a.claim().key()).collect(Collectors.toSet());
    assertThat(keys).hasSize(100);
    assertThat(story.assertions()).allMatch(a -> ((Claim.Relation) a.claim()).relations().size() >= 2
        || ((Claim.Relation) a.claim()).relations().size() == 1);
    assertThat(story.assertions()).anyMatch(a -> ((Claim.Relation) a.claim()).relations().size() >= 3);
  }

  @Test
  void qualitative_refusesMorePairsThanExist() {
    assertThatThrownBy(() -> SyntheticStories.qualitative(3, 4, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot place 4 constraints on distinct pairs of 3 events");
  }

  @Test
  void storyShape_refusesTooFewEvents() {
    assertThatThrownBy(() -> new StoryShape(1, 0, 0, 10, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A story shape needs at least 2 events, not 1");
  }
}
