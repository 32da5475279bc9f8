package io.github.eventline.spark.archfixture.spark;

import io.github.eventline.spark.archfixture.export.internal.Cells;
import io.github.eventline.spark.archfixture.timeline.Verdict;
import io.github.eventline.spark.archfixture.timeline.order.Ranks;

/** A job that reaches past the API. */
public final class LeakyJob {

  /** Through the API: allowed. */
  Verdict verdict() {
    return new Verdict();
  }

  /** Into the timeline's implementation. */
  Ranks ranks() {
    return new Ranks();
  }

  /** Into export's internals. */
  Cells cells() {
    return new Cells();
  }
}
