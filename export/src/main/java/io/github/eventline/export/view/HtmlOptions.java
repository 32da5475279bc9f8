package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Settings of the HTML view: whether relations between events are drawn when the page opens, how
 * many visible events the page draws one by one before it draws their density instead, and the
 * zone in which times of day are shown.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()}.
 */
public final class HtmlOptions {

  private static final HtmlOptions DEFAULTS = new HtmlOptions(false, 2000, Optional.empty());

  private final boolean relations;
  private final int densityThreshold;
  private final Optional<ZoneId> zone;

  private HtmlOptions(boolean relations, int densityThreshold, Optional<ZoneId> zone) {
    this.relations = relations;
    this.densityThreshold = densityThreshold;
    this.zone = zone;
  }

  /**
   * Returns the default settings: relations hidden (the reader can show them with a checkbox),
   * density drawn when more than 2000 events are in view, times of day in the story's zone (else
   * UTC).
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
   * Returns the zone in which the page shows times of day, if set; else the story's zone, else UTC.
   *
   * @return the zone, if set
   */
  public Optional<ZoneId> zone() {
    return zone;
  }

  /**
   * Returns a copy that draws (or hides) relations between events when the page opens.
   *
   * @param relations  true to draw them
   * @return the copy, not null
   */
  public HtmlOptions withRelations(boolean relations) {
    return new HtmlOptions(relations, densityThreshold, zone);
  }

  /**
   * Returns a copy that shows times of day in a zone rather than the story's.
   *
   * @param zone  the zone, not null
   * @return the copy, not null
   */
  public HtmlOptions withZone(ZoneId zone) {
    return new HtmlOptions(relations, densityThreshold, Optional.of(requireNonNull(zone, "zone")));
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
    return new HtmlOptions(relations, densityThreshold, zone);
  }

  @Override
  public String toString() {
    return "HtmlOptions[relations=" + relations + ", densityThreshold=" + densityThreshold
        + zone.map(z -> ", zone=" + z).orElse("") + "]";
  }
}
