/**
 * Views of a timeline for people: the TimelineJS3 JSON format ({@link
 * io.github.eventline.export.view.TimelineJs}), a Mermaid {@code timeline} block ({@link
 * io.github.eventline.export.view.MermaidTimeline}) and one self-contained HTML page drawing the
 * timeline in SVG ({@link io.github.eventline.export.view.HtmlTimeline}).
 *
 * <p>Every view places an event by its derived bounds ({@code Timeline.derivedBounds}): from the
 * earliest start to the latest end, shown at the precision the bounds were stated with. An event
 * whose earliest start is unbounded has no place on an axis: TimelineJS leaves it out, Mermaid and
 * HTML list it apart as undated. Dates are read in UTC. Every writer is deterministic: the same
 * timeline gives byte-identical output.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.export.view;

import org.jspecify.annotations.NullMarked;
