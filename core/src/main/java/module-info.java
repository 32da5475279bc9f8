/**
 * Eventline's vocabulary: events, actors, places, sources, assertions, stories, and time as news
 * states it. Depends on Guava only; no I/O.
 */
@SuppressWarnings("module") // the timeline is not compiled yet when core is
module io.github.eventline.core {
  requires com.google.common;
  requires static transitive org.jspecify;

  exports io.github.eventline.core;
  exports io.github.eventline.core.time;
  // not API: the positions a validated story keeps, for the timeline's reasoning
  exports io.github.eventline.core.internal to io.github.eventline.timeline;
}
