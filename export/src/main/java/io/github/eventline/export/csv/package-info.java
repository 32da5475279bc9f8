/**
 * CSV tables of stories and timelines, safe to open in a spreadsheet.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.export.csv;

import org.jspecify.annotations.NullMarked;
