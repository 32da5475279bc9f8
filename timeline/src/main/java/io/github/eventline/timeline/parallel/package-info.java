/**
 * The independent parts of building a large timeline, run at once, with the result a single
 * thread gets. Not exported.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.parallel;

import org.jspecify.annotations.NullMarked;
