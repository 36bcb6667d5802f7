package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help text: whole sentences in the command list, an example in every command's help, completion
 * values as accepted.
 */
class HelpTextTest {
  @TempDir Path dir;

  @Test
  void theCommandListSumsUpEachCommandInWholeSentences() {
    String help = CommandRun.in(dir).run("--help").assertSuccess().out();
    String list = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:")).strip();

    // Each command's entry (its first line and the indented lines that continue it) ends a
    // sentence.
    List<String> entries =
        List.of(list.replaceAll("\n {6,}", " ").split("\n"))
            .subList(1, list.split("\n  \\S").length);
    assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.strip()).endsWith("."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "assess",
        "score",
        "compare",
        "import",
        "validate",
        "questionnaires",
        "questionnaires export",
        "completion"
      })
  void everyCommandsHelpShowsAnExample(String command) {
    String[] args = (command + " --help").split(" ");
    CommandRun.in(dir).run(args).assertSuccess().assertOut().containsPattern("Examples?:");
  }

  @Test
  void completionOffersTheFormatsTheOptionsAccept() {
    String script = CommandRun.in(dir).run("completion").assertSuccess().out();

    assertThat(script)
        .contains(
            "(\"md\" \"json\" \"html\" \"xlsx\" \"pdf\") # --format values",
            "(\"yaml\" \"csv\" \"xlsx\") # --format values")
        .doesNotContain("MARKDOWN");
  }
}
