package io.github.eventline.export.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;

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

  private static final String[] NO_NAMES = {};
  private static final Node[] NO_NODES = {};
  private static final int[] NO_INTS = {};
  /** How many distinct short strings one reading shares. */
  private static final int SHORT_STRINGS = 1 << 16;

  final Kind kind;
  final int line;
  final int column;
  /** The string, the number as written, or {@code true}/{@code false}; empty for containers. */
  final String text;
  /** True for a number written with a fraction or an exponent. */
  final boolean floating;
  /** An object's fields or an array's elements; null for a scalar, which then costs 40 bytes. */
  private final Children children;

  /** What a container holds: kept out of scalars, the bulk of a located tree. */
  private static final class Children {
    /** An object's field names, or an array's nothing; the first {@code size} are used. */
    String[] names = NO_NAMES;
    /** An object's field values or an array's elements; the first {@code size} are used. */
    Node[] values = NO_NODES;
    /** Where each field name of an object starts: line and column, two ints a field. */
    int[] nameLocations = NO_INTS;
    int size;
    /**
     * The compact JSON text of an {@code x-} field's object or array, read without building its
     * tree (so that what an extension holds costs about a byte of heap per byte read); else null.
     */
    String raw;
  }

  private Node(Kind kind, int line, int column, String text, boolean floating) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.text = text;
    this.floating = floating;
    this.children = kind == Kind.OBJECT || kind == Kind.ARRAY ? new Children() : null;
  }

  /** Receives the problems met while reading: duplicate field names, text that is not Unicode. */
  interface Listener {
    void duplicate(String pointer, String name, int line, int column, int firstLine, int firstColumn);

    void unpairedSurrogate(String pointer, int line, int column, String what, char surrogate);
  }

  /**
   * Reads the value at the parser's current token (which must be set), leaving the parser on the
   * value's last token. Pointers in problems are relative to this value.
   */
  static Node read(JsonParser p, String pointer, Listener listener) {
    TokenStreamContext base = p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY
        ? p.streamReadContext().getParent()
        : p.streamReadContext();
    return read(p, new Reading(pointer, base, listener, p));
  }

  /**
   * Reads a whole document, at the parser's current token, handing the elements of the top-level
   * arrays the reader asks for to it one at a time instead of keeping them: the root object gets
   * an empty array in their place, at the array's location.
   */
  static Node readRoot(JsonParser p, Listener listener, StoryTreeReader reader) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return read(p, "", listener);
    }
    Reading r = new Reading("", p.streamReadContext().getParent(), listener, p);
    Node node = new Node(Kind.OBJECT, r.line(p), r.column(p), "", false);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      int nameLine = r.line(p);
      int nameColumn = r.column(p);
      if (hasSurrogate(name)) {
        checkUnicode(name, "", nameLine, nameColumn, "a field name", listener);
      }
      JsonToken t = p.nextToken();
      Node first = node.get(name);
      if (first == null && reader.streams(name, t == JsonToken.START_ARRAY)) {
        Node array = new Node(Kind.ARRAY, r.line(p), r.column(p), "", false);
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          reader.element(name, index++, read(p, r));
        }
        node.addField(name, array, nameLine, nameColumn);
        continue;
      }
      Node child = readField(p, r, name);
      if (first != null) {
        listener.duplicate(r.pointer(p.streamReadContext()), name, nameLine, nameColumn, first.line, first.column);
      } else {
        node.addField(name, child, nameLine, nameColumn);
      }
    }
    return node;
  }

  /** What a read needs to name the place of a problem: pointers are built only then. */
  private static final class Reading implements JsonCopy.Checks {
    final String prefix;
    final TokenStreamContext base;
    final Listener listener;
    private final Map<String, String> shortStrings = new HashMap<>();
    /** The parser, when it tells token places without making location objects; else null. */
    private final LocatingJsonFactory.Parser locating;

    Reading(String prefix, TokenStreamContext base, Listener listener, JsonParser p) {
      this.prefix = prefix;
      this.base = base;
      this.listener = listener;
      this.locating = p instanceof LocatingJsonFactory.Parser ? (LocatingJsonFactory.Parser) p : null;
    }

    @Override
    public void duplicate(JsonParser p, String name, int[] first) {
      listener.duplicate(pointer(p.streamReadContext()), name, line(p), column(p), first[0], first[1]);
    }

    @Override
    public void surrogates(JsonParser p, String text, boolean name) {
      if (name) {
        checkUnicode(text, pointer(p.streamReadContext().getParent()), line(p), column(p), "a field name", listener);
      } else {
        checkUnicode(text, pointer(p.streamReadContext()), line(p), column(p), "a string", listener);
      }
    }

    @Override
    public int[] location(JsonParser p) {
      return new int[] {line(p), column(p)};
    }

    /**
     * Returns one instance of each distinct short string of this reading: a list of tiny strings
     * (aliases, relations) then costs a reference each, not a string each. Bounded: once it holds
     * {@link #SHORT_STRINGS} strings, new ones are returned as they are.
     */
    String shortString(String text) {
      if (text.length() > 3) {
        return text;
      }
      String known = shortStrings.get(text);
      if (known != null) {
        return known;
      }
      if (shortStrings.size() < SHORT_STRINGS) {
        shortStrings.put(text, text);
      }
      return text;
    }

    /** The line where the parser's current token starts. */
    int line(JsonParser p) {
      return locating != null ? locating.tokenLine() : p.currentTokenLocation().getLineNr();
    }

    /** The column where the parser's current token starts. */
    int column(JsonParser p) {
      return locating != null ? locating.tokenColumn() : p.currentTokenLocation().getColumnNr();
    }

    /** The pointer of a context's current value, relative to the value the reading started at. */
    String pointer(TokenStreamContext context) {
      List<String> segments = new ArrayList<>();
      for (TokenStreamContext c = context; c != null && c != base; c = c.getParent()) {
        if (c.inObject()) {
          segments.add(escape(c.currentName() == null ? "" : c.currentName()));
        } else if (c.inArray()) {
          segments.add(Integer.toString(c.getCurrentIndex()));
        }
      }
      StringBuilder pointer = new StringBuilder(prefix);
      for (int i = segments.size() - 1; i >= 0; i--) {
        pointer.append('/').append(segments.get(i));
      }
      return pointer.toString();
    }
  }

  /**
   * Reads a field's value: the object or array of an {@code x-} field as its compact text, any
   * other value as a tree.
   */
  private static Node readField(JsonParser p, Reading r, String name) {
    JsonToken t = p.currentToken();
    if (name.startsWith("x-") && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      Node node = new Node(t == JsonToken.START_OBJECT ? Kind.OBJECT : Kind.ARRAY, r.line(p), r.column(p), "", false);
      StringWriter text = new StringWriter();
      try (JsonGenerator g = StoryJson.FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
        JsonCopy.copy(p, g, r);
      }
      node.children.raw = text.toString();
      return node;
    }
    return read(p, r);
  }

  /** Returns the compact JSON text of a value read as text, or null if it was read as a tree. */
  String raw() {
    return children == null ? null : children.raw;
  }

  private static Node read(JsonParser p, Reading r) {
    JsonToken t = p.currentToken();
    int line = r.line(p);
    int column = r.column(p);
    switch (t) {
      case START_OBJECT: {
        Node node = new Node(Kind.OBJECT, line, column, "", false);
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          int nameLine = r.line(p);
          int nameColumn = r.column(p);
          if (hasSurrogate(name)) {
            checkUnicode(name, r.pointer(p.streamReadContext().getParent()), nameLine, nameColumn, "a field name",
                r.listener);
          }
          p.nextToken();
          Node child = readField(p, r, name);
          Node first = node.get(name);
          if (first != null) {
            r.listener.duplicate(r.pointer(p.streamReadContext()), name, nameLine, nameColumn, first.line,
                first.column);
          } else {
            node.addField(name, child, nameLine, nameColumn);
          }
        }
        return node;
      }
      case START_ARRAY: {
        Node node = new Node(Kind.ARRAY, line, column, "", false);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.add(read(p, r));
        }
        return node;
      }
      case VALUE_STRING: {
        String text = r.shortString(p.getString());
        if (hasSurrogate(text)) {
          checkUnicode(text, r.pointer(p.streamReadContext()), line, column, "a string", r.listener);
        }
        return new Node(Kind.STRING, line, column, text, false);
      }
      case VALUE_NUMBER_INT:
        return new Node(Kind.NUMBER, line, column, p.getString(), false);
      case VALUE_NUMBER_FLOAT:
        return new Node(Kind.NUMBER, line, column, p.getString(), true);
      case VALUE_TRUE:
        return new Node(Kind.BOOLEAN, line, column, "true", false);
      case VALUE_FALSE:
        return new Node(Kind.BOOLEAN, line, column, "false", false);
      case VALUE_NULL:
        return new Node(Kind.NULL, line, column, "null", false);
      default:
        throw new IllegalStateException("Unexpected token " + t + " at " + line + ":" + column);
    }
  }

  private void addField(String name, Node value, int nameLine, int nameColumn) {
    Children c = children;
    if (c.size == c.values.length) {
      int capacity = Math.max(4, c.size * 2);
      c.names = Arrays.copyOf(c.names, capacity);
      c.values = Arrays.copyOf(c.values, capacity);
      c.nameLocations = Arrays.copyOf(c.nameLocations, capacity * 2);
    }
    c.names[c.size] = name;
    c.values[c.size] = value;
    c.nameLocations[2 * c.size] = nameLine;
    c.nameLocations[2 * c.size + 1] = nameColumn;
    c.size++;
  }

  private void add(Node element) {
    Children c = children;
    if (c.size == c.values.length) {
      c.values = Arrays.copyOf(c.values, Math.max(4, c.size * 2));
    }
    c.values[c.size++] = element;
  }

  /** Returns the number of fields of an object or elements of an array. */
  int size() {
    return children == null ? 0 : children.size;
  }

  /** Returns the value of an object's field, or null if it has none of that name. */
  Node get(String name) {
    int i = children == null ? -1 : indexOf(children.names, children.size, name);
    return i < 0 ? null : children.values[i];
  }

  /**
   * Returns the position of a name among the first {@code size} names, -1 if absent. Linear, but
   * each name that differs is told apart by its hash alone (which a string computes once): the
   * parser hands out one instance of each field name, and callers look names up by constants.
   */
  static int indexOf(String[] names, int size, String name) {
    int hash = name.hashCode();
    for (int i = 0; i < size; i++) {
      String n = names[i];
      if (n == name || (n.hashCode() == hash && n.equals(name))) {
        return i;
      }
    }
    return -1;
  }

  /** Returns whether an object has a field of that name. */
  boolean has(String name) {
    return get(name) != null;
  }

  /** Returns the name of an object's field, by position. */
  String name(int i) {
    return children.names[i];
  }

  /** Returns the value of an object's field or an array's element, by position. */
  Node value(int i) {
    return children.values[i];
  }

  /** Returns the line where an object's field name starts, by position. */
  int nameLine(int i) {
    return children.nameLocations[2 * i];
  }

  /** Returns the column where an object's field name starts, by position. */
  int nameColumn(int i) {
    return children.nameLocations[2 * i + 1];
  }

  /** Returns whether a text holds any surrogate, paired or not. */
  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Reports the first unpaired surrogate of a text, if any. */
  static void checkUnicode(String text, String pointer, int line, int column, String what, Listener listener) {
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
        next = node.get(segment);
      } else if (node.kind == Kind.ARRAY && segment.matches("\\d{1,9}")) {
        int i = Integer.parseInt(segment);
        next = i < node.size() ? node.value(i) : null;
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
    return Optional.ofNullable(get(name));
  }

  /** Writes the value through a generator, numbers exactly as they were written; not for a value read as text. */
  void write(JsonGenerator g) {
    if (raw() != null) {
      throw new IllegalStateException("an extension read as text is written from its text");
    }
    switch (kind) {
      case OBJECT:
        g.writeStartObject();
        for (int i = 0; i < size(); i++) {
          g.writeName(name(i));
          value(i).write(g);
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (int i = 0; i < size(); i++) {
          value(i).write(g);
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
