package org.ccgdiag.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccgdiag.files.Slugs;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.Run;
import org.ccgdiag.report.csv.ClusterSummaryCsv;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.json.ClusterSummaryJson;
import org.ccgdiag.report.markdown.ClusterSummaryMarkdown;
import org.ccgdiag.scoring.Status;
import org.junit.jupiter.api.Test;

/** The summary files, for the hand-computed cluster of BatchScorerTest and for hostile names. */
class ClusterSummaryFilesTest {
  private static final Run RUN = new Run(java.time.Instant.parse("2026-11-25T10:00:00.250Z"));
  private final Questionnaire mini = MiniFiles.questionnaire();

  private ClusterSummary cluster() throws IOException {
    BatchScorer scorer = new BatchScorer(mini, 2, Path::toString, BatchProgress.NONE);
    // As the output folder names the run that writes it.
    return scorer
        .score(scorer.read(MiniFiles.cluster()), (organisation, report, progress) -> {})
        .of(RUN);
  }

  /** A summary of organisations with these names, each with the same scores. */
  private ClusterSummary named(String... names) {
    List<ClusterSummary.OrganisationRow> rows =
        java.util.Arrays.stream(names)
            .map(
                name ->
                    new ClusterSummary.OrganisationRow(
                        name,
                        Slugs.of(name),
                        1,
                        new BigDecimal("50.0"),
                        List.of(new BigDecimal("40.0"), new BigDecimal("60.0")),
                        "-lead",
                        "Domain 1: -lead",
                        " =round",
                        new BigDecimal("0.500"),
                        2,
                        List.of(new BigDecimal("45.0")),
                        null,
                        Status.SCORED,
                        List.of(Status.SCORED, Status.SCORED),
                        List.of(new BigDecimal("0.500"), new BigDecimal("0.500")),
                        List.of(Status.SCORED),
                        true))
            .toList();
    return new ClusterSummary(mini, names.length, 0, rows, List.of(), List.of(), List.of(), null);
  }

  @Test
  void csvHasOneRowPerOrganisationWithNumbersAsNumbers() throws IOException {
    assertThat(ClusterSummaryCsv.render(cluster()))
        .isEqualTo(
            "\uFEFForganisation,respondents,overall,lead,plan,top_need,round,coverage,dont_know,top_need_title,gov,"
                + "status,since,overall_change,lead_change,plan_change,lead_status,plan_status,run\r\n"
                + "'=SUM(1+1) CCG,1,87.5,100.0,75.0,,,1.000,0,,100.0,scored,,,,,scored,scored,2026-11-25T10:00:00.250Z\r\n"
                + "Gamma CCG,1,,,,gov,,0.000,4,Governance (knowledge),,insufficient-evidence,,,,,"
                + "insufficient-evidence,insufficient-evidence,2026-11-25T10:00:00.250Z\r\n"
                + "NHS Alpha CCG,2,56.3,68.8,43.8,gov,,0.875,1,Governance (knowledge),43.8,scored,,,,,scored,scored,2026-11-25T10:00:00.250Z\r\n");
  }

  @Test
  void csvNeutralisesEveryTextCellThatASpreadsheetWouldRun() throws IOException {
    String csv =
        ClusterSummaryCsv.render(
            named(
                "=1+1",
                "+1",
                "-1",
                "@SUM(A1)",
                "\tTab",
                "\rCR",
                "\nLF",
                "a=b",
                "Plain, \"quoted\" CCG",
                "  =1+1",
                "\u00a0\u00a0@A1",
                "\u2003-1",
                "Bell\u0007"));

    assertThat(csv).startsWith("\uFEFF");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    // Control characters are made visible first: no cell holds a tab or a line break.
    assertThat(records)
        .extracting(r -> r.get("organisation"))
        .containsExactly(
            "'=1+1",
            "'+1",
            "'-1",
            "'@SUM(A1)",
            "\\tTab",
            "\\rCR",
            "\\nLF",
            "a=b",
            "Plain, \"quoted\" CCG",
            "'  =1+1",
            "'\u00a0\u00a0@A1",
            "'\u2003-1",
            "Bell\\x07");
    assertThat(records).extracting(r -> r.get("top_need")).containsOnly("'-lead");
    assertThat(records).extracting(r -> r.get("round")).containsOnly("' =round");
    assertThat(records).extracting(r -> r.get("top_need_title")).containsOnly("Domain 1: -lead");
    assertThat(records).extracting(r -> r.get("overall")).containsOnly("50.0");
  }

