/**
 * A story read once into arrays, by position: each event's index and stated bounds in seconds,
 * each assertion's claim type and events. Shared by the reconciliation and the temporal network so
 * that each id is looked up once. Not exported.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.index;

import org.jspecify.annotations.NullMarked;
