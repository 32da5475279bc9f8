/**
 * Story JSON (format {@code eventline/1}) and timeline JSON.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.export.json;

import org.jspecify.annotations.NullMarked;
