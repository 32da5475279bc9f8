package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.Optional;
import java.util.Set;

/**
 * What an assertion claims about an event. A closed family: {@link Occurred}, {@link Timing},
 * {@link Location}, {@link Participation}, {@link Quantity}, {@link Relation}, {@link SameAs}.
 *
 * <p>Each claim has a {@link #key()} saying what question it answers, so that claims on the same
 * question meet in reconciliation. All claims are immutable and thread-safe.
 */
public sealed interface Claim
    permits Claim.Occurred, Claim.Timing, Claim.Location, Claim.Participation, Claim.Quantity,
        Claim.Relation, Claim.SameAs {

  /** Returns the kind of claim. @return the type, not null */
  ClaimType type();

  /** Returns the event the claim is about. @return the event, not null */
  EventId event();

  /** Returns what the claim is about. @return the key, not null */
  ClaimKey key();

  /** Returns every event the claim refers to. @return the events, not null */
  default Set<EventId> events() {
    return ImmutableSet.of(event());
  }

  /**
   * The event happened.
   *
   * @param event  the event, not null
   */
  record Occurred(EventId event) implements Claim {
    /** Creates the claim. @throws NullPointerException if the event is null */
    public Occurred {
      requireNonNull(event, "event");
    }

    @Override
    public ClaimType type() {
      return ClaimType.OCCURRED;
    }

    @Override
    public ClaimKey key() {
      return ClaimKey.occurred(event);
    }
  }

  /**
   * The event happened within the given bounds.
   *
   * @param event  the event, not null
   * @param when  when it happened, not null
   */
  record Timing(EventId event, TimeBounds when) implements Claim {
    /** Creates the claim. @throws NullPointerException if an argument is null */
    public Timing {
      requireNonNull(event, "event");
      requireNonNull(when, "when");
    }

    @Override
    public ClaimType type() {
      return ClaimType.TIMING;
    }

    @Override
    public ClaimKey key() {
      return new ClaimKey(ClaimType.TIMING, event, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * The event happened at a place.
   *
   * @param event  the event, not null
   * @param place  the place, not null
   */
  record Location(EventId event, PlaceId place) implements Claim {
    /** Creates the claim. @throws NullPointerException if an argument is null */
    public Location {
      requireNonNull(event, "event");
      requireNonNull(place, "place");
    }

    @Override
    public ClaimType type() {
      return ClaimType.LOCATION;
    }

    @Override
    public ClaimKey key() {
      return new ClaimKey(ClaimType.LOCATION, event, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * An actor took part in the event, in a role.
   *
   * @param event  the event, not null
   * @param actor  the actor, not null
   * @param role  the role, not null
   */
  record Participation(EventId event, ActorId actor, Role role) implements Claim {
    /** Creates the claim. @throws NullPointerException if an argument is null */
    public Participation {
      requireNonNull(event, "event");
      requireNonNull(actor, "actor");
      requireNonNull(role, "role");
    }

    @Override
    public ClaimType type() {
      return ClaimType.PARTICIPATION;
    }

    @Override
    public ClaimKey key() {
      return new ClaimKey(ClaimType.PARTICIPATION, event, Optional.empty(), Optional.of(actor), Optional.empty());
    }
  }

  /**
   * A quantity of the event lies in {@code [low, high]}: "about 10,000 soldiers".
   *
   * @param event  the event, not null
   * @param measure  what is counted or measured, such as {@code soldiers}, not blank
   * @param low  the lowest value stated, finite
   * @param high  the highest value stated, finite, not below {@code low}
   * @param unit  the unit, such as {@code person}, if one was stated
   * @param approximate  true if the source gave the figure as approximate ("about", "environ")
   */
  record Quantity(EventId event, String measure, double low, double high, Optional<String> unit, boolean approximate)
      implements Claim {
    /**
     * Creates the claim.
     *
     * @throws IllegalArgumentException if the measure is blank, a value is not finite, or low is above high
     */
    public Quantity {
      requireNonNull(event, "event");
      requireNonNull(measure, "measure");
      requireNonNull(unit, "unit");
      if (ControlCharacters.isBlank(measure)) {
        throw new IllegalArgumentException("Quantity measure is blank");
      }
      if (!Double.isFinite(low) || !Double.isFinite(high)) {
        throw new IllegalArgumentException("Quantity of " + measure + " is not a finite number: " + low + ".." + high);
      }
      if (low > high) {
        throw new IllegalArgumentException(
            "Quantity of " + measure + " out of order: low " + low + " is above high " + high);
      }
    }

    /**
     * Obtains a claim of a single figure, exact or approximate.
     *
     * @param event  the event, not null
     * @param measure  what is counted, not blank
     * @param value  the figure, finite
     * @param unit  the unit, or null if none was stated
     * @param approximate  true for "about", "environ"
     * @return the claim, not null
     */
    public static Quantity of(EventId event, String measure, double value, String unit, boolean approximate) {
      return new Quantity(event, measure, value, value, Optional.ofNullable(unit), approximate);
    }

    /** Checks if the claim states one figure rather than a range. @return true if low equals high */
    public boolean isSingleValue() {
      return low == high;
    }

    @Override
    public ClaimType type() {
      return ClaimType.QUANTITY;
    }

    @Override
    public ClaimKey key() {
      return new ClaimKey(ClaimType.QUANTITY, event, Optional.empty(), Optional.empty(), Optional.of(measure));
    }
  }

  /**
   * The event stands in one of the given Allen relations to another event: "x after y" is
   * {@code Relation(x, {AFTER, MET_BY}, y)}.
   *
   * @param event  the event, not null
   * @param relations  the possible relations of the event to the other, not empty
   * @param other  the other event, not null
   */
  record Relation(EventId event, Set<IntervalRelation> relations, EventId other) implements Claim {
    /**
     * Creates the claim.
     *
     * @throws IllegalArgumentException if the set of relations is empty
     */
    public Relation {
      requireNonNull(event, "event");
      requireNonNull(relations, "relations");
      requireNonNull(other, "other");
      relations = Sets.immutableEnumSet(relations);
      if (relations.isEmpty()) {
        throw new IllegalArgumentException("Relation of " + event + " to " + other + " names no interval relation");
      }
    }

    /**
     * Obtains a claim with the given relations.
     *
     * @param event  the event, not null
     * @param relations  the possible relations, at least one
     * @param other  the other event, not null
     * @return the claim, not null
     */
    public static Relation of(EventId event, Set<IntervalRelation> relations, EventId other) {
      return new Relation(event, relations, other);
    }

    @Override
    public Set<EventId> events() {
      return ImmutableSet.of(event, other);
    }

    @Override
    public ClaimType type() {
      return ClaimType.RELATION;
    }

    /** Returns the key of the unordered pair of events, the smaller id first. @return the key */
    @Override
    public ClaimKey key() {
      return pairKey(ClaimType.RELATION, event, other);
    }
  }

  /**
   * The event is the same as another event, reported twice.
   *
   * @param event  the event, not null
   * @param other  the other event, not null
   */
  record SameAs(EventId event, EventId other) implements Claim {
    /** Creates the claim. @throws NullPointerException if an argument is null */
    public SameAs {
      requireNonNull(event, "event");
      requireNonNull(other, "other");
    }

    @Override
    public Set<EventId> events() {
      return ImmutableSet.of(event, other);
    }

    @Override
    public ClaimType type() {
      return ClaimType.SAME_AS;
    }

    /** Returns the key of the unordered pair of events, the smaller id first. @return the key */
    @Override
    public ClaimKey key() {
      return pairKey(ClaimType.SAME_AS, event, other);
    }
  }

  private static ClaimKey pairKey(ClaimType type, EventId a, EventId b) {
    EventId first = a.compareTo(b) <= 0 ? a : b;
    EventId second = first == a ? b : a;
    return new ClaimKey(type, first, Optional.of(second), Optional.empty(), Optional.empty());
  }
}
