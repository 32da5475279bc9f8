package io.github.eventline.export.internal;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the timeline writers, JSON and CSV, read a timeline: the stated bounds of an event, the
 * order of the verdicts, the boolean value of a yes-or-no verdict. One definition for both
 * formats. Not instantiable; the package is not exported.
 */
public final class TimelineRows {

  /** Verdicts by their key's event id, then by the key's own order (type, other, actor, measure). */
  public static final Comparator<Verdict> VERDICT_ORDER =
      Comparator.comparing((Verdict v) -> v.key().event().value()).thenComparing(Verdict::key);

  /** The decimal places of confidences and weights in the files. */
  public static final int DECIMALS = 6;

  private TimelineRows() {}

  /**
   * Returns what the story states of when an event happened: the value of its accepted timing
   * verdict (the intersection of the compatible accepted statements, the modeller's {@code when}
   * among them), else nothing.
   *
   * @param timeline  the timeline, not null
   * @param event  an event of the timeline, not null
   * @return the stated bounds, empty if nothing accepted states them
   */
  public static Optional<TimeBounds> stated(Timeline timeline, EventId event) {
    requireNonNull(timeline, "timeline");
    requireNonNull(event, "event");
    ClaimKey key = new ClaimKey(ClaimType.TIMING, event, Optional.empty(), Optional.empty(), Optional.empty());
    Optional<Verdict> verdict = timeline.reconciliation().verdict(key);
    if (verdict.isEmpty() || !verdict.get().isAccepted() || verdict.get().value().isEmpty()) {
      return Optional.empty();
    }
    Claim value = verdict.get().value().get();
    return value instanceof Claim.Timing t ? Optional.of(t.when()) : Optional.empty();
  }

  /**
   * Returns the verdicts of a timeline in {@link #VERDICT_ORDER}, which does not depend on the
   * order of the story's input. Holds one array of references, not a copy of the verdicts.
   *
   * @param timeline  the timeline, not null
   * @return the verdicts, sorted, unmodifiable
   */
  public static List<Verdict> verdicts(Timeline timeline) {
    Verdict[] sorted = timeline.verdicts().toArray(new Verdict[0]);
    Arrays.sort(sorted, VERDICT_ORDER);
    return new AbstractList<Verdict>() {
      @Override
      public Verdict get(int index) {
        return sorted[index];
      }

      @Override
      public int size() {
        return sorted.length;
      }
    };
  }

  /**
   * Returns the truth value a yes-or-no verdict ({@code occurred}, {@code same-as}) holds: true if
   * accepted, false if refuted, empty if unverified or superseded.
   *
   * @param status  the verdict's status, not null
   * @return the value, empty if the claim is neither taken as true nor as false
   */
  public static Optional<Boolean> truth(VerdictStatus status) {
    if (status.isAccepted()) {
      return Optional.of(true);
    }
    return status == VerdictStatus.REFUTED ? Optional.of(false) : Optional.empty();
  }

  /**
   * Rounds a confidence or weight to {@value #DECIMALS} decimal places (half even), so that the
   * files show {@code 0.315} rather than the {@code 0.31499999999999995} of floating point.
   *
   * @param value  a finite number
   * @return the rounded number
   */
  public static double rounded(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * Checks if an instant bounds a time, rather than standing for "unbounded".
   *
   * @param instant  a bound, not null
   * @return false for {@link Instant#MIN} and {@link Instant#MAX}
   */
  public static boolean isBounded(Instant instant) {
    return !instant.equals(Instant.MIN) && !instant.equals(Instant.MAX);
  }

  /**
   * Returns the events a link conflict concerns: the events of the question where its two
   * assertions meet, sorted.
   *
   * @param conflict  the conflict, not null
   * @return the event ids, not null
   */
  public static java.util.SortedSet<io.github.eventline.core.EventId> events(io.github.eventline.timeline.LinkConflict conflict) {
    java.util.SortedSet<io.github.eventline.core.EventId> events = new java.util.TreeSet<>();
    events.add(conflict.question().event());
    conflict.question().other().ifPresent(events::add);
    return events;
  }

  /**
   * Returns the two assertions of a link conflict, sorted by id.
   *
   * @param conflict  the conflict, not null
   * @return the assertion ids, not null
   */
  public static java.util.SortedSet<String> assertions(io.github.eventline.timeline.LinkConflict conflict) {
    return new java.util.TreeSet<>(java.util.List.of(conflict.assertion().value(), conflict.linked().value()));
  }

  /**
   * Returns the sources (claimants) of the two assertions of a link conflict, sorted by id.
   *
   * @param timeline  the timeline whose story holds them, not null
   * @param conflict  the conflict, not null
   * @return the source ids, not null
   */
  public static java.util.SortedSet<String> sources(Timeline timeline, io.github.eventline.timeline.LinkConflict conflict) {
    java.util.SortedSet<String> sources = new java.util.TreeSet<>();
    for (io.github.eventline.core.AssertionId id : java.util.List.of(conflict.assertion(), conflict.linked())) {
      timeline.story().assertion(id).ifPresent(a -> sources.add(a.source().value()));
    }
    return sources;
  }
}
