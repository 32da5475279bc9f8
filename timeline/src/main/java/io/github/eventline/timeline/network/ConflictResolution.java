package io.github.eventline.timeline.network;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.TemporalConstraint;
import io.github.eventline.timeline.TimelineOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The conflicts of a {@link StoryNetwork}, reported and resolved: each cycle of constraints that
 * cannot all hold becomes a {@link TemporalConflict} that names its constraints and what they rest
 * on, and what it rests on is set aside (every constraint of the cycle, or the weakest, by the
 * options), with every accepted assertion of the same claim. What is set aside is read by the next
 * round of solving through {@link #dropped}.
 *
 * <p>O(length of the cycle) per conflict, plus, once, an index of the accepted assertions by event
 * (O(assertions)) to find those of the same claim.
 */
final class ConflictResolution {

  /** What a conflict sets aside. */
  enum SetAside {
    /** Every constraint of the cycle. */
    EVERY_CONSTRAINT,
    /** The weakest constraint of the cycle ({@link ConstraintOrigin#WEAKEST_FIRST}). */
    WEAKEST;

    static SetAside of(TimelineOptions options) {
      return options.isDropWeakest() ? WEAKEST : EVERY_CONSTRAINT;
    }
  }

  private final StoryNetwork net;
  private final SetAside setAside;
  /** The origins set aside. */
  final BitSet dropped = new BitSet();
  private final List<TemporalConflict> conflicts = new ArrayList<>();
  /** The cycle of each conflict, as links whose weights sum to a negative number. */
  private final List<ImmutableList<Link>> cycles = new ArrayList<>();
  /** The described origins, made on demand: most origins are never named. */
  private final Map<Integer, ConstraintOrigin> described = new HashMap<>();
  /**
   * The accepted assertions of each event, in CSR form: {@code byEvent[1][byEvent[0][i] ..
   * byEvent[0][i + 1])}; made on demand for the first conflict.
   */
  private int[][] byEvent;

  ConflictResolution(StoryNetwork net, SetAside setAside) {
    this.net = net;
    this.setAside = setAside;
  }

  /** Returns the conflicts reported so far, in the order they were found. */
  List<TemporalConflict> conflicts() {
    return conflicts;
  }

  /** Returns the cycle of each conflict reported so far. */
  List<ImmutableList<Link>> cycles() {
    return cycles;
  }

  /** Checks if a conflict was reported. */
  boolean found() {
    return !conflicts.isEmpty();
  }

  /** Checks that no constraint of a cycle has been set aside. */
  boolean inForce(List<Link> cycle) {
    for (Link l : cycle) {
      if (l.origin >= 0 && dropped.get(l.origin)) {
        return false;
      }
    }
    return true;
  }

  /** Returns what an origin is, described. */
  ConstraintOrigin origin(int o) {
    return described.computeIfAbsent(o, this::describe);
  }

  /** Reports a conflict and sets aside what it rests on, by the options. */
  void resolve(List<Link> links) {
    resolve(links, "");
  }

  /**
   * Reports a conflict and sets aside what it rests on, by the options.
   *
   * @param how  how it was found, appended to the first sentence of the message; empty for a cycle
   *     of difference constraints
   */
  void resolve(List<Link> links, String how) {
    cycles.add(ImmutableList.copyOf(links));
    LinkedHashSet<Integer> involved = new LinkedHashSet<>();
    for (Link l : links) {
      if (l.origin >= 0) {
        involved.add(l.origin);
      }
    }
    List<ConstraintOrigin> toDrop = new ArrayList<>();
    if (setAside == SetAside.WEAKEST) {
      ConstraintOrigin weakest = null;
      for (int o : involved) {
        ConstraintOrigin c = origin(o);
        if (weakest == null || ConstraintOrigin.WEAKEST_FIRST.compare(c, weakest) < 0) {
          weakest = c;
        }
      }
      toDrop.add(weakest);
    } else {
      involved.forEach(o -> toDrop.add(origin(o)));
    }
    TreeSet<AssertionId> setAsideAssertions = new TreeSet<>();
    TreeSet<EventId> setAsideDates = new TreeSet<>();
    List<String> names = new ArrayList<>();
    for (ConstraintOrigin o : toDrop) {
      dropped.set(o.index);
      if (!o.isEditorWhen()) {
        sameClaim(o.index).forEach(dropped::set);
      }
      setAsideAssertions.addAll(o.assertions);
      if (o.isEditorWhen()) {
        setAsideDates.add(o.event);
      }
      names.add(o.name());
    }
    List<TemporalConstraint> cycle = new ArrayList<>();
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < links.size(); i++) {
      TemporalConstraint c = links.get(i).describe(net, this);
      cycle.add(c);
      message.append(i == 0 ? "" : i == 1 ? ", but " : ", and ").append(c);
    }
    message
        .append(how)
        .append(". ")
        .append(setAside == SetAside.WEAKEST ? "Dropped the weakest: " : "Set aside: ")
        .append(String.join("; ", names))
        .append('.');
    conflicts.add(new TemporalConflict(
        cycle, List.copyOf(setAsideAssertions), List.copyOf(setAsideDates), message.toString()));
  }

  private ConstraintOrigin describe(int o) {
    int n = net.eventCount;
    if (o < n) {
      return ConstraintOrigin.ofWhen(o, net.story, net.policy, net.event(o).id(), net.event(o).when().orElseThrow());
    }
    List<Assertion> group = new ArrayList<>();
    for (int k : sameClaim(o)) {
      group.add(net.accepted(k - n));
    }
    return ConstraintOrigin.ofClaim(o, net.story, net.policy, net.accepted(o - n).claim(), group);
  }

  /**
   * The origins of every accepted assertion of the same claim as an assertion origin: among the
   * accepted assertions of its event, in origin order. A report that an event occurred is its own
   * origin alone: each report bounds the event by its own stated time.
   */
  private List<Integer> sameClaim(int o) {
    int n = net.eventCount;
    Claim claim = net.accepted(o - n).claim();
    if (claim instanceof Claim.Occurred) {
      return List.of(o);
    }
    int[] acceptedEvent = net.acceptedEvent;
    int accepted = net.acceptedCount();
    if (byEvent == null) {
      int[] start = new int[n + 1];
      for (int k = 0; k < accepted; k++) {
        start[acceptedEvent[k] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, n);
      int[] list = new int[accepted];
      for (int k = 0; k < accepted; k++) {
        list[fill[acceptedEvent[k]]++] = k;
      }
      byEvent = new int[][] {start, list};
    }
    int event = acceptedEvent[o - n];
    List<Integer> same = new ArrayList<>();
    for (int i = byEvent[0][event]; i < byEvent[0][event + 1]; i++) {
      int k = byEvent[1][i];
      if (net.accepted(k).claim().equals(claim)) {
        same.add(n + k);
      }
    }
    return same;
  }
}
