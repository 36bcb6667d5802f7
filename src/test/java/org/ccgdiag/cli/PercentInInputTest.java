package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file or organisation named with a format directive ({@code 50%nsplit}) is printed as it is: no
 * message formats user input as a pattern (String.format, printf, picocli's and JLine's own).
 */
class PercentInInputTest {
  private static final String NAME = "50%nsplit";

  @TempDir Path dir;

  /**
   * Every line that mentions the name shows it whole, and nothing was formatted into a line break.
   */
  private static void assertVerbatim(String printed) {
    assertThat(printed)
        .contains(NAME)
        .doesNotContain("50\nsplit")
        .doesNotContain("50" + System.lineSeparator() + "split");
  }

  @Test
  void errorsAboutFilesNamedWithADirective() throws Exception {
    Files.writeString(dir.resolve(NAME + ".yaml"), "x: [\n");
    CommandRun run = CommandRun.in(dir);

    assertVerbatim(run.run("validate", NAME + ".yaml").assertInvalidInput().err());
    assertVerbatim(run.run("score", NAME + ".yaml").assertInvalidInput().err());
    assertVerbatim(run.run("score", "-q", NAME, NAME + ".yaml").assertInvalidInput().err());
    assertVerbatim(run.run("score", "--format", NAME, NAME + ".yaml").assertUsageError().err());
    assertVerbatim(run.run("score", "--" + NAME, NAME + ".yaml").assertUsageError().err());
    assertVerbatim(run.run(NAME).assertUsageError().err());
    assertVerbatim(run.run("score", "--baseline", NAME, NAME + ".yaml").err());
    assertVerbatim(run.run("compare", NAME + ".yaml", NAME + ".yaml").err());
  }

  @Test
  void anOrganisationNamedWithADirective() throws Exception {
    AssessRun.copyWorkshop(dir);
    String[] args = {
      "-q", "workshop.yaml", "--organisation", NAME, "--respondent", "Y", "-a", "a.yaml"
    };

    assertVerbatim(AssessRun.piped(dir, AssessRun.START, "4\nq\n", args).exits(0).out());
    assertVerbatim(AssessRun.onTerminal(dir, Map.of(), "dumb", "4\nq\n", args).exits(0).out());
  }
}
