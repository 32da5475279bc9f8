package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.Optional;
import java.util.OptionalDouble;
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

  /**
   * Returns the kind of claim.
   *
   * @return the type, not null
   */
  ClaimType type();

  /**
   * Returns the event the claim is about.
   *
   * @return the event, not null
   */
  EventId event();

  /**
   * Returns what the claim is about: the question it answers, on which it meets other claims in
   * reconciliation.
   *
   * @return the key, not null
   */
  ClaimKey key();

  /**
   * Returns every event the claim refers to: the event alone, or for a claim about a pair of
   * events, both.
   *
   * @return the events, not null
   */
  default Set<EventId> events() {
    return ImmutableSet.of(event());
  }

  /**
   * The event happened.
   *
   * @param event  the event, not null
   */
  record Occurred(EventId event) implements Claim {
    /**
     * Creates the claim.
     *
     * @param event  the event, not null
     * @throws NullPointerException if the event is null
     */
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
    /**
     * Creates the claim.
     *
     * @param event  the event, not null
     * @param when  when it happened, not null
     * @throws NullPointerException if an argument is null
     */
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
    /**
     * Creates the claim.
     *
     * @param event  the event, not null
     * @param place  the place, not null
     * @throws NullPointerException if an argument is null
     */
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
    /**
     * Creates the claim.
     *
     * @param event  the event, not null
     * @param actor  the actor, not null
     * @param role  the role, not null
     * @throws NullPointerException if an argument is null
     */
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
   * A quantity of the event lies in {@code [low, high]}: "about 10,000 soldiers", "at least
   * 26,500 dead", "about 70,000, plus or minus 20 %".
   *
   * <p>A range may be open on one side: "at least 26,500" has {@code low} 26,500 and {@code high}
   * {@link Double#POSITIVE_INFINITY} ({@link #atLeast}); "at most 100" has {@code low}
   * {@link Double#NEGATIVE_INFINITY} and {@code high} 100 ({@link #atMost}). At least one side is
   * finite.
   *
   * <p>How far a figure may stray: an exact figure not at all; a figure given with a stated
   * {@link #uncertainty()} ("plus or minus 20 %") by that fraction of itself on either side; an
   * {@link #approximate()} figure with no stated uncertainty ("about", "environ") by the
   * reconciliation policy's approximate tolerance, 10 % of the larger of two figures by default.
   * A stated uncertainty takes the place of that tolerance.
   *
   * <p>The unit is a UCUM code ({@code [bbl_us]/d}, {@code PBq}, {@code km}) or a common news
   * label ({@code barrels/day}, {@code people}): {@link Quantities} converts figures of one
   * dimension to a common unit, so that "210,000 gallons a day" meets "5,000 barrels a day". A
   * label it does not know is compared as a label.
   *
   * @param event  the event, not null
   * @param measure  what is counted or measured, such as {@code soldiers}, not blank
   * @param low  the lowest value stated, not NaN, {@code -Infinity} if none was
   * @param high  the highest value stated, not NaN, not below {@code low}, {@code +Infinity} if none was
   * @param unit  the unit, such as {@code person}, if one was stated
   * @param approximate  true if the source gave the figure as approximate ("about", "environ")
   * @param uncertainty  the stated relative uncertainty, such as 0.2 for "plus or minus 20 %", in
   *     (0, 1], if one was stated
   */
  record Quantity(
      EventId event, String measure, double low, double high, Optional<String> unit, boolean approximate,
      OptionalDouble uncertainty) implements Claim {
    /**
     * Creates the claim.
     *
     * @param event  the event, not null
     * @param measure  what is counted or measured, such as {@code soldiers}, not blank
     * @param low  the lowest value stated, not NaN, {@code -Infinity} if none was
     * @param high  the highest value stated, not NaN, not below {@code low}, {@code +Infinity} if
     *     none was
     * @param unit  the unit, such as {@code person}, if one was stated, not null
     * @param approximate  true if the source gave the figure as approximate ("about", "environ")
     * @param uncertainty  the stated relative uncertainty, such as 0.2 for "plus or minus 20 %",
     *     in (0, 1], if one was stated, not null
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if the measure is blank, a value is NaN, low is
     *     {@code +Infinity}, high is {@code -Infinity}, both are infinite, low is above high, or the
     *     uncertainty is not in (0, 1]
     */
    public Quantity {
      requireNonNull(event, "event");
      requireNonNull(measure, "measure");
      requireNonNull(unit, "unit");
      requireNonNull(uncertainty, "uncertainty");
      if (ControlCharacters.isBlank(measure)) {
        throw new IllegalArgumentException("Quantity measure is blank");
      }
      if (Double.isNaN(low) || Double.isNaN(high) || low == Double.POSITIVE_INFINITY || high == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException("Quantity of " + measure + " is not a number: " + low + ".." + high);
      }
      if (Double.isInfinite(low) && Double.isInfinite(high)) {
        throw new IllegalArgumentException(
            "Quantity of " + measure + " states no bound: give a low (at least), a high (at most) or both");
      }
      if (low > high) {
        throw new IllegalArgumentException(
            "Quantity of " + measure + " out of order: low " + low + " is above high " + high);
      }
      if (uncertainty.isPresent() && !(uncertainty.getAsDouble() > 0 && uncertainty.getAsDouble() <= 1)) {
        throw new IllegalArgumentException("Quantity of " + measure + " has uncertainty " + uncertainty.getAsDouble()
            + ": expected a fraction above 0 and at most 1, such as 0.2 for plus or minus 20 %");
      }
    }

    /**
     * Creates the claim with no stated uncertainty.
     *
     * @param event  the event, not null
     * @param measure  what is counted, not blank
     * @param low  the lowest value stated, {@code -Infinity} if none was
     * @param high  the highest value stated, {@code +Infinity} if none was
     * @param unit  the unit, if one was stated, not null
     * @param approximate  true for "about", "environ"
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Quantity(EventId event, String measure, double low, double high, Optional<String> unit, boolean approximate) {
      this(event, measure, low, high, unit, approximate, OptionalDouble.empty());
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
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("Quantity of " + measure + " is not a finite number: " + value + ".." + value);
      }
      return new Quantity(event, measure, value, value, Optional.ofNullable(unit), approximate);
    }

    /**
     * Obtains a claim open above: "at least 26,500 dead".
     *
     * @param event  the event, not null
     * @param measure  what is counted, not blank
     * @param low  the least figure, finite
     * @param unit  the unit, or null if none was stated
     * @return the claim, not null
     */
    public static Quantity atLeast(EventId event, String measure, double low, String unit) {
      if (!Double.isFinite(low)) {
        throw new IllegalArgumentException("Quantity of " + measure + " is not a finite number: at least " + low);
      }
      return new Quantity(event, measure, low, Double.POSITIVE_INFINITY, Optional.ofNullable(unit), false);
    }

    /**
     * Obtains a claim open below: "at most 100".
     *
     * @param event  the event, not null
     * @param measure  what is counted, not blank
     * @param high  the greatest figure, finite
     * @param unit  the unit, or null if none was stated
     * @return the claim, not null
     */
    public static Quantity atMost(EventId event, String measure, double high, String unit) {
      if (!Double.isFinite(high)) {
        throw new IllegalArgumentException("Quantity of " + measure + " is not a finite number: at most " + high);
      }
      return new Quantity(event, measure, Double.NEGATIVE_INFINITY, high, Optional.ofNullable(unit), false);
    }

    /**
     * Checks if the claim states one figure rather than a range.
     *
     * @return true if low equals high
     */
    public boolean isSingleValue() {
      return low == high;
    }

    /**
     * Checks if a lowest value is stated ("at most" has none).
     *
     * @return true if low is finite
     */
    public boolean hasLowerBound() {
      return low != Double.NEGATIVE_INFINITY;
    }

    /**
     * Checks if a highest value is stated ("at least" has none).
     *
     * @return true if high is finite
     */
    public boolean hasUpperBound() {
      return high != Double.POSITIVE_INFINITY;
    }

    /**
     * Returns a copy with the given stated relative uncertainty: {@code withUncertainty(0.2)} for
     * "plus or minus 20 %".
     *
     * @param fraction  the uncertainty, in (0, 1]
     * @return the claim, not null
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     */
    public Quantity withUncertainty(double fraction) {
      return new Quantity(event, measure, low, high, unit, approximate, OptionalDouble.of(fraction));
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
     * Creates the claim, keeping an immutable copy of the relations.
     *
     * @param event  the event, not null
     * @param relations  the possible relations of the event to the other, not empty, not null
     * @param other  the other event, not null
     * @throws NullPointerException if an argument or a relation is null
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

    /**
     * Returns the key of the unordered pair of events, the smaller id first, so that "x after y"
     * and "y before x" answer the same question.
     *
     * @return the key, not null
     */
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
    /**
     * Creates the claim.
     *
     * @param event  the event, not null
     * @param other  the other event, not null
     * @throws NullPointerException if an argument is null
     */
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

    /**
     * Returns the key of the unordered pair of events, the smaller id first, so that "x is y" and
     * "y is x" answer the same question.
     *
     * @return the key, not null
     */
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
