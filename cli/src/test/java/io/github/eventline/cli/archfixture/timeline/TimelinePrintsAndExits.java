package io.github.eventline.cli.archfixture.timeline;

import io.github.eventline.cli.archfixture.export.ExportUsesCli;

/** A library class that prints, exits, and reaches up into export. */
public final class TimelinePrintsAndExits {
  ExportUsesCli export;

  void fail(String message) {
    System.out.println(message);
    System.err.println(message);
    System.exit(1);
  }
}
