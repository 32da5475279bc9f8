package io.github.eventline.export.json;

import io.github.eventline.core.ControlCharacters;
import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.ActorKind;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventCode;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Quote;
import io.github.eventline.core.Role;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import io.github.eventline.core.StoryValidationException;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON tree of a story file into a {@link Story}, reporting every problem with its
 * location: field by field first, then the story's own validation on what could be built. Not
 * public, by design.
 *
 * <p>An element whose id is valid is built even when other fields are wrong (a missing name is
 * replaced by the id, a bad optional field is left out), so that references to it resolve and only
 * real problems are reported. The story is returned only when there is no problem at all.
 */
final class StoryTreeReader {

  static final String FORMAT = "eventline/1";

  private static final Pattern UNKNOWN_REFERENCE =
      Pattern.compile("unknown (actor|place|source|event|assertion) \"(.*)\"");

  /** The names of the top-level lists, which may be streamed. */
  private static final Set<String> LISTS = Set.of("actors", "places", "sources", "events", "assertions");

  private Node root;
  private final Problems problems;
  /** The top-level lists read element by element while the file was parsed, by name. */
  private final Map<String, Streamed> streamed = new HashMap<>();
  /** The root field names met so far while streaming. */
  private final Set<String> rootNames = new HashSet<>();
  /** Parses the whole file again into a located tree, to place a problem inside a streamed list. */
  private final Optional<Supplier<Node>> reparse;
  private Node fullTree;
  private final Map<String, List<Integer>> indexMaps = new HashMap<>();
  /** Ids of elements that could not be built, by kind; references to them are not reported again. */
  private final Map<String, Set<String>> broken = new HashMap<>();
  private final Map<SourceId, Optional<TimeBounds>> published = new HashMap<>();

  private StoryTreeReader(Node root, Problems problems) {
    this.root = root;
    this.problems = problems;
    this.reparse = Optional.empty();
  }

  private StoryTreeReader(Problems problems, Supplier<Node> reparse) {
    this.problems = problems;
    this.reparse = Optional.of(reparse);
  }

  /** The elements read from a streamed list, and which file indices were kept. */
  private static final class Streamed {
    final List<Object> values = new ArrayList<>();
    /** The indices kept, listed only once an element is dropped. */
    List<Integer> kept;
  }

  /**
   * Returns a reader that takes the elements of the top-level lists one by one while the file is
   * parsed ({@link Node#readRoot}), so that the located tree of the whole file is never held: each
   * element's tree is dropped once its model value is built. The reader reports into its own
   * problems, which {@link #finish} adds to the file's; a file whose parse fails reports only
   * what the parse found, as the non-streaming reader does.
   *
   * @param reparse  parses the whole file again, to place a problem of the story's validation
   *     inside a streamed list; called only then
   */
  static StoryTreeReader streaming(Supplier<Node> reparse) {
    return new StoryTreeReader(new Problems(), reparse);
  }

  /** Returns whether the elements of a root field are streamed, noting the field as met. */
  boolean streams(String name, boolean array) {
    boolean stream = array && LISTS.contains(name) && !streamed.containsKey(name)
        // an assertion's stated time may come from its source: stream assertions only after the sources
        && (!name.equals("assertions") || rootNames.contains("sources"));
    rootNames.add(name);
    if (stream) {
      streamed.put(name, new Streamed());
    }
    return stream;
  }

  /** Takes one element of a streamed list. */
  void element(String list, int index, Node node) {
    String at = "/" + list + "/" + index;
    Optional<?> value;
    switch (list) {
      case "actors":
        value = actor(node, at);
        break;
      case "places":
        value = place(node, at);
        break;
      case "sources":
        value = source(node, at);
        break;
      case "events":
        value = event(node, at);
        break;
      default:
        value = assertion(node, at);
        break;
    }
    Streamed s = streamed.get(list);
    if (value.isPresent()) {
      s.values.add(value.get());
      if (s.kept != null) {
        s.kept.add(index);
      }
    } else if (s.kept == null) {
      s.kept = new ArrayList<>();
      for (int k = 0; k < index; k++) {
        s.kept.add(k);
      }
    }
  }

