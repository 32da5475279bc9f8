package io.github.eventline.core;

/** How one assertion speaks of another, as sources do. */
public enum LinkType {
  /** Withdraws the other assertion without replacing it. */
  RETRACTS("retracts"),
  /** Makes the other assertion more precise. */
  REFINES("refines"),
  /** Says the other assertion is wrong ("contradict earlier statements"). */
  CONTRADICTS("contradicts"),
  /** Says the other assertion is right. */
  CORROBORATES("corroborates");

  private final String label;

  LinkType(String label) {
    this.label = label;
  }

  /**
   * Returns the name used in story files, such as {@code contradicts}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Obtains the link type with the given file name.
   *
   * @param label  the name, such as {@code contradicts}, not null
   * @return the link type, not null
   * @throws IllegalArgumentException if no link type has that name
   */
  public static LinkType fromLabel(String label) {
    for (LinkType type : values()) {
      if (type.label.equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Unknown link type \"" + Ids.abbreviate(label) + "\": expected retracts, refines, contradicts or corroborates");
  }
}
