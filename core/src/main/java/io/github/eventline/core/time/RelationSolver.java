package io.github.eventline.core.time;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the Allen relations still possible between two {@link TimeBounds}. Not public, by design.
 *
 * <p>Four variables, the starts and ends of x and y, each lie in a closed range given by the
 * bounds. Each relation is a conjunction of order constraints between them ({@code <}, {@code <=},
 * {@code ==}), matching {@link IntervalRelation#between} exactly, points included. A relation is
 * possible when its constraints, with {@code start < end} for both (or {@code start == end} for
 * bounds that pin an instant), can be met within the ranges.
 * The order constraints of every relation are consistent on their own, so on a dense line
 * propagating the ranges along the constraints until nothing changes decides it: the constraints
 * are satisfiable exactly when every range stays non-empty.
 */
final class RelationSolver {

  private static final int X_START = 0;
  private static final int X_END = 1;
  private static final int Y_START = 2;
  private static final int Y_END = 3;

  /** Per relation, triples {@code (a, b, strict)}: variable a is below b, strictly if strict is 1. */
  private static final int[][] CONSTRAINTS = {
      /* BEFORE        */ {X_END, Y_START, 1},
      /* MEETS         */ {X_END, Y_START, 0, Y_START, X_END, 0, X_START, X_END, 1},
      /* OVERLAPS      */ {X_START, Y_START, 1, Y_START, X_END, 1, X_END, Y_END, 1},
      /* STARTS        */ {X_START, Y_START, 0, Y_START, X_START, 0, X_END, Y_END, 1},
      /* DURING        */ {Y_START, X_START, 1, X_END, Y_END, 1},
      /* FINISHES      */ {X_END, Y_END, 0, Y_END, X_END, 0, Y_START, X_START, 1, X_START, X_END, 1},
      /* EQUALS        */ {X_START, Y_START, 0, Y_START, X_START, 0, X_END, Y_END, 0, Y_END, X_END, 0},
      /* FINISHED_BY   */ {X_END, Y_END, 0, Y_END, X_END, 0, X_START, Y_START, 1, Y_START, Y_END, 1},
      /* CONTAINS      */ {X_START, Y_START, 1, Y_END, X_END, 1},
      /* STARTED_BY    */ {X_START, Y_START, 0, Y_START, X_START, 0, Y_END, X_END, 1},
      /* OVERLAPPED_BY */ {Y_START, X_START, 1, X_START, Y_END, 1, Y_END, X_END, 1},
      /* MET_BY        */ {X_START, Y_END, 0, Y_END, X_START, 0, Y_START, Y_END, 1},
      /* AFTER         */ {Y_END, X_START, 1},
  };

  private RelationSolver() {}

  static Set<IntervalRelation> possibleRelations(TimeBounds x, TimeBounds y) {
    EnumSet<IntervalRelation> possible = EnumSet.noneOf(IntervalRelation.class);
    for (IntervalRelation relation : IntervalRelation.values()) {
      if (new Ranges(x, y).satisfiable(CONSTRAINTS[relation.ordinal()])) {
        possible.add(relation);
      }
    }
    return Sets.immutableEnumSet(possible);
  }

  /** The ranges of the four variables, each end open (strict) or closed; narrowed in place. */
  private static final class Ranges {
    private final Instant[] low;
    private final Instant[] high;
    private final boolean[] lowOpen = new boolean[4];
    private final boolean[] highOpen = new boolean[4];
    private final boolean xProper;
    private final boolean yProper;

    Ranges(TimeBounds x, TimeBounds y) {
      xProper = !x.isInstant();
      yProper = !y.isInstant();
      low = new Instant[] {x.earliestStart(), x.earliestEnd(), y.earliestStart(), y.earliestEnd()};
      high = new Instant[] {x.latestStart(), x.latestEnd(), y.latestStart(), y.latestEnd()};
    }

    boolean satisfiable(int[] constraints) {
      boolean changed = true;
      while (changed) {
        changed = narrow(X_START, X_END, xProper) | narrow(Y_START, Y_END, yProper);
        for (int i = 0; i < constraints.length; i += 3) {
          changed |= narrow(constraints[i], constraints[i + 1], constraints[i + 2] == 1);
        }
      }
      for (int v = 0; v < 4; v++) {
        int order = low[v].compareTo(high[v]);
        if (order > 0 || (order == 0 && (lowOpen[v] || highOpen[v]))) {
          return false;
        }
      }
      return true;
    }

    /** Applies {@code a < b} (strict) or {@code a <= b}; returns whether a range narrowed. */
    private boolean narrow(int a, int b, boolean strict) {
      boolean changed = false;
      boolean open = lowOpen[a] || strict;
      int order = low[a].compareTo(low[b]);
      if (order > 0 || (order == 0 && open && !lowOpen[b])) {
        low[b] = low[a];
        lowOpen[b] = open;
        changed = true;
      }
      open = highOpen[b] || strict;
      order = high[b].compareTo(high[a]);
      if (order < 0 || (order == 0 && open && !highOpen[a])) {
        high[a] = high[b];
        highOpen[a] = open;
        changed = true;
      }
      return changed;
    }
  }
}