  /**
   * Reads the story once the whole file was parsed and streamed; adds this reader's problems to
   * the file's.
   */
  Optional<Story> finish(Node root, Problems fileProblems) {
    this.root = root;
    Optional<Story> story = story();
    fileProblems.addAll(problems);
    return story;
  }

  /** Returns a list: the elements streamed, or those of the tree. */
  private <T> List<T> list(Fields f, String name, Class<T> type, BiFunction<Node, String, Optional<T>> reader) {
    Streamed s = streamed.get(name);
    if (s == null) {
      return f.list(name, reader);
    }
    if (s.kept != null) {
      indexMaps.put(f.pointer(name), s.kept);
    }
    List<T> values = new ArrayList<>(s.values.size());
    for (Object v : s.values) {
      values.add(type.cast(v));
    }
    s.values.clear();
    return values;
  }

  /** Reads a story; returns it, or empty when a problem was added. */
  static Optional<Story> read(Node root, Problems problems) {
    return new StoryTreeReader(root, problems).story();
  }

  /**
   * Reads one element outside a story (for {@link EventlineModule}): an actor, place, source,
   * event, assertion, claim or time. References are not checked, and {@code ongoingAt} resolves
   * only against an assertion's own {@code stated} time.
   */
  static <T> Optional<T> element(Class<T> type, Node node, Problems problems) {
    StoryTreeReader r = new StoryTreeReader(node, problems);
    Optional<?> value;
    if (type == Actor.class) {
      value = r.actor(node, "");
    } else if (type == Place.class) {
      value = r.place(node, "");
    } else if (type == Source.class) {
      value = r.source(node, "");
    } else if (type == Event.class) {
      value = r.event(node, "");
    } else if (type == Assertion.class) {
      value = r.assertion(node, "");
    } else if (type == Claim.class) {
      value = r.object(node, "")
          ? ClaimReader.read(problems, r.indexMaps, node, "", Optional.empty())
          : Optional.empty();
    } else if (type == TimeBounds.class) {
      value = TimeJson.read(problems, node, "", TimeJson.notRelative(
          "\"ongoingAt\" is relative to an assertion's stated time; read the assertion instead"));
    } else {
      throw new IllegalArgumentException("Not a story element type: " + type.getName());
    }
    return value.map(type::cast);
  }

  private Fields fields(Node node, String pointer, String what, List<String> known, boolean extensible) {
    return new Fields(problems, indexMaps, node, pointer, what, known, extensible);
  }

  private Optional<Story> story() {
    if (root.kind != Node.Kind.OBJECT) {
      problems.add(root, "", "expected an object (a story) but found " + root.kind.description);
      return Optional.empty();
    }
    Fields f = fields(root, "", "a story", JsonFields.STORY, true);
    checkFormat(f);
    Story.Builder b = Story.builder();
    f.string("title").ifPresent(b::title);
    f.value("language", b::language);
    f.string("description").ifPresent(b::description);
    f.value("zone", b::zone);
    b.actors(list(f, "actors", Actor.class, this::actor));
    b.places(list(f, "places", Place.class, this::place));
    b.sources(list(f, "sources", Source.class, this::source));
    b.events(list(f, "events", Event.class, this::event));
    b.assertions(list(f, "assertions", Assertion.class, this::assertion));
    f.extensions().forEach(b::extension);
    // build() validates the story; calling problems() first would validate it twice.
    Story story;
    try {
      story = b.build();
    } catch (StoryValidationException e) {
      for (StoryProblem p : e.problems()) {
        addStoryProblem(p);
      }
      return Optional.empty();
    }
    return problems.isEmpty() ? Optional.of(story) : Optional.empty();
  }

  private void checkFormat(Fields f) {
    if (!f.has("format")) {
      problems.add(root, "", "missing required field \"format\"",
          Optional.of("a story file starts with \"format\": \"" + FORMAT + "\""));
      return;
    }
    f.string("format").ifPresent(format -> {
      if (!format.equals(FORMAT)) {
        problems.add(root.get("format"), "/format", "unsupported format \"" + format + "\"",
            Optional.of("this version reads \"" + FORMAT + "\""));
      }
    });
  }

