package io.github.eventline.export.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON value with the line and column where it starts: what the story reader works on, so that
 * every problem can name its place in the file. Not public, by design.
 */
final class Node {

  /** The JSON value kinds. */
  enum Kind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  final Kind kind;
  final int line;
  final int column;
  /** The string, the number as written, or {@code true}/{@code false}; empty for containers. */
  final String text;
  /** True for a number written with a fraction or an exponent. */
  final boolean floating;
  /** The fields of an object, in file order; the first of duplicated names wins. */
  final Map<String, Node> fields;
  /** Where each field name of an object starts. */
  final Map<String, int[]> nameLocations;
  /** The elements of an array. */
  final List<Node> elements;

  private Node(Kind kind, int line, int column, String text, boolean floating) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.text = text;
    this.floating = floating;
    this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : Map.of();
    this.nameLocations = kind == Kind.OBJECT ? new LinkedHashMap<>() : Map.of();
    this.elements = kind == Kind.ARRAY ? new ArrayList<>() : List.of();
  }

  /** Receives the problems met while reading: duplicate field names, text that is not Unicode. */
  interface Listener {
    void duplicate(String pointer, String name, int line, int column, Node first);

    void unpairedSurrogate(String pointer, int line, int column, String what, char surrogate);
  }

  /**
   * Reads the value at the parser's current token (which must be set), leaving the parser on the
   * value's last token.
   */
  static Node read(JsonParser p, String pointer, Listener listener) {
    JsonToken t = p.currentToken();
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    switch (t) {
      case START_OBJECT: {
        Node node = new Node(Kind.OBJECT, line, column, "", false);
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          TokenStreamLocation nameLoc = p.currentTokenLocation();
          p.nextToken();
          String childPointer = pointer + "/" + escape(name);
          checkUnicode(name, pointer, nameLoc.getLineNr(), nameLoc.getColumnNr(), "a field name", listener);
          Node child = read(p, childPointer, listener);
          if (node.fields.containsKey(name)) {
            listener.duplicate(childPointer, name, nameLoc.getLineNr(), nameLoc.getColumnNr(), node.fields.get(name));
          } else {
            node.fields.put(name, child);
            node.nameLocations.put(name, new int[] {nameLoc.getLineNr(), nameLoc.getColumnNr()});
          }
        }
        return node;
      }
      case START_ARRAY: {
        Node node = new Node(Kind.ARRAY, line, column, "", false);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.elements.add(read(p, pointer + "/" + node.elements.size(), listener));
        }
        return node;
      }
      case VALUE_STRING: {
        String text = p.getString();
        checkUnicode(text, pointer, line, column, "a string", listener);
        return new Node(Kind.STRING, line, column, text, false);
      }
      case VALUE_NUMBER_INT:
        return new Node(Kind.NUMBER, line, column, p.getString(), false);
      case VALUE_NUMBER_FLOAT:
        return new Node(Kind.NUMBER, line, column, p.getString(), true);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node(Kind.BOOLEAN, line, column, p.getString(), false);
      case VALUE_NULL:
        return new Node(Kind.NULL, line, column, "null", false);
      default:
        throw new IllegalStateException("Unexpected token " + t + " at " + line + ":" + column);
    }
  }

  /** Reports the first unpaired surrogate of a text, if any. */
  private static void checkUnicode(String text, String pointer, int line, int column, String what, Listener listener) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        listener.unpairedSurrogate(pointer, line, column, what, c);
        return;
      }
    }
  }

  /** Escapes a name as a JSON pointer segment (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Finds the node at a JSON pointer below this one, or the deepest existing ancestor. */
  Node find(String pointer) {
    Node node = this;
    if (pointer.isEmpty()) {
      return node;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (node.kind == Kind.OBJECT) {
        next = node.fields.get(segment);
      } else if (node.kind == Kind.ARRAY && segment.matches("\\d{1,9}")) {
        int i = Integer.parseInt(segment);
        next = i < node.elements.size() ? node.elements.get(i) : null;
      }
      if (next == null) {
        return node;
      }
      node = next;
    }
    return node;
  }

  /** Returns the value of a number as a double. */
  double doubleValue() {
    return Double.parseDouble(text);
  }

  Optional<Node> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** Writes the value through a generator, numbers exactly as they were written. */
  void write(JsonGenerator g) {
    switch (kind) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, Node> e : fields.entrySet()) {
          g.writeName(e.getKey());
          e.getValue().write(g);
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (Node n : elements) {
          n.write(g);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(text);
        break;
      case NUMBER:
        g.writeNumber(text);
        break;
      case BOOLEAN:
        g.writeBoolean(Boolean.parseBoolean(text));
        break;
      default:
        g.writeNull();
    }
  }
}
