package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session's screens on a virtual terminal, as a workshop sees them on a projector, compared
 * with the golden snapshots in {@code src/test/resources/screens/} at 80x24 and 120x40: a new
 * domain, the first question, after ?, the review and the end summary. After a change, regenerate
 * them with {@code mvn -B -o test -Dtest=AssessScreenTest -Dgolden.update=true} and read the diff:
 * they are what a person looked at.
 */
class AssessScreenTest {
  static final Path SCREENS = Path.of("src", "test", "resources", "screens");

  /** The bundled questionnaire's statements, all asked of the team. */
  private static final int STATEMENTS =
      org.ccgdiag.questionnaire.BundledQuestionnaires.load(
              org.ccgdiag.questionnaire.BundledQuestionnaires.DEFAULT_ID)
          .orElseThrow()
          .questions()
          .size();

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final String[] TEAM = {
    "--organisation",
    "NHS Example CCG",
    "--respondent",
    "Leadership team",
    "--consensus",
    "8",
    "-a",
    "answers.yaml"
  };

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"80, 24", "120, 40"})
  void aWorkshopOnTheBundledQuestionnaire(int columns, int rows) throws Exception {
    String size = columns + "x" + rows;
    try (OnScreen screen = new OnScreen(dir, columns, rows, TEAM)) {
      matches(screen.screen(), "new-domain-" + size);
      screen.type("");
      String first = screen.screen();
      matches(first, "first-question-" + size);
      screen.type("?");
      String guidance = screen.screen();
      matches(guidance, "guidance-" + size);
      screen.type("r");
      matches(screen.screen(), "review-" + size);
      screen.type("q");
      assertThat(screen.exitCode()).as(screen.err()).isZero();
      // What a workshop must always see: where it is, the statement and every option.
      for (String shown : new String[] {first, guidance}) {
        assertThat(shown)
            .contains("Domain 1/6 · A strong clinical and multi-professional focus")
            .contains("Statement 1/" + STATEMENTS + " · 0 answered")
            .contains("  A clinical perspective is threaded through our commissioning decisions.")
            .contains("    1   Strongly disagree")
            .contains("    na  Not applicable")
            .endsWith("\n>\n");
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"80, 24", "120, 40"})
  void theEndSummary(int columns, int rows) throws Exception {
    AssessRun.piped(dir, AssessRun.START, "4\n".repeat(STATEMENTS - 1), TEAM).exits(0);
    try (OnScreen screen = new OnScreen(dir, columns, rows, "-a", "answers.yaml")) {
      assertThat(screen.screen())
          .contains("Domain 6/6 · Great leaders")
          .contains("Enter: the first statement");
      screen.type("");
      assertThat(screen.screen())
          .contains(
              "Statement "
                  + STATEMENTS
                  + "/"
                  + STATEMENTS
                  + " · "
                  + (STATEMENTS - 1)
                  + " answered");
      screen.type("5");
      assertThat(screen.exitCode()).as(screen.err()).isZero();
      matches(screen.screen(), "summary-" + columns + "x" + rows);
    }
  }

  @Test
  void aKeyboardTallyKeepsTheHeaderAndTheStatementOnAnEightyByTwentyFourScreen() throws Exception {
    try (OnScreen screen = new OnScreen(dir, 80, 24, TEAM)) {
      screen.type("");
      screen.type("4");
      screen.type("v 4 4 3 5 2 dk");
      // A statement of two lines, six bars and their summary make the screen taller than 24 rows:
      // blank lines give way first.
      assertThat(screen.screen())
          .contains("Domain 1/6 · A strong clinical and multi-professional focus")
          .contains("Statement 2/" + STATEMENTS + " · 1 answered")
          .contains(
              "  Our commissioning discussions have quality and outcomes for patients at their")
          .contains("Votes on statement 2 (6 people):")
          .contains("Agreed answer [4] >");
    }
  }

  @Test
  void aResizedWindowIsDrawnAgainAtItsNewSize() throws Exception {
    try (OnScreen screen = new OnScreen(dir, 80, 24, TEAM)) {
      screen.type("");
      assertThat(screen.screen()).contains("━".repeat(79) + "\n");
      screen.resize(120, 40);
      assertThat(screen.screen())
          .contains("━".repeat(99) + "\n")
          .contains("  A clinical perspective is threaded through our commissioning decisions.")
          .contains("n note · b back");
      screen.type("q");
      assertThat(screen.exitCode()).isZero();
    }
  }

  @Test
  void longGuidanceIsReadAPageAtATimeWithM() throws Exception {
    try (OnScreen screen = new OnScreen(dir, 80, 24, TEAM)) {
      screen.type("");
      screen.type("?");
      assertThat(screen.screen())
          .contains("… page 1/2: m for more")
          .contains("    na  Not applicable");
      screen.type("m");
      assertThat(screen.screen())
          .contains("… page 2/2: m to go back to page 1")
          .contains("    na  Not applicable");
      screen.type("q");
    }
  }

  private static void matches(String screen, String name) throws IOException {
    Path golden = SCREENS.resolve(name + ".txt");
    if (UPDATE) {
      Files.createDirectories(SCREENS);
      Files.writeString(golden, screen, StandardCharsets.UTF_8);
    }
    assertThat(screen)
        .as("%s (regenerate with -Dgolden.update=true)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
