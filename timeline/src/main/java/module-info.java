/**
 * Eventline's temporal reasoning: a story's events ordered into a timeline, their bounds tightened
 * by the relations between them, and the conflicts among what sources say, explained.
 */
module io.github.eventline.timeline {
  requires transitive io.github.eventline.core;
  requires com.google.common;

  exports io.github.eventline.timeline;
  exports io.github.eventline.timeline.duplicates;
}
