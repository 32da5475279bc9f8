/**
 * Eventline's imports: stories read from the formats the field already keeps its news in, the
 * annotated corpora (TimeML, MEANTIME) and the machine-coded event databases (GDELT 2.0, ACLED).
 */
module io.github.eventline.imports {
  requires transitive io.github.eventline.core;
  requires transitive io.github.eventline.export;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;
  requires java.xml;

  exports io.github.eventline.imports;
}
