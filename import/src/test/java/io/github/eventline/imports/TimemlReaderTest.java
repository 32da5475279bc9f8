package io.github.eventline.imports;

import static io.github.eventline.imports.Fixtures.assertion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.timeline.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A TimeBank-style file of the TimeML 1.2.1 specification's example sentences, read into a story. */
class TimemlReaderTest {

  private static final String DOC = "spec-examples";
  private static Story story;

  @TempDir
  Path dir;

  @BeforeAll
  static void read() throws Exception {
    story = TimemlReader.read(List.of(Fixtures.TIMEML));
  }

  private static EventId event(String id) {
    return EventId.of(DOC + "." + id);
  }

  @Test
  void read_holdsAnEventPerInstanceAndTimeAndAClaimPerLink() throws Exception {
    Document doc = Fixtures.dom(Fixtures.TIMEML);
    int instances = Fixtures.count(doc, "count(//MAKEINSTANCE)");
    int times = Fixtures.count(doc, "count(//TIMEX3)");
    int eventToEvent = Fixtures.count(doc, "count(//TLINK[@eventInstanceID and @relatedToEventInstance])");
    int timeToTime = Fixtures.count(doc, "count(//TLINK[@timeID and @relatedToTime])");
    int tlinks = Fixtures.count(doc, "count(//TLINK)");
    int evidential = Fixtures.count(doc, "count(//SLINK[@relType='EVIDENTIAL' or @relType='NEG_EVIDENTIAL'])");

    assertThat(story.events()).hasSize(instances + times);
    assertThat(story.assertions()).filteredOn(a -> a.claim() instanceof Claim.Relation)
        .hasSize(eventToEvent + timeToTime);
    assertThat(story.assertions()).filteredOn(a -> a.claim() instanceof Claim.Timing)
        .hasSize(tlinks - eventToEvent - timeToTime);
    assertThat(story.assertions()).filteredOn(a -> a.claim() instanceof Claim.Occurred).hasSize(instances);
    assertThat(story.sources()).hasSize(1 + evidential);
  }

  @Test
  void document_isAMediaSourcePublishedAtItsCreationTime() {
    var source = story.source(SourceId.of(DOC)).orElseThrow();
    assertThat(source.kind()).isEqualTo(SourceKind.MEDIA);
    assertThat(source.published()).contains(TimeBounds.parse("1998-01-08"));
    assertThat(story.event(event("t0")).orElseThrow().when()).contains(TimeBounds.parse("1998-01-08"));
  }

  @Test
  void eachInstanceOfOneEvent_isAnEvent() {
    // "John taught on Monday and Tuesday": one EVENT, two MAKEINSTANCEs
    assertThat(story.event(event("ei3")).orElseThrow().summary()).isEqualTo("taught");
    assertThat(story.event(event("ei4")).orElseThrow().summary()).isEqualTo("taught");
    assertThat(story.event(event("ei13")).orElseThrow().type()).isEqualTo(EventType.of("i-action"));
    assertThat(timing("l3").when()).isEqualTo(TimeBounds.parse("1998-01-05"));
    assertThat(timing("l4").when()).isEqualTo(TimeBounds.parse("1998-01-06"));
    assertThat(relation("l5").relations()).containsExactly(IntervalRelation.MEETS);
  }

  @Test
  void tlinks_mapToAllenSetsAndTimings() {
    assertThat(relation("l1")).isEqualTo(Claim.Relation.of(event("ei1"), java.util.Set.of(IntervalRelation.BEFORE), event("ei2")));
    // t0 AFTER ei1: the event is over before the creation day begins
    Claim.Timing left = timing("l2");
    assertThat(left.event()).isEqualTo(event("ei1"));
    assertThat(left.when().latestEnd()).isEqualTo(LocalDate.of(1998, 1, 8).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    assertThat(left.when().label()).isEqualTo("before 1998-01-08");
    // last week, 1998-W01: 29 December 1997 to 4 January 1998
    assertThat(timing("l6").when()).isEqualTo(TimeBounds.between(LocalDate.of(1997, 12, 29), LocalDate.of(1998, 1, 4)));
    // t6 (the first quarter) INCLUDES ei12: the teaching lies within the quarter
    assertThat(timing("l9").when()).isEqualTo(TimeBounds.between(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 3, 31)));
    assertThat(relation("l8").relations()).containsExactly(IntervalRelation.EQUALS);
    assertThat(relation("l10")).isEqualTo(Claim.Relation.of(event("t2"), java.util.Set.of(IntervalRelation.BEFORE), event("t3")));
    assertThat(story.event(event("t5")).orElseThrow().when()).contains(TimeBounds.notBefore(TimeBounds.parse("1998-01-08")));
    assertThat(story.event(event("t1")).orElseThrow().when()).isEmpty();
  }

