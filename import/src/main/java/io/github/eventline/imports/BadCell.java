package io.github.eventline.imports;

/**
 * A cell that cannot be read: the column, as the format's codebook names it, and what is wrong.
 * Thrown by a row's mapping and turned into an {@link ImportProblem} by the reader that knows the
 * file and the line. Not public, by design.
 */
final class BadCell extends Exception {
  private static final long serialVersionUID = 1L;

  private final String column;

  BadCell(String column, String message) {
    super(message, null, false, false);
    this.column = column;
  }

  String column() {
    return column;
  }
}
