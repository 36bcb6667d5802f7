package org.ccgdiag.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: annotations only; running it bare prints the usage. Its subclasses add the
 * subcommands, all of them or the one that the arguments name ({@link Main#rootFor}): picocli reads
 * every subcommand's annotations when it builds the command line, which was most of a short
 * command's start-up. They are added through the annotation, as they always were, because picocli
 * orders a subcommand's inherited options differently when it is added afterwards (seen in assess
 * --help and the completion script).
 */
@Command(
    name = "ccg-diag",
    mixinStandardHelpOptions = true,
    // -h, -V and --debug for every command, from here rather than repeated in each.
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = {
      "Self-assessment diagnostic: a team rates a questionnaire's statements in a",
      "workshop session, and reports show its development needs in the questionnaire's",
      "own structure and words. The bundled questionnaire is for emerging clinical",
      "commissioning groups; see 'questionnaires', and 'questionnaires template' to",
      "write one for any other field."
    },
    synopsisSubcommandLabel = "COMMAND",
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
class CcgDiagCommand {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean debug;

  /** Every subcommand, in the order the top-level help lists them. */
  @Command(
      subcommands = {
        AssessCommand.class,
        ScoreCommand.class,
        CompareCommand.class,
        ImportCommand.class,
        ValidateCommand.class,
        ListQuestionnairesCommand.class,
        CompletionCommand.class
      })
  static final class WithAll extends CcgDiagCommand {}

  @Command(subcommands = AssessCommand.class)
  static final class WithAssess extends CcgDiagCommand {}

  @Command(subcommands = ScoreCommand.class)
  static final class WithScore extends CcgDiagCommand {}

  @Command(subcommands = CompareCommand.class)
  static final class WithCompare extends CcgDiagCommand {}

  @Command(subcommands = ImportCommand.class)
  static final class WithImport extends CcgDiagCommand {}

  @Command(subcommands = ValidateCommand.class)
  static final class WithValidate extends CcgDiagCommand {}

  @Command(subcommands = ListQuestionnairesCommand.class)
  static final class WithQuestionnaires extends CcgDiagCommand {}
}
