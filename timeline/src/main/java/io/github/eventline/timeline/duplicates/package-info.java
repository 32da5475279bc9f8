/**
 * Suggestions of events that are likely one event reported twice, for the modeller to confirm
 * with a {@code same-as} claim: {@link io.github.eventline.timeline.duplicates.DuplicateMatcher}.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.duplicates;

import org.jspecify.annotations.NullMarked;
