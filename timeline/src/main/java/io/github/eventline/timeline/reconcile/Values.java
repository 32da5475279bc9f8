package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When two stated values of one question agree, and what they agree on: the compatibility every
 * rule of reconciliation reads (clusters, rivals, links). Public for the module's own packages;
 * not part of the API. Not instantiable; thread-safe.
 *
 * <p>Timing: the start ranges and the end ranges both overlap, leaving room for an event that is
 * not empty. Two bounds that share only the instant where one ends and the other begins
 * ({@code 2024-08} and {@code 2024-09}, each half-open) leave room for nothing but a zero-length
 * event at that instant: they are rivals, unless one of them pins that very instant
 * ({@link TimeBounds#isInstant()}), so {@code 2024-09-01T00:00:00Z} agrees with {@code 2024-09}
 * and, as the stored bounds allow, with {@code 2024-08}. This is stricter than
 * {@link TimeBounds#intersection(TimeBounds)}, which keeps that zero-length event as an instant.
 *
 * <p>Quantity: see {@link QuantityRanges} (compared in a common unit, with stated uncertainties
 * and the policy's tolerance for approximate figures); location: the same place, or one within
 * the other; relation: the sets of relations share one.
 *
 * <p>What compatible values agree on: the intersection of bounds, of ranges
 * ({@link QuantityRanges#agreement}, which a quantity verdict does not hold: see
 * {@link HeldQuantity}), of sets of relations; the inner place.
 */
public final class Values {

  private Values() {}

  /**
   * Returns the claim as read from the key's first event: relations are inverted when reversed.
   *
   * @param claim  the claim, not null
   * @param reversed  true if the claim is stated from the key's other event
   * @param event  the key's first event, not null
   * @param other  the key's other event (the first, for a key of one event), not null
   * @return the claim from the key's first event, not null
   */
  public static Claim oriented(Claim claim, boolean reversed, EventId event, EventId other) {
    if (claim instanceof Claim.Relation r) {
      if (!reversed && r.event().equals(event) && r.other().equals(other)) {
        return claim;
      }
      Set<IntervalRelation> set = EnumSet.noneOf(IntervalRelation.class);
      for (IntervalRelation rel : r.relations()) {
        set.add(reversed ? rel.inverse() : rel);
      }
      return new Claim.Relation(event, set, other);
    }
    return claim;
  }

  /**
   * Returns the claim in the terms of the question it is judged under: read from the key's first
   * event ({@link #oriented}), about the key's events (a claim about an event merged into another is
   * about the merged event).
   *
   * @param claim  the claim, not null
   * @param reversed  true if the claim is stated from the key's other event
   * @param key  the question, not null
   * @return the claim about the key's events, not null
   */
  public static Claim retargeted(Claim claim, boolean reversed, io.github.eventline.core.ClaimKey key) {
    EventId event = key.event();
    Claim oriented = oriented(claim, reversed, event, key.other().orElse(event));
    if (oriented.event().equals(event)) {
      return oriented;
    }
    if (oriented instanceof Claim.Occurred) {
      return new Claim.Occurred(event);
    }
    if (oriented instanceof Claim.Timing t) {
      return new Claim.Timing(event, t.when());
    }
    if (oriented instanceof Claim.Location l) {
      return new Claim.Location(event, l.place());
    }
    if (oriented instanceof Claim.Participation p) {
      return new Claim.Participation(event, p.actor(), p.role());
    }
    if (oriented instanceof Claim.Quantity q) {
      return new Claim.Quantity(event, q.measure(), q.low(), q.high(), q.unit(), q.approximate(), q.uncertainty());
    }
    if (oriented instanceof Claim.Relation r) {
      return new Claim.Relation(event, r.relations(), key.other().orElseThrow());
    }
    return new Claim.SameAs(event, key.other().orElseThrow());
  }

  /**
   * Checks if two values of one question agree, as the class description says.
   *
   * @param a  a value, not null
   * @param b  another value of the same question, not null
   * @param tolerance  the policy's tolerance of approximate figures
   * @param within  the place each place lies within, not null
   * @return true if compatible
   */
  public static boolean compatible(Claim a, Claim b, double tolerance, Map<PlaceId, PlaceId> within) {
    if (a instanceof Claim.Timing ta && b instanceof Claim.Timing tb) {
      return compatible(ta.when(), tb.when());
    }
    if (a instanceof Claim.Quantity qa && b instanceof Claim.Quantity qb) {
      return QuantityRanges.compatible(qa, qb, tolerance);
    }
    if (a instanceof Claim.Location la && b instanceof Claim.Location lb) {
      return inner(la.place(), lb.place(), within).isPresent();
    }
    if (a instanceof Claim.Relation ra && b instanceof Claim.Relation rb) {
      for (IntervalRelation r : ra.relations()) {
        if (rb.relations().contains(r)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** Returns what two compatible values agree on. */
  /**
   * Returns what two compatible values agree on.
   *
   * @param a  a value, not null
   * @param b  a value compatible with it, not null
   * @param within  the place each place lies within, not null
   * @return the value both allow, not null
   */
  public static Claim merge(Claim a, Claim b, Map<PlaceId, PlaceId> within) {
    if (a instanceof Claim.Timing ta && b instanceof Claim.Timing tb) {
      TimeBounds m = intersect(ta.when(), tb.when());
      return m == ta.when() ? a : m == tb.when() ? b : new Claim.Timing(ta.event(), m);
    }
    if (a instanceof Claim.Quantity qa && b instanceof Claim.Quantity qb) {
      return QuantityRanges.agreement(qa, qb);
    }
    if (a instanceof Claim.Location la && b instanceof Claim.Location lb) {
      return inner(la.place(), lb.place(), within).orElseThrow().equals(la.place()) ? a : b;
    }
    if (a instanceof Claim.Relation ra && b instanceof Claim.Relation rb) {
      if (rb.relations().containsAll(ra.relations())) {
        return a;
      }
      if (ra.relations().containsAll(rb.relations())) {
        return b;
      }
      Set<IntervalRelation> set = EnumSet.copyOf(ra.relations());
      set.retainAll(rb.relations());
      return new Claim.Relation(ra.event(), set, ra.other());
    }
    return a;
  }

  /**
   * Checks if some interval satisfies both bounds; see the class comment for the boundary instant.
   * Both ranges overlapping implies that the earliest common start is not after the latest common
   * end; when they are equal, the only interval left is the zero-length one at that instant.
   */
  /**
   * Checks if two stated times agree, as the class description says.
   *
   * @param a  a time, not null
   * @param b  another, not null
   * @return true if compatible
   */
  public static boolean compatible(TimeBounds a, TimeBounds b) {
    Instant earliestStart = max(a.earliestStart(), b.earliestStart());
    Instant latestEnd = min(a.latestEnd(), b.latestEnd());
    return !earliestStart.isAfter(min(a.latestStart(), b.latestStart()))
        && !max(a.earliestEnd(), b.earliestEnd()).isAfter(latestEnd)
        && (earliestStart.isBefore(latestEnd) || a.isInstant() || b.isInstant());
  }

  /** Returns the intersection of compatible bounds: one of them if it lies within the other. */
  /**
   * Returns the bounds two compatible times both allow: {@link TimeBounds#intersection}, or the one
   * of them that it equals but for the label (so that a time within the other keeps its label).
   *
   * @param a  a time, not null
   * @param b  a time compatible with it, not null
   * @return the intersection, not null
   * @throws IllegalArgumentException if the times are disjoint
   */
  public static TimeBounds intersect(TimeBounds a, TimeBounds b) {
    TimeBounds both = a.intersect(b);
    return sameButLabel(a, both) ? a : sameButLabel(b, both) ? b : both;
  }

  private static boolean sameButLabel(TimeBounds t, TimeBounds u) {
    return t.withLabel(u.label()).equals(u);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Returns the inner of two places if one is the other or lies within it. */
  /**
   * Returns the inner of two places, if one lies within the other (or they are the same).
   *
   * @param a  a place, not null
   * @param b  another, not null
   * @param within  the place each place lies within, not null
   * @return the inner place, empty if neither lies within the other
   */
  public static Optional<PlaceId> inner(PlaceId a, PlaceId b, Map<PlaceId, PlaceId> within) {
    if (a.equals(b) || isWithin(a, b, within)) {
      return Optional.of(a);
    }
    return isWithin(b, a, within) ? Optional.of(b) : Optional.empty();
  }

  private static boolean isWithin(PlaceId inner, PlaceId outer, Map<PlaceId, PlaceId> within) {
    PlaceId p = within.get(inner);
    for (int steps = 0; p != null && steps <= within.size(); steps++) {
      if (p.equals(outer)) {
        return true;
      }
      p = within.get(p);
    }
    return false;
  }
}
