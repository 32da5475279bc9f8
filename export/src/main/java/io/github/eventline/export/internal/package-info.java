/**
 * What the timeline JSON and CSV writers share: how a timeline is read into rows. Not exported by
 * the module, by design.
 */
@NullMarked
package io.github.eventline.export.internal;

import org.jspecify.annotations.NullMarked;
