package io.github.eventline.core;

/**
 * What kind of actor someone is: a person, a state, an armed force...
 *
 * <p>An open vocabulary: the constants name the common values, and {@link #of(String)} takes any
 * other term (a CAMEO or ACLED code, a project's own). Immutable and thread-safe.
 *
 * @param value  the term, such as {@code "person"}
 */
public record ActorKind(String value) {

  /** The actor kind "person". */
  public static final ActorKind PERSON = new ActorKind("person");

  /** The actor kind "state". */
  public static final ActorKind STATE = new ActorKind("state");

  /** The actor kind "government". */
  public static final ActorKind GOVERNMENT = new ActorKind("government");

  /** The actor kind "armed-force". */
  public static final ActorKind ARMED_FORCE = new ActorKind("armed-force");

  /** The actor kind "organization". */
  public static final ActorKind ORGANIZATION = new ActorKind("organization");

  /** The actor kind "group". */
  public static final ActorKind GROUP = new ActorKind("group");

  /** The actor kind "media". */
  public static final ActorKind MEDIA = new ActorKind("media");

  /** The actor kind "other". */
  public static final ActorKind OTHER = new ActorKind("other");

  /**
   * Creates a term, checking its syntax.
   *
   * @param value  the term, 1 to 100 letters, digits and {@code . _ : / -}, such as {@code "person"},
   *     not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or holds spaces
   */
  public ActorKind {
    Vocabulary.check("actor kind", value);
  }

  /**
   * Obtains a term from its text.
   *
   * @param value  the term, not null
   * @return the term, not null
   */
  public static ActorKind of(String value) {
    return new ActorKind(value);
  }

  /**
   * Returns the term, such as {@code person}.
   *
   * @return the value, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
