package io.github.eventline.imports;

import static io.github.eventline.imports.Fixtures.assertion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The eight A380 articles of MEANTIME, read whole, counted apart with XPath, and reasoned on. */
class MeantimeReaderTest {

  private static final String DELIVERED = "82548_First_Airbus_A380_delivered";
  private static final String ENGINE = "25501_Engine_troubles_delay_Airbus_superjumbo_tour";
  private static final String FIRST_FLIGHT = "8951_World_largest_passenger_airliner_makes_first_flight";

  private static Story story;
  private static Counts expected;

  @TempDir
  Path dir;

  @BeforeAll
  static void read() throws Exception {
    story = MeantimeReader.read(List.of(Fixtures.MEANTIME));
    expected = Counts.of(Fixtures.meantimeFiles());
  }

  /** What the annotation holds, counted over the DOM of each file, apart from the reader. */
  record Counts(int mentions, int times, int relations, int timings, int quantities, int sameAs, int occurred,
      int tlinks) {

    static Counts of(List<Path> files) throws Exception {
      int mentions = 0;
      int times = 0;
      int relations = 0;
      int timings = 0;
      int quantities = 0;
      int occurred = 0;
      int tlinks = 0;
      Map<String, Integer> groups = new HashMap<>();
      for (Path file : files) {
        Document doc = Fixtures.dom(file);
        String name = file.getFileName().toString().replace(".xml", "");
        int docMentions = Fixtures.count(doc, "count(/Document/Markables/EVENT_MENTION)");
        mentions += docMentions;
        times += Fixtures.count(doc, "count(/Document/Markables/TIMEX3)");
        NodeList links = Fixtures.select(doc, "/Document/Relations/TLINK");
        tlinks += links.getLength();
        for (int i = 0; i < links.getLength(); i++) {
          Element link = (Element) links.item(i);
          String from = kind(doc, ((Element) link.getElementsByTagName("source").item(0)).getAttribute("m_id"));
          String to = kind(doc, ((Element) link.getElementsByTagName("target").item(0)).getAttribute("m_id"));
          if (link.getAttribute("reltype").equals("MEASURE")) {
            quantities++;
          } else if (from.equals("EVENT") == to.equals("EVENT") || from.equals("DURATION") || to.equals("DURATION")) {
            relations++;
          } else {
            timings++;
          }
        }
        Set<String> reported = new HashSet<>();
        int reports = 0;
        NodeList slinks = Fixtures.select(doc, "/Document/Relations/SLINK");
        for (int i = 0; i < slinks.getLength(); i++) {
          Element slink = (Element) slinks.item(i);
          String source = ((Element) slink.getElementsByTagName("source").item(0)).getAttribute("m_id");
          if (Fixtures.count(doc, "count(/Document/Markables/EVENT[@class='SPEECH_COGNITIVE' and @m_id="
              + "/Document/Relations/REFERS_TO[source/@m_id='" + source + "']/target/@m_id])") > 0) {
            reports++;
            reported.add(((Element) slink.getElementsByTagName("target").item(0)).getAttribute("m_id"));
          }
        }
        occurred += docMentions - reported.size() + reports;
        NodeList refers = Fixtures.select(doc, "/Document/Relations/REFERS_TO");
        for (int i = 0; i < refers.getLength(); i++) {
          Element r = (Element) refers.item(i);
          String target = ((Element) r.getElementsByTagName("target").item(0)).getAttribute("m_id");
          NodeList instance = Fixtures.select(doc, "/Document/Markables/EVENT[@m_id='" + target + "']");
          if (instance.getLength() == 0) {
            continue;
          }
          String id = ((Element) instance.item(0)).getAttribute("instance_id");
          String key = id.isEmpty() ? name + "#" + target : id;
          NodeList sources = r.getElementsByTagName("source");
          for (int j = 0; j < sources.getLength(); j++) {
            String m = ((Element) sources.item(j)).getAttribute("m_id");
            if (Fixtures.count(doc, "count(/Document/Markables/EVENT_MENTION[@m_id='" + m + "'])") > 0) {
              groups.merge(key, 1, Integer::sum);
            }
          }
        }
      }
      int sameAs = groups.values().stream().mapToInt(n -> n - 1).sum();
      return new Counts(mentions, times, relations, timings, quantities, sameAs, occurred, tlinks);
    }

    private static String kind(Document doc, String id) throws Exception {
      NodeList timex = Fixtures.select(doc, "/Document/Markables/TIMEX3[@m_id='" + id + "']");
      if (timex.getLength() > 0) {
        return ((Element) timex.item(0)).getAttribute("type").equals("DURATION") ? "DURATION" : "TIME";
      }
      return "EVENT";
    }
  }

  private static long claims(Story s, Class<? extends Claim> type) {
    return s.assertions().stream().filter(a -> type.isInstance(a.claim())).count();
  }

