package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.time.IntervalRelation;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule the story builder checks, each with its message and path. */
class StoryValidationTest {

  private static final Source ARTICLE = Source.builder("article", "An article").build();
  private static final Event ASSAULT = Event.builder("nk-assault", "An assault").build();
  private static final Event OFFENSIVE = Event.builder("offensive", "An offensive").build();

  private static Story.Builder base() {
    return Story.builder().source(ARTICLE).event(ASSAULT, OFFENSIVE);
  }

  private static List<String> problems(Story.Builder builder) {
    return builder.problems().stream().map(StoryProblem::toString).toList();
  }

  private static Assertion occurred(String id, String source, String event) {
    return Assertion.builder(id, source, new Claim.Occurred(EventId.of(event))).build();
  }

  @Test
  void validStory_hasNoProblems() {
    Story.Builder b = base().assertion(occurred("a1", "article", "nk-assault"));
    assertThat(b.problems()).isEmpty();
    assertThat(b.build().assertions()).hasSize(1);
  }

  @Test
  void unknownEvent_namesPathAndSuggestsTheClosestId() {
    Story.Builder b = base().assertion(occurred("a0", "article", "nk-assault"), occurred("a1", "article", "nk-assualt"));
    assertThat(problems(b))
        .containsExactly("assertions[1].claim.event: unknown event \"nk-assualt\" (did you mean \"nk-assault\"?)");
  }

