package io.github.eventline.assertj;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a timeline a failure message shows: an event with its stated and derived bounds, a
 * verdict with its reasons. Not public, by design.
 */
final class FailureText {

  private FailureText() {}

  /**
   * Describes an event: its summary, the bounds its timing verdict holds and the bounds derived.
   *
   * <pre>{@code
   *   putin-asks-kim (Putin asks Kim Jong-un for help)
   *     stated:  none
   *     derived: "derived": start in [2024-08-01T00:00:00Z, ..], end in [2024-08-01T00:00:00Z, ..]
   * }</pre>
   */
  static String event(Timeline timeline, EventId id, String indent) {
    Optional<Event> event = timeline.story().event(id);
    StringBuilder sb = new StringBuilder(indent).append(id);
    event.ifPresent(e -> sb.append(" (").append(e.summary()).append(')'));
    Optional<Verdict> timing = timeline.reconciliation()
        .verdict(new ClaimKey(ClaimType.TIMING, id, Optional.empty(), Optional.empty(), Optional.empty()));
    String stated = "none";
    Optional<TimeBounds> statedBounds = Optional.empty();
    if (timing.isPresent() && timing.get().value().isPresent() && timing.get().value().get() instanceof Claim.Timing t) {
      statedBounds = Optional.of(t.when());
      stated = bounds(t.when()) + (timing.get().isAccepted() ? "" : " (" + timing.get().status() + ", not used)");
    }
    TimeBounds derived = timeline.derivedBounds(id);
    sb.append('\n').append(indent).append("  stated:  ").append(stated);
    sb.append('\n').append(indent).append("  derived: ");
    sb.append(statedBounds.isPresent() && sameInstants(statedBounds.get(), derived) ? "same as stated" : bounds(derived));
    return sb.toString();
  }

  /** Describes bounds: {@code "early 2024-08": start in [a, b], end in [c, d]}, ".." where unbounded. */
  static String bounds(TimeBounds b) {
    if (sameInstants(b, TimeBounds.unbounded())) {
      return "unbounded";
    }
    return '"' + b.label() + "\": start in [" + instant(b.earliestStart()) + ", " + instant(b.latestStart())
        + "], end in [" + instant(b.earliestEnd()) + ", " + instant(b.latestEnd()) + ']';
  }

  static boolean sameInstants(TimeBounds a, TimeBounds b) {
    return a.earliestStart().equals(b.earliestStart())
        && a.latestStart().equals(b.latestStart())
        && a.earliestEnd().equals(b.earliestEnd())
        && a.latestEnd().equals(b.latestEnd());
  }

  /** An instant, ".." for the unbounded ends {@link Instant#MIN} and {@link Instant#MAX}. */
  static String instant(Instant instant) {
    return instant.equals(Instant.MIN) || instant.equals(Instant.MAX) ? ".." : instant.toString();
  }

  /**
   * Describes a verdict: its key, status, confidence and value held, then each assertion of its
   * explanation with its claimant (and relays, when the story is known), stance, weight and reason.
   *
   * <pre>{@code
   *   verdict on occurred(nk-troops-in-assaults): CONTESTED, confidence 0.696
   *     a17 (austin-statement via article) doubts: uncommitted on it, ...; weight 0.09 = ...
   * }</pre>
   */
  static String verdict(Verdict verdict, @Nullable Story story) {
    StringBuilder sb = new StringBuilder("  verdict on ").append(verdict.key()).append(": ")
        .append(verdict.status()).append(", confidence ").append(number(verdict.confidence()));
    verdict.value().flatMap(FailureText::value).ifPresent(v -> sb.append(", value held: ").append(v));
    if (verdict.explanation().isEmpty()) {
      sb.append("\n    no assertion on it");
    }
    for (Weighed w : verdict.explanation()) {
      sb.append("\n    ").append(w.assertion()).append(" (").append(w.source());
      List<SourceId> via = relays(story, w);
      if (!via.isEmpty()) {
        sb.append(" via ").append(join(via));
      }
      sb.append(") ").append(w.reason());
    }
    return sb.toString();
  }

  /** The relays of an explained assertion, empty when the story is unknown or does not hold it. */
  static List<SourceId> relays(@Nullable Story story, Weighed w) {
    return story == null ? List.of() : story.assertion(w.assertion()).map(Assertion::via).orElse(List.of());
  }

  /** The value held, in words; empty for yes-or-no questions, whose status says it all. */
  static Optional<String> value(Claim claim) {
    if (claim instanceof Claim.Timing t) {
      return Optional.of(bounds(t.when()));
    }
    if (claim instanceof Claim.Location l) {
      return Optional.of("at " + l.place());
    }
    if (claim instanceof Claim.Participation p) {
      return Optional.of(p.actor() + " as " + p.role());
    }
    if (claim instanceof Claim.Quantity q) {
      String figure = q.isSingleValue() ? number(q.low()) : number(q.low()) + " to " + number(q.high());
      return Optional.of((q.approximate() ? "about " : "") + figure + q.unit().map(u -> " " + u).orElse(""));
    }
    if (claim instanceof Claim.Relation r) {
      return Optional.of(r.event() + " " + r.relations() + " " + r.other());
    }
    return Optional.empty();
  }

  /** Lists problems, one a line, as {@code path: message (hint)}. */
  static String problems(List<StoryProblem> problems) {
    StringBuilder sb = new StringBuilder();
    for (StoryProblem p : problems) {
      sb.append(sb.length() == 0 ? "  " : "\n  ").append(p);
    }
    return sb.toString();
  }

  /** A number with at most three decimals, as the verdicts' reasons print it. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  static String join(Collection<?> items) {
    return items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
