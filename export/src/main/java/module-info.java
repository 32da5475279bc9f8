/**
 * Eventline's file formats: story JSON ({@code eventline/1}) read and written losslessly, timeline
 * JSON, and CSV tables, all with Jackson 3; and views of a timeline for people: TimelineJS JSON,
 * Mermaid and a self-contained HTML page.
 *
 * <p>Provides {@link io.github.eventline.export.json.EventlineModule} as a Jackson module, found by
 * {@code MapperBuilder.findModules()}.
 */
module io.github.eventline.export {
  requires transitive io.github.eventline.core;
  requires transitive tools.jackson.databind;
  requires transitive io.github.eventline.timeline;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;

  exports io.github.eventline.export.csv;
  exports io.github.eventline.export.json;
  exports io.github.eventline.export.view;

  provides tools.jackson.databind.JacksonModule with io.github.eventline.export.json.EventlineModule;
}