  @Test
  void evidentialLinks_attributeTheReportedEventToTheReportingOne() {
    Assertion said = assertion(story, DOC + ".l12");
    assertThat(said.claim()).isEqualTo(new Claim.Occurred(event("ei6")));
    assertThat(said.source()).isEqualTo(SourceId.of(DOC + ".ei5"));
    assertThat(said.via()).containsExactly(SourceId.of(DOC));
    assertThat(said.factuality()).isEqualTo(Factuality.CERTAIN);
    assertThat(story.source(SourceId.of(DOC + ".ei5")).orElseThrow().kind()).isEqualTo(SourceKind.STATEMENT);
    assertThat(story.assertion(AssertionId.of(DOC + ".ei6"))).isEmpty();
    // Mary denied that John taught
    Assertion denied = assertion(story, DOC + ".l13");
    assertThat(denied.source()).isEqualTo(SourceId.of(DOC + ".ei7"));
    assertThat(denied.factuality().polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void polarityModalityAndSubordination_setFactuality() {
    assertThat(assertion(story, DOC + ".ei9").factuality()).isEqualTo(Factuality.DENIED); // did not teach
    assertThat(assertion(story, DOC + ".ei12").factuality()).isEqualTo(Factuality.POSSIBLE); // may teach
    assertThat(assertion(story, DOC + ".ei11").factuality()).isEqualTo(Factuality.POSSIBLE); // wants to teach
    assertThat(assertion(story, DOC + ".ei14").factuality()).isEqualTo(Factuality.DENIED); // prevented the fire
    assertThat(assertion(story, DOC + ".ei1").factuality()).isEqualTo(Factuality.CERTAIN);
  }

  @Test
  void certainty_fromModality() {
    assertThat(TimemlReader.certainty("")).isEqualTo(Certainty.CERTAIN);
    assertThat(TimemlReader.certainty("would")).isEqualTo(Certainty.PROBABLE);
    assertThat(TimemlReader.certainty("Could")).isEqualTo(Certainty.POSSIBLE);
    assertThat(TimemlReader.certainty("to")).isEqualTo(Certainty.UNDERSPECIFIED);
  }

  @Test
  void timeline_ofTheExamplesHasNoConflict() {
    assertThat(Timeline.build(story).conflicts()).isEmpty();
  }

  @Test
  void roundTrip_storyJsonReadsBackEqual() {
    assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
  }

  private static Claim.Timing timing(String link) {
    return (Claim.Timing) assertion(story, DOC + "." + link).claim();
  }

  private static Claim.Relation relation(String link) {
    return (Claim.Relation) assertion(story, DOC + "." + link).claim();
  }

  // error paths

  private Path edited(String from, String to) throws Exception {
    return Fixtures.edited(Fixtures.TIMEML, dir, from, to);
  }

  private static int line(Path file, String needle) throws Exception {
    return Fixtures.lineOf(Files.readString(file), needle);
  }

  @Test
  void unknownRelationType_stopsWithFileLineAndAttribute() throws Exception {
    Path file = edited("relType=\"IDENTITY\"", "relType=\"CONCURRENT\"");

    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + line(file, "CONCURRENT") + ": column TLINK/@relType: TLINK l8: unknown relation type"
            + " \"CONCURRENT\": expected one of BEFORE, AFTER, IBEFORE, IAFTER, INCLUDES, IS_INCLUDED, DURING,"
            + " DURING_INV, SIMULTANEOUS, IDENTITY, BEGINS, ENDS, BEGUN_BY, ENDED_BY");
  }

  @Test
  void measure_isNoTimemlType() throws Exception {
    Path file = edited("relType=\"IDENTITY\"", "relType=\"MEASURE\"");

    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("TLINK l8: unknown relation type \"MEASURE\"");
  }

  @Test
  void unknownRelationType_skippedLeavesTheRest() throws Exception {
    Path file = edited("relType=\"IDENTITY\"", "relType=\"CONCURRENT\"");
    List<ImportProblem> problems = new ArrayList<>();

    Story read = TimemlReader.read(List.of(file), BadRows.skip(problems::add));

    assertThat(problems).extracting(ImportProblem::line, ImportProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple((long) line(file, "CONCURRENT"), "TLINK/@relType"));
    assertThat(read.assertion(AssertionId.of(DOC + ".l8"))).isEmpty();
    assertThat(read.assertions()).hasSize(story.assertions().size() - 1);
  }

  @Test
  void eventWithoutMakeinstance_isReportedAtTheEvent() throws Exception {
    Path file = edited("<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\" pos=\"NOUN\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\"/>\n", "");

    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + line(file, "eid=\"e2\"") + ": column EVENT/@eid: EVENT e2 (\"attack\") has no"
            + " MAKEINSTANCE: links refer to event instances, so add <MAKEINSTANCE eiid=\"...\" eventID=\"e2\"/>");
  }

