package io.github.eventline.timeline.network;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.TemporalConstraint;
import io.github.eventline.timeline.points.AllenPoints;
import java.util.List;

/**
 * One constraint of a conflict's cycle, as {@link StoryNetwork#cycles} holds them: an edge between
 * points, or a stated bound of a point. Not public, by design.
 */
public final class Link {
  private static final int EDGE = 0;
  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int RELATION = 3;

  final int from;
  final int to;
  final long value;
  final int kind;
  final int origin;

  private Link(int from, int to, long value, int kind, int origin) {
    this.from = from;
    this.to = to;
    this.value = value;
    this.kind = kind;
    this.origin = origin;
  }

  static Link edge(int from, int to, long weight, int origin) {
    return new Link(from, to, weight, EDGE, origin);
  }

  /** A relation claim between two events (not points), as path consistency found it. */
  static Link relation(int event, int other, int mask, int origin) {
    return new Link(2 * event, 2 * other, mask, RELATION, origin);
  }

  static Link bound(int point, long value, boolean upper, int origin) {
    return new Link(point, point, value, upper ? UPPER : LOWER, origin);
  }

  /** Returns the weight this link adds to the cycle's total: negative total means inconsistent. */
  public long weight() {
    return kind == LOWER ? -value : value;
  }

  TemporalConstraint describe(StoryNetwork net) {
    EventId u = net.event(from / 2).id();
    EventId v = net.event(to / 2).id();
    String text;
    List<EventId> events;
    if (kind == RELATION) {
      text = u + " stands in " + AllenPoints.relations((int) value) + " to " + v;
      events = List.of(u, v);
    } else if (kind == UPPER && net.isReport(origin)) {
      text = u + " must have started by " + StoryNetwork.toInstant(value) + ", when it was reported";
      events = List.of(u);
    } else if (kind == UPPER) {
      text = u + " must " + verb(from) + " by " + StoryNetwork.toInstant(value);
      events = List.of(u);
    } else if (kind == LOWER) {
      text = u + " cannot " + verb(from) + " before " + StoryNetwork.toInstant(value);
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
    ConstraintOrigin o = net.origin(origin);
    return new TemporalConstraint(text, o.provenance, events, o.assertions, o.sources);
  }

  private static String verb(int point) {
    return point % 2 == 0 ? "start" : "end";
  }
}
