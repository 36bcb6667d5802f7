package org.ccgdiag.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.json.JsonReport;
import org.ccgdiag.report.markdown.MarkdownReport;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.NotScored;
import org.ccgdiag.scoring.Status;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Brief section 4: every answer set read and not scored is accounted for in the report, by count
 * and reason, never by name; and what the summary says of the group counts each organisation once,
 * at its latest round, leaving thin evidence out of the means.
 */
class AnswerSetsAccountedTest {
  private final Questionnaire mini = MiniFiles.questionnaire();

  @TempDir Path dir;

  private int files;

  /**
   * An answers file of the mini questionnaire with every question answered by {@code key} (or dk).
   */
  private Path file(
      String organisation,
      String round,
      String respondent,
      String perspective,
      String updated,
      String key)
      throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "format: ccg-diag/answers@1\nquestionnaire: {id: mini, version: 1.0.0}\n");
    yaml.append("organisation: \"").append(organisation).append("\"\n");
    if (round != null) {
      yaml.append("round: \"").append(round).append("\"\n");
    }
    yaml.append("respondent: {")
        .append(respondent == null ? "" : "name: \"" + respondent + "\", ")
        .append("perspective: ")
        .append(perspective)
        .append("}\n");
    if (updated != null) {
      yaml.append("updated: ").append(updated).append('\n');
    }
    yaml.append("answers:\n");
    mini.questions()
        .forEach(
            q ->
                yaml.append("  ")
                    .append(q.id())
                    .append(": {answer: \"")
                    .append(key)
                    .append("\"}\n"));
    Path path = dir.resolve("f" + (files++) + ".yaml");
    Files.writeString(path, yaml, StandardCharsets.UTF_8);
    return path;
  }

  private record Scored(Batch batch, List<Findings> reports, ClusterSummary summary) {}

  private Scored score(List<Path> paths) throws IOException {
    BatchScorer scorer =
        new BatchScorer(mini, 2, p -> p.getFileName().toString(), BatchProgress.NONE);
    Batch batch = scorer.read(paths);
    List<Findings> reports = new ArrayList<>();
    ClusterSummary summary =
        scorer.score(
            batch,
            (organisation, report, progress) -> {
              synchronized (reports) {
                reports.add(report);
              }
            });
    return new Scored(batch, reports, summary);
  }

  private static int scored(Findings report) {
    return report.respondents()
        + report.perspectives().stream().mapToInt(Findings.PerspectiveResult::respondents).sum();
  }

  private static int accounted(Findings report) {
    return report.notScored().stream().mapToInt(NotScored::answerSets).sum();
  }

  @Test
  void aRepeatedPersonAnIdenticalFileAndASmallStakeholderGroupAreEachCounted() throws IOException {
    Path twice = file("NHS Lakeside CCG", null, "Ann", "self", "2012-01-02T10:00:00Z", "4");
    Scored scored =
        score(
            List.of(
                file(
                    "NHS Lakeside CCG",
                    null,
                    "Ann",
                    "self",
                    "2012-01-01T10:00:00Z",
                    "2"), // replaced by the next
                file(
                    "NHS Lakeside CCG",
                    null,
                    "Ann",
                    "self",
                    "2012-01-03T10:00:00Z",
                    "5"), // replaced by the next
                twice,
                twice, // the same file twice: counted once
                file(
                    "NHS Lakeside CCG",
                    null,
                    "ann ",
                    "self",
                    "2012-01-04T10:00:00Z",
                    "3"), // Ann's latest
                file("NHS Lakeside CCG", null, null, "self", null, "3"), // anonymous: never merged
                file("NHS Lakeside CCG", null, null, "self", null, "4"),
                file(
                    "NHS Lakeside CCG",
                    null,
                    "Bo",
                    "member-practice",
                    null,
                    "4"))); // a group of one: held back

    Findings report = scored.reports().get(0);
    // 8 sets read: Ann's latest and two anonymous sets scored; 3 earlier sets of Ann replaced
    // (the file given twice is one of them once it is counted once); one duplicate; one held back.
    assertThat(report.respondents()).isEqualTo(3);
    assertThat(report.notScored())
        .extracting(NotScored::reason, NotScored::answerSets)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NotScored.Reason.REPLACED, 3),
            org.assertj.core.groups.Tuple.tuple(NotScored.Reason.DUPLICATE, 1),
            org.assertj.core.groups.Tuple.tuple(NotScored.Reason.HELD_BACK, 1));
    assertThat(scored(report) + accounted(report)).isEqualTo(8);
    assertThat(report.warnings())
        .contains(
            "3 earlier answer sets of the same person were replaced by later ones",
            "1 answer set repeated another file's answers exactly and was counted once",
            "1 answer set from member-practice is held back: a group needs 3 people to be shown");
    String md = MarkdownReport.render(report);
    String json = JsonReport.render(report);
    for (String output : List.of(md, json)) {
      assertThat(output)
          .contains("3 earlier answer sets of the same person were replaced by later ones")
          .contains("held back: a group needs 3 people")
          .doesNotContain("Bo")
          .doesNotContain("f0.yaml");
    }
    assertThat(json).contains("\"reason\": \"held-back\"");
  }

  /**
   * For any batch, the answer sets read = those scored + those accounted for, organisation by
   * organisation.
   */
  @RepeatedTest(25)
  void everyAnswerSetReadIsScoredOrAccountedFor() throws IOException {
    Random random = new Random(files + System.nanoTime());
    List<Path> paths = new ArrayList<>();
    String[] organisations = {"Alpha CCG", "Beta CCG", " alpha ccg"};
    String[] names = {"Ann", "Bo", "Cy", null};
    String[] perspectives = {"self", "self", "self", "member-practice", "hwb", "lay"};
    String[] keys = {"1", "3", "5", "dk"};
    int count = 1 + random.nextInt(30);
    for (int i = 0; i < count; i++) {
      Path path =
          file(
              organisations[random.nextInt(organisations.length)],
              random.nextBoolean() ? null : "2012-0" + (1 + random.nextInt(3)),
              names[random.nextInt(names.length)],
              perspectives[random.nextInt(perspectives.length)],
              random.nextBoolean() ? null : "2012-01-0" + (1 + random.nextInt(9)) + "T10:00:00Z",
              keys[random.nextInt(keys.length)]);
      paths.add(path);
      if (random.nextInt(5) == 0) {
        paths.add(path); // the same file given twice
      }
    }
    Scored scored = score(paths);
    int read = scored.batch().answerSets();
    int accountedFor = scored.reports().stream().mapToInt(r -> scored(r) + accounted(r)).sum();
    assertThat(accountedFor).as("sets read %d", read).isEqualTo(read);
  }

  @Test
  void theGroupCountsEachOrganisationOnceAtItsLatestRoundAndLeavesThinEvidenceOut()
      throws IOException {
    // Lakeside in two rounds (25 then 100 on every question), Hillside once (50), and Dale with
    // "don't know" everywhere: no evidence. lead.1 is on a 1-5 scale: 2 -> 25, 3 -> 50, 5 -> 100.
    Scored scored =
        score(
            List.of(
                file("NHS Lakeside CCG", "2012-01", "Ann", "self", null, "2"),
                file("NHS Lakeside CCG", "2012-07", "Ann", "self", null, "5"),
                file("NHS Hillside CCG", null, "Cy", "self", null, "3"),
                file("NHS Dale CCG", null, "Di", "self", null, "dk")));
    ClusterSummary summary = scored.summary();

    assertThat(summary.organisations()).hasSize(4); // every round stays a row of summary.csv/json
    assertThat(summary.latest())
        .extracting(
            ClusterSummary.OrganisationRow::organisation, ClusterSummary.OrganisationRow::round)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NHS Dale CCG", null),
            org.assertj.core.groups.Tuple.tuple("NHS Hillside CCG", null),
            org.assertj.core.groups.Tuple.tuple("NHS Lakeside CCG", "2012-07"));
    // Each domain's mean is over Lakeside's latest (100) and Hillside (50): 75.0; Dale has too
    // little evidence: counted as such, not in the mean; Lakeside's January 25 counts nowhere.
    for (ClusterSummary.ItemSummary domain : summary.domains()) {
      assertThat(domain.meanScore()).isEqualByComparingTo(new BigDecimal("75.0"));
      assertThat(domain.scored()).isEqualTo(2);
      assertThat(domain.unknown()).isEqualTo(1);
      // Hillside is 20 below the target of 70 (high); Lakeside's January (45 below) is not counted.
      assertThat(domain.high()).isEqualTo(1);
      assertThat(domain.belowTarget()).isEqualTo(1);
    }
    ClusterSummary.OrganisationRow dale = summary.latest().get(0);
    assertThat(dale.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    String md = org.ccgdiag.report.markdown.ClusterSummaryMarkdown.render(summary, false);
    assertThat(md)
        .startsWith(
            "# Group summary: Mini cluster diagnostic\n\n3 organisations (4 rounds in all) scored from 4 answer files.")
        .contains("| NHS Dale CCG | 1 | too few answers (0%) |")
        .contains("| NHS Lakeside CCG, round 2012-07 | 1 | 100.0 |")
        .doesNotContain("| NHS Lakeside CCG, round 2012-01");
  }
}
