package io.github.eventline.export.json;

import io.github.eventline.core.ControlCharacters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object of a story file, reporting every problem (unknown, missing,
 * mistyped or invalid fields) and carrying on. Not public, by design.
 */
final class Fields {

  private final Problems problems;
  private final Map<String, List<Integer>> indexMaps;
  final Node node;
  final String pointer;
  /** The object's {@code x-} fields, as compact JSON text, in file order; made at the first one. */
  private Map<String, String> extensions = Map.of();

  /**
   * Checks the object's field names.
   *
   * @param what  the kind of object, for messages, such as {@code "an actor"}
   * @param known  the field names the object may have, in the format's order
   * @param extensible  whether {@code x-} fields are kept on this object
   */
  Fields(
      Problems problems, Map<String, List<Integer>> indexMaps, Node node, String pointer, String what,
      List<String> known, boolean extensible) {
    this.problems = problems;
    this.indexMaps = indexMaps;
    this.node = node;
    this.pointer = pointer;
    for (int i = 0; i < node.size(); i++) {
      String name = node.name(i);
      if (isKnown(known, name)) {
        continue;
      }
      int[] at = {node.nameLine(i), node.nameColumn(i)};
      String childPointer = pointer + "/" + Node.escape(name);
      if (name.startsWith("x-") && name.length() > 2) {
        if (extensible) {
          if (extensions.isEmpty()) {
            extensions = new LinkedHashMap<>();
          }
          extensions.put(name, node.value(i).raw() != null ? node.value(i).raw() : ExtensionJson.compact(node.value(i)));
        } else {
          problems.add(at[0], at[1], childPointer, "extension field \"" + name + "\" is not allowed in " + what,
              Optional.of("extension fields are kept on the story, actors, places, sources, events and assertions"));
        }
        continue;
      }
      if (name.equals("x-")) {
        problems.add(at[0], at[1], childPointer, "extension field \"x-\" has no name after \"x-\"",
            Optional.of("an extension field is \"x-\" followed by a name, such as \"x-desk-note\""));
        continue;
      }
      Optional<String> hint = Problems.closest(name, known)
          .map(c -> "did you mean \"" + c + "\"?")
          .or(() -> Optional.of("expected one of " + String.join(", ", known)
              + (extensible ? "; extension fields start with \"x-\"" : "")));
      problems.add(at[0], at[1], childPointer, "unknown field \"" + name + "\" in " + what, hint);
    }
  }

