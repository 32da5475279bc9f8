package io.github.eventline.export.view;

import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Jackson's streaming generators for the views, pretty-printed or compact, never closing the target. */
final class ViewGenerators {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  /** A context whose generators indent with Jackson's default pretty printer. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private ViewGenerators() {}

  /** Returns a pretty-printing UTF-8 generator on a stream it does not close. */
  static JsonGenerator pretty(OutputStream out) {
    return FACTORY.createGenerator(PRETTY, out, JsonEncoding.UTF8);
  }

  /** Returns a compact generator on a writer it does not close. */
  static JsonGenerator compact(Writer out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
  }
}
