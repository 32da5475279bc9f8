package io.github.eventline.core;

/** Whether a source says something is so, is not so, or does not commit (after FactBank). */
public enum Polarity {
  /** The source says it is so. */
  POSITIVE,
  /** The source says it is not so. */
  NEGATIVE,
  /** The source does not commit either way ("no information on ..."). */
  UNKNOWN
}
