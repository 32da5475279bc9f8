package io.github.eventline.core.time;

import static io.github.eventline.core.time.IntervalRelation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntervalRelationTest {

  /** Allen's own definitions over proper integer intervals, written independently of between(). */
  private static IntervalRelation allen(int xs, int xe, int ys, int ye) {
    if (xe < ys) {
      return BEFORE;
    } else if (xe == ys) {
      return MEETS;
    } else if (xs < ys && ys < xe && xe < ye) {
      return OVERLAPS;
    } else if (xs == ys && xe < ye) {
      return STARTS;
    } else if (ys < xs && xe < ye) {
      return DURING;
    } else if (ys < xs && xe == ye) {
      return FINISHES;
    } else if (xs == ys && xe == ye) {
      return EQUALS;
    } else if (xs < ys && xe == ye) {
      return FINISHED_BY;
    } else if (xs < ys && ye < xe) {
      return CONTAINS;
    } else if (xs == ys && ye < xe) {
      return STARTED_BY;
    } else if (ys < xs && xs < ye && ye < xe) {
      return OVERLAPPED_BY;
    } else if (xs == ye) {
      return MET_BY;
    } else {
      return AFTER;
    }
  }

  private static List<int[]> properIntervals(int maxEndpoint) {
    List<int[]> intervals = new ArrayList<>();
    for (int start = 0; start <= maxEndpoint; start++) {
      for (int end = start + 1; end <= maxEndpoint; end++) {
        intervals.add(new int[] {start, end});
      }
    }
    return intervals;
  }

  @Test
  void compose_matchesBruteForceOverIntegerIntervalsForAll169Pairs() {
    Map<IntervalRelation, Map<IntervalRelation, Set<IntervalRelation>>> seen = new EnumMap<>(IntervalRelation.class);
    for (IntervalRelation a : values()) {
      seen.put(a, new EnumMap<>(IntervalRelation.class));
      for (IntervalRelation b : values()) {
        seen.get(a).put(b, EnumSet.noneOf(IntervalRelation.class));
      }
    }
    List<int[]> intervals = properIntervals(6);
    for (int[] x : intervals) {
      for (int[] y : intervals) {
        IntervalRelation xy = allen(x[0], x[1], y[0], y[1]);
        for (int[] z : intervals) {
          seen.get(xy).get(allen(y[0], y[1], z[0], z[1])).add(allen(x[0], x[1], z[0], z[1]));
        }
      }
    }
    for (IntervalRelation a : values()) {
      for (IntervalRelation b : values()) {
        assertThat(compose(a, b)).as("%s o %s", a, b).isEqualTo(seen.get(a).get(b));
      }
    }
  }

  @Test
  void compose_isTheInverseOfTheReversedComposition() {
    for (IntervalRelation a : values()) {
      for (IntervalRelation b : values()) {
        assertThat(compose(a, b)).as("%s o %s", a, b).isEqualTo(inverse(compose(b.inverse(), a.inverse())));
      }
    }
  }

  @Test
  void inverse_isAnInvolutionWithoutFixedPointsButEquals() {
    for (IntervalRelation r : values()) {
      assertThat(r.inverse().inverse()).isEqualTo(r);
      assertThat(r.inverse() == r).as("%s", r).isEqualTo(r == EQUALS);
    }
    assertThat(BEFORE.inverse()).isEqualTo(AFTER);
    assertThat(MEETS.inverse()).isEqualTo(MET_BY);
    assertThat(OVERLAPS.inverse()).isEqualTo(OVERLAPPED_BY);
    assertThat(STARTS.inverse()).isEqualTo(STARTED_BY);
    assertThat(DURING.inverse()).isEqualTo(CONTAINS);
    assertThat(FINISHES.inverse()).isEqualTo(FINISHED_BY);
  }

  @Test
  void compose_spotChecksFromAllensTable() {
    assertThat(compose(BEFORE, BEFORE)).containsExactly(BEFORE);
    assertThat(compose(MEETS, MEETS)).containsExactly(BEFORE);
    assertThat(compose(BEFORE, AFTER)).isEqualTo(ALL);
    assertThat(compose(DURING, CONTAINS)).isEqualTo(ALL);
    assertThat(compose(CONTAINS, DURING)).isEqualTo(INTERSECTS);
    assertThat(compose(OVERLAPS, OVERLAPS)).containsExactly(BEFORE, MEETS, OVERLAPS);
    assertThat(compose(MEETS, MET_BY)).containsExactly(FINISHES, EQUALS, FINISHED_BY);
    assertThat(compose(MET_BY, MEETS)).containsExactly(STARTS, EQUALS, STARTED_BY);
    assertThat(compose(STARTS, STARTED_BY)).containsExactly(STARTS, EQUALS, STARTED_BY);
    assertThat(compose(OVERLAPS, CONTAINS)).containsExactly(BEFORE, MEETS, OVERLAPS, FINISHED_BY, CONTAINS);
    assertThat(compose(DURING, BEFORE)).containsExactly(BEFORE);
    assertThat(compose(BEFORE, DURING)).containsExactly(BEFORE, MEETS, OVERLAPS, STARTS, DURING);
  }

  @Test
  void compose_withEqualsIsTheIdentity() {
    for (IntervalRelation r : values()) {
      assertThat(compose(EQUALS, r)).containsExactly(r);
      assertThat(compose(r, EQUALS)).containsExactly(r);
    }
  }

  @Test
  void compose_ofSetsIsTheUnionAndEmptyForAnEmptyPremise() {
    assertThat(compose(PRECEDES, PRECEDES)).containsExactly(BEFORE);
    assertThat(compose(EnumSet.of(BEFORE, DURING), EnumSet.of(BEFORE))).containsExactly(BEFORE);
    assertThat(compose(EnumSet.of(MEETS, STARTS), EnumSet.of(DURING)))
        .containsExactly(OVERLAPS, STARTS, DURING);
    assertThat(compose(Set.of(), ALL)).isEmpty();
    assertThat(compose(ALL, Set.of())).isEmpty();
  }

  @Test
  void namedDisjunctions_areExactAndImmutable() {
    assertThat(PRECEDES).containsExactly(BEFORE, MEETS);
    assertThat(FOLLOWS).containsExactly(MET_BY, AFTER);
    assertThat(DISJOINT).containsExactly(BEFORE, MEETS, MET_BY, AFTER);
    assertThat(INTERSECTS).hasSize(9).doesNotContainAnyElementsOf(DISJOINT);
    assertThat(WITHIN).containsExactly(STARTS, DURING, FINISHES, EQUALS);
    assertThat(ENCLOSES).containsExactly(EQUALS, FINISHED_BY, CONTAINS, STARTED_BY);
    assertThat(ALL).hasSize(13);
    assertThat(inverse(PRECEDES)).isEqualTo(FOLLOWS);
    assertThat(inverse(WITHIN)).isEqualTo(ENCLOSES);
    assertThat(inverse(INTERSECTS)).isEqualTo(INTERSECTS);
    assertThatThrownBy(() -> PRECEDES.add(AFTER)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compose(BEFORE, BEFORE).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void intersects_meansSharingAnInteger() {
    for (int[] x : properIntervals(5)) {
      for (int[] y : properIntervals(5)) {
        boolean share = Math.max(x[0], y[0]) < Math.min(x[1], y[1]);
        assertThat(INTERSECTS.contains(between(x[0], x[1], y[0], y[1]))).isEqualTo(share);
      }
    }
  }

  @Test
  void between_agreesWithAllensDefinitionsForProperIntervals() {
    for (int[] x : properIntervals(5)) {
      for (int[] y : properIntervals(5)) {
        assertThat(between(x[0], x[1], y[0], y[1])).isEqualTo(allen(x[0], x[1], y[0], y[1]));
      }
    }
  }

  @Test
  void between_classifiesPointsByHalfOpenMembership() {
    assertThat(between(1, 1, 2, 5)).isEqualTo(BEFORE);
    assertThat(between(2, 2, 2, 5)).isEqualTo(STARTS);
    assertThat(between(3, 3, 2, 5)).isEqualTo(DURING);
    assertThat(between(5, 5, 2, 5)).isEqualTo(MET_BY);
    assertThat(between(6, 6, 2, 5)).isEqualTo(AFTER);
    assertThat(between(2, 5, 2, 2)).isEqualTo(STARTED_BY);
    assertThat(between(2, 5, 5, 5)).isEqualTo(MEETS);
    assertThat(between(4, 4, 4, 4)).isEqualTo(EQUALS);
    assertThat(between(3, 3, 4, 4)).isEqualTo(BEFORE);
  }

  @Test
  void between_isInvertedBySwappingIntervalsIncludingPoints() {
    for (int xs = 0; xs <= 4; xs++) {
      for (int xe = xs; xe <= 4; xe++) {
        for (int ys = 0; ys <= 4; ys++) {
          for (int ye = ys; ye <= 4; ye++) {
            assertThat(between(ys, ye, xs, xe)).isEqualTo(between(xs, xe, ys, ye).inverse());
          }
        }
      }
    }
  }

  @Test
  void between_acceptsInstants() {
    Instant t = Instant.parse("2024-08-06T00:00:00Z");
    assertThat(between(t, t.plusSeconds(10), t.plusSeconds(10), t.plusSeconds(20))).isEqualTo(MEETS);
    assertThat(between(Instant.MIN, t, t.minusSeconds(1), Instant.MAX)).isEqualTo(OVERLAPS);
  }

  @Test
  void between_rejectsAnIntervalThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> between(3, 2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interval x ends before it starts: [3, 2)");
    Instant t = Instant.parse("2024-08-06T00:00:00Z");
    assertThatThrownBy(() -> between(t, t, t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interval y ends before it starts: [2024-08-06T00:00:00Z, 2024-08-05T23:59:59Z)");
  }
}
