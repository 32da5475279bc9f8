package io.github.eventline.imports;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ControlCharacters;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.imports.AnnotatedDocument.End;
import io.github.eventline.imports.AnnotatedDocument.Link;
import io.github.eventline.imports.AnnotatedDocument.Mention;
import io.github.eventline.imports.AnnotatedDocument.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@link AnnotatedDocument} into story elements, the same way for TimeML and MEANTIME
 * (the mapping is in {@code docs/imports.md}). Each bad element is handed to the caller's
 * {@link BadRows} with its line and attribute; skipped, it leaves nothing in the story, and a link
 * to it is reported in turn. Not public, by design.
 *
 * <ul>
 *   <li>The document is a source {@code DOC} (kind media), published at its creation time.
 *   <li>Each event mention is an event {@code DOC.id} and an assertion {@code DOC.id} of the
 *       document that it occurred, with the mention's polarity and certainty.
 *   <li>Each time expression is an event {@code DOC.id} of type {@code time-expression}, dated by
 *       its value.
 *   <li>A TLINK between two events, or two times, is a relation claim {@code DOC.linkId}; between
 *       an event and a dated time, a timing claim of the event; between an event and a duration
 *       (MEANTIME's {@code MEASURE}), a quantity claim {@code duration}.
 *   <li>An evidential SLINK moves the subordinated event's occurred assertion to a statement
 *       source {@code DOC.id} of the reporting event, relayed by the document; a modal or
 *       conditional one hedges it; a counter-factive one denies it.
 * </ul>
 *
 * O(elements of the document).
 */
final class DocumentStory {

  /** The type of the events that stand for time expressions. */
  static final EventType TIME_EXPRESSION = EventType.of("time-expression");

  private static final String MEASURE = "MEASURE";

  private final AnnotatedDocument doc;
  private final BadRows badRows;
  private final boolean measures;
  private final StoryParts out = new StoryParts();
  private final SourceId source;
  private Optional<TimeBounds> creationTime = Optional.empty();
  private final Map<String, Timex3Values.Dated> dated = new HashMap<>();
  private final Map<String, TimeExpression> undated = new HashMap<>();
  /** The ids of elements skipped as bad, with their lines. */
  private final Map<String, Long> skipped = new HashMap<>();
  /** How the SLINKs change each mention's occurred assertion. */
  private final Map<String, Factuality> factuality = new LinkedHashMap<>();
  private final Map<String, List<Link>> reportedBy = new HashMap<>();
  private final Set<SourceId> statements = new HashSet<>();

  private DocumentStory(AnnotatedDocument doc, BadRows badRows, boolean measures) {
    this.doc = doc;
    this.badRows = badRows;
    this.measures = measures;
    this.source = SourceId.of(doc.name);
  }

  /**
   * Adds the elements of a document to {@code parts}.
   *
   * @param doc  the document, not null
   * @param badRows  what to do with a bad element, not null
   * @param measures  true if the {@code MEASURE} relation type is allowed (MEANTIME)
   * @param skippedIds  the ids of the document's elements the reader skipped, with their lines
   * @param parts  where the elements go, not null
   * @throws ImportException at the first bad element if {@code badRows} stops
   */
  static void add(AnnotatedDocument doc, BadRows badRows, boolean measures, Map<String, Long> skippedIds,
      StoryParts parts) throws ImportException {
    Optional<java.nio.file.Path> earlier = parts.claim(doc.name, doc.file);
    if (earlier.isPresent()) {
      badRows.handle(new ImportProblem(doc.file, 1, "", "document name " + doc.name + " was already read from "
          + earlier.get() + "; rename one of the files"));
      return;
    }
    DocumentStory story = new DocumentStory(doc, badRows, measures);
    story.skipped.putAll(skippedIds);
    story.convert();
    parts.addAll(story.out);
  }

  private void convert() throws ImportException {
    readCreationTime();
    Source.Builder src = Source.builder(source, doc.title.orElse(doc.name)).kind(SourceKind.MEDIA);
    doc.url.ifPresent(src::url);
    creationTime.ifPresent(src::published);
    out.sources.add(src.build());
    for (TimeExpression t : doc.times.values()) {
      time(t);
    }
    for (Mention m : doc.events.values()) {
      out.events.add(Event.builder(id(m.id()), summary(m.text(), "event " + m.id())).type(m.type()).build());
      factuality.put(m.id(), m.factuality());
    }
    List<Assertion> links = new ArrayList<>();
    for (Link link : doc.links) {
      if (link.element().equals("SLINK")) {
        slink(link);
      } else {
        tlink(link).ifPresent(links::add);
      }
    }
    occurred();
    out.assertions.addAll(links);
  }

  private void readCreationTime() throws ImportException {
    for (TimeExpression t : doc.times.values()) {
      if (t.creationTime()) {
        try {
          creationTime = Timex3Values.read(t.value(), Optional.empty()).map(Timex3Values.Dated::bounds);
        } catch (IllegalArgumentException e) {
          // reported with the other time expressions
        }
        return;
      }
    }
  }

  private void time(TimeExpression t) throws ImportException {
    Optional<Timex3Values.Dated> when;
    try {
      when = Timex3Values.read(t.value(), creationTime);
    } catch (IllegalArgumentException e) {
      skip(t.id(), new ImportProblem(doc.file, t.line(), "TIMEX3/@value", "TIMEX3 " + t.id() + ": " + e.getMessage()));
      return;
    }
    Event.Builder event = Event.builder(id(t.id()), summary(t.text(), "time expression " + t.id() + " " + t.value()))
        .type(TIME_EXPRESSION);
    when.ifPresent(w -> event.when(w.bounds()));
    out.events.add(event.build());
    if (when.isPresent()) {
      dated.put(t.id(), when.get());
    } else {
      undated.put(t.id(), t);
    }
  }

  /** Returns the words of an element, or the fallback when they are blank (a summary is never blank). */
  private static String summary(String words, String fallback) {
    return ControlCharacters.isBlank(words) ? fallback.strip() : words;
  }

  private Optional<Assertion> tlink(Link link) throws ImportException {
    Optional<String> from = end(link, link.from());
    Optional<String> to = end(link, link.to());
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (from.get().equals(to.get())) {
      skip(link.id(), new ImportProblem(doc.file, link.line(), link.to().attribute(), link.element() + " " + link.id()
          + " relates " + from.get() + " to itself"));
      return Optional.empty();
    }
    if (measures && link.relType().equals(MEASURE)) {
      return measure(link, from.get(), to.get());
    }
    Optional<TlinkType> type = TlinkType.of(link.relType());
    if (type.isEmpty()) {
      skip(link.id(), new ImportProblem(doc.file, link.line(), link.relTypeAttribute(), link.element() + " " + link.id()
          + ": unknown relation type \"" + link.relType() + "\": expected one of " + knownTypes()));
      return Optional.empty();
    }
    Claim claim;
    if (isEvent(from.get()) && dated.containsKey(to.get())) {
      claim = new Claim.Timing(id(from.get()), type.get().timing(dated.get(to.get())));
    } else if (dated.containsKey(from.get()) && isEvent(to.get())) {
      claim = new Claim.Timing(id(to.get()), type.get().inverse().timing(dated.get(from.get())));
    } else {
      claim = Claim.Relation.of(id(from.get()), type.get().allen(), id(to.get()));
    }
    return Optional.of(assertion(link.id(), claim));
  }

  private String knownTypes() {
    StringBuilder sb = new StringBuilder();
    for (TlinkType t : TlinkType.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(t.timemlName());
    }
    return measures ? sb + ", " + MEASURE : sb.toString();
  }

  private Optional<Assertion> measure(Link link, String from, String to) throws ImportException {
    String time = undated.containsKey(from) ? from : to;
    String event = time.equals(from) ? to : from;
    Optional<Timex3Values.Duration> duration = undated.containsKey(time) && isEvent(event)
        ? Timex3Values.duration(undated.get(time).value())
        : Optional.empty();
    if (duration.isEmpty()) {
      skip(link.id(), new ImportProblem(doc.file, link.line(), link.relTypeAttribute(), link.element() + " " + link.id()
          + ": MEASURE links an event to a duration of one unit (P18M, PT12H); " + from + " and " + to + " are not"));
      return Optional.empty();
    }
    Claim claim = Claim.Quantity.of(id(event), "duration", duration.get().value(), duration.get().unit(), false);
    return Optional.of(assertion(link.id(), claim));
  }

  private void slink(Link link) throws ImportException {
    Optional<String> from = end(link, link.from());
    Optional<String> to = end(link, link.to());
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    for (End end : List.of(link.from(), link.to())) {
      if (!isEvent(end.id())) {
        skip(link.id(), new ImportProblem(doc.file, link.line(), end.attribute(), link.element() + " " + link.id()
            + ": " + end.id() + " is a time expression; an SLINK relates two events"));
        return;
      }
    }
    Factuality f = factuality.get(to.get());
    switch (link.relType()) {
      case "EVIDENTIAL":
        reportedBy.computeIfAbsent(to.get(), k -> new ArrayList<>()).add(link);
        break;
      case "NEG_EVIDENTIAL":
        reportedBy.computeIfAbsent(to.get(), k -> new ArrayList<>()).add(link);
        factuality.put(to.get(), Factuality.of(Polarity.NEGATIVE, f.certainty()));
        break;
      case "MODAL":
      case "CONDITIONAL":
        factuality.put(to.get(), Factuality.of(f.polarity(), hedged(f.certainty())));
        break;
      case "COUNTER_FACTIVE":
        factuality.put(to.get(), Factuality.of(Polarity.NEGATIVE, f.certainty()));
        break;
      case "FACTIVE":
      case "":
        break;
      default:
        skip(link.id(), new ImportProblem(doc.file, link.line(), link.relTypeAttribute(), link.element() + " " + link.id()
            + ": unknown relation type \"" + link.relType()
            + "\": expected one of MODAL, EVIDENTIAL, NEG_EVIDENTIAL, FACTIVE, COUNTER_FACTIVE, CONDITIONAL"));
    }
  }

  private static Certainty hedged(Certainty certainty) {
    return certainty == Certainty.CERTAIN || certainty == Certainty.PROBABLE ? Certainty.POSSIBLE : certainty;
  }

  /** Adds each mention's occurred assertion: the document's, or one per statement that reports it. */
  private void occurred() {
    for (Map.Entry<String, Factuality> e : factuality.entrySet()) {
      EventId event = id(e.getKey());
      List<Link> reports = reportedBy.getOrDefault(e.getKey(), List.of());
      if (reports.isEmpty()) {
        out.assertions.add(Assertion.builder(AssertionId.of(event.value()), source, new Claim.Occurred(event))
            .factuality(e.getValue()).build());
        continue;
      }
      for (Link report : reports) {
        SourceId statement = statement(report.from().id());
        out.assertions.add(Assertion.builder(AssertionId.of(doc.name + "." + report.id()), statement,
            new Claim.Occurred(event)).factuality(e.getValue()).via(List.of(source)).build());
      }
    }
  }

  /** Returns the statement source of a reporting event, adding it at its first use. */
  private SourceId statement(String mention) {
    SourceId id = SourceId.of(doc.name + "." + mention);
    if (statements.add(id)) {
      String text = summary(doc.events.get(mention).text(), mention);
      out.sources.add(Source.builder(id, "\"" + text + "\" in " + doc.name).kind(SourceKind.STATEMENT).build());
    }
    return id;
  }

  private Assertion assertion(String linkId, Claim claim) {
    return Assertion.builder(AssertionId.of(doc.name + "." + linkId), source, claim).build();
  }

  /** Returns the id an end names if it is an event or a time of the document, else reports it. */
  private Optional<String> end(Link link, End end) throws ImportException {
    String id = end.id();
    if (isEvent(id) || dated.containsKey(id) || undated.containsKey(id)) {
      return Optional.of(id);
    }
    String why = skipped.containsKey(id)
        ? "refers to " + id + ", which was skipped as bad (line " + skipped.get(id) + ")"
        : id.isEmpty() ? "names no event or time" : "refers to unknown id \"" + id + "\": no event or time expression of "
            + doc.name + " has it";
    skip(link.id(), new ImportProblem(doc.file, link.line(), end.attribute(), link.element() + " " + link.id() + " " + why));
    return Optional.empty();
  }

  private boolean isEvent(String id) {
    return doc.events.containsKey(id);
  }

  private EventId id(String local) {
    return EventId.of(doc.name + "." + local);
  }

  private void skip(String id, ImportProblem problem) throws ImportException {
    badRows.handle(problem);
    skipped.putIfAbsent(id, problem.line());
  }
}
