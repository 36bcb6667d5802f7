package org.ccgdiag.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.Fixtures;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.StakeholderViews;
import org.ccgdiag.report.json.JsonReportTest;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report, rendered from its {@link ReportView}. The tiny questionnaire's numbers are
 * worked out by hand in {@link JsonReportTest}; whole reports of realistic cases are golden files
 * (src/test/resources/golden, checked by GoldenReportsTest). Here: what each part says and when.
 */
class MarkdownReportTest {
  private static final List<String> SECTIONS =
      List.of(
          "## Start here",
          "## Domains",
          "## Knowledge, skills and mindsets",
          "## The questions behind the scores",
          "## Where the team disagrees",
          "## Answers that contradict each other",
          "## \"Don't know\" hot spots",
          "## Evidence and comments from the team",
          "## All development needs",
          "## Draft development plan",
          "## How to read this report");

  private static List<String> lines(String markdown) {
    return List.of(markdown.split("\n", -1));
  }

  private static List<String> headings(String markdown, String prefix) {
    return lines(markdown).stream().filter(l -> l.startsWith(prefix)).toList();
  }

  @Test
  void titleBlockAndHeadlineComeFirst() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .startsWith(
            "# NHS Tiny CCG: self-assessment\n\n"
                + "3 members of the team · Tiny test questionnaire, tiny 2.1.0\n\n"
                // Overall 50.5 (mid); coverage 11/17; gamma (domain 3) has 0 of 3 scored.
                + "**Overall 50.5 of 100, Middle.** Coverage 64.7%: enough to rely on, except domain 3 (0.0%).\n\n"
                + "## Start here\n\n");
  }

  @Test
  void startHereNamesThePrioritiesWithTheirStatementsAndSupport() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "1. **Skill** (skills; across domains 1 and 2): 31.3 against a target of 70.0: 38.8 to go. High priority.\n"
                + "   - \"Beta one.\" (Strongly disagree 1, Neither 1, not answered 1)\n"
                + "   - \"Alpha two is negatively worded.\" (Disagree 1, Strongly agree 1, Don't know 1)\n"
                + "   - Use first: *Resource two*.\n"
                + "2. **Beta domain** (domain 2): 41.7 against a target of 70.0: 28.3 to go. High priority.\n"
                + "   - Weakest areas: Skill (skills) 31.3.\n"
                + "3. **Know-how** (knowledge; in domain 1): 62.5 against a target of 80.0: 17.5 to go. Medium priority.\n"
                + "   - \"Alpha one.\" (Neither 1, Agree 1, Strongly agree 1). Notes: *Ann Able: Evidence from Ann.*\n"
                + "4. **Find out where you stand on Gamma domain** (domain 3): 3 of the 3 possible answers were \"don't"
                + " know\", so only 0.0% were scored: not enough to say. Who in the organisation or the group knows?"
                + " Gather the evidence, then reassess.\n"
                + "   - \"Gamma one.\" (Don't know 3). Notes: *Bob Baker: We have not looked at gamma yet.*\n\n");
  }

  @Test
  void lowCoverageLeadsWithCoverageNotALevel() {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    // c.yaml alone: 2 of its 6 answers are scored, below the tiny questionnaire's minimum.
    String md = MarkdownReport.render(Fixtures.score(tiny, "tiny/sparse.yaml"));
    assertThat(md)
        .contains("**Not enough evidence yet for an overall level.** Only ")
        .contains("The scores so far (overall ")
        .contains("First finish the self-assessment: too few questions have a scored answer")
        .doesNotContain("**Overall ");
  }

  @Test
  void anAgreedSetIsTheTeamsAgreedViewNotOneMember() {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    Answers a = Fixtures.answers(tiny, Fixtures.resource("tiny/a.yaml"));
    Answers agreed =
        new Answers(
            a.questionnaire(),
            a.organisation(),
            new Respondent("Workshop", "Board", "self", 6),
            a.started(),
            a.updated(),
            true,
            a.answers(),
            "2012-07");
    String md = MarkdownReport.render(Scorer.score(Tally.of(tiny, agreed)));
    assertThat(md)
        .startsWith(
            "# NHS Tiny CCG: self-assessment, round 2012-07\n\nthe agreed answers of the team (6 present) · ")
        .contains("\"Alpha one.\" (domain 1): agreed: Strongly agree")
        .doesNotContain("1 member");
  }

  @Test
  void disagreementNamesTheRolesAtEachEndNeverTheNames() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    // alpha.3: Ann (Chair) z = 100, Bob (Accountable officer) x = 0, the lay member y = 50.
    assertThat(md)
        .contains(
            "- \"Alpha three on a three-point scale.\" (domain 1), spread **100.0**: lowest 0.0 (Not at all) from"
                + " Accountable officer; highest 100.0 (Fully) from Chair.\n")
        .contains(
            "- \"Alpha two is negatively worded.\" (domain 1), spread **75.0**: lowest 0.0 (Strongly agree) from"
                + " Accountable officer; highest 75.0 (Disagree) from Chair.\n");
    String disagreement =
        md.substring(md.indexOf("## Where the team disagrees"), md.indexOf("## Answers that"));
    assertThat(disagreement).doesNotContain("Ann").doesNotContain("Bob");
  }

  @Test
  void contradictoryAnswersToAMirrorPairAreFlagged() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(md)
        .contains(
            "- \"Alpha two is negatively worded.\" and \"Alpha one.\": 1 answer set agreed with both statements, or"
                + " disagreed with both, though one says the opposite of the other.\n");
  }

  @Test
  void sectionsInOrderAndNo360OrWarningsWhenThereAreNone() {
    String md = MarkdownReport.render(JsonReportTest.tinySelf());
    assertThat(headings(md, "## ")).containsExactlyElementsOf(SECTIONS);
  }

  @Test
  void stakeholderSectionsOnlyWhenThereAreStakeholders() {
    String md = MarkdownReport.render(JsonReportTest.tinyWithStakeholders());
    assertThat(md)
        .contains("## How stakeholders see the organisation\n")
        .contains("| Domain | Team (3) | Member practice (3) |\n")
        .contains("### Blind spots\n")
        .contains("| Domain 1: Alpha domain | 59.4 | 18.8 | +40.6 |\n")
        .contains("### Hidden strengths\n")
        .contains("| Domain 2: Beta domain | 41.7 | 100.0 | -58.3 |\n");
  }

  @Test
  void warningsAreListedAndEscaped() {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    Tally tally = new Tally(tiny);
    tally.add(Fixtures.answers(tiny, Fixtures.resource("tiny/a.yaml")), 0);
    tally.warn("a.yaml: version *2.0.0* | old", 0);
    String md = MarkdownReport.render(Scorer.score(tally));
    assertThat(md).contains("## Warnings\n\n- a.yaml: version \\*2.0.0\\* \\| old\n");
  }

  @Test
  void nobodyAnsweredStillRenders() {
    String md =
        MarkdownReport.render(Scorer.score(new Tally(Fixtures.questionnaire("tiny/tiny.yaml"))));
    assertThat(md)
        .startsWith("# Unnamed organisation: self-assessment\n\nno answers from the team yet · ")
        .contains("**No score yet.** No question has a scored answer from the team.")
        .contains("Nothing to work on yet: no answers from the team.")
        .doesNotContain("null");
  }

  private static String hostile() {
    return MarkdownReport.render(
        Fixtures.score(
            Fixtures.questionnaire("hostile/hostile.yaml"),
            "hostile/one.yaml",
            "hostile/two.yaml"));
  }

  @Test
  void hostileNotesAndNamesAreEscapedOnOneLine() {
    String md = hostile();
    assertThat(md)
        .contains(
            "  - Dr \\`Tick\\` \\| \\*Star\\* &lt;script&gt;alert(1)&lt;/script&gt;: Pipe \\| star \\* underscore"
                + " \\_ backtick \\` &lt;script&gt;alert(1)&lt;/script&gt; \\[link\\](http://evil.example)"
                + " !\\[img\\](x) \\# heading - list item &gt; quote 1. ordered \\&lt;b\\&gt; A&E ---\n")
        .contains(
            "  - \\[Mallory\\](javascript:alert(2)): \\| --- \\| --- \\| \\| fake \\| table \\|\n")
        .contains(
            "  - Dr \\`Tick\\` \\| \\*Star\\* &lt;script&gt;alert(1)&lt;/script&gt;: - starts like a list item\n")
        .contains("- \"\\- Looks like a list \\| with a pipe and a second line\"\n")
        // Roles at the ends of a divergence are input too.
        .contains("highest 100.0 (Yes \\`sure\\`) from &lt;b&gt;Chair&lt;/b&gt;.");
  }

  @Test
  void hostileInputInjectsNoHtml() {
    String md = hostile();
    assertThat(md)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .doesNotContain("<b>")
        .doesNotContain("<i>");
    // The only '<' left are autolinks the report writes itself (none here: the URL is javascript:).
    for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
      assertThat(md.startsWith("<http", i))
          .as("'<' at " + i + ": " + md.substring(i, Math.min(md.length(), i + 30)))
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
                + " self-assessment");
    assertThat(headings(md, "## "))
        .containsExactlyElementsOf(
            SECTIONS.stream().filter(h -> !h.startsWith("## Answers that")).toList());
    assertThat(headings(md, "### "))
        .containsExactly(
            "### Skills",
            "### Strongest questions",
            "### Domain 1: \\# Domain \\| one \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x.example)"
                + " &lt;img src=x onerror=alert(1)&gt;",
            "### Domain 2: 2. Second \\| domain",
            "### The suggested support");
    assertThat(lines(md))
        .noneMatch(
            l ->
                l.startsWith("#")
                    && !l.startsWith("# NHS")
                    && !l.startsWith("## ")
                    && !l.startsWith("### "));
  }

  @Test
  void hostileInputCannotBreakATable() {
    String md = hostile();
    List<List<String>> tables = tables(md);
    assertThat(tables).hasSize(5);
    for (List<String> table : tables) {
      int columns = cellSeparators(table.get(0));
      for (String row : table) {
        assertThat(cellSeparators(row)).as("cell separators in: " + row).isEqualTo(columns);
      }
    }
    // The table rows that carry hostile text really are in the tables.
    assertThat(md)
        .contains(
            "| 1 | \\# Domain \\| one \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x.example)"
                + " &lt;img src=x onerror=alert(1)&gt; | 50.0 | █████░░░░░ | High\\_level \\* | 70.0 | 20.0 below target |")
        .contains("| Area \\| with \\~\\~strike\\~\\~ and \\$x\\$ | 50.0 |")
        .contains(
            "| 2\\. Second \\| domain (domain 2) | Discuss \"&gt; quoted \\| text\" (No \\| &lt;b&gt; 1, Yes \\`sure\\` 1). |");
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
  void workshopReportReadsThroughTheBundledQuestionnaire() {
    Findings workshop = Fixtures.workshop();
    String md = MarkdownReport.render(workshop);
    assertThat(md)
        .startsWith("# NHS Riverside CCG: self-assessment, round 2012-03\n")
        .contains(
            "answers of 14 March 2012 · 5 members of the leadership team · Emerging CCG self-assessment"
                + " diagnostic, ccg-authorisation 3.0.0")
        .contains("## The statements behind the scores")
        .contains("exists but is \\*not\\* yet published")
        .contains("Who in the CCG or the PCT cluster knows?")
        .doesNotContain("null");
    assertThat(MarkdownReport.render(Fixtures.workshop())).isEqualTo(md);
  }

  @Test
  void longDomainTitlesAreShortenedOutsideTheDomainsTable() {
    assertThat(
            shortTitle(
                "Great leaders who individually and collectively can make a real difference"))
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
    assertThat(StakeholderViews.perspectiveName("health-and-wellbeing-board"))
        .isEqualTo("Health and wellbeing board");
  }

  private static String shortTitle(String title) {
    return new org.ccgdiag.questionnaire.Domain(
            "d", title, "", null, org.apache.commons.numbers.fraction.BigFraction.of(10), List.of())
        .shortTitle();
  }
}
