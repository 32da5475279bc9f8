/**
 * Timelines built from stories: ordering, derived bounds, conflicts and verdicts.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline;

import org.jspecify.annotations.NullMarked;
