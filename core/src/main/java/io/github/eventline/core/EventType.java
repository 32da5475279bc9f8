package io.github.eventline.core;

/**
 * What kind of event something is, such as a military offensive or a request.
 *
 * <p>An open vocabulary: the constants name the common values, and {@link #of(String)} takes any
 * other term (a CAMEO or ACLED code, a project's own). Immutable and thread-safe.
 *
 * @param value  the term, such as {@code "event"}
 */
public record EventType(String value) {

  /** The event type "event". */
  public static final EventType EVENT = new EventType("event");

  /** The event type "military-offensive". */
  public static final EventType MILITARY_OFFENSIVE = new EventType("military-offensive");

  /** The event type "attack". */
  public static final EventType ATTACK = new EventType("attack");

  /** The event type "deployment". */
  public static final EventType DEPLOYMENT = new EventType("deployment");

  /** The event type "request". */
  public static final EventType REQUEST = new EventType("request");

  /** The event type "statement". */
  public static final EventType STATEMENT = new EventType("statement");

  /** The event type "agreement". */
  public static final EventType AGREEMENT = new EventType("agreement");

  /** The event type "meeting". */
  public static final EventType MEETING = new EventType("meeting");

  /** The event type "other". */
  public static final EventType OTHER = new EventType("other");

  /**
   * Creates a term, checking its syntax.
   *
   * @param value  the term: a letter or a digit followed by up to 99 letters, digits and
   *     {@code . _ : / -}, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or holds spaces
   */
  public EventType {
    Vocabulary.check("event type", value);
  }

  /**
   * Obtains a term from its text.
   *
   * @param value  the term, not null
   * @return the term, not null
   */
  public static EventType of(String value) {
    return new EventType(value);
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
