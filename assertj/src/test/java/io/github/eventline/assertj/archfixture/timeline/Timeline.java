package io.github.eventline.assertj.archfixture.timeline;

/** An API type of the timeline. */
public final class Timeline {}
