package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

/**
 * An actor taking part in an event, in a role.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actor  the actor, not null
 * @param role  the role, not null
 */
public record Participant(ActorId actor, Role role) {

  /**
   * Creates a participant.
   *
   * @param actor  the actor, not null
   * @param role  the role, not null
   * @throws NullPointerException if an argument is null
   */
  public Participant {
    requireNonNull(actor, "actor");
    requireNonNull(role, "role");
  }

  /**
   * Obtains a participant.
   *
   * @param actor  the actor, not null
   * @param role  the role, not null
   * @return the participant, not null
   */
  public static Participant of(ActorId actor, Role role) {
    return new Participant(actor, role);
  }
}
