package io.github.eventline.export.json;

import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON text of {@code x-} extension fields, which the model keeps as text: read into compact
 * text, checked to be one JSON value, and written back token by token ({@link JsonCopy}), never
 * as a tree. Each is linear in the length of the text. Not public, by design; no state.
 */
final class ExtensionJson {

  /**
   * Parses the text of an extension to write it: whatever a reader accepted (nesting up to the
   * ceiling, strings and documents of any length a raised limit let in) is written back.
   */
  private static final JsonFactory FACTORY = StoryJson.factory(StreamReadConstraints.builder()
      .maxNestingDepth(StoryJson.NESTING_DEPTH_CEILING)
      .maxStringLength(Integer.MAX_VALUE)
      .maxNameLength(StoryJson.MAX_NAME_LENGTH)
      .maxNumberLength(StoryJson.MAX_NUMBER_LENGTH)
      .maxDocumentLength(-1)
      .build());

  private static final JsonCopy.Checks NO_CHECKS = new JsonCopy.Checks() {
    @Override
    public void duplicate(JsonParser p, String name, int[] first) {}

    @Override
    public void surrogates(JsonParser p, String text, boolean name) {}

    @Override
    public int[] location(JsonParser p) {
      return null;
    }
  };

  private ExtensionJson() {}

  /** Returns a value as compact JSON text, numbers exactly as written. */
  static String compact(Node node) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = StoryJson.FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      node.write(g);
    }
    return text.toString();
  }

  /**
   * Checks that the text of an extension field is one JSON value, without building its tree.
   *
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  static void check(String json, String key, String owner) {
    Problems problems = new Problems();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (p.nextToken() == null) {
        throw notJson(key, owner, "empty");
      }
      JsonCopy.copy(p, null, new JsonCopy.Checks() {
        @Override
        public void duplicate(JsonParser parser, String name, int[] first) {
          throw notJson(key, owner, "duplicate field \"" + name + "\"");
        }

        @Override
        public void surrogates(JsonParser parser, String text, boolean name) {
          Node.checkUnicode(text, "", 0, 0, name ? "a field name" : "a string", DocumentParser.listener(problems));
          if (!problems.isEmpty()) {
            throw notJson(key, owner, problems.inFileOrder().get(0).message());
          }
        }

        @Override
        public int[] location(JsonParser parser) {
          return new int[2];
        }
      });
      if (p.nextToken() != null) {
        throw notJson(key, owner, "unexpected content after the value");
      }
    } catch (JacksonException e) {
      throw notJson(key, owner, "invalid JSON: " + clean(e.getOriginalMessage()));
    }
  }

  private static IllegalArgumentException notJson(String key, String owner, String why) {
    return new IllegalArgumentException("Extension field \"" + key + "\" of " + owner + " is not a JSON value: " + why);
  }

  /** Drops Jackson's source descriptions and advice from a message. */
  private static String clean(String message) {
    return ParserMessages.clean(message == null ? "unreadable input" : message);
  }

  /** Writes the text of an extension field, checked by {@link #check}, token by token. */
  static void write(JsonGenerator g, String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      JsonCopy.copy(p, g, NO_CHECKS);
    }
  }
}
