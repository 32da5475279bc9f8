package io.github.eventline.cli.archfixture.cli;

import io.github.eventline.cli.archfixture.core.CoreUsesTimeline;

/** The command may use everything, print and exit. */
public final class Command {
  CoreUsesTimeline core;

  void exit() {
    System.out.println("bye");
    System.exit(0);
  }
}
