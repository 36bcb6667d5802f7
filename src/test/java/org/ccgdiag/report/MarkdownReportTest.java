package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.scoring.Report;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report. The tiny questionnaire's numbers are worked out by hand in {@link
 * JsonReportTest}; bars are those numbers / 10, rounded half up (59.4 -> 6 blocks, 41.7 -> 4, 50.5
 * -> 5, 62.5 -> 6, 31.3 -> 3, 75.0 -> 8). Percentages are the coverages: 0.647 -> 64.7%.
 */
class MarkdownReportTest {
  private static final List<String> SECTIONS =
      List.of(
          "## At a glance",
          "## Domains",
          "## Knowledge, skills and mindsets",
          "## Development needs",
          "## Draft development plan",
          "## Where the team disagrees",
          "## \"Don't know\" hot spots",
          "## Evidence and comments from the team",
          "## How these scores are worked out");

  private static List<String> lines(String markdown) {
    return List.of(markdown.split("\n", -1));
  }

  private static List<String> headings(String markdown, String prefix) {
    return lines(markdown).stream().filter(l -> l.startsWith(prefix)).toList();
  }

  @Test
  void headlineAndAtAGlance() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .startsWith(
            "# NHS Tiny CCG: self-assessment report\n\n"
                + "*Tiny test questionnaire*, version 2.1.0. Based on the answers of 3 members of the leadership team.\n\n"
                + "**Overall score: 50.5 out of 100, Middle.** █████░░░░░\n\n"
                + "**Coverage:** 64.7% of the answers that could have been given were scored; the rest were \"don't"
                + " know\" or left blank (\"not applicable\" answers are not counted).\n\n");
    assertThat(md)
        .contains(
            "## At a glance\n\n"
                + "- **Strongest domain:** domain 1, *Alpha domain*, 59.4 (Middle).\n"
                + "- **Weakest domain:** domain 2, *Beta domain*, 41.7 (Low).\n"
                + "- **Targets met:** 0 of the 3 domains.\n"
                + "- **Not enough evidence for a level:** domain 3, *Gamma domain*.\n"
                + "- **Development needs:** 6, of which 2 high priority and 2 medium. The largest gap, 38.8 points"
                + " below target, is in *Skill* (skills).\n"
                // don't-knows: alpha.2 1 + beta.2 1 + gamma.1 3 = 5 of 17 answers (11 scored + 5 + 1 na) = 29.4%.
                + "- **\"Don't know\":** 5 answers (29.4% of all answers), the most in domain 3, *Gamma domain* (3).\n");
  }

  @Test
  void sectionsInOrderAndNo360OrWarningsWhenThereAreNone() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(headings(md, "## ")).containsExactlyElementsOf(SECTIONS);
    assertThat(md).doesNotContain("stakeholders see").doesNotContain("## Warnings").endsWith("more or less than the target.\n");
  }

  @Test
  void domainTableWithBarsLevelLabelsAndStatus() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "| Domain | Score | | Level | Target | Status |\n"
                + "| --- | ---: | --- | --- | ---: | --- |\n"
                + "| 1. Alpha domain | 59.4 | ██████░░░░ | Middle | 70.0 | 10.6 below target |\n"
                + "| 2. Beta domain | 41.7 | ████░░░░░░ | Low | 70.0 | 28.3 below target |\n"
                + "| 3. Gamma domain | – |  | – | 60.0 | Not enough evidence (coverage 0.0%) |\n");
  }

  @Test
  void knowledgeSkillsAndMindsets() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "| Knowledge | 62.5 | ██████░░░░ |\n| Skills | 31.3 | ███░░░░░░░ |\n| Mindsets | 75.0 | ████████░░ |\n")
        .contains("### Knowledge\n")
        .contains("| Know-how | 62.5 | ██████░░░░ | Middle | 80.0 | 17.5 below target |\n")
        .contains("| Skill | 31.3 | ███░░░░░░░ | Low | 70.0 | 38.8 below target |\n")
        // Insufficient evidence with a score: the score and bar are shown, without a level.
        .contains("| Mind | 75.0 | ████████░░ | – | 70.0 | Not enough evidence (coverage 20.0%) |\n");
    assertThat(md.indexOf("### Knowledge")).isLessThan(md.indexOf("### Skills"));
    assertThat(md.indexOf("### Skills")).isLessThan(md.indexOf("### Mindsets"));
  }

  @Test
  void rankedNeedsWithPrioritiesAndSuggestedSupport() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "| 1 | Skill (skills) | 31.3 | 70.0 | 38.8 | **High** | Resource two |\n"
                + "| 2 | Domain 2: Beta domain | 41.7 | 70.0 | 28.3 | **High** | – |\n"
                + "| 3 | Know-how (knowledge) | 62.5 | 80.0 | 17.5 | Medium | – |\n"
                + "| 4 | Domain 1: Alpha domain | 59.4 | 70.0 | 10.6 | Medium | Resource one; Resource two |\n"
                + "| 5 | Domain 3: Gamma domain | – | 60.0 | – | Unknown: not enough evidence | – |\n"
                + "| 6 | Mind (mindsets) | 75.0 | 70.0 | – | Unknown: not enough evidence | – |\n")
        .contains(
            "### The suggested support\n\n"
                + "What each suggested offer is, and the needs (numbered as in the table above) it is suggested for.\n\n"
                + "- **Resource two** (needs 1 and 4)\n"
                + "- **Resource one** (need 4): What resource one is. <https://example.org/r1>\n");
  }

  @Test
  void draftPlanWithBlankOwnerAndDate() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "| Need | Priority | First action | Owner | By when |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + "| Skill (skills) | **High** | Agree a development plan for this area, starting with *Resource two*. |  |  |\n"
                + "| Domain 2: Beta domain | **High** | Agree a development plan for this domain and decide what support"
                + " the team needs. |  |  |\n"
                + "| Know-how (knowledge) | Medium | Agree a development plan for this area and decide what support the"
                + " team needs. |  |  |\n"
                + "| Domain 1: Alpha domain | Medium | Agree a development plan for this domain, starting with"
                + " *Resource one*. |  |  |\n"
                + "| Domain 3: Gamma domain | Unknown: not enough evidence | Find out where the CCG stands: 3 answers"
                + " were \"don't know\". Gather the evidence, then reassess. |  |  |\n"
                + "| Mind (mindsets) | Unknown: not enough evidence | Find out where the CCG stands: 4 answers were"
                + " \"don't know\". Gather the evidence, then reassess. |  |  |\n");
  }

  @Test
  void disagreementShowsTheAnswersAtEachEnd() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "| Alpha three on a three-point scale. (alpha.3) | 1 | 0.0 (Not at all) | 100.0 (Fully) | 100.0 |\n"
                // Reversed: strongly agreeing scores 0.
                + "| Alpha two is negatively worded. (alpha.2) | 1 | 0.0 (Strongly agree) | 75.0 (Disagree) | 75.0 |\n"
                + "| Alpha one. (alpha.1) | 1 | 50.0 (Neither) | 100.0 (Strongly agree) | 50.0 |\n"
                + "| Beta one. (beta.1) | 2 | 0.0 (Strongly disagree) | 50.0 (Neither) | 50.0 |\n");
  }

  @Test
  void dontKnowHotSpotsMostFirstThenQuestionnaireOrder() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains("at least one such answer, most first, in questionnaire order when tied; at most 10")
        .contains(
            "| Gamma one. (gamma.1) | 3 | 3 of 3 |\n"
                + "| Alpha two is negatively worded. (alpha.2) | 1 | 1 of 3 |\n"
                + "| Beta two. (beta.2) | 2 | 1 of 3 |\n\n");
  }

  @Test
  void notesAreEvidenceUnderEachDomain() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "### 1. Alpha domain\n\n- Alpha one. (alpha.1)\n  - *Ann Able:* Evidence from Ann.\n\n"
                + "### 2. Beta domain\n\n- Beta two. (beta.2)\n  - *A respondent:* Note from a respondent who gave"
                + " no name.\n\n"
                + "### 3. Gamma domain\n\n- Gamma one. (gamma.1)\n  - *Bob Baker:* We have not looked at gamma yet.\n");
  }

  @Test
  void methodShowsTheQuestionnairesOwnRules() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains("Below 50%, this questionnaire's minimum, a domain or area is marked *not enough evidence*")
        .contains("- **Levels**: Low from 0 to below 50; Middle from 50 to below 75; High 75 and above.")
        .contains("(1 statement in this questionnaire)")
        .contains("2 statements have a weight other than 1")
        .contains("Priority is high for a gap of 20 or more, medium for 10 or more");
    String bundled = MarkdownReport.render(Fixtures.workshop());
    assertThat(bundled)
        .contains(
            "evenly spaced in between: Strongly disagree 0, Disagree 25, Neither agree nor disagree 50, Agree 75,"
                + " Strongly agree 100.");
  }

  @Test
  void stakeholderSectionsOnlyWhenThereAreStakeholders() {
    String md = MarkdownReport.render(JsonReportTest.tinyWithStakeholders());
    assertThat(headings(md, "## "))
        .containsExactly(
            "## At a glance", "## Domains", "## Knowledge, skills and mindsets", "## Development needs",
            "## Draft development plan", "## Where the team disagrees", "## \"Don't know\" hot spots",
            "## Evidence and comments from the team", "## How stakeholders see the CCG",
            "## How these scores are worked out");
    assertThat(md)
        .contains(
            "| Domain | Leadership team (3) | Member practice (3) |\n"
                + "| --- | ---: | ---: |\n"
                + "| Domain 1: Alpha domain | 59.4 | 18.8 |\n"
                + "| Domain 2: Beta domain | 41.7 | 100.0 |\n"
                + "| Domain 3: Gamma domain | – | – |\n")
        .contains("### Blind spots\n")
        .contains("| Domain 1: Alpha domain | 59.4 | 18.8 | +40.6 |\n")
        .contains("### Hidden strengths\n")
        .contains("| Domain 2: Beta domain | 41.7 | 100.0 | -58.3 |\n")
        .doesNotContain("Practice Manager Hidden")
        .doesNotContain("Councillor Secret")
        .doesNotContain("Stakeholder note")
        .doesNotContain("Secret board note")
        .doesNotContain("wellbeing");
  }

  @Test
  void warningsAreListedAndEscaped() {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    Tally tally = new Tally(tiny);
    tally.add(Fixtures.answers(tiny, Fixtures.resource("tiny/a.yaml")), 0);
    tally.warn("a.yaml: answers for version <2.0.0>", 0);
    String md = MarkdownReport.render(Scorer.score(tally));
    assertThat(md).contains("## Warnings\n\n- a.yaml: answers for version &lt;2.0.0&gt;\n");
    assertThat(md).contains("With fewer than two respondents there is nothing to compare.");
  }

  @Test
  void nobodyAnsweredStillRenders() {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    String md = MarkdownReport.render(Scorer.score(new Tally(tiny)));
    assertThat(md)
        .startsWith("# Unnamed organisation: self-assessment report\n")
        .contains("No member of the leadership team has answered yet.")
        .contains("**Overall: no score yet.**")
        .contains("| 3. Gamma domain | – |  | – | 60.0 | Not enough evidence (coverage 0.0%) |")
        .contains("Nobody answered \"don't know\".");
  }

  @Test
  void lowOverallCoverageIsFlagged() {
    // One respondent: alpha.1 scored (75), three don't-knows, two unanswered: coverage 1/6 = 16.7%.
    // Only alpha has a score (75.0), but with coverage 1/3 it has no level; the overall is that score.
    String md = MarkdownReport.render(Fixtures.score(Fixtures.questionnaire("tiny/tiny.yaml"), "tiny/sparse.yaml"));
    assertThat(md)
        .contains("**Overall score: 75.0 out of 100, High.** ████████░░\n")
        .contains("**Coverage:** 16.7% of the answers")
        .contains("Treat the overall score with caution: coverage is below the 50% this questionnaire asks for")
        .contains("- **Targets met:** 0 of the 3 domains.\n")
        .doesNotContain("Strongest domain")
        .contains("| 1. Alpha domain | 75.0 | ████████░░ | – | 70.0 | Not enough evidence (coverage 33.3%) |");
  }

  // ---- hostile input ----

  private static String hostile() {
    return MarkdownReport.render(
        Fixtures.score(Fixtures.questionnaire("hostile/hostile.yaml"), "hostile/one.yaml", "hostile/two.yaml"));
  }

  @Test
  void hostileNotesAndNamesAreEscapedOnOneLine() {
    String md = hostile();
    assertThat(md)
        .contains(
            "  - *Dr \\`Tick\\` \\| \\*Star\\* &lt;script&gt;alert(1)&lt;/script&gt;:* Pipe \\| star \\* underscore"
                + " \\_ backtick \\` &lt;script&gt;alert(1)&lt;/script&gt; \\[link\\](http://evil.example)"
                + " !\\[img\\](x) \\# heading - list item &gt; quote 1. ordered \\&lt;b\\&gt; A&E ---\n")
        .contains("  - *\\[Mallory\\](javascript:alert(2)):* \\| --- \\| --- \\| \\| fake \\| table \\|\n")
        .contains("  - *Dr \\`Tick\\` \\| \\*Star\\* &lt;script&gt;alert(1)&lt;/script&gt;:* \\- starts like a list item\n")
        .contains("- \\- Looks like a list \\| with a pipe and a second line (d1.1)\n");
  }

  @Test
  void hostileInputInjectsNoHtml() {
    String md = hostile();
    assertThat(md).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
        .doesNotContain("<b>").doesNotContain("<i>");
    // The only '<' left are autolinks the report writes itself (none here: the URL is javascript:).
    for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
      assertThat(md.startsWith("<http", i)).as("'<' at " + i + ": " + md.substring(i, Math.min(md.length(), i + 30)))
          .isTrue();
    }
    assertThat(md).doesNotContain("<javascript").doesNotContain("(javascript:alert(1))*\n");
  }

  @Test
  void hostileInputMakesNoLinksImagesOrHeadings() {
    String md = hostile();
    // Every "](" that could close a link text is preceded by an escaped bracket.
    assertThat(Pattern.compile("(?<!\\\\)\\]\\(").matcher(md).find()).isFalse();
    // The headings are the report's own: one title, the fixed sections, one per domain with notes.
    assertThat(headings(md, "# ")).hasSize(1);
    assertThat(headings(md, "# ").get(0))
        .isEqualTo(
            "# NHS &lt;script&gt;alert('org')&lt;/script&gt; \\| \\*Evil\\* CCG \\# Injected heading:"
                + " self-assessment report");
    assertThat(headings(md, "## ")).containsExactlyElementsOf(SECTIONS);
    assertThat(headings(md, "### "))
        .containsExactly(
            "### Skills",
            "### The suggested support",
            "### 1. \\# Domain \\| one \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x.example)"
                + " &lt;img src=x onerror=alert(1)&gt;",
            "### 2. 2\\. Second \\| domain");
    assertThat(lines(md)).noneMatch(l -> l.startsWith("#") && !l.startsWith("# NHS") && !l.startsWith("## ")
        && !l.startsWith("### "));
  }

  @Test
  void hostileInputCannotBreakATable() {
    String md = hostile();
    List<List<String>> tables = tables(md);
    assertThat(tables).hasSize(7);
    for (List<String> table : tables) {
      int columns = cellSeparators(table.get(0));
      for (String row : table) {
        assertThat(cellSeparators(row)).as("cell separators in: " + row).isEqualTo(columns);
      }
    }
    // The table rows that carry hostile text really are in the tables.
    assertThat(md)
        .contains(
            "| 1. \\# Domain \\| one \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x.example)"
                + " &lt;img src=x onerror=alert(1)&gt; | 50.0 | █████░░░░░ | High\\_level \\* | 70.0 | 20.0 below target |")
        .contains("| Area \\| with \\~\\~strike\\~\\~ and \\$x\\$ | 50.0 |")
        .contains("| 1\\. Looks ordered &lt;script&gt;x&lt;/script&gt; (d1.2) | 1 | 2 of 2 |")
        .contains("| &gt; quoted \\| text (d2.1) | 2 | 0.0 (No \\| &lt;b&gt;) | 100.0 (Yes \\`sure\\`) | 100.0 |");
  }

  /** Groups of consecutive lines starting with '|'. */
  private static List<List<String>> tables(String markdown) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    for (String line : lines(markdown)) {
      if (line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }

  /** The '|' that separate cells, as GFM reads them: a backslash escapes the character after it. */
  private static int cellSeparators(String row) {
    int count = 0;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        count++;
      }
    }
    return count;
  }

  // ---- the realistic workshop ----

  @Test
  void workshopReportHasEverySectionAndReadsThroughTheBundledQuestionnaire() {
    Report workshop = Fixtures.workshop();
    String md = MarkdownReport.render(workshop);
    assertThat(headings(md, "## ")).containsExactlyElementsOf(SECTIONS);
    assertThat(md)
        .startsWith("# NHS Riverside CCG: self-assessment report\n")
        .contains("version 1.0.0. Based on the answers of 5 members of the leadership team.")
        .contains("### Knowledge\n").contains("### Skills\n").contains("### Mindsets\n")
        .contains("  - *James O'Connor:* Not sure we could evidence this for authorisation.\n")
        .contains("A&E attendances falling by 5%.")
        .contains("exists but is \\*not\\* yet published")
        .contains("We need a standing item on the agenda.")
        // Domain 4 suggests 11 resources: the table shows three, the list below has them all.
        .contains(
            "| **High** | Model constitution for a clinical commissioning group; National Leadership Council"
                + " development tool on good governance; Towards establishment: a governance framework for CCGs; and 8"
                + " more |")
        .contains("- **Information Governance Training Tool (NHS Information Governance Toolkit)** (needs 1 and ")
        .doesNotContain("null");
    assertThat(MarkdownReport.render(Fixtures.workshop())).isEqualTo(md);
  }

  @Test
  void longDomainTitlesAreShortenedOutsideTheDomainsTable() {
    assertThat(shortTitle("Great leaders who individually and collectively can make a real difference"))
        .isEqualTo("Great leaders");
    assertThat(
            shortTitle(
                "Clear and credible plans which continue to deliver the QIPP (quality, innovation, productivity and"
                    + " prevention) challenge within financial resources"))
        .isEqualTo("Clear and credible plans");
    assertThat(
            shortTitle(
                "Proper constitutional and governance arrangements, with the capacity and capability to deliver all"
                    + " their duties"))
        .isEqualTo("Proper constitutional and governance arrangements");
    assertThat(shortTitle("Meaningful engagement with patients, carers and their communities"))
        .isEqualTo("Meaningful engagement with patients, carers and their communities");
    assertThat(StakeholderViews.perspectiveName("health-and-wellbeing-board")).isEqualTo("Health and wellbeing board");
  }

  private static String shortTitle(String title) {
    return new org.ccgdiag.questionnaire.Domain("d", title, "", null, java.math.BigDecimal.TEN, List.of()).shortTitle();
  }
}