  @Test
  void jsonHasOneObjectPerOrganisationWithNullWhereThereIsNoValue() throws IOException {
    assertThat(ClusterSummaryJson.render(cluster()))
        .isEqualTo(
            """
            [
              {
                "organisation": "=SUM(1+1) CCG",
                "respondents": 1,
                "overall": 87.5,
                "lead": 100.0,
                "plan": 75.0,
                "top_need": null,
                "report": "sum-1-1-ccg",
                "round": null,
                "coverage": 1.000,
                "dont_know": 0,
                "top_need_title": null,
                "gov": 100.0,
                "areas": {
                  "gov": 100.0
                },
                "status": "scored",
                "domain_status": {
                  "lead": "scored",
                  "plan": "scored"
                },
                "change": null,
                "run": "2026-11-25T10:00:00.250Z"
              },
              {
                "organisation": "Gamma CCG",
                "respondents": 1,
                "overall": null,
                "lead": null,
                "plan": null,
                "top_need": "gov",
                "report": "gamma-ccg",
                "round": null,
                "coverage": 0.000,
                "dont_know": 4,
                "top_need_title": "Governance (knowledge)",
                "gov": null,
                "areas": {
                  "gov": null
                },
                "status": "insufficient-evidence",
                "domain_status": {
                  "lead": "insufficient-evidence",
                  "plan": "insufficient-evidence"
                },
                "change": null,
                "run": "2026-11-25T10:00:00.250Z"
              },
              {
                "organisation": "NHS Alpha CCG",
                "respondents": 2,
                "overall": 56.3,
                "lead": 68.8,
                "plan": 43.8,
                "top_need": "gov",
                "report": "nhs-alpha-ccg",
                "round": null,
                "coverage": 0.875,
                "dont_know": 1,
                "top_need_title": "Governance (knowledge)",
                "gov": 43.8,
                "areas": {
                  "gov": 43.8
                },
                "status": "scored",
                "domain_status": {
                  "lead": "scored",
                  "plan": "scored"
                },
                "change": null,
                "run": "2026-11-25T10:00:00.250Z"
              }
            ]
            """);
  }

  @Test
  void markdownShowsWhereTheClusterIsWeakestAndLinksTheReports() throws IOException {
    String md = ClusterSummaryMarkdown.render(cluster(), true);

    assertThat(md)
        .startsWith(
            "# Group summary: Mini cluster diagnostic\n\n3 organisations scored from 4 answer files.")
        // Weakest first.
        .contains(
            """
            | Domain | Mean score | Target | Below target | Not enough evidence |
            | --- | ---: | ---: | ---: | ---: |
            | 2 Planning | 59.4 | 70.0 | 1 | 1 |
            | 1 Leadership | 84.4 | 70.0 | 1 | 1 |
            """)
        .contains("| Governance | Knowledge | 71.9 | 70.0 | 1 | 1 |\n")
        .contains(
            "| Governance (knowledge) | area | 1 | 0 | 0 | 1 |\n| Domain 2: Planning | domain | 1 | 0 | 0 | 1 |\n"
                + "| Domain 1: Leadership | domain | 0 | 0 | 1 | 1 |\n")
        .contains("| plan.2 | The plan is costed. | 2 | 2 |\n")
        // The | in a question's text does not split the table.
        .contains("| plan.1 | Plans are agreed \\| signed off. | 1 | 1 |\n")
        .contains("](sum-1-1-ccg.md) | 1 | 87.5 | 100.0 | 75.0 | – | – |\n")
        // Gamma answered "don't know" to everything: no evidence, said as such, never a plain
        // score.
        .contains(
            "| [Gamma CCG](gamma-ccg.md) | 1 | too few answers (0%) | too few answers (0%) | too few answers (0%)"
                + " | Governance (knowledge) | – |\n");
    assertThat(ClusterSummaryMarkdown.render(cluster(), false))
        .contains(
            "| Gamma CCG | 1 | too few answers (0%) | too few answers (0%) | too few answers (0%)"
                + " | Governance (knowledge) | – |\n");
  }

  @Test
  void markdownEscapesHostileOrganisationNames() {
    String md =
        ClusterSummaryMarkdown.render(
            named("<script>alert(1)</script>", "A | B", "Line\nbreak [x](http://evil)"), true);

    assertThat(md)
        .doesNotContain("<script>")
        .contains("[&lt;script&gt;alert(1)&lt;/script&gt;, round =round](script-alert-1-script.md)")
        .contains("[A \\| B, round =round](a-b.md)")
        .contains("[Line break \\[x\\](http://evil), round =round](line-break-x-http-evil.md)");
    // Every table row keeps its columns: 6 cells (organisation, respondents, overall, 2 domains,
    // top need).
    md.lines()
        .filter(line -> line.startsWith("| ["))
        .forEach(
            line ->
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .as(line)
                    .isEqualTo(8));
  }
}
