package io.github.eventline.export.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Parses a story document into its located tree ({@link Node}), turning what the parser refuses
 * (a syntax error, malformed UTF-8, an exceeded limit, a duplicate field, an unpaired surrogate)
 * into a {@link Problems problem} at its line, column and JSON pointer. Linear in the length of
 * the document. Not public, by design; no state.
 */
final class DocumentParser {

  private DocumentParser() {}

  /**
   * Parses a whole document into a located tree; a syntax error or exceeded limit becomes a problem
   * and ends the parse. With a streaming reader, the top-level lists it asks for go to it element
   * by element and are not kept in the tree.
   */
  static Optional<Node> parse(JsonParser p, Problems problems, Optional<StoryTreeReader> streaming) {
    try {
      if (p.nextToken() == null) {
        problems.add(1, 1, "", "the file is empty", Optional.of("a story file is a JSON object"));
        return Optional.empty();
      }
      Node root = streaming.isPresent()
          ? Node.readRoot(p, listener(problems), streaming.get())
          : Node.read(p, "", listener(problems));
      if (p.nextToken() != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        problems.add(at.getLineNr(), at.getColumnNr(), "", "unexpected content after the end of the story",
            Optional.of("a story file holds one JSON object"));
      }
      return Optional.of(root);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof Utf8Reader.Malformed) {
        Utf8Reader.Malformed m = (Utf8Reader.Malformed) e.getCause();
        problems.add(m.line, m.column, pointer(p), m.getMessage(), m.hint);
        return Optional.empty();
      }
      throw e;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
          ? e.getLocation()
          : p.currentLocation();
      ParserMessages.Advice advice = ParserMessages.of(e.getOriginalMessage());
      // a field name past the limit was not read: the pointer is its object's, not the field's before it
      String pointer = advice.message().startsWith("a field name longer") ? objectPointer(p) : pointer(p);
      problems.add(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), pointer,
          advice.message(), advice.hint());
      return Optional.empty();
    }
  }

  /** Returns the listener that adds the problems a located tree meets while it is read. */
  static Node.Listener listener(Problems problems) {
    return new Node.Listener() {
      @Override
      public void duplicate(String pointer, String name, int line, int column, int firstLine, int firstColumn) {
        problems.add(line, column, pointer, "duplicate field \"" + name + "\"",
            Optional.of("first given at " + firstLine + ":" + firstColumn));
      }

      @Override
      public void unpairedSurrogate(String pointer, int line, int column, String what, char surrogate) {
        problems.add(line, column, pointer, String.format(java.util.Locale.ROOT,
            "%s holds an unpaired surrogate \\u%04X, which is not a character", what, (int) surrogate),
            Optional.of("text must be Unicode characters; a character beyond U+FFFF is written as a pair such as"
                + " \\uD83D\\uDE00"));
      }
    };
  }

  /** Returns the pointer of the parser's current place, or the root's when it has none. */
  private static String pointer(JsonParser p) {
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      return "";
    }
  }

  /** Returns the pointer of the object the parser is in, or the root's. */
  private static String objectPointer(JsonParser p) {
    try {
      TokenStreamContext context = p.streamReadContext();
      return context.inObject() && context.getParent() != null
          ? context.getParent().pathAsPointer().toString()
          : pointer(p);
    } catch (RuntimeException ignored) {
      return "";
    }
  }
}
