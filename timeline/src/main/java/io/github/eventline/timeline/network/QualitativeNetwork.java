package io.github.eventline.timeline.network;

import io.github.eventline.timeline.points.AllenPoints;
import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The qualitative constraints of a network: sets of Allen relations that no difference constraint
 * states exactly, such as {@code {BEFORE, AFTER}}. They are checked by partial path consistency
 * over Allen's composition table, on the events they touch and their direct neighbours by relation
 * claims, together with every accepted relation claim among those events; the chordal graph they
 * are checked on is a {@link ChordalGraph}.
 *
 * <p><b>Partial path consistency.</b> The graph of the constraints (an edge per pair of events
 * with a relation claim) is made chordal by eliminating its events in min-degree order and
 * joining the neighbours of each eliminated event (fill edges, labelled with every relation).
 * Path consistency is then enforced on the triangles of that chordal graph only, not on every
 * triple of events (Bliek and Sam-Haroud; Chmeiss and Condotta for Allen's algebra): its cost
 * grows with the triangles of the graph rather than with the cube of the number of events, so
 * that a long sparse story stays cheap. Where the chordal graph is complete this is full path
 * consistency and gives the same labels. Otherwise the label of a pair may be weaker than full
 * path consistency would make it, for non-convex sets only (for the convex relations and the
 * other ORD-Horn ones partial path consistency on a chordal graph decides consistency as the full
 * one does, Chmeiss and Condotta); and a conflict that only full path consistency finds is not
 * reported. Every label is sound: it holds every solution. {@code QualitativeCompare} in the test
 * sources counts the pairs whose label is weaker than full path consistency's.
 *
 * <p><b>Pairs outside the graph.</b> Two events of different connected components constrain each
 * other in nothing: their label is every relation, as full path consistency also finds. For two
 * events of the same component with no edge between them, {@link #label} composes the labels
 * along the paths of the graph from the first to the second, intersecting as it goes (a
 * single-source propagation to a fixpoint, computed on demand, from the event of lower index
 * so that the label of {@code (b, a)} is the inverse of that of {@code (a, b)}). Through a tree
 * of constraints this is exactly what full path consistency gives; in general it is sound and
 * may be weaker. Nothing of the kind is stored, so memory stays linear in the chordal graph; the
 * price is that such a query walks the component, O(edges of the component) per pair.
 *
 * <p><b>Conflicts.</b> Each narrowing is logged with the two labels it composed, so that an empty
 * label names the relation claims it rests on: those of the pair and of every label that
 * narrowed it, transitively, as they stood when they did.
 *
 * <p>Composition is Allen's, for intervals of positive length ({@link
 * io.github.eventline.timeline.points.AllenComposition}). Immutable once checked.
 */
public final class QualitativeNetwork {

  private static final int ALL = AllenPoints.ALL;
  private static final QualitativeNetwork EMPTY = new QualitativeNetwork(null, null);

  /** The local index of each event of the network, -1 for an event outside; null if none is inside. */
  private final int[] localOf;
  /** The partially path-consistent chordal graph over the local events; null if none. */
  private final ChordalGraph graph;

  private QualitativeNetwork(int[] localOf, ChordalGraph graph) {
    this.localOf = localOf;
    this.graph = graph;
  }

  /**
   * Checks the qualitative constraints of a solved network; on a conflict, reports it, sets aside
   * its claims and solves the network again, until partial path consistency holds.
   */
  static QualitativeNetwork check(StoryNetwork net) {
    while (true) {
      QualitativeNetwork q = attempt(net);
      if (q != null) {
        return q;
      }
    }
  }

  /** One round of partial path consistency; null if a conflict was found and resolved. */
  private static QualitativeNetwork attempt(StoryNetwork net) {
    TreeMap<Integer, Integer> local = new TreeMap<>();
    for (int[] q : net.qualitative) {
      if (!net.resolution.dropped.get(q[3])) {
        local.putIfAbsent(q[0], local.size());
        local.putIfAbsent(q[1], local.size());
      }
    }
    if (local.isEmpty()) {
      return EMPTY;
    }
    // With their direct neighbours by relation claims, through which compositions run.
    TreeSet<Integer> neighbours = new TreeSet<>();
    for (int[] r : net.relationClaims()) {
      if (!net.resolution.dropped.get(r[3]) && (local.containsKey(r[0]) || local.containsKey(r[1]))) {
        neighbours.add(r[0]);
        neighbours.add(r[1]);
      }
    }
    for (int e : neighbours) {
      local.putIfAbsent(e, local.size());
    }
    int k = local.size();
    int[] localOf = new int[net.eventCount];
    Arrays.fill(localOf, -1);
    local.forEach((e, i) -> localOf[e] = i);
    int count = 0;
    int[][] claims = new int[4][net.relationClaims().size()];
    for (int[] r : net.relationClaims()) {
      int i = localOf[r[0]];
      int j = localOf[r[1]];
      if (i >= 0 && j >= 0 && !net.resolution.dropped.get(r[3])) {
        claims[0][count] = i;
        claims[1][count] = j;
        claims[2][count] = r[2];
        claims[3][count] = r[3];
        count++;
      }
    }
    ChordalGraph graph = new ChordalGraph(k, claims[0], claims[1], claims[2], claims[3], count);
    BitSet conflict = graph.enforce();
    if (conflict != null) {
      net.resolveQualitative(conflict);
      return null;
    }
    // Local indices renumbered by component.
    for (int e = 0; e < localOf.length; e++) {
      if (localOf[e] >= 0) {
        localOf[e] = graph.renumbered[localOf[e]];
      }
    }
    return new QualitativeNetwork(localOf, graph);
  }

  /**
   * Returns the relations still possible from one event to another, by the qualitative
   * constraints alone; every relation if they say nothing.
   *
   * @param a  the index of the first event in the network
   * @param b  the index of the second, not {@code a}
   * @return the relations of {@code a} to {@code b}, a mask of {@link AllenPoints#bit}s
   */
  public int label(int a, int b) {
    if (localOf == null) {
      return ALL;
    }
    int i = localOf[a];
    int j = localOf[b];
    if (i < 0 || j < 0) {
      return ALL;
    }
    return graph.label(i, j);
  }
}
