package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The located tree the story reader works on places every value and every field name where its
 * token starts, whether its parser is the reader's own ({@link LocatingJsonFactory}) or Jackson's:
 * on random story files, written as the library writes them and then reshaped
 * (compact, CRLF or CR line ends, tabs, extra spaces and line breaks between tokens), read from a
 * stream and from a text, each node's line and column, and each field name's, are Jackson's token
 * location of the same token. (An {@code x-} field's object or array is kept as its text: its place
 * is checked, not what it holds.)
 */
class NodePlacesTest {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nodePlaces_areJacksonsTokenLocations(long seed) {
    String json = reshape(StoryJson.toJson(new RandomStories(seed).story()), new Random(seed));
    List<String> expected = tokenPlaces(json);

    // the story reader's parsers (LocatingJsonFactory), and Jackson's own, whose places Node asks
    // through currentTokenLocation()
    for (JsonFactory factory : List.of(StoryJson.reader().factoryForTests(), StoryJson.FACTORY)) {
      try (JsonParser fromText = factory.createParser(ObjectReadContext.empty(), json);
          JsonParser fromStream = factory.createParser(ObjectReadContext.empty(),
              new Utf8Reader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
        assertThat(treePlaces(fromText)).as("seed %d, %s, text:%n%s", seed, factory.getClass(), json)
            .hasSizeGreaterThan(20).isEqualTo(expected);
        assertThat(treePlaces(fromStream)).as("seed %d, %s, stream:%n%s", seed, factory.getClass(), json)
            .isEqualTo(expected);
      }
    }
  }

  /** Every token but the ends of containers, as "token line:column", in document order. */
  private static List<String> tokenPlaces(String json) {
    List<String> places = new ArrayList<>();
    try (JsonParser p = StoryJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      boolean extension = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          TokenStreamLocation at = p.currentTokenLocation();
          places.add(kind(t) + " " + at.getLineNr() + ":" + at.getColumnNr());
        }
        if (extension && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
          p.skipChildren(); // an x- field's object or array is kept as text, without a tree
        }
        extension = t == JsonToken.PROPERTY_NAME && p.currentName().startsWith("x-");
      }
    }
    return places;
  }

  /** The same list from the located tree: each node's place, and each field name's before its value. */
  private static List<String> treePlaces(JsonParser p) {
    p.nextToken();
    Node root = Node.read(p, "", new Node.Listener() {
      @Override
      public void duplicate(String pointer, String name, int line, int column, int firstLine, int firstColumn) {
        throw new AssertionError("duplicate " + pointer);
      }

      @Override
      public void unpairedSurrogate(String pointer, int line, int column, String what, char surrogate) {
        throw new AssertionError("surrogate " + pointer);
      }
    });
    List<String> places = new ArrayList<>();
    walk(root, places);
    return places;
  }

  private static void walk(Node node, List<String> places) {
    places.add(node.kind + " " + node.line + ":" + node.column);
    for (int i = 0; i < node.size(); i++) {
      if (node.kind == Node.Kind.OBJECT) {
        places.add("NAME " + node.nameLine(i) + ":" + node.nameColumn(i));
      }
      walk(node.value(i), places);
    }
  }

  private static String kind(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "OBJECT";
      case START_ARRAY:
        return "ARRAY";
      case PROPERTY_NAME:
        return "NAME";
      case VALUE_STRING:
        return "STRING";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "NUMBER";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "BOOLEAN";
      default:
        return "NULL";
    }
  }

  /** Rewrites the whitespace between tokens (never inside strings) at random. */
  private static String reshape(String json, Random random) {
    String[] breaks = {"\n", "\r\n", "\r", " ", "\t", "", "\n\n  "};
    String lineEnd = breaks[random.nextInt(3)];
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '\n') {
        out.append(random.nextInt(4) == 0 ? breaks[random.nextInt(breaks.length)] : lineEnd);
      } else {
        out.append(c);
        inString = c == '"';
      }
    }
    return out.toString();
  }
}
