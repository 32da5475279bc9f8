package io.github.eventline.core;

/**
 * What kind of source a claim comes from: a statement, an agency report, intelligence...
 *
 * <p>An open vocabulary: the constants name the common values, and {@link #of(String)} takes any
 * other term (a CAMEO or ACLED code, a project's own). Immutable and thread-safe.
 *
 * @param value  the term, such as {@code "statement"}
 */
public record SourceKind(String value) {

  /** The source kind "statement". */
  public static final SourceKind STATEMENT = new SourceKind("statement");

  /** The source kind "official-document". */
  public static final SourceKind OFFICIAL_DOCUMENT = new SourceKind("official-document");

  /** The source kind "media". */
  public static final SourceKind MEDIA = new SourceKind("media");

  /** The source kind "agency". */
  public static final SourceKind AGENCY = new SourceKind("agency");

  /** The source kind "intelligence". */
  public static final SourceKind INTELLIGENCE = new SourceKind("intelligence");

  /** The source kind "expert". */
  public static final SourceKind EXPERT = new SourceKind("expert");

  /** The source kind "anonymous". */
  public static final SourceKind ANONYMOUS = new SourceKind("anonymous");

  /** The source kind "other". */
  public static final SourceKind OTHER = new SourceKind("other");

  /**
   * Creates a term, checking its syntax.
   *
   * @param value  the term: a letter or a digit followed by up to 99 letters, digits and
   *     {@code . _ : / -}, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or holds spaces
   */
  public SourceKind {
    Vocabulary.check("source kind", value);
  }

  /**
   * Obtains a term from its text.
   *
   * @param value  the term, not null
   * @return the term, not null
   */
  public static SourceKind of(String value) {
    return new SourceKind(value);
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
