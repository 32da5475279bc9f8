package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

/**
 * The original words of an assertion, in their language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text  the quoted text, not blank
 * @param language  the BCP 47 language tag of the text, such as {@code fr}
 */
public record Quote(String text, String language) {

  /**
   * Creates a quote.
   *
   * @param text  the quoted text, not blank
   * @param language  the BCP 47 language tag of the text, such as {@code fr} or {@code en-GB}, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank or the language is not a BCP 47 tag
   */
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(language, "language");
    if (ControlCharacters.isBlank(text)) {
      throw new IllegalArgumentException("Quote text is blank");
    }
    checkLanguage("quote language", language);
  }

  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** Checks a BCP 47 language tag; the message names the field. */
  static String checkLanguage(String what, String language) {
    if (!LANGUAGE_TAG.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + what + " \"" + Ids.abbreviate(language) + "\": expected a BCP 47 tag such as \"fr\" or \"en-GB\"");
    }
    return language;
  }

  /**
   * Obtains a quote.
   *
   * @param text  the quoted text, not blank
   * @param language  the BCP 47 language tag, such as {@code fr}
   * @return the quote, not null
   */
  public static Quote of(String text, String language) {
    return new Quote(text, language);
  }
}
