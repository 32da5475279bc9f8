package io.github.eventline.core;

/** The kinds of {@link Claim}, with the names story files use. */
public enum ClaimType {
  /** The event happened. */
  OCCURRED("occurred"),
  /** The event happened within given time bounds. */
  TIMING("timing"),
  /** The event happened at a place. */
  LOCATION("location"),
  /** An actor took part in the event, in a role. */
  PARTICIPATION("participation"),
  /** A quantity of the event, such as a number of soldiers. */
  QUANTITY("quantity"),
  /** How the event stands in time to another event. */
  RELATION("relation"),
  /** The event is the same as another event. */
  SAME_AS("same-as");

  private final String label;

  ClaimType(String label) {
    this.label = label;
  }

  /**
   * Returns the name used in story files, such as {@code same-as}; {@link #fromLabel(String)}
   * reads it back.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Obtains the claim type with the given file name.
   *
   * @param label  the name, such as {@code occurred}, not null
   * @return the claim type, not null
   * @throws IllegalArgumentException if no claim type has that name
   */
  public static ClaimType fromLabel(String label) {
    for (ClaimType type : values()) {
      if (type.label.equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Unknown claim type \"" + Ids.abbreviate(label)
            + "\": expected occurred, timing, location, participation, quantity, relation or same-as");
  }
}
