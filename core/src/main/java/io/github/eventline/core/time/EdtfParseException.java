package io.github.eventline.core.time;

/**
 * Thrown when a text is not a valid EDTF date; the message quotes the text and says what is wrong.
 */
public class EdtfParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String text;

  /**
   * Creates the exception.
   *
   * @param text  the text that failed to parse
   * @param reason  what is wrong with it
   */
  public EdtfParseException(String text, String reason) {
    super("Invalid EDTF date \"" + (text.length() <= 80 ? text : text.substring(0, 77) + "...") + "\": " + reason);
    this.text = text;
  }

  /**
   * Returns the text that failed to parse.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
