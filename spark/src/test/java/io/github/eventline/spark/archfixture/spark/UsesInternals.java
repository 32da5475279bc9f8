package io.github.eventline.spark.archfixture.spark;

import io.github.eventline.spark.archfixture.timeline.Api;
import io.github.eventline.spark.archfixture.timeline.internal.Hidden;

/** Breaks the API rule: reaches a timeline class outside the API package (the API one is allowed). */
final class UsesInternals {

  private UsesInternals() {}

  static int both() {
    return Api.value() + Hidden.value();
  }
}
