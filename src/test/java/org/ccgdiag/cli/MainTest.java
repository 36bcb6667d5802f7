package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line as a whole: usage, help, version, usage errors and their exit codes, --debug.
 */
class MainTest {
  private static final String EXIT_CODES =
      """
      Exit codes:
        0   Success.
        1   Invalid input data: a questionnaire or answer file could not be loaded or
              failed validation (with several files, the others were still
              processed), or an output could not be written.
        2   Usage error: unknown option, missing or invalid argument.
      """;

  @TempDir Path dir;

  private CommandRun.Result run(String... args) {
    return CommandRun.in(dir).run(args);
  }

  @Test
  void aBareCommandPrintsTheUsageAsAUsageError() {
    CommandRun.Result result = run().assertUsageError();

    result
        .assertErr()
        .startsWith("Usage: ccg-diag [-hV] [--debug] COMMAND")
        .contains("Commands:", "validate", "questionnaires");
    result.assertOut().isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void helpListsTheCommandsAndTheExitCodes(String help) {
    CommandRun.Result result = run(help).assertSuccess();

    result
        .assertOut()
        .startsWith("Usage: ccg-diag [-hV] [--debug] COMMAND")
        .contains("  assess ", "  score ", "  questionnaires ", EXIT_CODES)
        .containsPattern(
            "\n  validate +Check questionnaire and answer files for every problem[.]\n");
    result.assertErr().isEmpty();
  }

  /** Every command but assess and score, whose own tests belong to their authors. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("validate")),
        Arguments.of(List.of("questionnaires")),
        Arguments.of(List.of("questionnaires", "export")));
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("commands")
  void helpOnACommandListsItsOptionsAndTheExitCodes(List<String> command) {
    CommandRun run = CommandRun.in(dir);
    CommandRun.Result result =
        run.run(Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new))
            .assertSuccess();

    CommandLine sub = run.commandLine();
    for (String name : command) {
      sub = sub.getSubcommands().get(name);
    }
    result
        .assertOut()
        .startsWith("Usage: ccg-diag " + String.join(" ", command))
        .contains(EXIT_CODES);
    for (OptionSpec option : sub.getCommandSpec().options()) {
      if (!option.hidden()) {
        result.assertOut().contains(option.longestName());
      }
    }
    result.assertOut().contains("--help", "--version", "--debug");
  }

  @Test
  void validateHelpNamesTheQuestionnaireOptionAndItsDefault() {
    run("validate", "--help")
        .assertSuccess()
        .assertOut()
        .contains("-q, --questionnaire=QUESTIONNAIRE", "default: ccg-authorisation", "PATH...");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void versionPrintsTheProgramAndItsVersion(String version) {
    CommandRun.Result result = run(version).assertSuccess();

    assertThat(result.outLines())
        .singleElement()
        .asString()
        .matches("ccg-diag \\d+\\.\\d+\\.\\d+.*");
    result.assertErr().isEmpty();
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("--bogus"), "ccg-diag: Unknown option: '--bogus'"),
        Arguments.of(
            List.of("validate", "--bogus", "file.yaml"),
            "ccg-diag validate: Unknown option: '--bogus'"),
        Arguments.of(
            List.of("frobnicate"), "ccg-diag: Unmatched argument at index 0: 'frobnicate'"),
        Arguments.of(
            List.of("questionnaires", "extra"),
            "ccg-diag questionnaires: Unmatched argument at index 1: 'extra'"),
        Arguments.of(List.of("validate"), "ccg-diag validate: Missing required parameter: 'PATH'"),
        Arguments.of(
            List.of("validate", "-q"),
            "ccg-diag validate: Missing required parameter for option '--questionnaire'"),
        Arguments.of(
            List.of("questionnaires", "export"),
            "ccg-diag questionnaires export: Missing required parameter: 'ID'"),
        Arguments.of(
            List.of("questionnaires", "export", "a", "b"),
            "ccg-diag questionnaires export: Unmatched argument at index 3: 'b'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void aUsageErrorExitsWith2AndSaysWhatIsWrong(List<String> args, String message) {
    CommandRun.Result result = run(args.toArray(String[]::new)).assertUsageError();

    result.assertErr().startsWith(message).doesNotContain("\tat ", "Exception");
    result.assertOut().isEmpty();
  }

  @Test
  void aMisspeltCommandGetsASuggestion() {
    run("valdate", "x.yaml").assertUsageError().assertErr().contains("Did you mean", "validate");
  }

  @Test
  void aUsageErrorSaysWhereToFindHelp() {
    run("validate")
        .assertUsageError()
        .assertErrLines()
        .last()
        .isEqualTo("Run 'ccg-diag validate --help' for usage.");
  }

  /** A run that fails with a user's error (exit 1) from inside a command. */
  private static final List<String> FAILING =
      List.of("questionnaires", "export", "no-such-questionnaire");

  @Test
  void aFailureShowsNoStackTraceWithoutDebug() {
    run(FAILING.toArray(String[]::new))
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "no-such-questionnaire: no bundled questionnaire has this id (bundled: ccg-authorisation)");
  }

  static Stream<Arguments> debugPlacements() {
    return Stream.of(
        Arguments.of(Stream.concat(Stream.of("--debug"), FAILING.stream()).toList()),
        Arguments.of(List.of("questionnaires", "--debug", "export", "no-such-questionnaire")),
        Arguments.of(Stream.concat(FAILING.stream(), Stream.of("--debug")).toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("debugPlacements")
  void debugShowsTheStackTraceWhereverItIsGiven(List<String> args) {
    CommandRun.Result result = run(args.toArray(String[]::new)).assertInvalidInput();

    result
        .assertErr()
        .contains(
            "org.ccgdiag.cli.UserException: no-such-questionnaire: no bundled questionnaire has this id",
            "\tat org.ccgdiag.cli.ExportQuestionnaireCommand");
    result
        .assertErrLines()
        .last()
        .asString()
        .startsWith("no-such-questionnaire: no bundled questionnaire");
  }
}
