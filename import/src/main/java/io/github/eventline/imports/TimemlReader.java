package io.github.eventline.imports;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Certainty;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Story;
import io.github.eventline.imports.AnnotatedDocument.End;
import io.github.eventline.imports.AnnotatedDocument.Link;
import io.github.eventline.imports.AnnotatedDocument.Mention;
import io.github.eventline.imports.AnnotatedDocument.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reads TimeML documents (TimeBank 1.2, TempEval-3 {@code .tml} files, TimeML 1.2.1) into a story.
 *
 * <p>Each document is a source named by its file name without the extension ({@code DOC}),
 * published at its creation time (the TIMEX3 with {@code functionInDocument="CREATION_TIME"}).
 * Each event instance ({@code MAKEINSTANCE}) is an event {@code DOC.eiN} and the document's
 * assertion that it occurred, with its {@code polarity} and {@code modality} as polarity and
 * certainty; each TIMEX3 an event {@code DOC.tN} of type {@code time-expression} dated by its
 * {@code value} in EDTF; each TLINK a relation claim (TimeML's types as sets of Allen relations) or,
 * between an event and a dated time, a timing claim of the event; each evidential SLINK the
 * attribution of the subordinated event to the reporting event. {@code docs/imports.md} has the
 * tables.
 *
 * <pre>{@code
 * Story story = TimemlReader.read(List.of(Path.of("wsj_0006.tml")), BadRows.stop());
 * story.event(EventId.of("wsj_0006.ei1"));
 * }</pre>
 *
 * <p>Each file is read as a stream (StAX) with DTDs and external entities refused. A bad element
 * (an unknown relation type, a link to an unknown id, an EVENT without MAKEINSTANCE, a value that
 * is not a date) is an {@link ImportProblem} naming the file, the line and the element and
 * attribute; a file that is not well-formed XML is one problem, and nothing of it is kept.
 * Not instantiable; thread-safe.
 */
public final class TimemlReader {

  private TimemlReader() {}

  /**
   * Reads TimeML files, stopping at the first bad element.
   *
   * @param files  the files, or directories whose {@code .tml} files are read in name order, not null
   * @return the story, not null
   * @throws ImportException naming the file, line and element of the first bad element
   * @throws IOException if a file cannot be read
   */
  public static Story read(List<Path> files) throws IOException {
    return read(files, BadRows.stop());
  }

  /**
   * Reads TimeML files.
   *
   * @param files  the files, or directories whose {@code .tml} files are read in name order, not null
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
    for (Path file : XmlFiles.expand(files, ".tml")) {
      Optional<AnnotatedDocument> doc = new Document(file, badRows).read();
      if (doc.isPresent()) {
        DocumentStory.add(doc.get(), badRows, false, Map.of(), parts);
      }
    }
    return parts.build();
  }

  /** The reading of one file. */
  private static final class Document {
    private final Path file;
    private final BadRows badRows;
    private final AnnotatedDocument doc;
    /** EVENT eid to its class, text and line. */
    private final Map<String, String[]> events = new LinkedHashMap<>();
    private final Map<String, Long> eventLines = new HashMap<>();
    private final Map<String, Integer> instances = new HashMap<>();

    Document(Path file, BadRows badRows) {
      this.file = file;
      this.badRows = badRows;
      this.doc = new AnnotatedDocument(file, XmlFiles.documentName(file));
    }

    Optional<AnnotatedDocument> read() throws IOException {
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
        return Optional.empty();
      }
      for (Map.Entry<String, String[]> e : events.entrySet()) {
        if (!instances.containsKey(e.getKey())) {
          badRows.handle(new ImportProblem(file, eventLines.get(e.getKey()), "EVENT/@eid", "EVENT " + e.getKey()
              + " (\"" + e.getValue()[1] + "\") has no MAKEINSTANCE: links refer to event instances, so add"
              + " <MAKEINSTANCE eiid=\"...\" eventID=\"" + e.getKey() + "\"/>"));
        }
      }
      return Optional.of(doc);
    }

    private void element(XMLStreamReader r) throws XMLStreamException, ImportException {
      long line = XmlFiles.line(r);
      switch (r.getLocalName()) {
        case "EVENT":
          event(r, line);
          break;
        case "TIMEX3":
          timex(r, line);
          break;
        case "MAKEINSTANCE":
          instance(r, line);
          break;
        case "TLINK":
          link(r, line, "TLINK", r.getAttributeValue(null, "eventInstanceID") != null ? "eventInstanceID" : "timeID",
              r.getAttributeValue(null, "relatedToEventInstance") != null ? "relatedToEventInstance" : "relatedToTime");
          break;
        case "SLINK":
          link(r, line, "SLINK", "eventInstanceID", "subordinatedEventInstance");
          break;
        default:
          break;
      }
    }

    private void event(XMLStreamReader r, long line) throws XMLStreamException, ImportException {
      String eid = attribute(r, "eid");
      String type = attribute(r, "class");
      String text = XmlFiles.text(r);
      if (eid.isEmpty() || events.containsKey(eid)) {
        badRows.handle(new ImportProblem(file, line, "EVENT/@eid", eid.isEmpty() ? "missing id"
            : "id \"" + eid + "\" is already used at line " + eventLines.get(eid)));
        return;
      }
      events.put(eid, new String[] {type, text.isEmpty() ? eid : text});
      eventLines.put(eid, line);
    }

    private void timex(XMLStreamReader r, long line) throws XMLStreamException, ImportException {
      String tid = attribute(r, "tid");
      String type = attribute(r, "type");
      String value = attribute(r, "value");
      boolean creation = "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"));
      String text = XmlFiles.text(r);
      if (id(tid, line, "TIMEX3/@tid")) {
        doc.times.put(tid, new TimeExpression(tid, line, text, type, value, creation));
      }
    }

    private void instance(XMLStreamReader r, long line) throws ImportException {
      String eiid = attribute(r, "eiid");
      String eventId = attribute(r, "eventID");
      if (!id(eiid, line, "MAKEINSTANCE/@eiid")) {
        return;
      }
      String[] event = events.get(eventId);
      if (event == null) {
        badRows.handle(new ImportProblem(file, line, "MAKEINSTANCE/@eventID", "MAKEINSTANCE " + eiid
            + " instantiates unknown EVENT \"" + eventId + "\" (an EVENT must come before its MAKEINSTANCE)"));
        return;
      }
      Optional<Factuality> factuality = factuality(r, line, eiid);
      Optional<EventType> type = type(event[0], line);
      if (factuality.isEmpty() || type.isEmpty()) {
        return;
      }
      instances.merge(eventId, 1, Integer::sum);
      doc.events.put(eiid, new Mention(eiid, line, event[1], type.get(), factuality.get()));
    }

    private Optional<EventType> type(String eventClass, long line) throws ImportException {
      String value = eventClass.isEmpty() ? "event" : eventClass.toLowerCase(Locale.ROOT).replace('_', '-');
      try {
        return Optional.of(EventType.of(value));
      } catch (IllegalArgumentException e) {
        badRows.handle(new ImportProblem(file, line, "EVENT/@class", "EVENT class \"" + eventClass + "\": " + e.getMessage()));
        return Optional.empty();
      }
    }

    private Optional<Factuality> factuality(XMLStreamReader r, long line, String eiid) throws ImportException {
      String polarity = attribute(r, "polarity");
      Polarity p;
      if (polarity.isEmpty() || polarity.equals("POS")) {
        p = Polarity.POSITIVE;
      } else if (polarity.equals("NEG")) {
        p = Polarity.NEGATIVE;
      } else {
        badRows.handle(new ImportProblem(file, line, "MAKEINSTANCE/@polarity", "MAKEINSTANCE " + eiid
            + ": unknown polarity \"" + polarity + "\": expected POS or NEG"));
        return Optional.empty();
      }
      return Optional.of(Factuality.of(p, certainty(attribute(r, "modality"))));
    }

    private void link(XMLStreamReader r, long line, String element, String fromAttribute, String toAttribute)
        throws ImportException {
      String lid = attribute(r, "lid");
      if (!id(lid, line, element + "/@lid")) {
        return;
      }
      doc.links.add(new Link(lid, line, element, attribute(r, "relType"), element + "/@relType",
          new End(attribute(r, fromAttribute), element + "/@" + fromAttribute),
          new End(attribute(r, toAttribute), element + "/@" + toAttribute)));
    }

    private boolean id(String id, long line, String attribute) throws ImportException {
      Optional<ImportProblem> problem = doc.claim(id, line, attribute);
      if (problem.isPresent()) {
        badRows.handle(problem.get());
      }
      return problem.isEmpty();
    }

    private static String attribute(XMLStreamReader r, String name) {
      String value = r.getAttributeValue(null, name);
      return value == null ? "" : value.strip();
    }
  }

  /**
   * Returns the certainty a TimeML {@code modality} expresses: none or a modal of necessity
   * ({@code must}, {@code will}, {@code shall}) states a fact; {@code should}, {@code would},
   * {@code ought} a probability; {@code may}, {@code might}, {@code could}, {@code can} a
   * possibility; any other modal leaves it underspecified.
   */
  static Certainty certainty(String modality) {
    switch (modality.toLowerCase(Locale.ROOT)) {
      case "":
      case "must":
      case "will":
      case "shall":
        return Certainty.CERTAIN;
      case "should":
      case "would":
      case "ought":
      case "ought to":
        return Certainty.PROBABLE;
      case "may":
      case "might":
      case "could":
      case "can":
        return Certainty.POSSIBLE;
      default:
        return Certainty.UNDERSPECIFIED;
    }
  }
}
