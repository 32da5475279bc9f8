package io.github.eventline.timeline;

/** How one assertion bears on the value a {@link Verdict} holds. */
public enum Stance {
  /** A positive assertion of the value held, or of a compatible one. */
  SUPPORTS,
  /** A denial of the value held, or a positive assertion of an incompatible value. */
  OPPOSES,
  /** An uncommitted statement on the value held ("no information on ..."): weak, never refutes alone. */
  DOUBTS,
  /**
   * A denial or doubt of a value nobody holds, or a support implied by a claim of a claimant that
   * says whether the event happened itself: it does not bear on the verdict.
   */
  NEUTRAL,
  /** Replaced or retracted by a later assertion of its own source: shown, not counted. */
  SUPERSEDED,
  /**
   * Overtaken by later statements: of other claimants for a rival value that together weigh more,
   * or, for a hedged statement, by a later certain one of a rival value; or refined by a later
   * value it does not agree with. Shown, naming what outdated it ({@link Weighed#outdatedBy()}),
   * not counted.
   */
  OUTDATED
}
