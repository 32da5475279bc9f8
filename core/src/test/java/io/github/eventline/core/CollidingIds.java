package io.github.eventline.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids whose string hashes are all equal, for tests of the id tables' fallback: shared with the
 * timeline's tests through core's test jar.
 */
public final class CollidingIds {

  private CollidingIds() {}

  /**
   * Returns the strings of n pairs of characters, each "Aa" or "BB" (whose hashes are equal), in
   * order of the binary number they spell with "Aa" for 0, most significant pair first.
   *
   * @param n  the number of pairs
   * @return the 2^n strings, all with the same {@link String#hashCode}
   */
  public static List<String> of(int n) {
    List<String> ids = new ArrayList<>(List.of(""));
    for (int k = 0; k < n; k++) {
      List<String> next = new ArrayList<>();
      for (String id : ids) {
        next.add(id + "Aa");
        next.add(id + "BB");
      }
      ids = next;
    }
    return ids;
  }
}
