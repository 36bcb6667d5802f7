package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.report.markdown.MarkdownReport;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Status;
import org.junit.jupiter.api.Test;

/**
 * "Start here" and the weakest statements on thin evidence, worked by hand on report/thin: the tiny
 * questionnaire where alpha.1 and alpha.3 name their own first support (r2), answered by three
 * people. Scores (five-point scale, 0-4 as 0-100): alpha.1 2,2,3 = 25,25,50 -> 33.3; alpha.2
 * (reversed) 4,dk,dk -> 25.0 on one scored answer of three; alpha.3 (1-3) y,y,x -> 50,50,0 -> 33.3;
 * beta.1 2,dk,dk -> 25.0 on one of three; beta.2 3,3,2 -> 41.7; gamma.1 3,3,2 -> 41.7.
 */
class PrioritiesTest {
  private static String thinReport() {
    return MarkdownReport.render(
        Fixtures.score(
            Fixtures.questionnaire("thin/questionnaire.yaml"),
            "thin/one.yaml",
            "thin/two.yaml",
            "thin/three.yaml"));
  }

  @Test
  void aStatementScoredByFewerThanHalfIsNotAmongTheWeakestButUnderFindOut() {
    String md = thinReport();
    String weakest = Fixtures.section(md, "The questions behind the scores");
    // alpha.2 and beta.1 score lowest (25.0) but only one of three could score them.
    assertThat(weakest)
        .contains(
            "\"Alpha one.\"",
            "\"Alpha three on a three-point scale.\"",
            "\"Beta two.\"",
            "\"Gamma one.\"")
        .doesNotContain("Alpha two", "Beta one.");
    assertThat(Fixtures.section(md, "\"Don't know\" hot spots"))
        .contains("\"Alpha two is negatively worded.\"", "\"Beta one.\"");
    assertThat(Fixtures.section(md, "Start here")).doesNotContain("Alpha two", "Beta one.");
  }

  @Test
  void startHerePrefersTheStatementsOwnSupportToItsDomains() {
    String start = Fixtures.section(thinReport(), "Start here");
    // Know-how (k1) has no resources: its weakest statement alpha.1 brings its own.
    assertThat(start)
        .contains(
            "1. **Know-how** (knowledge; in domain 1): 30.6 against a target of 80.0: 49.4 to go. High"
                + " priority.\n   - \"Alpha one.\" (Disagree 2, Neither 1)\n   - Use first: *Resource two*.\n");
    // Domain alpha suggests r1 then r2; its weakest statement not yet quoted, alpha.3, names r2
    // first.
    assertThat(start)
        .contains(
            "   - \"Alpha three on a three-point scale.\" (Not at all 1, Partly 2)\n"
                + "   - Use first: *Resource two*, *Resource one*.\n");
  }

  /**
   * The bundled questionnaire's workshop: statements one of five scored (the rest "don't know") are
   * things to find out.
   */
  @Test
  void inTheWorkshopNoStatementOnThinEvidenceIsAmongTheWeakest() {
    Findings workshop = Fixtures.workshop();
    String md = MarkdownReport.render(workshop);
    List<String> thin =
        workshop.questions().stream()
            .filter(
                q ->
                    q.score() != null
                        && q.scored() * 2 < q.scored() + q.dontKnow() + q.unanswered())
            .map(q -> q.question().text())
            .toList();

    assertThat(thin)
        .contains(
            "In deciding which support to employ directly, we compare its quality and cost with what emerging commissioning"
                + " support services could offer.");
    assertThat(Fixtures.section(md, "The statements behind the scores")).doesNotContain(thin);
    // Under "Start here" they may be quoted only by a "find out where you stand" priority.
    String start = Fixtures.section(md, "Start here");
    assertThat(start.substring(0, start.indexOf("Find out where you stand"))).doesNotContain(thin);
    assertThat(Fixtures.section(md, "\"Don't know\" hot spots"))
        .contains(
            "\"In deciding which support to employ directly, we compare its quality and cost with what emerging"
                + " commissioning support services could offer.\" (domain 4): Disagree 1, Don't know 4");
  }

  @Test
  void whySaysScoreTargetAndGapInWordsAndAGapThatRoundsToNothingAsJustBelow() {
    assertThat(ReportViews.againstTarget(item(BigFraction.of(37), BigFraction.of(70))))
        .isEqualTo("37.0 against a target of 70.0: 33.0 to go");
    // 69.96 prints as 70.0: "0.0 to go" would read as met.
    assertThat(ReportViews.againstTarget(item(BigFraction.of(6996, 100), BigFraction.of(70))))
        .isEqualTo("70.0 against a target of 70.0: just below it");
  }

  private static ItemResult item(BigFraction score, BigFraction target) {
    return new ItemResult(
        ItemResult.Kind.DOMAIN,
        "d",
        "D",
        null,
        score,
        null,
        Status.SCORED,
        BigFraction.ONE,
        0,
        target,
        target.subtract(score),
        List.of(),
        List.of());
  }
}
