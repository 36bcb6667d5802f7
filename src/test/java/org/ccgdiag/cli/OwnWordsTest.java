package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.report.json.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questionnaires with their own structure are reported in their own words (issue 20): the golden
 * cases {@code security-practices} (business functions, security practices, its own dimensions
 * called lenses, an unevenly scored scale) and {@code board-themes} (themes, no areas, unnumbered)
 * are searched, in every format, for the words that do not belong. JSON keys, HTML tags and the
 * summary's CSV header are the contract's names, not sentences, and are left out of the search.
 */
class OwnWordsTest {
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

  /** JSON keys, and the values of development_needs[].kind, which the contract names. */
  private static final Pattern JSON_NAME = Pattern.compile("\"[a-z_]+\":|\"(domain|area)\"");

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ARTICLE_A = Pattern.compile("\\b[Aa] ([A-Za-z][\\w-]*)");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"security-practices", "board-themes"})
  void noWordOfAnotherStructure(String name) throws IOException {
    List<String> files = files(name);
    assertThat(files).as("files of %s", name).hasSizeGreaterThanOrEqualTo(7);
    for (String file : files) {
      String text = sentences(name, file);
      for (String word : NOT_THEIRS) {
        assertThat(text).as("%s/%s", name, file).doesNotContainIgnoringCase(word);
      }
      if (name.equals("security-practices")) {
        // Its scale scores 0, 0.25, 0.5 and 1: not evenly spaced (the parish council's 1 to 4 are).
        assertThat(text).as("%s/%s", name, file).doesNotContain("evenly spaced");
      }
      Matcher a = ARTICLE_A.matcher(text);
      while (a.find()) {
        assertThat(Noun.article(a.group(1)))
            .as("%s/%s: \"%s\"", name, file, a.group())
            .isEqualTo("a");
      }
    }
  }

  @Test
  void theirOwnNounsAreUsed() throws IOException {
    String report =
        GoldenReportsTest.read(expected("security-practices").resolve("payments--2026.md"));
    assertThat(report)
        .contains("## Business functions")
        .contains("| # | Business function |")
        .contains("## People, process and technology")
        .contains("| Lens | Score |")
        .contains("| Security practice | Score |")
        .contains("An assessment question counts towards every security practice")
        .contains("the others in proportion to the scale's own scores: No 0, Yes for some 25")
        // Its levels and target are thirds, written 100/3, 200/3: exact, printed with one decimal.
        .contains(
            "Levels: Initial from 0.0 to below 33.3; Managed from 33.3 to below 66.7; Defined 66.7 and above.")
        .contains("| 3 | Verification | 62.5 | ██████░░░░ | Managed | 66.7 | 4.2 below target |");
    assertThat(
            GoldenReportsTest.read(expected("security-practices").resolve("payments--2026.json")))
        .contains("\"min\": 33.3")
        .contains("\"target\": 66.7");
    assertThat(GoldenReportsTest.read(expected("security-practices").resolve("summary.html")))
        .contains("Managed (33.3+)");
    String themes =
        GoldenReportsTest.read(expected("board-themes").resolve("little-dunmow-parish-council.md"));
    assertThat(themes)
        .contains("## Themes")
        .contains("Every theme below its target")
        .doesNotContain("Theme 1");
    // Unnumbered: no "#" column before the themes and no numbered list of them (ranks of needs
    // stay).
    assertThat(themes)
        .contains("| Theme | Score |")
        .doesNotContain("| # | Theme")
        .doesNotContain("1. Open meetings")
        .contains("| # | Need |");
    assertThat(
            GoldenReportsTest.read(
                expected("board-themes").resolve("little-dunmow-parish-council.html")))
        .contains("<th scope=\"col\">Theme</th>")
        .doesNotContain("class=\"num\">#</th><th scope=\"col\">Theme")
        .doesNotContain("<li>Open meetings</li>");
    // The method text says what is true of each questionnaire: no weights, no reversed items
    // here...
    assertThat(themes)
        .contains(
            "A theme's score is the average of its criteria's scores (every criterion of this questionnaire counts the same).")
        .doesNotContain("weight")
        .doesNotContain("reversed")
        .contains("Below 50%, this questionnaire's minimum, a theme has not enough evidence");
    // ...and the weights and reversed statements of one that has them.
    assertThat(
            GoldenReportsTest.read(
                expected("charity-boards").resolve("riverbank-food-bank--2024.md")))
        .contains(
            "Negatively worded questions are reversed, so that agreeing lowers the score (1 question in this questionnaire).")
        .contains("weighted (a weight of 2 counts double; 1 question has a weight other than 1)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "little-dunmow-parish-council.md",
        "little-dunmow-parish-council.html",
        "summary.md",
        "summary.html"
      })
  void anIrregularPluralIsTheQuestionnairesOwn(String file) {
    // board-themes calls its statements {one: criterion, many: criteria}: the common rules would
    // say "criterions".
    String text = sentences("board-themes", file);
    assertThat(text)
        .containsIgnoringCase("criteria")
        .doesNotContainIgnoringCase("criterions")
        .doesNotContainIgnoringCase("item");
  }

  @Test
  void theWordsOfAReportAreReadBackWithTheirPlurals() throws IOException {
    Path json = expected("board-themes").resolve("little-dunmow-parish-council.json");
    Problems problems = new Problems(json.toString());
    Terms terms = SnapshotReader.read(json, json.toString(), problems).orElseThrow().terms();

    assertThat(problems.hasErrors()).isFalse();
    assertThat(terms.statement()).isEqualTo(new Noun("criterion", "criteria"));
    assertThat(terms.organisation()).isEqualTo(Noun.of("parish council"));
    assertThat(terms.domain()).isEqualTo(Noun.of("theme"));
    assertThat(terms.numberedDomains()).isFalse();
  }

  private static Path expected(String name) {
    return GoldenReportsTest.GOLDEN.resolve(name).resolve("expected");
  }

  private static List<String> files(String name) throws IOException {
    try (Stream<Path> files = Files.list(expected(name))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The text a reader reads: without JSON keys, HTML tags and the CSV's header row. */
  private static String sentences(String name, String file) {
    String text = GoldenReportsTest.read(expected(name).resolve(file)).replace("ccg-diag", "");
    if (file.endsWith(".json")) {
      text = JSON_NAME.matcher(text).replaceAll("");
    } else if (file.endsWith(".html")) {
      text = TAG.matcher(text.replaceAll("(?s)<style>.*?</style>", "")).replaceAll(" ");
    } else if (file.endsWith(".csv")) {
      text = text.substring(text.indexOf('\n') + 1);
    }
    return text;
  }
}
