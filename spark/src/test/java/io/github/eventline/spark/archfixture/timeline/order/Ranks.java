package io.github.eventline.spark.archfixture.timeline.order;

/** An implementation type of the timeline. */
public final class Ranks {}
