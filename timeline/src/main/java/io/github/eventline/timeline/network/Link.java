package io.github.eventline.timeline.network;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.TemporalConstraint;
import io.github.eventline.timeline.points.AllenPoints;
import io.github.eventline.timeline.points.Seconds;
import java.util.List;

/**
 * One constraint of a conflict's cycle, as {@link SolvedNetwork#cycles} holds them: an edge between
 * points, a stated bound of a point, or a relation claim between two events. Immutable.
 */
public final class Link {
  /** What a link is. */
  private enum Kind {
    /** A difference constraint {@code to - from <= value} between two points. */
    EDGE,
    /** A stated upper bound {@code value} of a point. */
    UPPER,
    /** A stated lower bound {@code value} of a point. */
    LOWER,
    /** A relation claim between two events, {@code value} its mask of Allen relations. */
    RELATION
  }

  final int from;
  final int to;
  final long value;
  private final Kind kind;
  /** The origin of the constraint, -1 for the one that every event ends no earlier than it starts. */
  final int origin;

  private Link(int from, int to, long value, Kind kind, int origin) {
    this.from = from;
    this.to = to;
    this.value = value;
    this.kind = kind;
    this.origin = origin;
  }

  static Link edge(int from, int to, long weight, int origin) {
    return new Link(from, to, weight, Kind.EDGE, origin);
  }

  /** A relation claim between two events (not points), as path consistency found it. */
  static Link relation(int event, int other, int mask, int origin) {
    return new Link(2 * event, 2 * other, mask, Kind.RELATION, origin);
  }

  static Link bound(int point, long value, boolean upper, int origin) {
    return new Link(point, point, value, upper ? Kind.UPPER : Kind.LOWER, origin);
  }

  /** Returns the weight this link adds to the cycle's total: negative total means inconsistent. */
  public long weight() {
    return kind == Kind.LOWER ? -value : value;
  }

  TemporalConstraint describe(StoryNetwork net, ConflictResolution resolution) {
    EventId u = net.event(from / 2).id();
    EventId v = net.event(to / 2).id();
    String text;
    List<EventId> events;
    if (kind == Kind.RELATION) {
      text = u + " stands in " + AllenPoints.relations((int) value) + " to " + v;
      events = List.of(u, v);
    } else if (kind == Kind.UPPER && net.isReport(origin)) {
      text = u + " must have started by " + Seconds.toInstant(value) + ", when it was reported";
      events = List.of(u);
    } else if (kind == Kind.UPPER) {
      text = u + " must " + verb(from) + " by " + Seconds.toInstant(value);
      events = List.of(u);
    } else if (kind == Kind.LOWER) {
      text = u + " cannot " + verb(from) + " before " + Seconds.toInstant(value);
      events = List.of(u);
    } else {
      // p_to - p_from <= value: "from" must come no earlier than / after "to".
      String when = value == 0 ? " no earlier than " : value == -1 ? " after " : " at least " + -value + "s after ";
      text =
          u.equals(v) && origin < 0
              ? u + " cannot end before it starts"
              : u + " must " + verb(from) + when + v + " " + verb(to) + "s";
      events = u.equals(v) ? List.of(u) : List.of(u, v);
    }
    if (origin < 0) {
      return new TemporalConstraint(text, "every event ends no earlier than it starts", events, List.of(), List.of());
    }
    ConstraintOrigin o = resolution.origin(origin);
    return new TemporalConstraint(text, o.provenance, events, o.assertions, o.sources);
  }

  private static String verb(int point) {
    return point % 2 == 0 ? "start" : "end";
  }
}
