/**
 * The temporal network of a story: its dates and accepted relation claims translated into
 * difference constraints between the events' start and end points, propagated into derived
 * bounds, and made consistent by finding, explaining and setting aside conflicts; the qualitative
 * constraints checked by partial path consistency. Not exported: the API is {@code
 * io.github.eventline.timeline.Timeline} and {@code TemporalConflict}.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.network;

import org.jspecify.annotations.NullMarked;
