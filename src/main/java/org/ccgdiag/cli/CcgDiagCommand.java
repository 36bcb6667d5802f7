package org.ccgdiag.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: annotations only; running it bare prints the usage. */
@Command(
    name = "ccg-diag",
    mixinStandardHelpOptions = true,
    // -h, -V and --debug for every command, from here rather than repeated in each.
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = {
      "Self-assessment diagnostic: a team rates a questionnaire's statements in a",
      "workshop session, and reports show its development needs by domain and by",
      "knowledge / skills / mindsets area. The bundled questionnaire is for emerging",
      "clinical commissioning groups; see 'questionnaires'."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      AssessCommand.class,
      ScoreCommand.class,
      CompareCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      ListQuestionnairesCommand.class,
      CompletionCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%n",
    footer = {
      "Environment:",
      "  CCG_DIAG_FILE_MODE  The mode of the answers files and reports the program",
      "                      creates, in octal: 0600 (owner only) unless set, e.g.",
      "                      0640 to share them with the owner's group.",
      "",
      "Run 'ccg-diag COMMAND --help' for a command's options."
    })
public final class CcgDiagCommand {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean debug;
}
