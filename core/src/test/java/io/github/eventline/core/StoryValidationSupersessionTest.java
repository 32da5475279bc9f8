package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.time.TimeBounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What validation refuses because it cannot be meant: supersession cycles and inversions, self-relays, cross-claimant retractions. */
class StoryValidationSupersessionTest {

  private static final Source ARTICLE = Source.builder("article", "An article").published(TimeBounds.parse("2024-12-14")).build();
  private static final Source AGENCY = Source.builder("agency", "An agency").build();
  private static final Event ASSAULT = Event.builder("nk-assault", "An assault").build();

  private static Story.Builder base() {
    return Story.builder().source(ARTICLE, AGENCY).event(ASSAULT);
  }

  private static List<String> problems(Story.Builder builder) {
    return builder.problems().stream().map(StoryProblem::toString).toList();
  }

  private static Assertion.Builder occurred(String id, String source) {
    return Assertion.builder(id, source, new Claim.Occurred(EventId.of("nk-assault")));
  }

  @Test
  void supersessionCycle_isRefusedAtTheEntryClosingIt() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").supersedes("a2").build(),
        occurred("a2", "agency").supersedes("a3").build(),
        occurred("a3", "agency").supersedes("a1").build());
    assertThat(problems(b)).containsExactly(
        "assertions[2].supersedes[0]: cycle in supersedes and retracts: \"a1\" -> \"a2\" -> \"a3\" -> \"a1\";"
            + " each assertion on it would stop counting (only a later statement replaces or withdraws an earlier"
            + " one; remove the entry of the earlier assertion)");
  }

  @Test
  void cycleThroughARetractsLink_isRefused() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").supersedes("a2").build(),
        occurred("a2", "agency").link(LinkType.RETRACTS, "a1").build());
    assertThat(b.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("assertions[1].links[0].assertion");
      assertThat(p.message()).startsWith("cycle in supersedes and retracts: \"a1\" -> \"a2\" -> \"a1\"");
    });
  }

  /** A government group, an agency that joined it, a ministry of the same government, and an outlet. */
  private static Story.Builder organisations() {
    return Story.builder().event(ASSAULT)
        .actor(
            Actor.builder("government", "The government").build(),
            Actor.builder("group", "A government group").memberOf("government").build(),
            Actor.builder("agency", "An agency").memberOf("group").build(),
            Actor.builder("ministry", "A ministry").memberOf("government").build(),
            Actor.builder("company", "A company").build())
        .source(
            Source.builder("group-statements", "The group's statements").actor("group").build(),
            Source.builder("agency-statements", "The agency's statements").actor("agency").build(),
            Source.builder("ministry-statements", "The ministry's statements").actor("ministry").build(),
            Source.builder("company-statements", "The company's statements").actor("company").build(),
            AGENCY);
  }

  @Test
  void supersedes_acrossSourcesOfOneOrganisation_passes() {
    Story.Builder b = organisations().assertion(
        occurred("estimate", "agency-statements").build(),
        occurred("final", "group-statements").supersedes("estimate").build(),
        occurred("briefing", "ministry-statements").supersedes("final").build());
    assertThat(b.problems()).isEmpty();
  }

  @Test
  void supersedes_ofASourceWithNoOrganisationInCommon_orWithNoActor_isRefused() {
    Story.Builder b = organisations().assertion(
        occurred("estimate", "agency-statements").build(),
        occurred("claim", "company-statements").supersedes("estimate").build(),
        occurred("report", "agency").supersedes("estimate").build());
    assertThat(b.problems()).extracting(StoryProblem::path)
        .containsExactly("assertions[1].supersedes[0]", "assertions[2].supersedes[0]");
    assertThat(b.problems().get(0).message()).isEqualTo(
        "assertion \"claim\" of source \"company-statements\" supersedes \"estimate\" of another source,"
            + " \"agency-statements\", with no organisation in common");
  }

  @Test
  void chainOfSupersession_withoutCycle_passes() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").build(),
        occurred("a2", "agency").supersedes("a1").build(),
        occurred("a3", "agency").supersedes("a1", "a2").build());
    assertThat(b.problems()).isEmpty();
  }

  @Test
  void supersedingAStatementMadeAfterIt_isRefused() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").stated(TimeBounds.parse("2024-12-20")).build(),
        occurred("a2", "agency").stated(TimeBounds.parse("2024-12-01")).supersedes("a1").build());
    assertThat(problems(b)).containsExactly(
        "assertions[1].supersedes[0]: assertion \"a2\" stated 2024-12-01 supersedes \"a1\", stated later (2024-12-20)"
            + " (an assertion replaces or withdraws only earlier statements; check both stated times, or name the"
            + " earlier assertion in the later one's supersedes)");
  }

  @Test
  void supersedingARepeatedId_comparesWithItsFirstAssertion_andAnUnknownIdOnlyAsUnknown() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").stated(TimeBounds.parse("2024-12-20")).build(),
        occurred("a1", "agency").stated(TimeBounds.parse("2024-11-01")).build(),
        occurred("a2", "agency").stated(TimeBounds.parse("2024-12-01")).supersedes("a1").build(),
        occurred("a3", "agency").stated(TimeBounds.parse("2024-12-01")).supersedes("a9").build());
    assertThat(b.problems()).extracting(StoryProblem::path).containsExactlyInAnyOrder(
        "assertions[1].id", "assertions[2].supersedes[0]", "assertions[3].supersedes[0]");
    assertThat(b.problems()).filteredOn(p -> p.path().equals("assertions[2].supersedes[0]")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo(
            "assertion \"a2\" stated 2024-12-01 supersedes \"a1\", stated later (2024-12-20)"));
    assertThat(b.problems()).filteredOn(p -> p.path().equals("assertions[3].supersedes[0]")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("unknown assertion \"a9\""));
  }

  @Test
  void supersedingOnTheSameDay_orWithUnknownTimes_passes() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").stated(TimeBounds.parse("2024-12-01")).build(),
        occurred("a2", "agency").stated(TimeBounds.parse("2024-12-01T10:00:00Z")).supersedes("a1").build(),
        occurred("a3", "agency").build(),
        occurred("a4", "agency").stated(TimeBounds.parse("2024-11")).supersedes("a3").build());
    assertThat(b.problems()).isEmpty();
  }

  @Test
  void statedTimeComesFromThePublicationWhenNotStated() {
    // article is published 2024-12-14; a2 says it was stated on the 1st, before a1
    Story.Builder b = base().assertion(
        occurred("a1", "article").build(),
        occurred("a2", "article").stated(TimeBounds.parse("2024-12-01")).link(LinkType.RETRACTS, "a1").build());
    assertThat(b.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("assertions[1].links[0].assertion");
      assertThat(p.message()).isEqualTo(
          "assertion \"a2\" stated 2024-12-01 retracts \"a1\", stated later (2024-12-14)");
    });
  }

  @Test
  void viaNamingTheClaimant_isRefused() {
    Story.Builder b = base().assertion(occurred("a1", "agency").via("article", "agency").build());
    assertThat(problems(b)).containsExactly(
        "assertions[0].via[1]: assertion \"a1\" names its claimant \"agency\" among its relays"
            + " (via lists the outlets the claim passed through, not its source; remove \"agency\" from via)");
  }

  @Test
  void retractsAcrossClaimants_isRefusedWithAHint() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").build(),
        occurred("a2", "article").link(LinkType.RETRACTS, "a1").build());
    assertThat(problems(b)).containsExactly(
        "assertions[1].links[0].assertion: assertion \"a2\" of source \"article\" retracts \"a1\" of another source,"
            + " \"agency\" (a source retracts only its own statements; use a \"contradicts\" link across sources)");
  }

  @Test
  void contradictsAcrossClaimants_passes() {
    Story.Builder b = base().assertion(
        occurred("a1", "agency").build(),
        occurred("a2", "article").link(LinkType.CONTRADICTS, "a1").build());
    assertThat(b.problems()).isEmpty();
  }
}
