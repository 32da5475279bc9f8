package io.github.eventline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code eventline}: its subcommands do the work. */
@Command(
    name = "eventline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    synopsisSubcommandLabel = "COMMAND",
    description = "Validates news stories kept as eventline/1 JSON files and shows their timeline, conflicts and changes.",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = EventlineCommand.EXIT_CODE_HEADING,
    exitCodeList = {EventlineCommand.EXIT_OK, EventlineCommand.EXIT_PROBLEMS, EventlineCommand.EXIT_USAGE,
        EventlineCommand.EXIT_CONFLICTS},
    footer = {"", "Run 'eventline COMMAND --help' for a command's options."})
final class EventlineCommand implements Callable<Integer> {

  static final String EXIT_CODE_HEADING = "%nExit codes:%n";
  static final String EXIT_OK = "0:ok";
  static final String EXIT_PROBLEMS =
      "1:the story has problems (every one listed on stderr), it cannot be read, or the output cannot be written";
  static final String EXIT_USAGE =
      "2:usage error: an unknown option, a missing argument, or a FILE that does not exist";

  static final String EXIT_CONFLICTS =
      "3:conflicts command only: the story has temporal conflicts or contested or refuted claims";

  @Spec
  CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show the stack trace behind an error.")
  boolean debug;

  @Option(names = MAX_DOCUMENT_BYTES, paramLabel = "BYTES", scope = ScopeType.INHERIT,
      description = "Read story files of up to BYTES bytes. Default: 100000000 (100 MB); a story of a million"
          + " events is about 910 MB and needs a heap of about 2 GB to be read (java -Xmx).")
  long maxDocumentBytes;

  /** The name of the option that sets the document length limit. */
  static final String MAX_DOCUMENT_BYTES = "--max-document-bytes";

  /** Called without a command: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required command: validate, timeline, conflicts, diff or import");
  }
}
