package io.github.eventline.export.json;

import io.github.eventline.core.Actor;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of Eventline's model: registers serializers and deserializers for {@link
 * Story}, {@link Actor}, {@link Place}, {@link Source}, {@link Event}, {@link Assertion}, {@link
 * Claim}, {@link TimeBounds} and the typed ids, in format {@code eventline/1}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EventlineModule()).build();
 * Story story = mapper.readValue(file, Story.class);
 * }</pre>
 *
 * <p>It is found by {@code MapperBuilder.findModules()} through {@code META-INF/services} and the
 * module descriptor. It uses no annotation and no polymorphic typing: claims carry their own
 * {@code type} field. A value that cannot be read fails with a {@link DatabindException} whose
 * cause is a {@link StoryFileException} listing every problem; lines and columns are those of the
 * input, pointers are relative to the value read. The layout (indentation) is the mapper's; {@link
 * StoryJson} writes the canonical layout.
 */
public final class EventlineModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public EventlineModule() {
    super("eventline", new Version(0, 1, 0, "SNAPSHOT", "io.github.eventline", "eventline-export"));
    add(Story.class, StoryWriter::story, (n, p) -> StoryTreeReader.read(n, p));
    add(Actor.class, StoryWriter::actor, (n, p) -> StoryTreeReader.element(Actor.class, n, p));
    add(Place.class, StoryWriter::place, (n, p) -> StoryTreeReader.element(Place.class, n, p));
    add(Source.class, StoryWriter::source, (n, p) -> StoryTreeReader.element(Source.class, n, p));
    add(Event.class, StoryWriter::event, (n, p) -> StoryTreeReader.element(Event.class, n, p));
    add(Assertion.class, (g, a) -> StoryWriter.assertion(g, a, a.stated()),
        (n, p) -> StoryTreeReader.element(Assertion.class, n, p));
    add(Claim.class, (g, c) -> StoryWriter.claim(g, c, Optional.empty()),
        (n, p) -> StoryTreeReader.element(Claim.class, n, p));
    add(TimeBounds.class, (g, t) -> TimeJson.write(g, t, Optional.empty()),
        (n, p) -> StoryTreeReader.element(TimeBounds.class, n, p));
    id(ActorId.class, ActorId::of);
    id(PlaceId.class, PlaceId::of);
    id(SourceId.class, SourceId::of);
    id(EventId.class, EventId::of);
    id(AssertionId.class, AssertionId::of);
  }

  private <T> void add(Class<T> type, BiConsumer<JsonGenerator, T> writer, Reader<T> reader) {
    addSerializer(type, new Serializer<>(writer));
    addDeserializer(type, new Deserializer<>(type, reader));
  }

  private <T> void id(Class<T> type, Function<String, T> parser) {
    addSerializer(type, new Serializer<T>((g, id) -> g.writeString(id.toString())));
    addDeserializer(type, new Deserializer<>(type, (node, problems) -> {
      if (node.kind != Node.Kind.STRING) {
        problems.add(node, "", "expected a string but found " + node.kind.description);
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(node.text));
      } catch (IllegalArgumentException e) {
        problems.add(node, "", e.getMessage());
        return Optional.empty();
      }
    }));
  }

  /** Reads a value from its located tree, reporting problems. */
  private interface Reader<T> {
    Optional<T> read(Node node, Problems problems);
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final BiConsumer<JsonGenerator, T> writer;

    Serializer(BiConsumer<JsonGenerator, T> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      writer.accept(g, value);
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Reader<T> reader;

    Deserializer(Class<T> type, Reader<T> reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.PROPERTY_NAME) {
        p.nextToken();
      }
      Problems problems = new Problems();
      Node node = Node.read(p, "", DocumentParser.listener(problems));
      Optional<T> value = reader.read(node, problems);
      if (value.isEmpty() || !problems.isEmpty()) {
        if (problems.isEmpty()) {
          problems.add(node, "", "cannot read " + type.getSimpleName());
        }
        StoryFileException e = new StoryFileException("JSON input", problems.inFileOrder());
        throw DatabindException.from(p, e.getMessage(), e);
      }
      return value.get();
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