  @Test
  void unknownReference_withNothingClose_hasNoHint() {
    Story.Builder b = base().assertion(occurred("a1", "article", "zzzzzzzzzzzzzz"));
    assertThat(b.problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("assertions[0].claim.event");
          assertThat(p.message()).isEqualTo("unknown event \"zzzzzzzzzzzzzz\"");
          assertThat(p.hint()).isEmpty();
        });
  }

  @Test
  void duplicateIds_ofEveryKind_areReportedWithTheFirstUse() {
    Story.Builder b = Story.builder()
        .actor(Actor.builder("x", "X").build(), Actor.builder("x", "X again").build())
        .place(Place.builder("p", "P").build(), Place.builder("p", "P again").build())
        .source(ARTICLE, Source.builder("article", "Another").build())
        .event(ASSAULT, ASSAULT)
        .assertion(occurred("a1", "article", "nk-assault"), occurred("a1", "article", "nk-assault"));
    assertThat(problems(b)).containsExactlyInAnyOrder(
        "actors[1].id: duplicate actor id \"x\" (first used at actors[0])",
        "places[1].id: duplicate place id \"p\" (first used at places[0])",
        "sources[1].id: duplicate source id \"article\" (first used at sources[0])",
        "events[1].id: duplicate event id \"nk-assault\" (first used at events[0])",
        "assertions[1].id: duplicate assertion id \"a1\" (first used at assertions[0])");
  }

  @Test
  void unknownReferences_inEveryField_areAllReportedAtOnce() {
    Story.Builder b = Story.builder()
        .actor(Actor.builder("zelensky", "Z").memberOf("ukrane").build(), Actor.builder("ukraine", "U").build())
        .place(Place.builder("kursk", "K").within("rusia").build(), Place.builder("russia", "R").build())
        .source(Source.builder("address", "A").actor("zelenski").build())
        .event(Event.builder("e1", "E").place("kursk-oblast").participant("ukriane", Role.AGENT).partOf("e2").build())
        .assertion(
            Assertion.builder("a1", "adress", new Claim.Location(EventId.of("e1"), PlaceId.of("kurs")))
                .via("articel").supersedes("a9").link(LinkType.CONTRADICTS, "a8").build(),
            Assertion.builder("a2", "address", new Claim.Participation(EventId.of("e1"), ActorId.of("zelenskyy"), Role.SPEAKER)).build());
    assertThat(problems(b)).containsExactly(
        "actors[0].memberOf[0]: unknown actor \"ukrane\" (did you mean \"ukraine\"?)",
        "places[0].within: unknown place \"rusia\" (did you mean \"russia\"?)",
        "sources[0].actor: unknown actor \"zelenski\" (did you mean \"zelensky\"?)",
        "events[0].place: unknown place \"kursk-oblast\"",
        "events[0].participants[0].actor: unknown actor \"ukriane\" (did you mean \"ukraine\"?)",
        "events[0].partOf: unknown event \"e2\" (did you mean \"e1\"?)",
        "assertions[0].source: unknown source \"adress\" (did you mean \"address\"?)",
        "assertions[0].via[0]: unknown source \"articel\"",
        "assertions[0].claim.place: unknown place \"kurs\" (did you mean \"kursk\"?)",
        "assertions[0].supersedes[0]: unknown assertion \"a9\" (did you mean \"a1\"?)",
        "assertions[0].links[0].assertion: unknown assertion \"a8\" (did you mean \"a1\"?)",
        "assertions[1].claim.actor: unknown actor \"zelenskyy\" (did you mean \"zelensky\"?)");
  }

  @Test
  void relationOfAnEventToItself_isRefused() {
    Story.Builder b = base().assertion(
        Assertion.builder("a1", "article",
            Claim.Relation.of(EventId.of("offensive"), EnumSet.of(IntervalRelation.BEFORE), EventId.of("offensive"))).build());
    assertThat(problems(b)).containsExactly(
        "assertions[0].claim.other: relation of event \"offensive\" to itself (a relation needs two different events)");
  }

  @Test
  void sameAsOfAnEventToItself_isRefused() {
    Story.Builder b = base().assertion(
        Assertion.builder("a1", "article", new Claim.SameAs(EventId.of("offensive"), EventId.of("offensive"))).build());
    assertThat(problems(b)).containsExactly(
        "assertions[0].claim.other: same-as claim of event \"offensive\" to itself (a relation needs two different events)");
  }

  @Test
  void supersedesAcrossSources_isRefusedWithAHint() {
    Story.Builder b = base()
        .source(Source.builder("agency", "An agency").build())
        .assertion(occurred("a1", "agency", "nk-assault"),
            Assertion.builder("a2", "article", new Claim.Occurred(EventId.of("nk-assault"))).supersedes("a1").build());
    assertThat(problems(b)).containsExactly(
        "assertions[1].supersedes[0]: assertion \"a2\" of source \"article\" supersedes \"a1\" of another source, \"agency\","
            + " with no organisation in common (a source supersedes only its own statements and those of sources whose"
            + " actors belong to one organisation (memberOf); use a \"contradicts\" link across other sources)");
  }

  @Test
  void supersedingOrLinkingItself_isRefused() {
    Story.Builder b = base().assertion(
        Assertion.builder("a1", "article", new Claim.Occurred(EventId.of("nk-assault")))
            .supersedes("a1").link(LinkType.CORROBORATES, "a1").build());
    assertThat(problems(b)).containsExactly(
        "assertions[0].supersedes[0]: assertion \"a1\" supersedes itself",
        "assertions[0].links[0].assertion: assertion \"a1\" links to itself");
  }

  @Test
  void cycleInWithin_isReportedOnce_withTheCycle() {
    Story.Builder b = Story.builder().place(
        Place.builder("a", "A").within("b").build(),
        Place.builder("b", "B").within("c").build(),
        Place.builder("c", "C").within("a").build());
    assertThat(problems(b)).containsExactly(
        "places[0].within: cycle in within: \"a\" -> \"b\" -> \"c\" -> \"a\"; a place cannot be inside itself");
  }

  @Test
  void cycleInMemberOf_andSelfMembership_areReported() {
    Story.Builder b = Story.builder().actor(
        Actor.builder("troops", "T").memberOf("state").build(),
        Actor.builder("state", "S").memberOf("troops").build(),
        Actor.builder("loner", "L").memberOf("loner").build());
    assertThat(problems(b)).containsExactly(
        "actors[0].memberOf: cycle in memberOf: \"troops\" -> \"state\" -> \"troops\"; an actor cannot be inside itself",
        "actors[2].memberOf: cycle in memberOf: \"loner\" -> \"loner\"; an actor cannot be inside itself");
  }

  @Test
  void cycleInPartOf_isReported() {
    Story.Builder b = Story.builder().event(
        Event.builder("war", "W").partOf("battle").build(),
        Event.builder("battle", "B").partOf("war").build());
    assertThat(problems(b)).containsExactly(
        "events[0].partOf: cycle in partOf: \"war\" -> \"battle\" -> \"war\"; an event cannot be inside itself");
  }

  @Test
  void build_throwsOneExceptionListingEveryProblem() {
    Story.Builder b = base().assertion(occurred("a1", "nobody", "nk-assault"), occurred("a2", "article", "nothing"));
    assertThatThrownBy(b::build)
        .isInstanceOf(StoryValidationException.class)
        .hasMessage("The story has 2 problems:\n"
            + "  assertions[0].source: unknown source \"nobody\"\n"
            + "  assertions[1].claim.event: unknown event \"nothing\"")
        .satisfies(e -> assertThat(((StoryValidationException) e).problems()).hasSize(2));
  }

  @Test
  void builder_staysUsableAfterBuild() {
    Story.Builder b = base();
    Story first = b.build();
    b.assertion(occurred("a1", "article", "nk-assault"));
    Story second = b.build();
    assertThat(first.assertions()).isEmpty();
    assertThat(second.assertions()).hasSize(1);
  }

  @Test
  void editorSource_isImplicit() {
    Story.Builder b = base().assertion(occurred("a1", "editor", "nk-assault"));
    assertThat(b.problems()).isEmpty();
  }

  @Test
  void toBuilder_copiesEverything() {
    Story story = KurskStory.build();
    assertThat(story.toBuilder().build()).isEqualTo(story).hasSameHashCodeAs(story);
  }
}
