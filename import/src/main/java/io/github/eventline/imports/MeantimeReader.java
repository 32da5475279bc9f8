package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.Story;
import io.github.eventline.imports.AnnotatedDocument.End;
import io.github.eventline.imports.AnnotatedDocument.Link;
import io.github.eventline.imports.AnnotatedDocument.Mention;
import io.github.eventline.imports.AnnotatedDocument.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads MEANTIME documents (the NewsReader MEANTIME corpus, CAT XML) into a story, as
 * {@link TimemlReader} reads TimeML, and joins the mentions of one event across documents.
 *
 * <p>Each document is a source {@code DOC} (the file name without its extension), published at
 * its creation time. Each {@code EVENT_MENTION} is an event {@code DOC.m_id} and the document's
 * assertion that it occurred, with its {@code polarity} and {@code certainty}; each TIMEX3 an
 * event {@code DOC.m_id} of type {@code time-expression} dated by its value; each TLINK a
 * relation or timing claim {@code DOC.r_id} with TimeML's types ({@code MEASURE}, MEANTIME's own,
 * a quantity claim {@code duration} of the event); each SLINK from a speech or cognitive event the
 * attribution of its target to a statement source. Mentions that refer ({@code REFERS_TO}) to one
 * event instance, in one document or across documents (the same {@code instance_id}), are
 * declared the same event: a {@code same-as} claim {@code DOC.m_id.same-as} of each mention to the
 * first one read, by the source {@value #ANNOTATION} (the corpus's annotators).
 *
 * <pre>{@code
 * Story story = MeantimeReader.read(List.of(Path.of("meantime/xml")), BadRows.stop());
 * }</pre>
 *
 * <p>Each file is read as a stream (StAX) with DTDs and external entities refused; bad elements
 * are reported as {@link TimemlReader} reports them. Not instantiable; thread-safe.
 */
public final class MeantimeReader {

  /** The id of the source of the same-as claims: the corpus's coreference annotation. */
  public static final String ANNOTATION = "meantime-annotation";

  private MeantimeReader() {}

  /**
   * Reads MEANTIME files, stopping at the first bad element.
   *
   * @param files  the files, or directories whose {@code .xml} files are read in name order, not null
   * @return the story, not null
   * @throws ImportException naming the file, line and element of the first bad element
   * @throws IOException if a file cannot be read
   */
  public static Story read(List<Path> files) throws IOException {
    return read(files, BadRows.stop());
  }

  /**
   * Reads MEANTIME files.
   *
   * @param files  the files, or directories whose {@code .xml} files are read in name order, not null
   * @param badRows  what to do with a bad element: stop, or report it and go on, not null
   * @return the story of every good element, not null
   * @throws ImportException if {@code badRows} stops, naming the first bad element
   * @throws IOException if a file cannot be read
   * @throws io.github.eventline.core.StoryValidationException if the documents together do not make
   *     a valid story
   */
  public static Story read(List<Path> files, BadRows badRows) throws IOException {
    requireNonNull(files, "files");
    requireNonNull(badRows, "badRows");
    StoryParts parts = new StoryParts();
    Map<String, List<EventId>> instances = new LinkedHashMap<>();
    for (Path file : XmlFiles.expand(files, ".xml")) {
      Document document = new Document(file, badRows);
      if (document.read()) {
        int before = parts.events.size();
        DocumentStory.add(document.doc, badRows, true, document.skipped, parts);
        if (parts.events.size() > before) {
          document.instances(instances);
        }
      }
    }
    sameAs(instances, parts);
    return parts.build();
  }

  private static void sameAs(Map<String, List<EventId>> instances, StoryParts parts) {
    for (List<EventId> mentions : instances.values()) {
      for (EventId mention : mentions.subList(1, mentions.size())) {
        parts.assertions.add(Assertion.builder(AssertionId.of(mention.value() + ".same-as"), SourceId.of(ANNOTATION),
            new Claim.SameAs(mention, mentions.get(0))).build());
      }
    }
    if (parts.assertions.stream().anyMatch(a -> a.claim() instanceof Claim.SameAs)) {
      parts.sources.add(Source.builder(ANNOTATION, "MEANTIME event coreference annotation")
          .kind(SourceKind.EXPERT).build());
    }
  }

  /** The reading of one file. */
  private static final class Document {
    private final Path file;
    private final BadRows badRows;
    private final AnnotatedDocument doc;
    private final Map<String, String> tokens = new HashMap<>();
    /** EVENT_MENTION m_id to its attributes and line, in file order. */
    private final Map<String, MentionElement> mentions = new LinkedHashMap<>();
    /** EVENT (instance) m_id to its class and cross-document instance id. */
    private final Map<String, String[]> eventInstances = new HashMap<>();
    /** Mention m_id to the EVENT m_id it refers to. */
    private final Map<String, String> refersTo = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new HashMap<>();

    private record MentionElement(long line, Map<String, String> attributes, String text) {}

    Document(Path file, BadRows badRows) {
      this.file = file;
      this.badRows = badRows;
      this.doc = new AnnotatedDocument(file, XmlFiles.documentName(file));
    }

    /** Reads the file; returns false if it is not well-formed (reported). */
    boolean read() throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader r = XmlFiles.open(in, file);
        try {
          while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
              element(r);
            }
          }
        } finally {
          r.close();
        }
      } catch (XMLStreamException e) {
        badRows.handle(XmlFiles.malformed(file, e));
        return false;
      }
      for (Map.Entry<String, MentionElement> e : mentions.entrySet()) {
        mention(e.getKey(), e.getValue());
      }
      return true;
    }

    private void element(XMLStreamReader r) throws XMLStreamException, ImportException {
      long line = XmlFiles.line(r);
      switch (r.getLocalName()) {
        case "Document":
          document(r);
          break;
        case "token":
          tokens.put(attribute(r, "t_id"), XmlFiles.text(r));
          break;
        case "EVENT_MENTION":
          if (id(attribute(r, "m_id"), line, "EVENT_MENTION/@m_id")) {
            Map<String, String> attributes = attributes(r);
            mentions.put(attributes.get("m_id"), new MentionElement(line, attributes, anchoredText(r)));
          }
          break;
        case "TIMEX3":
          timex(r, line);
          break;
        case "EVENT":
          eventInstances.put(attribute(r, "m_id"), new String[] {attribute(r, "class"), attribute(r, "instance_id")});
          break;
        case "TLINK":
        case "SLINK":
          link(r, line);
          break;
        case "REFERS_TO":
          refersTo(r);
          break;
        default:
          break;
      }
    }

    private void document(XMLStreamReader r) {
      String url = attribute(r, "url");
      if (!url.isEmpty()) {
        doc.url = Optional.of(url);
        String last = url.substring(url.lastIndexOf('/') + 1).replace('_', ' ').strip();
        if (!last.isEmpty()) {
          doc.title = Optional.of(last);
        }
      }
    }

    private void timex(XMLStreamReader r, long line) throws XMLStreamException, ImportException {
      String id = attribute(r, "m_id");
      String type = attribute(r, "type");
      String value = attribute(r, "value");
      boolean creation = "CREATION_TIME".equals(attribute(r, "functionInDocument"));
      String text = anchoredText(r);
      if (id(id, line, "TIMEX3/@m_id")) {
        doc.times.put(id, new TimeExpression(id, line, text, type, value, creation));
      }
    }

    private void link(XMLStreamReader r, long line) throws XMLStreamException, ImportException {
      String element = r.getLocalName();
      String id = "r" + attribute(r, "r_id");
      String relType = attribute(r, "reltype");
      String from = "";
      String to = "";
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (r.getLocalName().equals("source")) {
            from = attribute(r, "m_id");
          } else if (r.getLocalName().equals("target")) {
            to = attribute(r, "m_id");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      if (id(id, line, element + "/@r_id")) {
        doc.links.add(new Link(id, line, element, relType, element + "/@reltype",
            new End(from, element + "/source/@m_id"), new End(to, element + "/target/@m_id")));
      }
    }

    private void refersTo(XMLStreamReader r) throws XMLStreamException {
      List<String> sources = new ArrayList<>();
      String target = "";
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (r.getLocalName().equals("source")) {
            sources.add(attribute(r, "m_id"));
          } else if (r.getLocalName().equals("target")) {
            target = attribute(r, "m_id");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      for (String source : sources) {
        refersTo.putIfAbsent(source, target);
      }
    }

    /** Turns an EVENT_MENTION into a mention, once the instances it refers to are known. */
    private void mention(String id, MentionElement m) throws ImportException {
      Map<String, String> a = m.attributes();
      Optional<Polarity> polarity = polarity(a.getOrDefault("polarity", ""));
      Optional<Certainty> certainty = certainty(a.getOrDefault("certainty", ""));
      if (polarity.isEmpty() || certainty.isEmpty()) {
        String attribute = polarity.isEmpty() ? "polarity" : "certainty";
        badRows.handle(new ImportProblem(file, m.line(), "EVENT_MENTION/@" + attribute, "EVENT_MENTION " + id
            + ": unknown " + attribute + " \"" + a.get(attribute) + "\": expected "
            + (polarity.isEmpty() ? "POS, NEG or UNDERSPECIFIED" : "CERTAIN, PROBABLE, POSSIBLE or UNDERSPECIFIED")));
        skipped.put(id, m.line());
        return;
      }
      String[] instance = eventInstances.get(refersTo.get(id));
      String eventClass = instance == null || instance[0].isEmpty() ? "event"
          : instance[0].toLowerCase(Locale.ROOT).replace('_', '-');
      EventType type;
      try {
        type = EventType.of(eventClass);
      } catch (IllegalArgumentException e) {
        badRows.handle(new ImportProblem(file, m.line(), "EVENT/@class", "EVENT_MENTION " + id + " refers to an EVENT"
            + " of class \"" + instance[0] + "\": " + e.getMessage()));
        skipped.put(id, m.line());
        return;
      }
      String text = !m.text().isEmpty() ? m.text() : a.getOrDefault("pred", "").isBlank() ? "event " + id : a.get("pred");
      doc.events.put(id, new Mention(id, m.line(), text, type, Factuality.of(polarity.get(), certainty.get())));
      markReports(id, eventClass);
    }

    /** Gives the SLINKs from a speech or cognitive mention the type of an evidential link. */
    private void markReports(String id, String eventClass) {
      if (!eventClass.equals("speech-cognitive")) {
        return;
      }
      for (int i = 0; i < doc.links.size(); i++) {
        Link link = doc.links.get(i);
        if (link.element().equals("SLINK") && link.from().id().equals(id) && link.relType().isEmpty()) {
          doc.links.set(i, new Link(link.id(), link.line(), link.element(), "EVIDENTIAL", link.relTypeAttribute(),
              link.from(), link.to()));
        }
      }
    }

    /** Adds the document's mentions to the groups of mentions of one event instance. */
    void instances(Map<String, List<EventId>> groups) {
      for (String mention : doc.events.keySet()) {
        String target = refersTo.get(mention);
        String[] instance = target == null ? null : eventInstances.get(target);
        if (instance == null) {
          continue;
        }
        String key = instance[1].isEmpty() ? doc.name + "#" + target : instance[1];
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(EventId.of(doc.name + "." + mention));
      }
    }

    private String anchoredText(XMLStreamReader r) throws XMLStreamException {
      StringBuilder sb = new StringBuilder();
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (r.getLocalName().equals("token_anchor")) {
            String token = tokens.getOrDefault(attribute(r, "t_id"), "");
            sb.append(sb.length() == 0 || token.isEmpty() ? "" : " ").append(token);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return sb.toString().strip();
    }

    private static Optional<Polarity> polarity(String value) {
      switch (value) {
        case "":
        case "POS":
          return Optional.of(Polarity.POSITIVE);
        case "NEG":
          return Optional.of(Polarity.NEGATIVE);
        case "UNDERSPECIFIED":
          return Optional.of(Polarity.UNKNOWN);
        default:
          return Optional.empty();
      }
    }

    private static Optional<Certainty> certainty(String value) {
      switch (value) {
        case "":
        case "UNDERSPECIFIED":
          return Optional.of(Certainty.UNDERSPECIFIED);
        case "CERTAIN":
          return Optional.of(Certainty.CERTAIN);
        case "PROBABLE":
          return Optional.of(Certainty.PROBABLE);
        case "POSSIBLE":
          return Optional.of(Certainty.POSSIBLE);
        default:
          return Optional.empty();
      }
    }

    private boolean id(String id, long line, String attribute) throws ImportException {
      Optional<ImportProblem> problem = doc.claim(id, line, attribute);
      if (problem.isPresent()) {
        badRows.handle(problem.get());
      }
      return problem.isEmpty();
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
      Map<String, String> attributes = new HashMap<>();
      for (int i = 0; i < r.getAttributeCount(); i++) {
        attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i).strip());
      }
      return attributes;
    }

    private static String attribute(XMLStreamReader r, String name) {
      String value = r.getAttributeValue(null, name);
      return value == null ? "" : value.strip();
    }
  }
}
