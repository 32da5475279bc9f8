package io.github.eventline.export.json;

import java.io.Reader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.sym.CharsToNameCanonicalizer;

/**
 * A factory of Jackson's character parser whose parsers tell the line and column of the current
 * token without making a {@link tools.jackson.core.TokenStreamLocation} each time: {@link Node}
 * asks for them at every token of a story file, and those objects were a fifth of what a read
 * allocated. Reading stories only; not public, by design.
 */
final class LocatingJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  LocatingJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
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
