package io.github.eventline.core;

import io.github.eventline.core.internal.IdPositions;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks what assertions say of earlier ones they replace ({@code supersedes}) or withdraw
 * ({@code retracts} links): no cycle (each assertion in it would silently stop counting), and
 * nothing replaced or withdrawn that was stated after the assertion doing it. Not public, by
 * design: part of {@link StoryValidator}.
 *
 * <p>O(n + e) in the assertions and their supersedes and retracts entries.
 */
final class Supersession {

  private final List<Assertion> assertions;
  private final Map<AssertionId, Assertion> index;
  private final Function<Assertion, Optional<TimeBounds>> statedTime;
  private final List<StoryProblem> problems;
  /** Per assertion, its edges to what it replaces or withdraws; null when it has none. */
  private final List<List<Edge>> edges = new ArrayList<>();

  /** One entry of a supersedes list or one retracts link: the target's position and the entry's path. */
  private record Edge(int target, String path, String verb) {}

  Supersession(
      List<Assertion> assertions, Map<AssertionId, Assertion> index,
      Function<Assertion, Optional<TimeBounds>> statedTime, List<StoryProblem> problems) {
    this.assertions = assertions;
    this.index = index;
    this.statedTime = statedTime;
    this.problems = problems;
  }

  void check() {
    IdPositions<AssertionId> positions = null;
    boolean any = false;
    for (int i = 0; i < assertions.size(); i++) {
      Assertion a = assertions.get(i);
      List<Edge> out = null;
      if (!a.supersedes().isEmpty() || !a.links().isEmpty()) {
        if (positions == null) {
          positions = positions();
        }
        out = edgesOf(i, a, positions);
        any |= !out.isEmpty();
      }
      edges.add(out);
    }
    if (any) {
      cycles();
    }
  }

  /** The position of each assertion by id; if ids repeat, the first (duplicates are reported elsewhere). */
  private IdPositions<AssertionId> positions() {
    return IdPositions.of(assertions, Assertion::id);
  }

  /** Returns the edges of an assertion to the others it names (itself and unknown ids are reported elsewhere). */
  private List<Edge> edgesOf(int i, Assertion a, IdPositions<AssertionId> positions) {
    List<Edge> out = new ArrayList<>();
    for (int j = 0; j < a.supersedes().size(); j++) {
      add(out, a, positions.indexOf(a.supersedes().get(j)), "assertions[" + i + "].supersedes[" + j + "]", "supersedes");
    }
    for (int j = 0; j < a.links().size(); j++) {
      if (a.links().get(j).type() == LinkType.RETRACTS) {
        add(out, a, positions.indexOf(a.links().get(j).assertion()), "assertions[" + i + "].links[" + j + "].assertion",
            "retracts");
      }
    }
    return out;
  }

  /** Adds the edge to the assertion at a position, -1 for an unknown id (reported elsewhere). */
  private void add(List<Edge> out, Assertion a, int target, String path, String verb) {
    if (target < 0 || assertions.get(target).id().equals(a.id()) || index.get(a.id()) != a) {
      return;
    }
    out.add(new Edge(target, path, verb));
    checkOrder(a, assertions.get(target), path, verb);
  }

  /** Reports an assertion that replaces or withdraws one stated after it. */
  private void checkOrder(Assertion a, Assertion target, String path, String verb) {
    Optional<TimeBounds> mine = statedTime.apply(a);
    Optional<TimeBounds> theirs = statedTime.apply(target);
    if (mine.isPresent() && theirs.isPresent() && isWhollyBefore(mine.get(), theirs.get())) {
      problems.add(
          new StoryProblem(
              path,
              "assertion \"" + a.id() + "\" stated " + mine.get().label() + " " + verb + " \"" + target.id()
                  + "\", stated later (" + theirs.get().label() + ")",
              Optional.of("an assertion replaces or withdraws only earlier statements; check both stated times,"
                  + " or name the earlier assertion in the later one's " + verb)));
    }
  }

  /** Checks if every instant {@code a} allows is before (or at the start of) every one {@code b} allows, and they are not one instant. */
  static boolean isWhollyBefore(TimeBounds a, TimeBounds b) {
    return !a.latestEnd().isAfter(b.earliestStart()) && a.latestEnd().isBefore(b.latestEnd());
  }

  /** Finds the cycles by an iterative depth-first walk, reporting each at the entry that closes it. */
  private void cycles() {
    int n = assertions.size();
    byte[] state = new byte[n]; // 0 new, 1 on the path, 2 done
    int[] next = new int[n];
    List<Integer> path = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (state[start] != 0 || edges.get(start) == null) {
        continue;
      }
      path.add(start);
      state[start] = 1;
      while (!path.isEmpty()) {
        int node = path.get(path.size() - 1);
        List<Edge> out = edges.get(node);
        if (out == null || next[node] == out.size()) {
          state[node] = 2;
          path.remove(path.size() - 1);
          continue;
        }
        Edge e = out.get(next[node]++);
        if (state[e.target] == 1) {
          report(path.subList(path.indexOf(e.target), path.size()), e);
        } else if (state[e.target] == 0) {
          state[e.target] = 1;
          path.add(e.target);
        }
      }
    }
  }

  private void report(List<Integer> members, Edge closing) {
    StringBuilder text = new StringBuilder();
    List<Integer> cycle = new ArrayList<>(members);
    cycle.add(closing.target);
    for (int i = 0; i < cycle.size(); i++) {
      if (cycle.size() > 12 && i == 5) {
        text.append(" -> ... (").append(cycle.size() - 10).append(" more)");
        i = cycle.size() - 6;
        continue;
      }
      text.append(i == 0 ? "" : " -> ").append('"').append(assertions.get(cycle.get(i)).id()).append('"');
    }
    problems.add(
        new StoryProblem(
            closing.path,
            "cycle in supersedes and retracts: " + text + "; each assertion on it would stop counting",
            Optional.of("only a later statement replaces or withdraws an earlier one; remove the entry of the earlier"
                + " assertion")));
  }
}
