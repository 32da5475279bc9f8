package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

/**
 * An event's code in an external scheme, such as CAMEO {@code 190} or an ACLED event type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme  the scheme, such as {@code CAMEO}, not blank
 * @param code  the code in that scheme, not blank
 */
public record EventCode(String scheme, String code) {

  /**
   * Creates a code.
   *
   * @param scheme  the scheme, such as {@code CAMEO}, not blank
   * @param code  the code in that scheme, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scheme or the code is blank
   */
  public EventCode {
    requireNonNull(scheme, "scheme");
    requireNonNull(code, "code");
    if (ControlCharacters.isBlank(scheme) || ControlCharacters.isBlank(code)) {
      throw new IllegalArgumentException("Event code scheme and code must not be blank");
    }
  }

  /**
   * Obtains a code.
   *
   * @param scheme  the scheme, such as {@code CAMEO}
   * @param code  the code in that scheme
   * @return the code, not null
   */
  public static EventCode of(String scheme, String code) {
    return new EventCode(scheme, code);
  }
}