  @Test
  void read_holdsEveryMentionTimeAndLinkOfTheAnnotation() {
    // the corpus's own description of these files: 172 event mentions, 26 TIMEX3, 105 TLINKs
    assertThat(expected.mentions()).isEqualTo(172);
    assertThat(expected.times()).isEqualTo(26);
    assertThat(expected.tlinks()).isEqualTo(105);

    assertThat(story.events()).hasSize(expected.mentions() + expected.times());
    assertThat(story.events().stream().filter(e -> e.type().equals(DocumentStory.TIME_EXPRESSION)))
        .hasSize(expected.times());
    assertThat(claims(story, Claim.Relation.class)).isEqualTo(expected.relations());
    assertThat(claims(story, Claim.Timing.class)).isEqualTo(expected.timings());
    assertThat(claims(story, Claim.Quantity.class)).isEqualTo(expected.quantities());
    assertThat(expected.relations() + expected.timings() + expected.quantities()).isEqualTo(expected.tlinks());
    assertThat(claims(story, Claim.SameAs.class)).isEqualTo(expected.sameAs()).isPositive();
    assertThat(claims(story, Claim.Occurred.class)).isEqualTo(expected.occurred());
    assertThat(story.sources().stream().filter(s -> s.id().value().indexOf('.') < 0
        && !s.id().value().equals(MeantimeReader.ANNOTATION))).hasSize(8);
  }

  @Test
  void cleanPart_hasNoConflict() {
    Timeline timeline = Timeline.build(clean(story));

    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void fullAnnotation_hasTheConflictOfTheTimeToTimeLinkThatContradictsItsDates() {
    Timeline timeline = Timeline.build(story);

    assertThat(timeline.conflicts()).isNotEmpty();
    // "April 27, 2005" annotated BEFORE "January 2005"
    assertThat(timeline.conflicts()).map(TemporalConflict::toString)
        .anySatisfy(c -> assertThat(c).contains("assertion " + FIRST_FLIGHT + ".r244774")
            .contains("\"2005-04-27\"").contains("\"2005-01\""));
    Claim.Relation link = (Claim.Relation) assertion(story, FIRST_FLIGHT + ".r244774").claim();
    assertThat(link.relations()).containsExactly(IntervalRelation.BEFORE);
    assertThat(story.event(link.event()).orElseThrow().when()).contains(TimeBounds.parse("2005-04-27"));
    assertThat(story.event(link.other()).orElseThrow().when()).contains(TimeBounds.parse("2005-01"));
  }

  /** The story without its time-to-time links and its same-as claims. */
  private static Story clean(Story s) {
    Set<EventId> times = s.events().stream().filter(e -> e.type().equals(DocumentStory.TIME_EXPRESSION))
        .map(e -> e.id()).collect(Collectors.toSet());
    List<Assertion> kept = s.assertions().stream()
        .filter(a -> !(a.claim() instanceof Claim.SameAs))
        .filter(a -> !(a.claim() instanceof Claim.Relation r && times.contains(r.event()) && times.contains(r.other())))
        .collect(Collectors.toList());
    assertThat(kept).hasSizeLessThan(s.assertions().size());
    return Story.builder().sources(s.sources()).events(s.events()).assertions(kept).build();
  }

  @Test
  void mention_isAnEventWithItsWordsAndTheDocumentsFactuality() {
    assertThat(story.event(EventId.of(ENGINE + ".28")).orElseThrow().summary()).isEqualTo("delayed");
    Assertion departure = assertion(story, ENGINE + ".26");
    assertThat(departure.claim()).isEqualTo(new Claim.Occurred(EventId.of(ENGINE + ".26")));
    assertThat(departure.source()).isEqualTo(SourceId.of(ENGINE));
    assertThat(departure.factuality().polarity()).isEqualTo(Polarity.NEGATIVE);
    // "wear", PROBABLE, reported by "expected" (SLINK r245071)
    assertThat(assertion(story, ENGINE + ".r245071").factuality().certainty()).isEqualTo(Certainty.PROBABLE);
    assertThat(story.source(SourceId.of(ENGINE)).orElseThrow().published()).contains(TimeBounds.parse("2005-11-05"));
  }

  @Test
  void eventToTimeLink_isATimingOfTheEvent() {
    // "delayed" BEFORE the creation time, November 05, 2005
    Claim.Timing timing = (Claim.Timing) assertion(story, ENGINE + ".r245076").claim();
    assertThat(timing.event()).isEqualTo(EventId.of(ENGINE + ".28"));
    assertThat(timing.when().label()).isEqualTo("before 2005-11-05");
    assertThat(timing.when().latestEnd()).isEqualTo(TimeBounds.parse("2005-11-05").earliestStart());
    assertThat(timing.when().isUnboundedStart()).isTrue();
  }

  @Test
  void measure_isTheDurationOfTheEvent() {
    Claim.Quantity q = (Claim.Quantity) assertion(story, "82597_First_A380_enters_commercial_service.r245823").claim();
    assertThat(q.event()).isEqualTo(EventId.of("82597_First_A380_enters_commercial_service.34"));
    assertThat(q.measure()).isEqualTo("duration");
    assertThat(q.low()).isEqualTo(12);
    assertThat(q.unit()).contains("h");
  }

  @Test
  void speechEvent_isTheSourceOfWhatItReports() {
    // "Citing" (a speech event) SLINK "measure"
    Assertion cited = assertion(story, ENGINE + ".r245068");
    assertThat(cited.claim()).isEqualTo(new Claim.Occurred(EventId.of(ENGINE + ".33")));
    assertThat(cited.source()).isEqualTo(SourceId.of(ENGINE + ".32"));
    assertThat(cited.via()).containsExactly(SourceId.of(ENGINE));
    assertThat(story.assertion(io.github.eventline.core.AssertionId.of(ENGINE + ".33"))).isEmpty();
  }

  @Test
  void eventInstanceInThreeArticles_isOneEventBySameAs() throws Exception {
    // "delivery of A380", instance OTH39740769611526334, is mentioned in three articles
    Set<String> documents = new HashSet<>();
    List<String> mentions = new ArrayList<>();
    for (Path file : Fixtures.meantimeFiles()) {
      Document doc = Fixtures.dom(file);
      NodeList m = Fixtures.select(doc, "/Document/Relations/REFERS_TO[target/@m_id="
          + "/Document/Markables/EVENT[@instance_id='OTH39740769611526334']/@m_id]/source/@m_id");
      for (int i = 0; i < m.getLength(); i++) {
        String name = file.getFileName().toString().replace(".xml", "");
        documents.add(name);
        mentions.add(name + "." + m.item(i).getNodeValue());
      }
    }
    assertThat(documents).hasSize(3);

    List<Claim.SameAs> sameAs = story.assertions().stream().map(Assertion::claim)
        .filter(c -> c instanceof Claim.SameAs s && mentions.contains(s.event().value()))
        .map(Claim.SameAs.class::cast).toList();

    assertThat(sameAs).hasSize(mentions.size() - 1)
        .allSatisfy(s -> assertThat(s.other().value()).isEqualTo(mentions.get(0)));
  }

  @Test
  void roundTrip_storyJsonReadsBackEqual() {
    String json = StoryJson.toJson(story);

    assertThat(StoryJson.fromJson(json)).isEqualTo(story);
  }

  @Test
  void unknownRelationType_stopsNamingFileLineAndAttribute() throws Exception {
    Path file = Fixtures.edited(Fixtures.MEANTIME.resolve(DELIVERED + ".xml"), dir,
        "r_id=\"245756\" reltype=\"SIMULTANEOUS\"", "r_id=\"245756\" reltype=\"CONCURRENT\"");
    int line = Fixtures.lineOf(Files.readString(file), "reltype=\"CONCURRENT\"");

    assertThatThrownBy(() -> MeantimeReader.read(List.of(file)))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + line + ": column TLINK/@reltype: TLINK r245756: unknown relation type \"CONCURRENT\":"
            + " expected one of BEFORE, AFTER, IBEFORE, IAFTER, INCLUDES, IS_INCLUDED, DURING, DURING_INV, SIMULTANEOUS,"
            + " IDENTITY, BEGINS, ENDS, BEGUN_BY, ENDED_BY, MEASURE");
  }

