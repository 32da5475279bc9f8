/**
 * The arithmetic of time points: Allen's thirteen relations as bit masks, translated into
 * difference constraints between the start and end points of two events, and closed by
 * Floyd-Warshall on small matrices. Not exported.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.points;

import org.jspecify.annotations.NullMarked;
