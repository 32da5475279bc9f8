package io.github.eventline.core.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Allen's composition table (Allen 1983, "Maintaining knowledge about temporal intervals", fig. 4),
 * written out. Not public, by design: read it through {@link IntervalRelation#compose}.
 *
 * <p>One letter per relation, in the enum's order: {@code b m o s d f e F D S O M A} stand for
 * BEFORE, MEETS, OVERLAPS, STARTS, DURING, FINISHES, EQUALS, FINISHED_BY, CONTAINS, STARTED_BY,
 * OVERLAPPED_BY, MET_BY, AFTER. Row {@code r1}, column {@code r2} lists the relations of x to z
 * when x r1 y and y r2 z. A brute-force test over integer intervals checks every cell.
 */
final class AllenTable {

  private static final String LETTERS = "bmosdfeFDSOMA";

  private static final String[][] CELLS = {
      {"b", "b", "b", "b", "bmosd", "bmosd", "b", "b", "b", "b", "bmosd", "bmosd", "bmosdfeFDSOMA"},
      {"b", "b", "b", "m", "osd", "osd", "m", "b", "b", "m", "osd", "feF", "DSOMA"},
      {"b", "b", "bmo", "o", "osd", "osd", "o", "bmo", "bmoFD", "oFD", "osdfeFDSO", "DSO", "DSOMA"},
      {"b", "b", "bmo", "s", "d", "d", "s", "bmo", "bmoFD", "seS", "dfO", "M", "A"},
      {"b", "b", "bmosd", "d", "d", "d", "d", "bmosd", "bmosdfeFDSOMA", "dfOMA", "dfOMA", "A", "A"},
      {"b", "m", "osd", "d", "d", "f", "f", "feF", "DSOMA", "OMA", "OMA", "A", "A"},
      {"b", "m", "o", "s", "d", "f", "e", "F", "D", "S", "O", "M", "A"},
      {"b", "m", "o", "o", "osd", "feF", "F", "F", "D", "D", "DSO", "DSO", "DSOMA"},
      {"bmoFD", "oFD", "oFD", "oFD", "osdfeFDSO", "DSO", "D", "D", "D", "D", "DSO", "DSO", "DSOMA"},
      {"bmoFD", "oFD", "oFD", "seS", "dfO", "O", "S", "D", "D", "S", "O", "M", "A"},
      {"bmoFD", "oFD", "osdfeFDSO", "dfO", "dfO", "O", "O", "DSO", "DSOMA", "OMA", "OMA", "A", "A"},
      {"bmoFD", "seS", "dfO", "dfO", "dfO", "M", "M", "M", "A", "A", "A", "A", "A"},
      {"bmosdfeFDSOMA", "dfOMA", "dfOMA", "dfOMA", "dfOMA", "A", "A", "A", "A", "A", "A", "A", "A"},
  };

  /** The cells row by row: cell (r1, r2) is at {@code r1.ordinal() * 13 + r2.ordinal()}. */
  private static final ImmutableList<ImmutableSet<IntervalRelation>> TABLE = build();

  private AllenTable() {}

  static ImmutableSet<IntervalRelation> compose(IntervalRelation first, IntervalRelation second) {
    return TABLE.get(first.ordinal() * LETTERS.length() + second.ordinal());
  }

  private static ImmutableList<ImmutableSet<IntervalRelation>> build() {
    IntervalRelation[] all = IntervalRelation.values();
    ImmutableList.Builder<ImmutableSet<IntervalRelation>> table = ImmutableList.builder();
    for (String[] row : CELLS) {
      for (String letters : row) {
        Set<IntervalRelation> cell = EnumSet.noneOf(IntervalRelation.class);
        for (char letter : letters.toCharArray()) {
          cell.add(all[LETTERS.indexOf(letter)]);
        }
        table.add(Sets.immutableEnumSet(cell));
      }
    }
    return table.build();
  }
}