  /** Reports a problem of the story's validation at the place of the file it names. */
  private void addStoryProblem(StoryProblem p) {
    Matcher m = UNKNOWN_REFERENCE.matcher(p.message());
    if (m.matches() && broken.getOrDefault(m.group(1), Set.of()).contains(m.group(2))) {
      return;
    }
    String pointer = pointer(p.path());
    Node at = locationTree(pointer).find(pointer);
    problems.add(at, pointer, p.message(), p.hint());
  }

  /** Returns the tree to find a pointer's value in: the whole file's, parsed again, inside a streamed list. */
  private Node locationTree(String pointer) {
    int end = pointer.indexOf('/', 1);
    String first = end < 0 ? pointer.substring(Math.min(1, pointer.length())) : pointer.substring(1, end);
    if (reparse.isEmpty() || !streamed.containsKey(first) || end < 0) {
      return root;
    }
    if (fullTree == null) {
      Node tree = reparse.get().get();
      fullTree = tree == null ? root : tree;
    }
    return fullTree;
  }

  /** Maps a story path such as {@code assertions[3].claim.event} to the JSON pointer of the file. */
  String pointer(String path) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : path.replaceAll("\\[(\\d+)]", ".$1").split("\\.")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(segment);
        List<Integer> kept = indexMaps.get(pointer.toString());
        if (kept != null && index < kept.size()) {
          index = kept.get(index);
        }
        pointer.append('/').append(index);
      } else {
        pointer.append('/').append(Node.escape(segment));
      }
    }
    return pointer.toString();
  }

  private boolean object(Node node, String pointer) {
    if (node.kind == Node.Kind.OBJECT) {
      return true;
    }
    problems.add(node, pointer, "expected an object but found " + node.kind.description);
    return false;
  }

  /** Builds an element, reporting what its constructor refuses; records the id of what cannot be built. */
  private <T> Optional<T> build(Node node, String pointer, String kind, Optional<?> id, java.util.function.Supplier<T> builder) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException e) {
      problems.add(node, pointer, e.getMessage());
      markBroken(kind, id.get());
      return Optional.empty();
    }
  }

  private void markBroken(String kind, Object id) {
    broken.computeIfAbsent(kind, k -> new HashSet<>()).add(id.toString());
  }

  private Optional<Actor> actor(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "an actor", JsonFields.ACTOR, true);
    Optional<ActorId> id = f.required("id", problems.memo(ActorId.class, ActorId::of));
    String name = f.requiredString("name").orElse(id.map(ActorId::value).orElse("?"));
    Optional<ActorKind> kind = f.value("kind", problems.memo(ActorKind.class, ActorKind::of));
    List<String> aliases = f.strings("aliases", Function.identity());
    Map<String, String> externalIds = stringMap(f, "externalIds");
    List<ActorId> memberOf = f.strings("memberOf", problems.memo(ActorId.class, ActorId::of));
    return build(node, pointer, "actor", id, () -> {
      Actor.Builder b = Actor.builder(id.get(), name).kind(kind.orElse(ActorKind.OTHER)).memberOf(memberOf);
      aliases.forEach(b::alias);
      externalIds.forEach(b::externalId);
      f.extensions().forEach(b::extension);
      return b.build();
    });
  }

  private Map<String, String> stringMap(Fields f, String name) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    f.object(name).ifPresent(o -> {
      for (int i = 0; i < o.size(); i++) {
        String key = o.name(i);
        Node value = o.value(i);
        String at = f.pointer(name) + "/" + Node.escape(key);
        if (f.check(value, at, Node.Kind.STRING)) {
          if (ControlCharacters.isBlank(value.text)) {
            problems.add(value, at, "\"" + key + "\" must not be blank");
          } else {
            map.put(key, value.text);
          }
        }
      }
    });
    return map;
  }

  private Optional<Place> place(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "a place", JsonFields.PLACE, true);
    Optional<PlaceId> id = f.required("id", problems.memo(PlaceId.class, PlaceId::of));
    String name = f.requiredString("name").orElse(id.map(PlaceId::value).orElse("?"));
    List<String> aliases = f.strings("aliases", Function.identity());
    Optional<String> country = f.value("country", StoryTreeReader::country);
    Optional<PlaceId> within = f.value("within", problems.memo(PlaceId.class, PlaceId::of));
    OptionalDouble lat = f.number("lat");
    OptionalDouble lon = f.number("lon");
    boolean coordinates = lat.isPresent() && lon.isPresent();
    if (f.has("lat") != f.has("lon")) {
      String given = f.has("lat") ? "lat" : "lon";
      problems.add(node.get(given), f.pointer(given), "\"" + given + "\" needs \""
          + (given.equals("lat") ? "lon" : "lat") + "\": give both coordinates or neither");
      coordinates = false;
    } else if (coordinates) {
      try {
        io.github.eventline.core.Coordinates.of(lat.getAsDouble(), lon.getAsDouble());
      } catch (IllegalArgumentException e) {
        String field = e.getMessage().startsWith("Latitude") ? "lat" : "lon";
        problems.add(node.get(field), f.pointer(field), e.getMessage());
        coordinates = false;
      }
    }
    boolean withCoordinates = coordinates;
    return build(node, pointer, "place", id, () -> {
      Place.Builder b = Place.builder(id.get(), name);
      aliases.forEach(b::alias);
      country.ifPresent(b::country);
      within.ifPresent(b::within);
      if (withCoordinates) {
        b.coordinates(lat.getAsDouble(), lon.getAsDouble());
      }
      f.extensions().forEach(b::extension);
      return b.build();
    });
  }

  private static String country(String code) {
    if (!code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "Invalid country code \"" + code + "\": expected ISO 3166-1 alpha-2, such as \"RU\"");
    }
    return code;
  }

  private Optional<Source> source(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "a source", JsonFields.SOURCE, true);
    Optional<SourceId> id = f.required("id", problems.memo(SourceId.class, SourceId::of));
    String name = f.requiredString("name").orElse(id.map(SourceId::value).orElse("?"));
    Optional<SourceKind> kind = f.value("kind", problems.memo(SourceKind.class, SourceKind::of));
    Optional<ActorId> actor = f.value("actor", problems.memo(ActorId.class, ActorId::of));
    Optional<TimeBounds> time = f.get("published").flatMap(n -> TimeJson.read(problems, n, f.pointer("published"),
        TimeJson.notRelative("\"ongoingAt\" is relative to an assertion's stated time; it is allowed only in a claim's \"when\"")));
    OptionalDouble reliability = f.number("reliability");
    if (reliability.isPresent() && !(reliability.getAsDouble() >= 0 && reliability.getAsDouble() <= 1)) {
      problems.add(node.get("reliability"), f.pointer("reliability"),
          "reliability " + node.get("reliability").text + " is out of range: expected 0 to 1");
      reliability = OptionalDouble.empty();
    }
    OptionalDouble prior = reliability;
    Optional<String> url = f.string("url");
    id.ifPresent(s -> published.putIfAbsent(s, time));
    return build(node, pointer, "source", id, () -> {
      Source.Builder b = Source.builder(id.get(), name).kind(kind.orElse(SourceKind.OTHER));
      actor.ifPresent(b::actor);
      time.ifPresent(b::published);
      prior.ifPresent(b::reliability);
      url.ifPresent(b::url);
      f.extensions().forEach(b::extension);
      return b.build();
    });
  }

  private Optional<Event> event(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "an event", JsonFields.EVENT, true);
    Optional<EventId> id = f.required("id", EventId::of);
    Optional<EventType> type = f.value("type", problems.memo(EventType.class, EventType::of));
    Optional<EventCode> code = f.object("code").flatMap(n -> code(n, f.pointer("code")));
    String summary = f.requiredString("summary").orElse(id.map(EventId::value).orElse("?"));
    Optional<TimeBounds> when = f.get("when").flatMap(n -> TimeJson.read(problems, n, f.pointer("when"),
        TimeJson.notRelative("\"ongoingAt\" is relative to an assertion's stated time; in an event, state the"
            + " time with an assertion of a timing claim")));
    Optional<PlaceId> place = f.value("place", problems.memo(PlaceId.class, PlaceId::of));
    List<Participant> participants = f.list("participants", this::participant);
    Optional<EventId> partOf = f.value("partOf", EventId::of);
    return build(node, pointer, "event", id, () -> {
      Event.Builder b = Event.builder(id.get(), summary).type(type.orElse(EventType.EVENT));
      code.ifPresent(b::code);
      when.ifPresent(b::when);
      place.ifPresent(b::place);
      participants.forEach(b::participant);
      partOf.ifPresent(b::partOf);
      f.extensions().forEach(b::extension);
      return b.build();
    });
  }

  private Optional<EventCode> code(Node node, String pointer) {
    Fields f = fields(node, pointer, "an event code", JsonFields.CODE, false);
    Optional<String> scheme = f.requiredString("scheme");
    Optional<String> code = f.requiredString("code");
    return scheme.isPresent() && code.isPresent() ? Optional.of(EventCode.of(scheme.get(), code.get())) : Optional.empty();
  }

  private Optional<Participant> participant(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "a participant", JsonFields.PARTICIPANT, false);
    Optional<ActorId> actor = f.required("actor", problems.memo(ActorId.class, ActorId::of));
    Optional<Role> role = f.required("role", problems.memo(Role.class, Role::of));
    return actor.isPresent() && role.isPresent() ? Optional.of(Participant.of(actor.get(), role.get())) : Optional.empty();
  }

  private Optional<Assertion> assertion(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "an assertion", JsonFields.ASSERTION, true);
    Optional<AssertionId> id = f.required("id", AssertionId::of);
    Optional<SourceId> source = f.required("source", problems.memo(SourceId.class, SourceId::of));
    Optional<TimeBounds> stated = f.get("stated").flatMap(n -> TimeJson.read(problems, n, f.pointer("stated"),
        TimeJson.notRelative("\"ongoingAt\" is relative to the stated time itself; give \"stated\" as a date")));
    List<SourceId> via = f.strings("via", problems.memo(SourceId.class, SourceId::of));
    Optional<TimeBounds> statedTime = stated.isPresent() || source.isEmpty()
        ? stated
        : published.getOrDefault(source.get(), Optional.empty());
    Optional<Claim> claim = f.has("claim")
        ? f.object("claim").flatMap(n -> ClaimReader.read(problems, indexMaps, n, f.pointer("claim"), statedTime))
        : missingClaim(f);
    Optional<Polarity> polarity = f.value("polarity", t -> JsonFields.constant(Polarity.class, "polarity", t));
    Optional<Certainty> certainty = f.value("certainty", t -> JsonFields.constant(Certainty.class, "certainty", t));
    Optional<Quote> quote = f.object("quote").flatMap(n -> quote(n, f.pointer("quote")));
    List<AssertionId> supersedes = f.strings("supersedes", AssertionId::of);
    List<AssertionLink> links = f.list("links", this::link);
    Optional<String> note = f.string("note");
    if (claim.isEmpty() || source.isEmpty()) {
      id.ifPresent(i -> markBroken("assertion", i));
      return Optional.empty();
    }
    return build(node, pointer, "assertion", id, () -> {
      Assertion.Builder b = Assertion.builder(id.get(), source.get(), claim.get())
          .factuality(Factuality.of(polarity.orElse(Polarity.POSITIVE), certainty.orElse(Certainty.CERTAIN)))
          .via(via)
          .supersedes(supersedes);
      stated.ifPresent(b::stated);
      quote.ifPresent(b::quote);
      links.forEach(b::link);
      note.ifPresent(b::note);
      f.extensions().forEach(b::extension);
      return b.build();
    });
  }

  private Optional<Claim> missingClaim(Fields f) {
    f.missing("claim");
    return Optional.empty();
  }

  private Optional<Quote> quote(Node node, String pointer) {
    Fields f = fields(node, pointer, "a quote", JsonFields.QUOTE, false);
    Optional<String> text = f.requiredString("text");
    Optional<String> lang = f.requiredString("lang");
    if (text.isEmpty() || lang.isEmpty()) {
      return Optional.empty();
    }
    return f.convert(node.get("lang"), f.pointer("lang"), lang.get(), l -> Quote.of(text.get(), l));
  }

  private Optional<AssertionLink> link(Node node, String pointer) {
    if (!object(node, pointer)) {
      return Optional.empty();
    }
    Fields f = fields(node, pointer, "a link", JsonFields.LINK, false);
    Optional<LinkType> type = f.required("type", LinkType::fromLabel);
    Optional<AssertionId> other = f.required("assertion", AssertionId::of);
    return type.isPresent() && other.isPresent() ? Optional.of(AssertionLink.of(type.get(), other.get())) : Optional.empty();
  }
}
