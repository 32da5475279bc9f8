/**
 * The timeline order: a deterministic total order of a solved network's events, a topological
 * order of "necessarily before" with ties broken by the order rule. Not exported: the API is
 * {@code io.github.eventline.timeline.Timeline#events()}.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.order;

import org.jspecify.annotations.NullMarked;
