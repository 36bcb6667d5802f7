package org.ccgdiag.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.report.ComparisonView;
import org.ccgdiag.report.json.ComparisonJson;
import org.junit.jupiter.api.Test;

/** Brief section 5, "Progress over time", on two small reports worked out by hand. */
class ComparisonTest {
  private static final List<Level> LEVELS =
      List.of(
          new Level("low", "Low", BigFraction.ZERO),
          new Level("mid", "Middle", BigFraction.of(50)));

  private static BigDecimal n(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static ReportSnapshot.Item domain(String id, String score, String level) {
    return new ReportSnapshot.Item(id, "Domain " + id, null, n(score), level, n("70.0"), true);
  }

  private static ReportSnapshot report(
      String version,
      String round,
      String overall,
      List<ReportSnapshot.Item> domains,
      List<String> needs,
      List<ReportSnapshot.Statement> statements) {
    return new ReportSnapshot(
        round + ".json",
        "q",
        version,
        Terms.DEFAULT,
        LEVELS,
        "Org",
        round,
        n(overall),
        null,
        true,
        domains,
        List.of(
            new ReportSnapshot.Item(
                "k", "Know-how", "knowledge", n("40.0"), "low", n("70.0"), true)),
        needs,
        statements,
        false);
  }

  private static ReportSnapshot.Statement statement(String id, String score) {
    return new ReportSnapshot.Statement(id, "a", "Statement " + id, n(score));
  }

  @Test
  void scoresChangesLevelsNeedsAndTheGapClosed() {
    ReportSnapshot before =
        report(
            "1.0",
            "2012-01",
            "40.0",
            List.of(domain("a", "40.0", "low"), domain("b", null, null)),
            List.of("domain:a", "domain:b", "area:k"),
            List.of(
                statement("a.1", "25.0"),
                statement("a.2", "50.0"),
                statement("a.3", null),
                statement("a.4", "75.0")));
    ReportSnapshot after =
        report(
            "1.0",
            "2012-07",
            "57.5",
            List.of(domain("a", "55.0", "mid"), domain("b", "60.0", "mid")),
            List.of("domain:a", "area:k"),
            List.of(
                statement("a.1", "75.0"),
                statement("a.2", "40.0"),
                statement("a.3", "50.0"),
                statement("a.4", "75.0")));

    Comparison c = Comparison.of(before, after);

    assertThat(c.overall()).isEqualTo(new Comparison.Change(n("40.0"), n("57.5"), n("17.5"), true));
    assertThat(c.domains())
        .extracting(d -> d.id(), d -> d.score().change(), Comparison.ItemChange::crossedLevel)
        .containsExactly(tuple("a", n("15.0"), true), tuple("b", null, false));
    // domain b had no score before: it is left out of the gap; a's gap went from 30 to 15.
    assertThat(c.gapClosed()).isEqualByComparingTo("0.500");
    assertThat(c.closed()).containsExactly("domain:b");
    assertThat(c.opened()).isEmpty();
    assertThat(c.remaining()).containsExactly("domain:a", "area:k");
    // a.1 +50, a.2 -10; a.3 had no score before; a.4 did not move.
    assertThat(c.moved()).extracting(Comparison.StatementChange::id).containsExactly("a.1", "a.2");
    assertThat(c.added()).isEmpty();
    assertThat(c.removed()).isEmpty();
    assertThat(c.warnings()).isEmpty();

    ComparisonView view = ComparisonView.of(c);
    assertThat(view.title()).isEqualTo("Org: progress from round 2012-01 to round 2012-07");
    assertThat(view.headline()).isEqualTo("Overall 40.0 → 57.5 (+17.5).");
    assertThat(view.detail())
        .isEqualTo(
            "1 need closed, 0 opened, 2 remaining; 50% of the domains' total gap to target"
                + " closed; 1 domain changed level.");
    assertThat(view.domains())
        .containsExactly(
            List.of("Domain 1: Domain a", "40.0", "55.0", "+15.0", "Low → Middle"),
            List.of("Domain 2: Domain b", "–", "60.0", "–", "– → Middle"));
  }

  @Test
  void anotherVersionIsAWarningAndItemsInOnlyOneAreAddedOrRemoved() {
    ReportSnapshot before =
        report(
            "1.0",
            "2012-01",
            "40.0",
            List.of(domain("a", "40.0", "low"), domain("old", "50.0", "mid")),
            List.of(),
            List.of(statement("a.1", "25.0"), statement("a.9", "50.0")));
    ReportSnapshot after =
        report(
            "2.0",
            "2012-07",
            "45.0",
            List.of(domain("a", "45.0", "low"), domain("new", "50.0", "mid")),
            List.of(),
            List.of(statement("a.1", "25.0"), statement("a.13", "50.0")));

    Comparison c = Comparison.of(before, after);

    assertThat(c.added()).containsExactly("domain:new", "question:a.13");
    assertThat(c.removed()).containsExactly("domain:old", "question:a.9");
    assertThat(c.warnings())
        .containsExactly(
            "2012-01.json is a report of version 1.0 of 'q', 2012-07.json of version 2.0; items in only one"
                + " are listed as added or removed");
    assertThat(ComparisonJson.render(c))
        .contains("\"format\": \"ccg-diag/comparison@1\"")
        .contains("\"added\": [\n    \"domain:new\",\n    \"question:a.13\"\n  ]");
  }

  @Test
  void aSummaryRowComparesTheDomainsOnly() {
    ReportSnapshot row =
        new ReportSnapshot(
            "old/summary.json",
            "q",
            null,
            Terms.DEFAULT,
            LEVELS,
            "Org",
            null,
            n("40.0"),
            null,
            true,
            List.of(domain("a", "40.0", null)),
            List.of(),
            List.of(),
            List.of(),
            true);
    ReportSnapshot after =
        report(
            "1.0",
            "2012-07",
            "45.0",
            List.of(domain("a", "45.0", "low")),
            List.of("domain:a"),
            List.of(statement("a.1", "25.0")));

    Comparison c = Comparison.of(row, after);

    assertThat(c.domains()).singleElement().extracting(d -> d.score().change()).isEqualTo(n("5.0"));
    assertThat(c.areas()).isEmpty();
    assertThat(c.added()).isEmpty();
    assertThat(c.closed()).isEmpty();
    assertThat(c.opened()).isEmpty();
    assertThat(c.warnings()).singleElement().asString().contains("overall and domain scores only");
    assertThat(ComparisonView.of(c).detail())
        .isEqualTo("16.7% of the domains' total gap to target closed.");
  }
}
