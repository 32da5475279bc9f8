/**
 * Eventline's vocabulary: events, actors, places, sources, assertions, stories, and time as news
 * states it. Depends on Guava, and for units on JSR 385 (Indriya with the UCUM system), which
 * stays out of the API; no I/O.
 */
@SuppressWarnings("module") // the timeline is not compiled yet when core is
module io.github.eventline.core {
  requires com.google.common;
  requires static transitive org.jspecify;
  // units of quantities (Quantities); not part of the API, so not transitive
  requires java.measure;
  requires systems.uom.ucum;

  exports io.github.eventline.core;
  exports io.github.eventline.core.time;
  // not API: the positions a validated story keeps, for the timeline's reasoning
  exports io.github.eventline.core.internal to io.github.eventline.timeline;
}
