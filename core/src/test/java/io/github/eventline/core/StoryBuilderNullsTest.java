package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's list methods refuse nulls with the documented message, and add nothing then. */
class StoryBuilderNullsTest {

  private static final Event E1 = Event.builder("e1", "One").build();
  private static final Event E2 = Event.builder("e2", "Two").build();

  @Test
  void event_refusesANullEvent() {
    assertThatThrownBy(() -> Story.builder().event((Event) null))
        .isInstanceOf(NullPointerException.class).hasMessage("values[0]");
  }

  @Test
  void event_refusesANullArray() {
    assertThatThrownBy(() -> Story.builder().event((Event[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("values");
  }

  @Test
  void event_namesTheNullElement_andAddsNothing() {
    Story.Builder builder = Story.builder();

    assertThatThrownBy(() -> builder.event(E1, null, E2))
        .isInstanceOf(NullPointerException.class).hasMessage("values[1]");
    assertThat(builder.build().events()).isEmpty();
  }

  @Test
  void everyListMethod_namesItsNulls() {
    Story.Builder b = Story.builder();
    List<Runnable> arrays = List.of(
        () -> b.actor((Actor[]) null), () -> b.place((Place[]) null), () -> b.source((Source[]) null),
        () -> b.assertion((Assertion[]) null), () -> b.actors(null), () -> b.places(null), () -> b.sources(null),
        () -> b.events(null), () -> b.assertions(null));
    for (Runnable r : arrays) {
      assertThatThrownBy(r::run).isInstanceOf(NullPointerException.class).hasMessage("values");
    }
    List<Runnable> elements = List.of(
        () -> b.actor((Actor) null), () -> b.place((Place) null), () -> b.source((Source) null),
        () -> b.assertion((Assertion) null), () -> b.actors(Arrays.asList((Actor) null)),
        () -> b.places(Arrays.asList((Place) null)), () -> b.sources(Arrays.asList((Source) null)),
        () -> b.events(Arrays.asList(E1, null)), () -> b.assertions(Arrays.asList((Assertion) null)));
    for (Runnable r : elements) {
      assertThatThrownBy(r::run).isInstanceOf(NullPointerException.class).hasMessageStartingWith("values[");
    }
    assertThat(b.build().events()).isEmpty();
  }
}
