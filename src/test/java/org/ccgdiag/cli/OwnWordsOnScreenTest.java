package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccgdiag.questionnaire.Noun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assess screens at 80x24 in a questionnaire's own words (issue 20): a whole session of the
 * security-practices golden questionnaire (business functions, security practices, assessment
 * questions) on JLine's virtual screen, every screen searched for the words of another structure,
 * as {@link OwnWordsTest} searches the reports: the new business function, a question, its
 * guidance, a keyboard tally and its agreed answer, the review and the end summary.
 */
class OwnWordsOnScreenTest {
  private static final List<String> NOT_THEIRS =
      List.of(
          "domain",
          "area",
          "dimension",
          "knowledge",
          "skills",
          "mindsets",
          "CCG",
          "cluster",
          "NHS",
          "authorisation");
  private static final Pattern ARTICLE_A = Pattern.compile("\\b[Aa] ([A-Za-z][\\w-]*)");

  @TempDir Path dir;

  @Test
  void aSessionOfTheSecurityPracticesSpeaksOnlyItsOwnWords() throws Exception {
    Path questionnaire =
        GoldenReportsTest.GOLDEN
            .resolve("security-practices")
            .resolve("questionnaire.yaml")
            .toAbsolutePath();
    List<String> screens = new ArrayList<>();
    try (OnScreen screen =
        new OnScreen(
            dir,
            80,
            24,
            "-q",
            questionnaire.toString(),
            "--organisation",
            "Payments",
            "--respondent",
            "Security working group",
            "--consensus",
            "4",
            "-a",
            "answers.yaml")) {
      screens.add(screen.screen());
      screen.type("");
      screens.add(screen.screen());
      screen.type("?");
      screens.add(screen.screen());
      screen.type("v 0 1 1 3");
      screens.add(screen.screen());
      screen.type("");
      screens.add(screen.screen());
      screen.type("r");
      screens.add(screen.screen());
      screen.type("q");
      assertThat(screen.exitCode()).as(screen.err()).isZero();
    }
    try (OnScreen screen =
        new OnScreen(dir, 80, 24, "-q", questionnaire.toString(), "-a", "answers.yaml")) {
      String now = screen.screen();
      screens.add(now);
      // The remaining 5 questions, each business function's first screen passed with Enter.
      for (int i = 0; i < 10 && !now.contains("Summary (scores out of 100)"); i++) {
        screen.type(now.contains("Enter: the first") ? "" : "2");
        now = screen.screen();
        screens.add(now);
      }
      assertThat(screen.exitCode()).as(screen.err() + now).isZero();
    }

    String all = String.join("\n", screens).replace("ccg-diag", "");
    assertThat(all)
        .as("its own words")
        .contains("Business function 1/3")
        .contains("Assessment question 1/6")
        .contains("assessment questions in this business function")
        .contains("Votes on assessment question 1")
        .contains("Go to: g 6 (assessment question 6), g d3") // numbers it has: no 14 in six
        .contains("Saved assessment question 5: 2 Yes for at least half.")
        .contains("against a target of 66.7")
        .contains("Summary (scores out of 100)")
        .doesNotContain("Question ");
    for (String word : NOT_THEIRS) {
      assertThat(all).as("the screens:\n%s", all).doesNotContainIgnoringCase(word);
    }
    Matcher a = ARTICLE_A.matcher(all);
    while (a.find()) {
      assertThat(Noun.article(a.group(1))).as("\"%s\" in:\n%s", a.group(), all).isEqualTo("a");
    }
  }
}
