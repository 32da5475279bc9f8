package io.github.eventline.export.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Copies one JSON value token by token, without recursion and without building a tree: how an
 * {@code x-} extension is read into its compact text and written back. Numbers are copied exactly
 * as written. Memory: the output, plus the field names of the objects open at the current token.
 * Not public, by design.
 */
final class JsonCopy {

  /** Told of what the copy meets that a story file may not hold. */
  interface Checks {
    /** A field name given twice in one object; {@code first} is the line and column of the first. */
    void duplicate(JsonParser p, String name, int[] first);

    /** A string or field name holding a surrogate, paired or not: to be checked. */
    void surrogates(JsonParser p, String text, boolean name);

    /** Returns the line and column of the parser's current token. */
    int[] location(JsonParser p);
  }

  private JsonCopy() {}

  /**
   * Copies the value at the parser's current token to the generator (or only checks it, if the
   * generator is null), leaving the parser on the value's last token.
   */
  static void copy(JsonParser p, JsonGenerator g, Checks checks) {
    Deque<Map<String, int[]>> names = new ArrayDeque<>();
    int depth = 0;
    JsonToken t = p.currentToken();
    while (true) {
      switch (t) {
        case START_OBJECT:
          names.push(new HashMap<>());
          depth++;
          if (g != null) {
            g.writeStartObject();
          }
          break;
        case START_ARRAY:
          names.push(Map.of());
          depth++;
          if (g != null) {
            g.writeStartArray();
          }
          break;
        case END_OBJECT:
        case END_ARRAY:
          names.pop();
          depth--;
          if (g != null) {
            if (t == JsonToken.END_OBJECT) {
              g.writeEndObject();
            } else {
              g.writeEndArray();
            }
          }
          break;
        case PROPERTY_NAME: {
          String name = p.currentName();
          if (hasSurrogate(name)) {
            checks.surrogates(p, name, true);
          }
          int[] first = names.peek().putIfAbsent(name, checks.location(p));
          if (first != null) {
            checks.duplicate(p, name, first);
          }
          if (g != null) {
            g.writeName(name);
          }
          break;
        }
        case VALUE_STRING: {
          String text = p.getString();
          if (hasSurrogate(text)) {
            checks.surrogates(p, text, false);
          }
          if (g != null) {
            g.writeString(text);
          }
          break;
        }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          if (g != null) {
            g.writeNumber(p.getString());
          }
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          if (g != null) {
            g.writeBoolean(t == JsonToken.VALUE_TRUE);
          }
          break;
        case VALUE_NULL:
          if (g != null) {
            g.writeNull();
          }
          break;
        default:
          throw new IllegalStateException("Unexpected token " + t);
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    }
  }

  /** Returns whether a text holds any surrogate, paired or not. */
  static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
