package io.github.eventline.core;

/** How sure a source is of what it states (after FactBank). */
public enum Certainty {
  /** Stated as fact. */
  CERTAIN,
  /** Stated as likely ("preliminary information indicates"). */
  PROBABLE,
  /** Stated as possible, or hedged (the French conditional "auraient subi"). */
  POSSIBLE,
  /** No degree of certainty is expressed. */
  UNDERSPECIFIED
}
