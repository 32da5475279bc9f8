package io.github.eventline.core;

/**
 * The part an actor plays in an event: agent, target, ally, supplier, recipient, speaker...
 *
 * <p>An open vocabulary: the constants name the common values, and {@link #of(String)} takes any
 * other term (a CAMEO or ACLED code, a project's own). Immutable and thread-safe.
 *
 * @param value  the term, such as {@code "agent"}
 */
public record Role(String value) {

  /** The participant role "agent". */
  public static final Role AGENT = new Role("agent");

  /** The participant role "target". */
  public static final Role TARGET = new Role("target");

  /** The participant role "ally". */
  public static final Role ALLY = new Role("ally");

  /** The participant role "supplier". */
  public static final Role SUPPLIER = new Role("supplier");

  /** The participant role "recipient". */
  public static final Role RECIPIENT = new Role("recipient");

  /** The participant role "speaker". */
  public static final Role SPEAKER = new Role("speaker");

  /** The participant role "participant". */
  public static final Role PARTICIPANT = new Role("participant");

  /**
   * Creates a term, checking its syntax.
   *
   * @param value  the term: a letter or a digit followed by up to 99 letters, digits and
   *     {@code . _ : / -}, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or holds spaces
   */
  public Role {
    Vocabulary.check("participant role", value);
  }

  /**
   * Obtains a term from its text.
   *
   * @param value  the term, not null
   * @return the term, not null
   */
  public static Role of(String value) {
    return new Role(value);
  }

  /**
   * Returns the term, as given to {@link #of(String)}.
   *
   * @return the value, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
