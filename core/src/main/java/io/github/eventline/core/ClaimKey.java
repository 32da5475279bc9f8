package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * What a claim is about, so that claims on the same question meet: every claim with the same key
 * answers the same question, possibly differently.
 *
 * <ul>
 *   <li>{@code occurred}, {@code timing}, {@code location}: the event;
 *   <li>{@code participation}: the event and the actor;
 *   <li>{@code quantity}: the event and the measure;
 *   <li>{@code relation}, {@code same-as}: the two events, the smaller id first.
 * </ul>
 *
 * <p>Immutable and thread-safe. Keys order by type, event, other event, actor and measure.
 *
 * @param type  the claim type, not null
 * @param event  the event the claim is about, not null
 * @param other  the other event, for relation and same-as claims
 * @param actor  the actor, for participation claims
 * @param measure  the measure, for quantity claims
 */
public record ClaimKey(
    ClaimType type, EventId event, Optional<EventId> other, Optional<ActorId> actor, Optional<String> measure)
    implements Comparable<ClaimKey> {

  private static final Comparator<ClaimKey> ORDER =
      Comparator.comparing(ClaimKey::type)
          .thenComparing(ClaimKey::event)
          .thenComparing(k -> k.other().map(EventId::value).orElse(""))
          .thenComparing(k -> k.actor().map(ActorId::value).orElse(""))
          .thenComparing(k -> k.measure().orElse(""));

  /**
   * Creates a key. Which of the optional parts a claim type uses is listed in the class
   * description; the others are empty.
   *
   * @param type  the claim type, not null
   * @param event  the event the claim is about, not null
   * @param other  the other event of a relation or same-as claim, the larger id; empty otherwise;
   *     not null
   * @param actor  the actor of a participation claim; empty otherwise; not null
   * @param measure  the measure of a quantity claim, such as {@code soldiers}; empty otherwise; not
   *     null
   * @throws NullPointerException if an argument is null
   */
  public ClaimKey {
    requireNonNull(type, "type");
    requireNonNull(event, "event");
    requireNonNull(other, "other");
    requireNonNull(actor, "actor");
    requireNonNull(measure, "measure");
  }

  /**
   * Obtains the key of the claims that an event occurred.
   *
   * @param event  the event, not null
   * @return the key, not null
   */
  public static ClaimKey occurred(EventId event) {
    return new ClaimKey(ClaimType.OCCURRED, event, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public int compareTo(ClaimKey other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns a readable form: the type's label, then the event and the parts present, such as
   * {@code relation(kursk-offensive, putin-asks-kim)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type.label()).append('(').append(event);
    other.ifPresent(o -> sb.append(", ").append(o));
    actor.ifPresent(a -> sb.append(", ").append(a));
    measure.ifPresent(m -> sb.append(", ").append(m));
    return sb.append(')').toString();
  }
}
