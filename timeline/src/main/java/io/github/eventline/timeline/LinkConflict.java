package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.LinkType;

/**
 * A modeller's link between two assertions that their values disagree with: a
 * {@code contradicts} between assertions that agree on a question, or a {@code corroborates}
 * between assertions that are on opposite sides of it. Reported like a {@link TemporalConflict},
 * in words, for example:
 *
 * <pre>{@code
 * a7 is said to contradict a3, but on timing(kursk-offensive) both state compatible values: the
 * link keeps them on opposite sides.
 * }</pre>
 *
 * <p>A link between assertions that never meet on one question (their claims are about different
 * things) is kept and shown, not checked. Immutable and thread-safe.
 *
 * @param assertion  the assertion that states the link, not null
 * @param type  the link, {@code contradicts} or {@code corroborates}, not null
 * @param linked  the assertion it links to, not null
 * @param question  the question on which the two assertions meet, not null
 * @param message  what disagrees and what was done about it, in words, not null
 */
public record LinkConflict(AssertionId assertion, LinkType type, AssertionId linked, ClaimKey question, String message) {

  /**
   * Creates a conflict.
   *
   * @param assertion  the assertion that states the link, not null
   * @param type  the link, {@code contradicts} or {@code corroborates}, not null
   * @param linked  the assertion it links to, not null
   * @param question  the question on which the two assertions meet, not null
   * @param message  what disagrees and what was done about it, in words, not null
   * @throws NullPointerException if an argument is null
   */
  public LinkConflict {
    requireNonNull(assertion, "assertion");
    requireNonNull(type, "type");
    requireNonNull(linked, "linked");
    requireNonNull(question, "question");
    requireNonNull(message, "message");
  }

  /**
   * Returns the message, which says what disagrees and what was done about it.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message;
  }
}
