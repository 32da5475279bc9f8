/**
 * Time as news states it: fuzzy bounds ({@link io.github.eventline.core.time.TimeBounds}), EDTF
 * parsing, and Allen's interval relations.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.core.time;

import org.jspecify.annotations.NullMarked;
