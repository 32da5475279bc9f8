package io.github.eventline.export.view;

/**
 * Settings of the HTML view: whether relations between events are drawn when the page opens, and
 * how many visible events the page draws one by one before it draws their density instead.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()}.
 */
public final class HtmlOptions {

  private static final HtmlOptions DEFAULTS = new HtmlOptions(false, 2000);

  private final boolean relations;
  private final int densityThreshold;

  private HtmlOptions(boolean relations, int densityThreshold) {
    this.relations = relations;
    this.densityThreshold = densityThreshold;
  }

  /**
   * Returns the default settings: relations hidden (the reader can show them with a checkbox), and
   * density drawn when more than 2000 events are in view.
   *
   * @return the defaults, not null
   */
  public static HtmlOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Checks if relations between events are drawn when the page opens.
   *
   * @return true if they are
   */
  public boolean isRelations() {
    return relations;
  }

  /**
   * Returns the largest number of events in view that the page draws one by one; past it, the page
   * draws a density histogram until the reader zooms in.
   *
   * @return the threshold, at least 0
   */
  public int densityThreshold() {
    return densityThreshold;
  }

  /**
   * Returns a copy that draws (or hides) relations between events when the page opens.
   *
   * @param relations  true to draw them
   * @return the copy, not null
   */
  public HtmlOptions withRelations(boolean relations) {
    return new HtmlOptions(relations, densityThreshold);
  }

  /**
   * Returns a copy with another density threshold.
   *
   * @param densityThreshold  the largest number of events in view drawn one by one, at least 0
   * @return the copy, not null
   * @throws IllegalArgumentException if the threshold is negative
   */
  public HtmlOptions withDensityThreshold(int densityThreshold) {
    if (densityThreshold < 0) {
      throw new IllegalArgumentException("Density threshold " + densityThreshold + " is negative: expected 0 or more");
    }
    return new HtmlOptions(relations, densityThreshold);
  }

  @Override
  public String toString() {
    return "HtmlOptions[relations=" + relations + ", densityThreshold=" + densityThreshold + "]";
  }
}
