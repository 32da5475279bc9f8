package io.github.eventline.export.json;

import java.io.Reader;
import java.io.StringReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.PackageVersion;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.sym.CharsToNameCanonicalizer;

/**
 * A factory of Jackson's character parser whose parsers tell the line and column of the current
 * token without making a {@link TokenStreamLocation} each time: {@link Node} asks for them at every
 * token of a story file. The only class of Eventline that uses Jackson's internals (the protected
 * {@code _createParser} and {@code _rootCharSymbols} of {@link JsonFactory}, the protected fields
 * of {@link ReaderBasedJsonParser} that hold where the current token starts), written for
 * jackson-core 3.1.
 *
 * <p>Those internals may change in any Jackson release. {@link #create} therefore checks once, on
 * a sample text, that this class compiles against, links to and agrees with the jackson-core it
 * runs with; if not, it returns Jackson's own factory, and {@link Node} asks each token its place
 * through the public {@link JsonParser#currentTokenLocation()}: the same places, at the cost of an
 * object per token. {@code LocatingJsonFactoryTest} fails, naming the jackson-core version, when
 * the check fails. Reading stories only; not public, by design.
 */
final class LocatingJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  /**
   * A text whose tokens start after every kind of line end and space a file may hold: the
   * check's sample.
   */
  private static final String SAMPLE =
      "{\"a\" :\r\n [1,\t\"x\",\r{\"bb\":\n\n  true}],\r\n\t\"c\":null ,\"d\": {\"e\" : -2.5e3}}";

  /** What the check found: null if this class works with the jackson-core it runs with. */
  private static final @Nullable String PROBLEM = problem(() -> new LocatingJsonFactory(JsonFactory.builder()));

  LocatingJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  /**
   * Returns a factory of the builder's settings: one of this class if it works with the
   * jackson-core it runs with, else Jackson's own.
   */
  static JsonFactory create(JsonFactoryBuilder builder) {
    return PROBLEM == null ? new LocatingJsonFactory(builder) : builder.build();
  }

  /**
   * Returns what stops this class from working with the jackson-core it runs with, or null if
   * nothing does.
   */
  static @Nullable String problem() {
    return PROBLEM;
  }

  /** Returns the jackson-core version this class runs with. */
  static String jacksonVersion() {
    return PackageVersion.VERSION.toString();
  }

  /**
   * Checks the parsers of a factory on the sample text, read as a string and as a stream: each
   * must be a {@link Parser} and give every token the place Jackson's public location gives.
   *
   * @return what is wrong, or null if nothing is
   */
  static @Nullable String problem(java.util.function.Supplier<JsonFactory> factory) {
    try {
      JsonFactory f = factory.get();
      String fromText = problem(f.createParser(ObjectReadContext.empty(), SAMPLE), "text");
      return fromText != null
          ? fromText
          : problem(f.createParser(ObjectReadContext.empty(), new StringReader(SAMPLE)), "stream");
    } catch (LinkageError | RuntimeException e) {
      return e.toString();
    }
  }

  private static @Nullable String problem(JsonParser p, String input) {
    try (p) {
      if (!(p instanceof Parser parser)) {
        return "its parser of a " + input + " is a " + p.getClass().getName() + ", not a LocatingJsonFactory.Parser";
      }
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        TokenStreamLocation at = p.currentTokenLocation();
        if (parser.tokenLine() != at.getLineNr() || parser.tokenColumn() != at.getColumnNr()) {
          return "in a " + input + ", " + t + " starts at " + at.getLineNr() + ":" + at.getColumnNr()
              + " by currentTokenLocation(), " + parser.tokenLine() + ":" + parser.tokenColumn() + " by its fields";
        }
      }
      return null;
    }
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
    return new Parser(readCtxt, ioCtxt, readCtxt.getStreamReadFeatures(_streamReadFeatures),
        readCtxt.getFormatReadFeatures(_formatReadFeatures), r, _rootCharSymbols.makeChild());
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt, IOContext ioCtxt, char[] data, int offset, int len, boolean recyclable) {
    _checkRangeBoundsForCharArray(data, offset, len);
    _streamReadConstraints.validateDocumentLength(len);
    return new Parser(readCtxt, ioCtxt, readCtxt.getStreamReadFeatures(_streamReadFeatures),
        readCtxt.getFormatReadFeatures(_formatReadFeatures), _rootCharSymbols.makeChild(), data, offset,
        offset + len, recyclable);
  }

  /**
   * Jackson's character parser, telling where the current token starts: the same line and column
   * as {@link #currentTokenLocation()}.
   */
  static final class Parser extends ReaderBasedJsonParser {

    Parser(ObjectReadContext readCtxt, IOContext ioCtxt, int streamReadFeatures, int formatReadFeatures, Reader r,
        CharsToNameCanonicalizer symbols) {
      super(readCtxt, ioCtxt, streamReadFeatures, formatReadFeatures, r, symbols);
    }

    Parser(ObjectReadContext readCtxt, IOContext ioCtxt, int streamReadFeatures, int formatReadFeatures,
        CharsToNameCanonicalizer symbols, char[] buffer, int start, int end, boolean recyclable) {
      super(readCtxt, ioCtxt, streamReadFeatures, formatReadFeatures, null, symbols, buffer, start, end, recyclable);
    }

    /** Returns the line where the current token starts, as {@code currentTokenLocation().getLineNr()}. */
    int tokenLine() {
      return _currToken == JsonToken.PROPERTY_NAME ? _nameStartRow : _tokenInputRow;
    }

    /** Returns the column where the current token starts, as {@code currentTokenLocation().getColumnNr()}. */
    int tokenColumn() {
      return _currToken == JsonToken.PROPERTY_NAME ? _nameStartCol : _tokenInputCol;
    }
  }
}
