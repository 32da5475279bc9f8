/**
 * Eventline's vocabulary: {@link io.github.eventline.core.Event events},
 * {@link io.github.eventline.core.Actor actors}, {@link io.github.eventline.core.Place places},
 * {@link io.github.eventline.core.Source sources}, the {@link io.github.eventline.core.Assertion
 * assertions} sources make about them, and the {@link io.github.eventline.core.Story} that holds
 * them all.
 *
 * <p>All model types are immutable values. Every method refuses null arguments with a
 * {@link java.lang.NullPointerException} naming the parameter, unless documented otherwise.
 */
@NullMarked
package io.github.eventline.core;

import org.jspecify.annotations.NullMarked;
