/**
 * Timelines built from stories: temporal reasoning, ordering, reconciliation of claims.
 */
module io.github.eventline.timeline {
  requires transitive io.github.eventline.core;

  exports io.github.eventline.timeline;
}
