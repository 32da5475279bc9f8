package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

/**
 * A stated link from one assertion to another: "these revelations contradict earlier statements".
 *
 * <p>Stated links are kept and shown, and checked against what reconciliation derives. Immutable and
 * thread-safe.
 *
 * @param type  how the assertion speaks of the other, not null
 * @param assertion  the other assertion, not null
 */
public record AssertionLink(LinkType type, AssertionId assertion) {

  /**
   * Creates a link.
   *
   * @param type  how the assertion speaks of the other, such as contradicting it, not null
   * @param assertion  the other assertion, not null
   * @throws NullPointerException if an argument is null
   */
  public AssertionLink {
    requireNonNull(type, "type");
    requireNonNull(assertion, "assertion");
  }

  /**
   * Obtains a link.
   *
   * @param type  the link type, not null
   * @param assertion  the other assertion, not null
   * @return the link, not null
   */
  public static AssertionLink of(LinkType type, AssertionId assertion) {
    return new AssertionLink(type, assertion);
  }
}
