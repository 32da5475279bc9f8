package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Role;
import io.github.eventline.core.Story;
import io.github.eventline.core.ActorId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The modeller's own fields as assertions of the editor: made once, with deterministic, unique ids. */
class EditorClaimsTest {

  private static List<String> ids(Verdict v) {
    return v.explanation().stream().map(w -> w.assertion().value()).toList();
  }

  @Test
  void anActorRepeatedFarApartAmongSeventyParticipants_getsTwoIds() {
    Event.Builder event = Event.builder("e", "a large event").participant("x", Role.AGENT);
    Story.Builder story = Story.builder().actor(Actor.builder("x", "X").build());
    for (int i = 0; i < 68; i++) {
      story.actor(Actor.builder("p" + i, "P" + i).build());
      event.participant("p" + i, Role.AGENT);
    }
    event.participant("x", Role.TARGET);
    Story s = story.event(event.build()).build();

    Reconciliation r = Reconciliation.of(s);
    Verdict x = r.verdict(new ClaimKey(ClaimType.PARTICIPATION, EventId.of("e"), Optional.empty(),
        Optional.of(ActorId.of("x")), Optional.empty())).orElseThrow();

    assertThat(ids(x)).containsExactly("editor:participant:e:x", "editor:participant:e:x:2");
    Set<String> all = new TreeSet<>();
    int count = 0;
    for (Verdict v : r.verdicts()) {
      for (Weighed w : v.explanation()) {
        all.add(w.assertion().value());
        count++;
      }
    }
    assertThat(all).hasSize(count).hasSize(70);
  }

  @Test
  void idsThatMeetAcrossEvents_areMadeUnique_inTheStorysOrder() {
    // editor:participant:a:b:c for event a and actor b:c, and for event a:b and actor c.
    Story s = Story.builder()
        .actor(Actor.builder("b:c", "BC").build(), Actor.builder("c", "C").build())
        .event(Event.builder("a", "A").participant("b:c", Role.AGENT).build(),
            Event.builder("a:b", "AB").participant("c", Role.AGENT).build())
        .build();

    Reconciliation r = Reconciliation.of(s);

    assertThat(r.isAccepted(AssertionId.of("editor:participant:a:b:c"))).isTrue();
    assertThat(r.isAccepted(AssertionId.of("editor:participant:a:b:c:2"))).isTrue();
    Verdict second = r.verdict(new ClaimKey(ClaimType.PARTICIPATION, EventId.of("a:b"), Optional.empty(),
        Optional.of(ActorId.of("c")), Optional.empty())).orElseThrow();
    assertThat(ids(second)).containsExactly("editor:participant:a:b:c:2");
  }
}
