package io.github.eventline.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that the figures stated on one quantity question (one event and measure) can be
 * compared: their units have one common unit ({@link Quantities#areComparable}). Not public, by
 * design: part of {@link StoryValidator}.
 *
 * <p>Each figure is compared with the first figure of its question that states a unit; O(n) in the
 * assertions, each distinct unit label read once.
 */
final class QuantityUnits {

  private final List<Assertion> assertions;
  private final List<StoryProblem> problems;

  QuantityUnits(List<Assertion> assertions, List<StoryProblem> problems) {
    this.assertions = assertions;
    this.problems = problems;
  }

  void check() {
    Map<ClaimKey, Integer> firstWithUnit = new HashMap<>();
    for (int i = 0; i < assertions.size(); i++) {
      if (!(assertions.get(i).claim() instanceof Claim.Quantity q) || q.unit().isEmpty()) {
        continue;
      }
      Integer first = firstWithUnit.putIfAbsent(q.key(), i);
      if (first == null) {
        continue;
      }
      Claim.Quantity other = (Claim.Quantity) assertions.get(first).claim();
      if (!Quantities.areComparable(q.unit(), other.unit())) {
        report(i, q, first, other);
      }
    }
  }

  private void report(int i, Claim.Quantity q, int first, Claim.Quantity other) {
    String unit = q.unit().orElseThrow();
    String otherUnit = other.unit().orElseThrow();
    problems.add(
        new StoryProblem(
            "assertions[" + i + "].claim.unit",
            "quantity \"" + q.measure() + "\" of event \"" + q.event() + "\" in \"" + unit + "\" ("
                + describe(unit) + ") cannot be compared with \"" + otherUnit + "\" (" + describe(otherUnit)
                + ") of assertions[" + first + "]",
            Optional.of("state the figures of one measure in units of one dimension (UCUM codes convert, such as"
                + " [bbl_us]/d and [gal_us]/d), the same label for a unit Eventline does not know, or another"
                + " measure name")));
  }

  private static String describe(String unit) {
    if (!Quantities.isKnown(unit)) {
      return "an unknown unit, compared as a label";
    }
    String common = Quantities.commonUnit(unit);
    return common.equals(Quantities.COUNT) ? "a count" : "measured in " + common;
  }
}
