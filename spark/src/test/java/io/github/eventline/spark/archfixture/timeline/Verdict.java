package io.github.eventline.spark.archfixture.timeline;

/** An API type of the timeline. */
public final class Verdict {}
