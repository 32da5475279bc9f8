package io.github.eventline.export.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Collects the problems of a story file while it is read. Not public, by design. */
final class Problems {

  private final List<FileProblem> problems = new ArrayList<>();

  void add(Node at, String pointer, String message) {
    add(at.line, at.column, pointer, message, Optional.empty());
  }

  void add(Node at, String pointer, String message, Optional<String> hint) {
    add(at.line, at.column, pointer, message, hint);
  }

  void add(int line, int column, String pointer, String message, Optional<String> hint) {
    problems.add(new FileProblem(line, column, pointer, message, hint));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  int size() {
    return problems.size();
  }

  /** Returns the problems in the order of the file: by line, then column, else as found. */
  List<FileProblem> inFileOrder() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
    return sorted;
  }

  /**
   * Returns the known name closest to the given text, if it is close enough to be a typo: a
   * Levenshtein distance of at most a third of the text's length (at least 2), or the same name in
   * another case. Ties go to the alphabetically first name.
   */
  static Optional<String> closest(String text, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = candidate.equalsIgnoreCase(text) ? 0 : distance(text, candidate);
      if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, text.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
