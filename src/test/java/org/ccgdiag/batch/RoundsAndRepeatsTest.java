package org.ccgdiag.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.scoring.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Brief section 4, "Grouping": answer files are grouped by organisation and round, and within a
 * group a respondent who appears twice, or a file given twice, counts once, with a warning naming
 * the files. The mini questionnaire's lead.1 is on a five-point scale (key "5" scores 100, "1"
 * scores 0), so a group's lead.1 score shows which of two sets was counted.
 */
class RoundsAndRepeatsTest {
  private final Questionnaire mini = MiniFiles.questionnaire();

  @TempDir Path dir;

  private record Scored(Batch batch, Map<String, Findings> reports) {
    Findings only() {
      assertThat(reports).hasSize(1);
      return reports.values().iterator().next();
    }

    List<String> warnings() {
      return batch.problems().stream().filter(p -> !p.isError()).map(Problem::toString).toList();
    }
  }

  /**
   * An answers file: organisation, round (or null), respondent name (or null), perspective, updated
   * (or null), lead.1's key.
   */
  private Path file(
      String name,
      String organisation,
      String round,
      String respondent,
      String perspective,
      String updated,
      String lead1)
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
    yaml.append("answers:\n  lead.1: {answer: \"").append(lead1).append("\"}\n");
    Path path = dir.resolve(name);
    Files.writeString(path, yaml, StandardCharsets.UTF_8);
    return path;
  }

  private Scored score(Path... files) throws IOException {
    BatchScorer scorer =
        new BatchScorer(mini, 2, p -> p.getFileName().toString(), BatchProgress.NONE);
    Batch batch = scorer.read(List.of(files));
    Map<String, Findings> reports = new TreeMap<>();
    scorer.score(
        batch,
        (organisation, report, progress) -> {
          synchronized (reports) {
            reports.put(organisation.slug(), report);
          }
        });
    return new Scored(batch, reports);
  }

  private static BigFraction lead1(Findings report) {
    return report.questions().get(0).score();
  }

  @Test
  void roundsOfOneOrganisationAreReportedApartAndSortInOrder() throws IOException {
    Scored scored =
        score(
            file("a.yaml", "NHS Lakeside CCG", "2012-07", "Ann", "self", null, "5"),
            file("b.yaml", "nhs lakeside ccg ", "2012-01", "Ann", "self", null, "1"),
            file("c.yaml", "NHS Lakeside CCG", null, "Bob", "self", null, "3"),
            file("d.yaml", "NHS Lakeside CCG", " 2012-07", "Cy", "self", null, "1"));

    assertThat(scored.reports().keySet())
        .containsExactly(
            "nhs-lakeside-ccg", "nhs-lakeside-ccg--2012-01", "nhs-lakeside-ccg--2012-07");
    assertThat(scored.batch().organisations())
        .extracting(Organisation::slug)
        .containsExactly(
            "nhs-lakeside-ccg", "nhs-lakeside-ccg--2012-01", "nhs-lakeside-ccg--2012-07");
    Findings july = scored.reports().get("nhs-lakeside-ccg--2012-07");
    // Ann 100 and Cy 0 in July; Ann's January 0 is another round and not merged with it.
    assertThat(july.respondents()).isEqualTo(2);
    assertThat(lead1(july)).isEqualTo(BigFraction.of(50));
    assertThat(july.round()).isEqualTo("2012-07");
    assertThat(scored.warnings()).isEmpty();
  }

  @Test
  void aRespondentTwiceCountsOnceTheLatestUpdateWinsWhateverTheCaseAndSpaces() throws IOException {
    Scored scored =
        score(
            file("a.yaml", "NHS X CCG", null, "Dr  A Smith", "self", "2012-03-02T10:00:00Z", "1"),
            file("b.yaml", "NHS X CCG", null, "dr a smith ", "self", "2012-03-01T10:00:00Z", "5"));

    Findings report = scored.only();
    assertThat(report.respondents()).isEqualTo(1);
    assertThat(lead1(report)).as("a.yaml, updated later, counts").isEqualTo(BigFraction.ZERO);
    assertThat(scored.warnings())
        .containsExactly(
            "b.yaml: warning: another answer set of dr a smith (self), a.yaml, was updated later and is counted"
                + " instead of this one");
    // The console names the files; the report counts the set left out without naming anyone.
    assertThat(report.warnings())
        .containsExactly("1 earlier answer set of the same person was replaced by a later one");
  }

  @Test
  void theSameNameInAnotherPerspectiveIsAnotherRespondent() throws IOException {
    Scored scored =
        score(
            file("a.yaml", "NHS X CCG", null, "Pat", "self", null, "1"),
            file("b.yaml", "NHS X CCG", null, "Pat", "member-practice", null, "5"));

    assertThat(scored.only().respondents()).isEqualTo(1);
    assertThat(scored.only().perspectives())
        .isEmpty(); // one practice: pooled, under three, not shown
    assertThat(scored.warnings()).isEmpty();
  }

  @Test
  void withoutAnUpdateTimeASetIsOlderAndOnATieTheAnswersDecideNotTheFileOrder() throws IOException {
    Scored noTime =
        score(
            file("a.yaml", "NHS X CCG", null, "Ann", "self", "2012-03-01T10:00:00Z", "1"),
            file("b.yaml", "NHS X CCG", null, "Ann", "self", null, "5"));
    assertThat(lead1(noTime.only()))
        .as("a.yaml has an update time, b.yaml none")
        .isEqualTo(BigFraction.ZERO);

    Scored tie =
        score(
            file("c.yaml", "NHS X CCG", null, "Ann", "self", "2012-03-01T10:00:00Z", "1"),
            file("d.yaml", "NHS X CCG", null, "Ann", "self", "2012-03-01T10:00:00Z", "5"));
    // The same time: the answers decide (d.yaml's "5" sorts after c.yaml's "1"), whatever the file
    // order.
    assertThat(lead1(tie.only())).isEqualTo(BigFraction.of(100));
    assertThat(tie.warnings())
        .containsExactly(
            "c.yaml: warning: another answer set of Ann (self), d.yaml, was updated as late and is counted instead of"
                + " this one");

    Scored neither =
        score(
            file("e.yaml", "NHS X CCG", null, "Ann", "self", null, "5"),
            file("f.yaml", "NHS X CCG", null, "Ann", "self", null, "1"));
    assertThat(lead1(neither.only()))
        .as("e.yaml's answers sort last, though it comes first")
        .isEqualTo(BigFraction.of(100));
    assertThat(neither.warnings())
        .containsExactly(
            "f.yaml: warning: another answer set of Ann (self), e.yaml, was updated as late and is counted instead of"
                + " this one");
  }

  @Test
  void setsWithoutANameAreNeverMergedButTheSameFileTwiceCountsOnce() throws IOException {
    Path a = file("a.yaml", "NHS X CCG", null, null, "self", null, "5");
    Path b = file("b.yaml", "NHS X CCG", null, null, "self", null, "1");
    Path copy = dir.resolve("copy-of-a.yaml");
    Files.copy(a, copy);

    Scored scored = score(a, b, copy);

    assertThat(scored.only().respondents()).isEqualTo(2);
    assertThat(lead1(scored.only())).isEqualTo(BigFraction.of(50));
    assertThat(scored.warnings())
        .containsExactly("copy-of-a.yaml: warning: the same answers as a.yaml; counted once");
  }

  @Test
  void theChoiceDoesNotDependOnTheNumberOfThreadsOrTheOrderFilesFinish() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(
          file(
              "f" + (100 + i) + ".yaml",
              "NHS X CCG",
              i % 2 == 0 ? "2012-01" : "2012-07",
              "Member " + (i % 7),
              "self",
              "2012-0" + (1 + i % 9) + "-01T00:00:00Z",
              String.valueOf(1 + i % 5)));
    }
    BatchScorer one = new BatchScorer(mini, 1, p -> p.getFileName().toString(), BatchProgress.NONE);
    BatchScorer two = new BatchScorer(mini, 2, p -> p.getFileName().toString(), BatchProgress.NONE);
    Batch first = one.read(files);
    Batch second = two.read(files);
    assertThat(second.problems()).isEqualTo(first.problems());
    for (int i = 0; i < first.organisations().size(); i++) {
      assertThat(lead1(org.ccgdiag.scoring.Scorer.score(second.organisations().get(i).tally())))
          .isEqualTo(lead1(org.ccgdiag.scoring.Scorer.score(first.organisations().get(i).tally())));
    }
  }
}
