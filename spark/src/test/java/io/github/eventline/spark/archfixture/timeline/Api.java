package io.github.eventline.spark.archfixture.timeline;

/** Stands for the timeline module's API package. */
public final class Api {

  private Api() {}

  /** Returns a value. */
  public static int value() {
    return 1;
  }
}
