package io.github.eventline.spark.archfixture.timeline.internal;

/** Stands for a class of the timeline module outside its API package. */
public final class Hidden {

  private Hidden() {}

  /** Returns a value. */
  public static int value() {
    return 2;
  }
}
