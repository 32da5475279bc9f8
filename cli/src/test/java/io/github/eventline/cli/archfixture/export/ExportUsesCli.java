package io.github.eventline.cli.archfixture.export;

import io.github.eventline.cli.archfixture.cli.Command;

/** An export class that reaches up into the command. */
public final class ExportUsesCli {
  Command command;
}