  /**
   * Returns whether a name is among the known ones, as {@link List#contains} does; a known name
   * that differs is told apart by its hash alone, which constant strings compute once.
   */
  private static boolean isKnown(List<String> known, String name) {
    int hash = name.hashCode();
    for (int i = 0; i < known.size(); i++) {
      String k = known.get(i);
      if (k == name || (k.hashCode() == hash && k.equals(name))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the object's {@code x-} fields, as compact JSON text, in file order. */
  Map<String, String> extensions() {
    return extensions;
  }

  /** Returns a child pointer. */
  String pointer(String name) {
    return pointer + "/" + Node.escape(name);
  }

  Optional<Node> get(String name) {
    return node.field(name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** Reports a missing required field. */
  void missing(String name) {
    problems.add(node, pointer, "missing required field \"" + name + "\"");
  }

  /** Returns the node if it has the expected kind, else reports it. */
  Optional<Node> typed(String name, Node.Kind kind) {
    Node value = node.get(name);
    return value != null && checkField(value, name, kind) ? Optional.of(value) : Optional.empty();
  }

  /** Checks the kind of a value, reporting a mismatch. */
  boolean check(Node value, String at, Node.Kind kind) {
    if (value.kind == kind) {
      return true;
    }
    problems.add(value, at, "expected " + kind.description + " but found " + value.kind.description);
    return false;
  }

  /** Checks the kind of a field's value, making its pointer only to report a mismatch. */
  private boolean checkField(Node value, String name, Node.Kind kind) {
    return value.kind == kind || check(value, pointer(name), kind);
  }

  /** Returns a string field, not blank. */
  Optional<String> string(String name) {
    return string(name, node.get(name));
  }

  /** Returns the text of a field's value (null if the field is absent), if it is a string, not blank. */
  private Optional<String> string(String name, Node value) {
    if (value == null || !checkField(value, name, Node.Kind.STRING)) {
      return Optional.empty();
    }
    if (ControlCharacters.isBlank(value.text)) {
      problems.add(value, pointer(name), "\"" + name + "\" must not be blank");
      return Optional.empty();
    }
    return Optional.of(value.text);
  }

  /** Returns a required string field, not blank; reports it when missing. */
  Optional<String> requiredString(String name) {
    Node value = node.get(name);
    if (value == null) {
      missing(name);
      return Optional.empty();
    }
    return string(name, value);
  }

  /** Returns a string field converted to a value; reports what the converter refuses. */
  <T> Optional<T> value(String name, Function<String, T> converter) {
    return value(name, node.get(name), converter);
  }

  /** Converts a field's value (null if the field is absent), if it is a string, not blank. */
  private <T> Optional<T> value(String name, Node value, Function<String, T> converter) {
    Optional<String> text = string(name, value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(converter.apply(text.get()));
    } catch (IllegalArgumentException e) {
      return refused(value, pointer(name), e);
    }
  }

  /** Returns a required string field converted to a value; reports it when missing. */
  <T> Optional<T> required(String name, Function<String, T> converter) {
    Node value = node.get(name);
    if (value == null) {
      missing(name);
      return Optional.empty();
    }
    return value(name, value, converter);
  }

  /** Converts a text, reporting an {@link IllegalArgumentException} at the value. */
  <T> Optional<T> convert(Node at, String atPointer, String text, Function<String, T> converter) {
    try {
      return Optional.of(converter.apply(text));
    } catch (IllegalArgumentException e) {
      return refused(at, atPointer, e);
    }
  }

  /** Reports a value a converter refused, with the converter's hint if it gave one. */
  private <T> Optional<T> refused(Node at, String atPointer, IllegalArgumentException e) {
    if (e instanceof JsonFields.HintedException) {
      problems.add(at, atPointer, e.getMessage(), Optional.of(((JsonFields.HintedException) e).hint));
    } else {
      problems.add(at, atPointer, e.getMessage());
    }
    return Optional.empty();
  }

  OptionalDouble number(String name) {
    Optional<Node> n = typed(name, Node.Kind.NUMBER);
    return n.isPresent() ? OptionalDouble.of(n.get().doubleValue()) : OptionalDouble.empty();
  }

  Optional<Boolean> bool(String name) {
    return typed(name, Node.Kind.BOOLEAN).map(n -> Boolean.parseBoolean(n.text));
  }

  /**
   * Reads an array field element by element; the reader returns empty for an element it reports.
   * Records which file indices were kept, so that later problems find their element.
   */
  <T> List<T> list(String name, BiFunction<Node, String, Optional<T>> reader) {
    Optional<Node> array = typed(name, Node.Kind.ARRAY);
    if (array.isEmpty()) {
      return new ArrayList<>();
    }
    String at = pointer(name);
    // The indices kept, listed only once an element is dropped: most lists drop none.
    List<Integer> kept = null;
    Node elements = array.get();
    List<T> values = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      Optional<T> value = reader.apply(elements.value(i), at + "/" + i);
      if (value.isPresent()) {
        values.add(value.get());
        if (kept != null) {
          kept.add(i);
        }
      } else if (kept == null) {
        kept = new ArrayList<>();
        for (int k = 0; k < i; k++) {
          kept.add(k);
        }
      }
    }
    if (kept != null) {
      indexMaps.put(at, kept);
    }
    return values;
  }

  /** Reads an array of strings, each converted. */
  <T> List<T> strings(String name, Function<String, T> converter) {
    return list(name, (n, at) -> {
      if (!check(n, at, Node.Kind.STRING)) {
        return Optional.empty();
      }
      return convert(n, at, n.text, converter);
    });
  }

  /** Returns an object field, reported if it is not an object. */
  Optional<Node> object(String name) {
    return typed(name, Node.Kind.OBJECT);
  }
}