  @Test
  void eventWithoutMakeinstance_skippedThenItsLinksAreReportedToo() throws Exception {
    Path file = edited("<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\" pos=\"NOUN\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\"/>\n", "");
    List<ImportProblem> problems = new ArrayList<>();

    Story read = TimemlReader.read(List.of(file), BadRows.skip(problems::add));

    assertThat(problems).extracting(ImportProblem::column).containsExactly("EVENT/@eid", "TLINK/@relatedToEventInstance");
    assertThat(problems.get(1).message()).isEqualTo("TLINK l1 refers to unknown id \"ei2\": no event or time expression"
        + " of spec-examples has it");
    assertThat(read.event(event("ei2"))).isEmpty();
    assertThat(read.events()).hasSize(story.events().size() - 1);
  }

  @Test
  void linkToUnknownId_stopsWithTheAttribute() throws Exception {
    Path file = edited("relatedToEventInstance=\"ei2\"", "relatedToEventInstance=\"ei99\"");

    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + line(file, "ei99") + ": column TLINK/@relatedToEventInstance: TLINK l1 refers to"
            + " unknown id \"ei99\": no event or time expression of spec-examples has it");
  }

  @Test
  void badTimexValue_isReportedAndItsLinksWithIt() throws Exception {
    Path file = edited("value=\"1998-01-05\"", "value=\"1998-02-30\"");
    List<ImportProblem> problems = new ArrayList<>();

    Story read = TimemlReader.read(List.of(file), BadRows.skip(problems::add));

    assertThat(problems).extracting(ImportProblem::column)
        .containsExactly("TIMEX3/@value", "TLINK/@relatedToTime", "TLINK/@timeID");
    assertThat(problems.get(0).line()).isEqualTo(line(file, "1998-02-30"));
    assertThat(problems.get(0).message()).startsWith("TIMEX3 t2: ").contains("1998-02-30");
    assertThat(problems.get(1).message()).isEqualTo("TLINK l3 refers to t2, which was skipped as bad (line "
        + line(file, "1998-02-30") + ")");
    assertThat(read.event(event("t2"))).isEmpty();
  }

  @Test
  void malformedXml_isOneProblemAndTheFileIsLeftOut() throws Exception {
    Path file = edited("</TEXT>", "</TEXTE>");
    List<ImportProblem> problems = new ArrayList<>();

    Story read = TimemlReader.read(List.of(file, Fixtures.MEANTIME.resolve("../timeml")), BadRows.skip(problems::add));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).file()).isEqualTo(file);
    assertThat(problems.get(0).line()).isEqualTo(line(file, "</TEXTE>"));
    assertThat(problems.get(0).message()).isEqualTo("not well-formed XML: The end-tag for element type \"TEXT\" must end with a '>' delimiter.");
    assertThat(read.events()).isEqualTo(story.events());
    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + ":" + line(file, "</TEXTE>") + ": not well-formed XML: ");
  }

  @Test
  void externalEntity_isNeverResolved() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String doctype = "<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<TimeML>";
    Path file = Fixtures.edited(Fixtures.TIMEML, dir, "<TimeML>", doctype);
    Files.writeString(file, Files.readString(file).replace(">attack<", ">&xxe;<"));
    List<ImportProblem> problems = new ArrayList<>();

    Story read = TimemlReader.read(List.of(file), BadRows.skip(problems::add));

    assertThat(StoryJson.toJson(read)).doesNotContain("TOP-SECRET");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("not well-formed XML: ").contains("xxe");
    assertThat(problems.get(0).line()).isEqualTo(line(file, "&xxe;"));
  }

  @Test
  void duplicateId_isReportedWithTheLineOfTheFirst() throws Exception {
    Path file = edited("tid=\"t3\"", "tid=\"ei1\"");
    // the TIMEX3 comes first in the file, so the MAKEINSTANCE is the duplicate
    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + line(file, "eiid=\"ei1\"") + ": column MAKEINSTANCE/@eiid: id \"ei1\" is already used"
            + " at line " + line(file, "tid=\"ei1\""));
  }

  @Test
  void externalDtd_isNeitherFetchedNorNeeded() throws Exception {
    // were the DTD read, its garbage would make the file fail; a TimeBank file naming one still reads
    Path dtd = Files.writeString(dir.resolve("TimeML.dtd"), "this is not a DTD <<<");
    Path file = Fixtures.edited(Fixtures.TIMEML, dir, "<TimeML>",
        "<!DOCTYPE TimeML SYSTEM \"" + dtd.toUri() + "\">\n<TimeML>");

    assertThat(TimemlReader.read(List.of(file))).isEqualTo(story);
  }

  @Test
  void linkOfAnEventToItself_isABadElementNotAnInvalidStory() throws Exception {
    Path file = edited("eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"", "eventInstanceID=\"ei1\" relatedToEventInstance=\"ei1\"");

    assertThatThrownBy(() -> TimemlReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + line(file, "lid=\"l1\"") + ": column TLINK/@relatedToEventInstance: TLINK l1 relates"
            + " ei1 to itself");
  }
}
