/**
 * Readers that turn the field's formats into a {@link io.github.eventline.core.Story}: each reads
 * its input as a stream, names the file, line and column of a bad row, and never loses a row
 * silently.
 */
package io.github.eventline.imports;
