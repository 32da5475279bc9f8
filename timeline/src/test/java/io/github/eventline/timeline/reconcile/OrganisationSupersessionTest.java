package io.github.eventline.timeline.reconcile;

import static io.github.eventline.timeline.reconcile.Stories.E1;
import static io.github.eventline.timeline.reconcile.Stories.day;
import static io.github.eventline.timeline.reconcile.Stories.entry;
import static io.github.eventline.timeline.reconcile.Stories.figure;
import static io.github.eventline.timeline.reconcile.Stories.ids;
import static io.github.eventline.timeline.reconcile.Stories.quantityKey;
import static io.github.eventline.timeline.reconcile.Stories.says;
import static io.github.eventline.timeline.reconcile.Stories.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Event;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import org.junit.jupiter.api.Test;

/** Supersession across the sources of one organisation: an agency's estimate replaced by the group it joined. */
class OrganisationSupersessionTest {

  private static Story flowRate(boolean agencyJoinedTheGroup) {
    Actor.Builder agency = Actor.builder("agency", "An agency");
    if (agencyJoinedTheGroup) {
      agency.memberOf("group");
    }
    return Story.builder()
        .event(Event.builder(E1, "the spill").build())
        .actor(Actor.builder("group", "A government group").build(), agency.build())
        .source(
            Source.builder("agency-statements", "The agency").actor("agency").reliability(0.8).build(),
            Source.builder("group-statements", "The group").actor("group").reliability(0.8).build())
        .assertion(
            says("estimate", "agency-statements", figure(E1, 5_000, 5_000)).stated(day("2010-04-28")).build(),
            says("final", "group-statements", figure(E1, 5_000, 62_000)).stated(day("2010-08-02")).supersedes("estimate").build())
        .build();
  }

  @Test
  void theGroupsEstimate_replacesTheEstimateOfTheAgencyThatJoinedIt() {
    Verdict v = verdict(flowRate(true), quantityKey(E1));

    assertThat(v.status()).isEqualTo(VerdictStatus.UNCONTESTED);
    assertThat(ids(v.superseded())).containsExactly("estimate");
    assertThat(ids(v.support())).containsExactly("final");
    assertThat(entry(v, "estimate").supersededBy()).contains(AssertionId.of("final"));
    assertThat(entry(v, "estimate").reason())
        .startsWith("superseded: replaced or retracted by a later statement of its source or its organisation;");
  }

  @Test
  void withoutTheMembership_theStoryIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> flowRate(false))
        .isInstanceOf(io.github.eventline.core.StoryValidationException.class)
        .hasMessageContaining("supersedes \"estimate\" of another source, \"agency-statements\", with no organisation in common");
  }
}
