package io.github.eventline.timeline.network;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.points.Seconds;
import io.github.eventline.timeline.reconcile.ImpliedOccurrence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report comes after the fact: a report that an event occurred, stated at T, means the event had
 * begun by T. Not public, by design.
 *
 * <p>A report is a positive, certain {@code Occurred} assertion with a stated time (its own, else
 * its source's publication) that ends. It constrains its event's start to be no later than the end
 * of that time's bounds, unless:
 * <ul>
 *   <li>another assertion supersedes or retracts it;
 *   <li>it is a forecast: the same source also states a timing for the event that, read at the
 *       report's time, is a forecast ({@link ImpliedOccurrence#isForecast}: it starts no earlier
 *       than the end of the report's stated time) ("the summit will take place on 15 May",
 *       reported on 2 May, says the summit is planned, not that it happened).
 * </ul>
 * Reports are taken whatever the verdict on them: acceptance is known cheaply only for timing and
 * relation claims, and a report that does not hold is set aside by the conflict it causes, like
 * any other constraint.
 */
final class OccurredReports {

  private OccurredReports() {}

  /** Checks if an assertion may be a report: a positive, certain {@code Occurred} claim. O(1). */
  static boolean isCandidate(Assertion a) {
    return a.claim() instanceof Claim.Occurred
        && a.factuality().polarity() == Polarity.POSITIVE
        && a.factuality().certainty() == Certainty.CERTAIN;
  }

  /**
   * Returns the latest start each candidate report allows its event, in epoch seconds rounded up,
   * or {@link TemporalNetwork#INF} where it allows any (no stated time that ends, superseded or
   * retracted, or a forecast). O(assertions) if there is a candidate, else nothing is read.
   *
   * @param story  the story, for the sources' publication dates
   * @param assertions  the assertions the positions refer to
   * @param candidates  the positions of the candidates ({@link #isCandidate}), first {@code count} of them
   * @param count  the number of candidates
   * @return the latest start per candidate, in the candidates' order
   */
  static long[] latestStarts(Story story, List<Assertion> assertions, int[] candidates, int count) {
    long[] latest = new long[count];
    if (count == 0) {
      return latest;
    }
    Set<EventId> events = new HashSet<>();
    for (int i = 0; i < count; i++) {
      events.add(assertions.get(candidates[i]).claim().event());
    }
    Set<AssertionId> withdrawn = new HashSet<>();
    Map<EventId, List<Assertion>> timings = new HashMap<>();
    for (Assertion a : assertions) {
      withdrawn.addAll(a.supersedes());
      for (AssertionLink link : a.links()) {
        if (link.type() == LinkType.RETRACTS) {
          withdrawn.add(link.assertion());
        }
      }
      if (a.claim() instanceof Claim.Timing t && events.contains(t.event())) {
        timings.computeIfAbsent(t.event(), e -> new ArrayList<>()).add(a);
      }
    }
    for (int i = 0; i < count; i++) {
      Assertion report = assertions.get(candidates[i]);
      Optional<TimeBounds> stated = story.statedTime(report);
      latest[i] = TemporalNetwork.INF;
      if (stated.isEmpty() || stated.get().latestEnd().equals(Instant.MAX) || withdrawn.contains(report.id())) {
        continue;
      }
      if (!isForecast(report.source(), stated.get(), timings.getOrDefault(report.claim().event(), List.of()))) {
        latest[i] = Seconds.ceil(stated.get().latestEnd());
      }
    }
    return latest;
  }

  /**
   * Checks if a source also states a positive timing of the event that, read at the report's time,
   * is a forecast ({@link ImpliedOccurrence#isForecast}, the one definition of a forecast).
   */
  private static boolean isForecast(SourceId source, TimeBounds reported, List<Assertion> timings) {
    for (Assertion t : timings) {
      if (t.source().equals(source)
          && t.factuality().polarity() == Polarity.POSITIVE
          && ImpliedOccurrence.isForecast(t.claim(), Optional.of(reported))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the positions of the candidates whose latest start is bounded. */
  static int[] kept(int[] candidates, long[] latest) {
    int[] kept = new int[latest.length];
    int n = 0;
    for (int i = 0; i < latest.length; i++) {
      if (latest[i] < TemporalNetwork.INF) {
        kept[n++] = candidates[i];
      }
    }
    return Arrays.copyOf(kept, n);
  }
}
