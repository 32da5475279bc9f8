package io.github.eventline.cli.archfixture.core;

import io.github.eventline.cli.archfixture.timeline.TimelinePrintsAndExits;

/** A core class that reaches up into timeline. */
public final class CoreUsesTimeline {
  TimelinePrintsAndExits timeline;
}
