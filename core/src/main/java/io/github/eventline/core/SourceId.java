package io.github.eventline.core;

/**
 * The identifier of a source, unique among the sources of a story.
 *
 * <p>A string of 1 to 200 characters matching {@code [A-Za-z0-9][A-Za-z0-9._:-]*}. Typed, so that
 * the compiler refuses another kind of id where an id of this kind belongs. Immutable and thread-safe.
 *
 * @param value  the identifier text
 */
public record SourceId(String value) implements Comparable<SourceId> {

  /**
   * Creates an id, checking its syntax.
   *
   * @param value  the id text, 1 to 200 characters matching {@code [A-Za-z0-9][A-Za-z0-9._:-]*}, not
   *     null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public SourceId {
    Ids.check("source id", value);
  }

  /**
   * Obtains an id from its text.
   *
   * @param value  the id text, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the id text, as given to {@link #of(String)}.
   *
   * @return the value, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