  @Test
  void linkToUnknownId_skippedIsReportedAndTheRestKept() throws Exception {
    Path original = Fixtures.MEANTIME.resolve(DELIVERED + ".xml");
    String text = Files.readString(original);
    String link = text.substring(text.indexOf("<TLINK comment=\"\" r_id=\"245756\""));
    String edited = link.replaceFirst("<target m_id=\"32\"/>", "<target m_id=\"999\"/>");
    Path file = Files.writeString(dir.resolve(DELIVERED + ".xml"), text.replace(link, edited));
    int line = Fixtures.lineOf(Files.readString(file), "r_id=\"245756\"");
    List<ImportProblem> problems = new ArrayList<>();

    Story read = MeantimeReader.read(List.of(file), BadRows.skip(problems::add));

    assertThat(problems).containsExactly(new ImportProblem(file, line, "TLINK/target/@m_id",
        "TLINK r245756 refers to unknown id \"999\": no event or time expression of " + DELIVERED + " has it"));
    assertThat(read.assertion(io.github.eventline.core.AssertionId.of(DELIVERED + ".r245756"))).isEmpty();
    Story whole = MeantimeReader.read(List.of(original));
    assertThat(read.assertions()).hasSize(whole.assertions().size() - 1);
    assertThat(read.events()).isEqualTo(whole.events());
  }

  @Test
  void externalEntity_isNeverResolved() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    Path file = Fixtures.edited(Fixtures.MEANTIME.resolve(DELIVERED + ".xml"), dir, "<?xml version=\"1.0\" ?>",
        "<?xml version=\"1.0\" ?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
    Files.writeString(file, Files.readString(file).replaceFirst(">First<", ">&xxe;<"));
    List<ImportProblem> problems = new ArrayList<>();

    Story read = MeantimeReader.read(List.of(file), BadRows.skip(problems::add));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(Fixtures.lineOf(Files.readString(file), "&xxe;"));
      assertThat(p.message()).startsWith("not well-formed XML: ").contains("xxe");
    });
    assertThat(read.events()).isEmpty();
    assertThat(StoryJson.toJson(read)).doesNotContain("TOP-SECRET");
  }
}
