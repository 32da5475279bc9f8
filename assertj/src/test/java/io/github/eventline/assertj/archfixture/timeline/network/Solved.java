package io.github.eventline.assertj.archfixture.timeline.network;

/** An implementation type of the timeline. */
public final class Solved {}
