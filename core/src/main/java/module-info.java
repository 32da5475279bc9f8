/**
 * Eventline's vocabulary: events, actors, places, sources, assertions, stories, and time as news
 * states it. Depends on Guava only; no I/O.
 */
module io.github.eventline.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports io.github.eventline.core;
  exports io.github.eventline.core.time;
}
