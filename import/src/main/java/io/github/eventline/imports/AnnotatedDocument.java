package io.github.eventline.imports;

import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One annotated news document as TimeML and MEANTIME both describe it: its event mentions, its
 * time expressions and its links, with the line each was read from. The readers fill it;
 * {@link DocumentStory} turns it into story elements. Not public, by design.
 */
final class AnnotatedDocument {

  final Path file;
  final String name;
  Optional<String> title = Optional.empty();
  Optional<String> url = Optional.empty();
  /** The event mentions (TimeML: event instances), by their id in the document, in file order. */
  final Map<String, Mention> events = new LinkedHashMap<>();
  /** The time expressions, by their id in the document, in file order. */
  final Map<String, TimeExpression> times = new LinkedHashMap<>();
  /** The TLINKs and SLINKs, in file order. */
  final List<Link> links = new ArrayList<>();
  /** Every id that becomes part of a story id, with the line of its element: one namespace. */
  private final Map<String, Long> ids = new HashMap<>();

  AnnotatedDocument(Path file, String name) {
    this.file = file;
    this.name = name;
  }

  /**
   * Checks an id that will be part of story ids ({@code DOC.id}): letters, digits and
   * {@code . _ : -}, and not already used by another element of the document.
   *
   * @return the problem, or empty if the id is now taken by the element at {@code line}
   */
  Optional<ImportProblem> claim(String id, long line, String attribute) {
    if (!XmlFiles.isIdPart(id)) {
      return Optional.of(new ImportProblem(file, line, attribute, id.isEmpty() ? "missing id"
          : "id \"" + id + "\" is not letters, digits and . _ : - (at most 45)"));
    }
    Long first = ids.putIfAbsent(id, line);
    return first == null ? Optional.empty()
        : Optional.of(new ImportProblem(file, line, attribute, "id \"" + id + "\" is already used at line " + first));
  }

  /**
   * An event mention.
   *
   * @param id  its id in the document ({@code ei1}, {@code 28})
   * @param line  the line of its element
   * @param text  the words of the text that mention it
   * @param type  its class as an event type
   * @param factuality  its polarity and certainty as the text states them
   */
  record Mention(String id, long line, String text, EventType type, Factuality factuality) {}

  /**
   * A TIMEX3.
   *
   * @param id  its id in the document ({@code t1}, {@code 53})
   * @param line  the line of its element
   * @param text  the words of the text
   * @param type  DATE, TIME, DURATION or SET
   * @param value  its value attribute
   * @param creationTime  true if it is the document's creation time
   */
  record TimeExpression(String id, long line, String text, String type, String value, boolean creationTime) {}

  /**
   * One end of a link: an id and the attribute (or child element) that named it.
   *
   * @param id  the id named
   * @param attribute  where it was named, as {@code TLINK/@relatedToTime}
   */
  record End(String id, String attribute) {}

  /**
   * A TLINK or an SLINK.
   *
   * @param id  its id in the document ({@code l1}, {@code r245076})
   * @param line  the line of its element
   * @param element  {@code TLINK} or {@code SLINK}
   * @param relType  its relation type, empty for a MEANTIME SLINK, which has none
   * @param relTypeAttribute  the attribute the type was read from, as {@code TLINK/@relType}
   * @param from  its source
   * @param to  its target
   */
  record Link(String id, long line, String element, String relType, String relTypeAttribute, End from, End to) {}
}
