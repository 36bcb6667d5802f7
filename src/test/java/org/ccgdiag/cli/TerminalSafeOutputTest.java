package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing from an input file reaches the terminal raw: {@code validate}'s summary lines and every
 * error message that quotes input show control characters as visible escapes, one line each.
 */
class TerminalSafeOutputTest {
  @TempDir Path dir;

  private static void assertVisible(String printed) {
    assertThat(printed.replace("\n", ""))
        .as(printed)
        .doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u202e]");
  }

  @Test
  void validateShowsAQuestionnaireVersionWithEscapesVisibly() throws IOException {
    Files.writeString(
        dir.resolve("q.yaml"),
        SmallQuestionnaire.edited("version: 1.0.0", "version: \"1.0\\e[2J\\u202e\""));

    CommandRun.Result result = CommandRun.in(dir).run("validate", "q.yaml").assertSuccess();

    assertVisible(result.out());
    result.assertOut().contains("1.0\\x1b[2J\\u202e");
  }

  @Test
  void anErrorQuotingInputIsOneVisibleLine() throws IOException {
    Files.writeString(dir.resolve("q.yaml"), SmallQuestionnaire.text());
    Files.writeString(
        dir.resolve("a.yaml"),
        String.join(
            "\n",
            "format: ccg-diag/answers@1",
            "questionnaire: {id: small-test, version: 1.0.0}",
            "organisation: Org",
            "answers:",
            "  \"evil\\e]0;title\\a\\nsecond line\": {answer: \"1\"}",
            ""));

    CommandRun.Result result =
        CommandRun.in(dir).run("validate", "-q", "q.yaml", "a.yaml").assertInvalidInput();

    assertVisible(result.err());
    result
        .assertErrLines()
        .singleElement()
        .asString()
        .startsWith("a.yaml:5:3: unknown question 'evil\\x1b]0;title\\x07\\nsecond line'");
  }
}
