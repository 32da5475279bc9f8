package io.github.eventline.export.csv;

/**
 * The order of the rows of a table.
 *
 * <p>Either order gives byte-identical output for the same story.
 */
public enum RowOrder {
  /**
   * The order of the source: the story's element order (the order of the story file), or the
   * timeline's order for the timeline tables. Streams with no memory beyond one row. The default.
   */
  AS_GIVEN,
  /**
   * Sorted by id (the Java {@link String#compareTo} order of the id text), so that the output
   * does not depend on the order of the input. Holds one array of references per table while
   * writing, not a copy of the data.
   */
  BY_ID
}
