package org.ccgdiag.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScorerTest {
  private final Questionnaire mini = MiniFiles.questionnaire();

  @TempDir Path temp;

  /** Reads and scores with {@code jobs} threads, keeping the reports by slug. */
  private record Scored(Batch batch, Map<String, Findings> reports, ClusterSummary summary) {}

  private Scored score(List<Path> files, int jobs) throws IOException {
    BatchScorer scorer =
        new BatchScorer(mini, jobs, path -> path.getFileName().toString(), BatchProgress.NONE);
    Batch batch = scorer.read(files);
    Map<String, Findings> reports = new ConcurrentHashMap<>();
    ClusterSummary summary =
        scorer.score(
            batch, (organisation, report, progress) -> reports.put(organisation.slug(), report));
    return new Scored(batch, new TreeMap<>(reports), summary);
  }

  @Test
  void groupsAnswerFilesByOrganisationIgnoringCaseAndSurroundingSpaces() throws IOException {
    Scored scored = score(MiniFiles.cluster(), 2);

    assertThat(scored.batch().organisations())
        .extracting(Organisation::name, Organisation::slug)
        .containsExactly(
            tuple("=SUM(1+1) CCG", "sum-1-1-ccg"),
            tuple("Gamma CCG", "gamma-ccg"),
            // Spelt as in the first file (a1.yaml), though a2.yaml says "  nhs ALPHA ccg ".
            tuple("NHS Alpha CCG", "nhs-alpha-ccg"));
    assertThat(scored.reports().get("nhs-alpha-ccg").respondents()).isEqualTo(2);
    assertThat(scored.batch().files()).isEqualTo(4);
    assertThat(scored.batch().failedFiles()).isZero();
  }

  @Test
  void scoresEachOrganisationAsWorkedOutByHand() throws IOException {
    ClusterSummary summary = score(MiniFiles.cluster(), 2).summary();

    // NHS Alpha: lead.1 (75+25)/2 = 50, lead.2 (100+75)/2 = 87.5, plan.1 (25+50)/2 = 37.5,
    // plan.2 50 (the other answer is don't know). lead 68.75, plan 43.75, overall 56.25;
    // gov (lead.1, plan.1) 43.75: gap 26.25 ties with plan, and gov comes first by id.
    assertThat(summary.organisations())
        .containsExactly(
            // Coverage: 3 scored of 4 - 1 not applicable; gov is lead.1 alone (plan.1 is not
            // applicable).
            new ClusterSummary.OrganisationRow(
                "=SUM(1+1) CCG",
                "sum-1-1-ccg",
                1,
                new BigDecimal("87.5"),
                List.of(new BigDecimal("100.0"), new BigDecimal("75.0")),
                null,
                null,
                null,
                new BigDecimal("1.000"),
                0,
                List.of(new BigDecimal("100.0")),
                null,
                Status.SCORED,
                List.of(Status.SCORED, Status.SCORED),
                List.of(new BigDecimal("1.000"), new BigDecimal("1.000")),
                List.of(Status.SCORED),
                true),
            // Four don't-knows: nothing scored.
            new ClusterSummary.OrganisationRow(
                "Gamma CCG",
                "gamma-ccg",
                1,
                null,
                Arrays.asList(null, null),
                "gov",
                "Governance (knowledge)",
                null,
                new BigDecimal("0.000"),
                4,
                Arrays.asList((BigDecimal) null),
                null,
                Status.INSUFFICIENT_EVIDENCE,
                List.of(Status.INSUFFICIENT_EVIDENCE, Status.INSUFFICIENT_EVIDENCE),
                List.of(new BigDecimal("0.000"), new BigDecimal("0.000")),
                List.of(Status.INSUFFICIENT_EVIDENCE),
                true),
            // Coverage: 7 scored of 2 x 4 (plan.2 is one don't know).
            new ClusterSummary.OrganisationRow(
                "NHS Alpha CCG",
                "nhs-alpha-ccg",
                2,
                new BigDecimal("56.3"),
                List.of(new BigDecimal("68.8"), new BigDecimal("43.8")),
                "gov",
                "Governance (knowledge)",
                null,
                new BigDecimal("0.875"),
                1,
                List.of(new BigDecimal("43.8")),
                null,
                Status.SCORED,
                List.of(Status.SCORED, Status.SCORED),
                List.of(new BigDecimal("1.000"), new BigDecimal("0.750")),
                List.of(Status.SCORED),
                true));
    // Cluster means of the printed scores: lead (100 + 68.8) / 2, plan (75 + 43.8) / 2, gov (100 +
    // 43.8) / 2.
    assertThat(summary.domains())
        .extracting(
            ClusterSummary.ItemSummary::id,
            ClusterSummary.ItemSummary::meanScore,
            ClusterSummary.ItemSummary::scored)
        .containsExactly(
            tuple("lead", new BigDecimal("84.4"), 2), tuple("plan", new BigDecimal("59.4"), 2));
    ClusterSummary.ItemSummary gov = summary.areas().get(0);
    assertThat(gov.meanScore()).isEqualByComparingTo("71.9");
    assertThat(List.of(gov.high(), gov.medium(), gov.low(), gov.unknown()))
        .containsExactly(1, 0, 0, 1);
    ClusterSummary.ItemSummary lead = summary.domains().get(0);
    assertThat(List.of(lead.high(), lead.medium(), lead.low(), lead.unknown()))
        .containsExactly(0, 0, 1, 1);
    // Don't know: plan.2 by Alpha and Gamma; each other question by Gamma only.
    assertThat(summary.mostOftenDontKnow(10))
        .extracting(
            q -> q.question().id(),
            ClusterSummary.QuestionSummary::dontKnow,
            ClusterSummary.QuestionSummary::organisations)
        .containsExactly(
            tuple("plan.2", 2, 2),
            tuple("lead.1", 1, 1),
            tuple("lead.2", 1, 1),
            tuple("plan.1", 1, 1));
    assertThat(summary.respondents()).isEqualTo(4);
  }

  @Test
  void aVersionWarningIsReportedAndGoesIntoItsOrganisationsReport() throws IOException {
    Scored scored = score(MiniFiles.cluster(), 2);

    assertThat(scored.batch().problems())
        .extracting(Problem::toString)
        .containsExactly(
            "a2.yaml:2:36: warning: these answers were given to version 0.9.0 of 'mini'; scored against version 1.0.0");
    assertThat(scored.reports().get("nhs-alpha-ccg").warnings())
        .containsExactly(
            "a2.yaml: these answers were given to version 0.9.0 of 'mini'; scored against version 1.0.0");
    assertThat(scored.reports().get("gamma-ccg").warnings()).isEmpty();
  }

  @Test
  void filesThatFailAreSkippedAndNamedAndTheRestAreScored() throws IOException {
    Path good =
        write(
            "good.yaml",
            MiniFiles.answers("NHS Good CCG", "1.0.0", "Dr G", List.of("5", "5", "5", "5"), null));
    Path malformed =
        write("malformed.yaml", "format: ccg-diag/answers@1\norganisation: [unclosed\n");
    Path otherQuestionnaire =
        write(
            "other.yaml",
            MiniFiles.answers("NHS Other CCG", "1.0.0", "Dr O", List.of("5", "5", "5", "5"), null)
                .replace("id: mini", "id: ccg-authorisation"));
    Path binary = temp.resolve("binary.yaml");
    Files.write(binary, new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, (byte) 0xff, 0x10, 0x00});
    Path missing = temp.resolve("vanished.yaml");

    Scored scored = score(List.of(binary, good, malformed, missing, otherQuestionnaire), 3);

    assertThat(scored.batch().failedFiles()).isEqualTo(4);
    assertThat(scored.batch().scoredFiles()).isEqualTo(1);
    assertThat(scored.reports()).containsOnlyKeys("nhs-good-ccg");
    // In file order, each naming its file, with a position where there is one.
    assertThat(scored.batch().problems())
        .extracting(Problem::toString)
        .satisfiesExactly(
            p -> assertThat(p).startsWith("binary.yaml: this is a ZIP archive (an Excel workbook"),
            p -> assertThat(p).startsWith("malformed.yaml:3:1: YAML syntax error"),
            p -> assertThat(p).isEqualTo("vanished.yaml: no such file"),
            p ->
                assertThat(p)
                    .startsWith(
                        "other.yaml:2:21: these answers are for questionnaire 'ccg-authorisation', not 'mini'"));
  }

  @Test
  void resultsDoNotDependOnTheNumberOfJobs() throws IOException {
    MiniFiles.writeMany(temp, 300, 17, 42);
    List<Path> files;
    try (var list = Files.list(temp)) {
      files = list.sorted().toList();
    }

    Scored one = score(files, 1);
    Scored four = score(files, 4);

    assertThat(four.batch().problems()).isEqualTo(one.batch().problems());
    assertThat(four.batch().organisations())
        .extracting(Organisation::name, Organisation::slug)
        .isEqualTo(
            one.batch().organisations().stream().map(o -> tuple(o.name(), o.slug())).toList());
    assertThat(four.reports()).isEqualTo(one.reports());
    assertThat(four.summary()).isEqualTo(one.summary());
    assertThat(one.reports()).hasSize(17);
    assertThat(one.reports().values()).anySatisfy(r -> assertThat(r.warnings()).isNotEmpty());
    assertThat(one.reports().values()).anySatisfy(r -> assertThat(r.notes()).hasSizeGreaterThan(2));
  }

  @Test
  void progressCountsEveryFileAndEveryOrganisation() throws IOException {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger steps = new AtomicInteger();
    BatchProgress progress =
        new BatchProgress() {
          @Override
          public void begin(Stage stage, int total) {
            events.add(stage + " " + total + " after " + steps.getAndSet(0));
          }

          @Override
          public void advance() {
            steps.incrementAndGet();
          }
        };
    BatchScorer scorer = new BatchScorer(mini, 2, Path::toString, progress);
    scorer.score(scorer.read(MiniFiles.cluster()), (organisation, report, since) -> {});

    assertThat(events).containsExactly("READING 4 after 0", "SCORING 3 after 4");
    assertThat(steps).hasValue(3);
  }

  @Test
  void aFailureWhileWritingStopsTheBatchAndIsRethrown() throws IOException {
    BatchScorer scorer = new BatchScorer(mini, 2, Path::toString, BatchProgress.NONE);
    Batch batch = scorer.read(MiniFiles.cluster());

    assertThatThrownBy(
            () ->
                scorer.score(
                    batch,
                    (organisation, report, progress) -> {
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void jobsMustBeAtLeastOne() {
    assertThatThrownBy(() -> new BatchScorer(mini, 0, Path::toString, BatchProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The scorer's tables start with the first read, not when a scorer is made (issue 23). */
  @Test
  void makingAScorerStartsNoThreadAndReadingStartsOne() throws IOException {
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    BatchScorer scorer = new BatchScorer(mini, 1, Path::toString, BatchProgress.NONE);
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> !before.contains(thread))
        .extracting(Thread::getName)
        .doesNotContain("ccg-diag-scorer");

    Batch batch = scorer.read(MiniFiles.cluster());
    List<String> scored = Collections.synchronizedList(new ArrayList<>());
    scorer.score(batch, (organisation, report, progress) -> scored.add(organisation.slug()));
    assertThat(scored).containsExactlyInAnyOrder("sum-1-1-ccg", "gamma-ccg", "nhs-alpha-ccg");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
  }
}
