package io.github.eventline.assertj.archfixture.assertj;

import io.github.eventline.assertj.archfixture.core.internal.Positions;
import io.github.eventline.assertj.archfixture.timeline.Timeline;
import io.github.eventline.assertj.archfixture.timeline.network.Solved;

/** Assertions that reach past the API. */
public final class LeakyAssert {

  /** Through the API: allowed. */
  Timeline timeline() {
    return new Timeline();
  }

  /** Into the timeline's implementation. */
  Solved solved() {
    return new Solved();
  }

  /** Into what core exports to the timeline alone. */
  Positions positions() {
    return new Positions();
  }
}
