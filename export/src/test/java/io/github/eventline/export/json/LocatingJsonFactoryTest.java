package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The story reader's parsers tell where each token starts without making a location object: at
 * every token of random story files, written as the library writes them and then reshaped (compact,
 * CRLF or CR line ends, tabs, extra spaces and line breaks between tokens), from a stream and from a
 * text, they give the same line and column as Jackson's {@code currentTokenLocation()}. And the
 * class, which reads Jackson's internals, works with the jackson-core on the class path: if a
 * Jackson release breaks it, the first test fails and names that release.
 */
class LocatingJsonFactoryTest {

  @Test
  void worksWithTheJacksonOfTheBuild() {
    assertThat(LocatingJsonFactory.problem())
        .as("LocatingJsonFactory reads internals of jackson-core's ReaderBasedJsonParser and JsonFactory, and does "
            + "not work with jackson-core %s. The story reader still works, through Jackson's public "
            + "currentTokenLocation(), but allocates a location per token: adapt LocatingJsonFactory to jackson-core "
            + "%s or remove it. What failed", LocatingJsonFactory.jacksonVersion(), LocatingJsonFactory.jacksonVersion())
        .isNull();
    assertThat(StoryJson.reader().factoryForTests()).isInstanceOf(LocatingJsonFactory.class);
  }

  @Test
  void check_refusesAFactoryWhoseParsersAreNotItsOwn() {
    assertThat(LocatingJsonFactory.problem(() -> JsonFactory.builder().build()))
        .isEqualTo("its parser of a text is a tools.jackson.core.json.ReaderBasedJsonParser, not a "
            + "LocatingJsonFactory.Parser");
  }

  @Test
  void check_reportsWhatDoesNotLink() {
    assertThat(LocatingJsonFactory.problem(() -> {
      throw new NoSuchFieldError("_nameStartRow");
    })).isEqualTo("java.lang.NoSuchFieldError: _nameStartRow");
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tokenPlaces_areJacksonsTokenLocations(long seed) {
    String json = reshape(StoryJson.toJson(new RandomStories(seed).story()), new Random(seed));
    LocatingJsonFactory factory = (LocatingJsonFactory) StoryJson.reader().factoryForTests();

    try (JsonParser fromText = factory.createParser(ObjectReadContext.empty(), json);
        JsonParser fromStream = factory.createParser(ObjectReadContext.empty(),
            new Utf8Reader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(places(fromText)).as("seed %d, text:%n%s", seed, json).isNotEmpty().allSatisfy(
          p -> assertThat(p[1]).as("seed %d", seed).isEqualTo(p[0]));
      assertThat(places(fromStream)).as("seed %d, stream:%n%s", seed, json).isNotEmpty().allSatisfy(
          p -> assertThat(p[1]).as("seed %d", seed).isEqualTo(p[0]));
    }
  }

  /** For each token: Jackson's place and the parser's own, as "token line:column". */
  private static List<String[]> places(JsonParser p) {
    LocatingJsonFactory.Parser parser = (LocatingJsonFactory.Parser) p;
    List<String[]> places = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      TokenStreamLocation at = p.currentTokenLocation();
      places.add(new String[] {t + " " + at.getLineNr() + ":" + at.getColumnNr(),
          t + " " + parser.tokenLine() + ":" + parser.tokenColumn()});
    }
    return places;
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
