package io.github.eventline.assertj.archfixture.core.internal;

/** What core exports to the timeline only. */
public final class Positions {}
