package io.github.eventline.export.json;

import io.github.eventline.core.time.IntervalRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** The field names of format {@code eventline/1}, in the order they are written. Not public, by design. */
final class JsonFields {

  static final List<String> STORY = List.of(
      "format", "title", "language", "description", "zone", "actors", "places", "sources", "events", "assertions");
  static final List<String> ACTOR = List.of("id", "name", "kind", "aliases", "externalIds", "memberOf");
  static final List<String> PLACE = List.of("id", "name", "aliases", "country", "within", "lat", "lon");
  static final List<String> SOURCE = List.of("id", "name", "kind", "actor", "published", "reliability", "url");
  static final List<String> EVENT = List.of("id", "type", "code", "summary", "when", "place", "participants", "partOf");
  static final List<String> CODE = List.of("scheme", "code");
  static final List<String> PARTICIPANT = List.of("actor", "role");
  static final List<String> ASSERTION = List.of(
      "id", "source", "stated", "via", "claim", "polarity", "certainty", "quote", "supersedes", "links", "note");
  static final List<String> QUOTE = List.of("text", "lang");
  static final List<String> LINK = List.of("type", "assertion");

  /** The constants of each enum by file name, made once per enum. */
  private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(name((Enum<?>) constant), (Enum<?>) constant);
      }
      return Map.copyOf(byName);
    }
  };

  private JsonFields() {}

  /** Returns the file name of an enum constant: lower case, words joined by {@code -}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the names of an enum's constants in file form. */
  static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(name(e));
    }
    return names;
  }

  /**
   * Obtains the enum constant with the given file name.
   *
   * @throws IllegalArgumentException naming the expected values, with a hint for a near miss
   */
  static <E extends Enum<E>> E constant(Class<E> type, String what, String text) {
    Enum<?> known = BY_NAME.get(type).get(text);
    if (known != null) {
      return type.cast(known);
    }
    List<String> names = names(type);
    Optional<String> near = Problems.closest(text, names);
    throw new HintedException("unknown " + what + " \"" + text + "\"",
        near.map(n -> "did you mean \"" + n + "\"?").orElse("expected one of " + String.join(", ", names)));
  }

  /** A refused value, with a hint on how to fix it. */
  static final class HintedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How to fix it. */
    final String hint;

    HintedException(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }

  /** Reads an interval relation name such as {@code met-by}. */
  static IntervalRelation relation(String text) {
    return constant(IntervalRelation.class, "interval relation", text);
  }
}
