package org.ccgdiag.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.QuestionnaireRef;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for every rule of brief section 4, on the questionnaire in scoring-test.yaml:
 * 3 domains (beta has target 80), 3 areas (partnership has target 60), a five-point scale scored
 * 0-4 with dk/na, a seven-point scale scored 1-7 with a reverse question, and weights 2 and 0.5.
 */
class ScorerTest {
  static final Questionnaire QUESTIONNAIRE = load("scoring-test.yaml");

  /*
   * Three leadership respondents. Normalised scores s = 100 * (x - lo) / (hi - lo):
   *            alpha.1(w2) alpha.2(w.5) alpha.3(rev, 1-7)   beta.1   beta.2   gamma.1
   *   R1       4 -> 75     2 -> 25      c=2 -> 16.67->83.33 dk       5 -> 100 na
   *   R2       5 -> 100    dk           h=7 -> 100 -> 0     na       1 -> 0   na
   *   R3       3 -> 50     4 -> 75      (unanswered)        3 -> 50  (none)   na
   * Question scores: alpha.1 = 225/3 = 75; alpha.2 = 100/2 = 50; alpha.3 = (250/3)/2 = 125/3;
   * beta.1 = 50; beta.2 = 50; gamma.1 none.
   */
  static List<Answers> workshop() {
    return List.of(
        self(
            "R1",
            Map.of(
                "alpha.1", "4", "alpha.2", "2", "alpha.3", "c", "beta.1", "dk", "beta.2", "5",
                "gamma.1", "na")),
        self(
            "R2",
            Map.of(
                "alpha.1", "5", "alpha.2", "dk", "alpha.3", "h", "beta.1", "na", "beta.2", "1",
                "gamma.1", "na")),
        self("R3", Map.of("alpha.1", "3", "alpha.2", "4", "beta.1", "3", "gamma.1", "na")));
  }

  @Test
  void questionScoresAreMeansOfNormalisedScoresWithReverseOnASevenPointScale() {
    Findings report = score(workshop());

    assertThat(question(report, "alpha.1").score()).isEqualTo(BigFraction.of(75));
    assertThat(question(report, "alpha.2").score()).isEqualTo(BigFraction.of(50));
    assertThat(question(report, "alpha.3").score()).isEqualTo(BigFraction.of(125, 3));
    assertThat(question(report, "alpha.3").min()).isEqualTo(BigFraction.ZERO);
    assertThat(question(report, "alpha.3").max()).isEqualTo(BigFraction.of(250, 3));
    assertThat(question(report, "gamma.1").score()).isNull();
    QuestionResult beta1 = question(report, "beta.1");
    assertThat(List.of(beta1.scored(), beta1.dontKnow(), beta1.notApplicable(), beta1.unanswered()))
        .containsExactly(1, 1, 1, 0);
    assertThat(question(report, "beta.2").unanswered()).isEqualTo(1);
  }

  @Test
  void domainScoresAreWeightedMeansWithCoverageLevelTargetAndGap() {
    Findings report = score(workshop());

    // alpha: (2*75 + 0.5*50 + 1*125/3) / 3.5 = (650/3) / (7/2) = 1300/21 = 61.904...
    ItemResult alpha = item(report.domains(), "alpha");
    assertThat(alpha.score()).isEqualTo(BigFraction.of(1300, 21));
    assertThat(Rounding.score(alpha.score())).isEqualByComparingTo("61.9");
    assertThat(alpha.coverage()).isEqualTo(BigFraction.of(7, 9)); // 7 scored of 3 x 3
    assertThat(alpha.status()).isEqualTo(Status.SCORED);
    assertThat(alpha.level().id()).isEqualTo("developing");
    assertThat(alpha.dontKnow()).isEqualTo(1);
    assertThat(alpha.gap()).isEqualTo(BigFraction.of(170, 21)); // 70 - 1300/21
    assertThat(Rounding.score(alpha.gap())).isEqualByComparingTo("8.1");

    // beta: (50 + 50) / 2 = 50; coverage 3 scored of (3 x 2 - 1 n/a) = 3/5; target 80, gap 30.
    ItemResult beta = item(report.domains(), "beta");
    assertThat(beta.score()).isEqualTo(BigFraction.of(50));
    assertThat(beta.coverage()).isEqualTo(BigFraction.of(3, 5));
    assertThat(beta.target()).isEqualTo(BigFraction.of(80));
    assertThat(beta.gap()).isEqualTo(BigFraction.of(30));

    // gamma: every answer not applicable: no score, no evidence, no level, no gap.
    ItemResult gamma = item(report.domains(), "gamma");
    assertThat(gamma.score()).isNull();
    assertThat(gamma.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(gamma.coverage()).isEqualTo(BigFraction.ZERO);
    assertThat(gamma.level()).isNull();
    assertThat(gamma.gap()).isNull();
  }

  @Test
  void areasAndDimensionsCountEachQuestionOnce() {
    Findings report = score(workshop());

    // finance: (2*75 + 0.5*50) / 2.5 = 70, coverage 5/6, at target: no gap.
    ItemResult finance = item(report.areas(), "finance");
    assertThat(finance.score()).isEqualTo(BigFraction.of(70));
    assertThat(finance.coverage()).isEqualTo(BigFraction.of(5, 6));
    assertThat(finance.level().id()).isEqualTo("ready");
    assertThat(finance.gap()).isEqualTo(BigFraction.ZERO);
    // negotiating: (0.5*50 + 1*50) / 1.5 = 50, coverage 3/(6-1), two don't-knows, gap 20.
    ItemResult negotiating = item(report.areas(), "negotiating");
    assertThat(negotiating.score()).isEqualTo(BigFraction.of(50));
    assertThat(negotiating.coverage()).isEqualTo(BigFraction.of(3, 5));
    assertThat(negotiating.dontKnow()).isEqualTo(2);
    // partnership: beta.2 only (gamma.1 has no score) = 50; coverage 2/(6-3); target 60, gap 10.
    ItemResult partnership = item(report.areas(), "partnership");
    assertThat(partnership.score()).isEqualTo(BigFraction.of(50));
    assertThat(partnership.coverage()).isEqualTo(BigFraction.of(2, 3));
    assertThat(Rounding.coverage(partnership.coverage())).isEqualByComparingTo("0.667");
    assertThat(partnership.gap()).isEqualTo(BigFraction.of(10));

    assertThat(report.dimensions())
        .extracting(d -> d.dimension().id(), Findings.DimensionResult::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("knowledge", BigFraction.of(70)),
            org.assertj.core.groups.Tuple.tuple("skills", BigFraction.of(50)),
            org.assertj.core.groups.Tuple.tuple("mindsets", BigFraction.of(50)));
  }

  @Test
  void overallIsTheUnweightedMeanOfTheDomainScoresThatExist() {
    Findings report = score(workshop());

    // (1300/21 + 50) / 2 = 2350/42 = 55.95...; coverage 10 scored of (3 x 6 - 4 n/a) = 5/7.
    assertThat(report.overall().score()).isEqualTo(BigFraction.of(2350, 42));
    assertThat(Rounding.score(report.overall().score())).isEqualByComparingTo("56.0");
    assertThat(report.overall().level().id()).isEqualTo("developing");
    assertThat(report.overall().coverage()).isEqualTo(BigFraction.of(5, 7));
    assertThat(report.respondents()).isEqualTo(3);
  }

  @Test
  void developmentNeedsAreRankedByGapThenInsufficientEvidence() {
    Findings report = score(workshop());

    assertThat(report.developmentNeeds())
        .extracting(
            n ->
                n.rank()
                    + " "
                    + n.item().kind().id()
                    + ":"
                    + n.item().id()
                    + " "
                    + n.priority().id())
        .containsExactly(
            "1 domain:beta high", // gap 30
            "2 area:negotiating high", // gap 20
            "3 area:partnership medium", // gap 10
            "4 domain:alpha low", // gap 8.1
            "5 domain:gamma unknown"); // no evidence
    assertThat(report.developmentNeeds().get(0).resources())
        .extracting(r -> r.id())
        .containsExactly("network");
  }

  @Test
  void divergenceListsQuestionsWithASpreadOfFiftyOrMore() {
    Findings report = score(workshop());

    assertThat(report.divergence())
        .extracting(Findings.Divergence::question, d -> Rounding.score(d.spread()).toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("beta.2", "100.0"),
            org.assertj.core.groups.Tuple.tuple("alpha.3", "83.3"),
            org.assertj.core.groups.Tuple.tuple("alpha.1", "50.0"), // tie on 50: by id
            org.assertj.core.groups.Tuple.tuple("alpha.2", "50.0"));
  }

  @Test
  void oneRespondentHasNoDivergence() {
    Findings report = score(List.of(workshop().get(0)));

    assertThat(report.respondents()).isEqualTo(1);
    assertThat(report.divergence()).isEmpty();
    // R1 alone: alpha = (2*75 + 0.5*25 + 250/3) / 3.5 = (1475/6) / (7/2) = 1475/21.
    assertThat(item(report.domains(), "alpha").score()).isEqualTo(BigFraction.of(1475, 21));
  }

  @Test
  void coverageExactlyAtTheThresholdIsScoredAndBelowItIsInsufficientButStillShowsTheScore() {
    // One respondent answers alpha.1 only of alpha's 3 questions: coverage 1/3 < 0.5.
    Findings below = score(List.of(self("R", Map.of("alpha.1", "4"))));
    ItemResult alphaBelow = item(below.domains(), "alpha");
    assertThat(alphaBelow.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(alphaBelow.score()).isEqualTo(BigFraction.of(75));
    assertThat(alphaBelow.level()).isNull();
    assertThat(alphaBelow.gap()).isNull();

    // beta.1 answered, beta.2 unanswered: coverage exactly 1/2 = min_coverage: scored.
    Findings at = score(List.of(self("R", Map.of("beta.1", "5"))));
    ItemResult betaAt = item(at.domains(), "beta");
    assertThat(betaAt.coverage()).isEqualTo(BigFraction.of(1, 2));
    assertThat(betaAt.status()).isEqualTo(Status.SCORED);
    assertThat(betaAt.level().id()).isEqualTo("beyond");
    assertThat(betaAt.gap()).isEqualTo(BigFraction.ZERO);
  }

  @Test
  void theOverallFollowsTheSameRuleForThinEvidenceAsADomain() {
    // alpha.1 alone of the 6 questions: coverage 1/6 < 0.5. The overall score is alpha's 75 (the
    // only domain with one), shown, but with no level: insufficient evidence.
    Findings thin = score(List.of(self("R", Map.of("alpha.1", "4"))));
    assertThat(thin.overall().coverage()).isEqualTo(BigFraction.of(1, 6));
    assertThat(thin.overall().score()).isEqualTo(BigFraction.of(75));
    assertThat(thin.overall().status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(thin.overall().level()).isNull();

    // alpha.1, alpha.2 and beta.1 answered 4 (75 each): coverage 3/6, exactly min_coverage: scored.
    Findings at = score(List.of(self("R", Map.of("alpha.1", "4", "alpha.2", "4", "beta.1", "4"))));
    assertThat(at.overall().coverage()).isEqualTo(BigFraction.of(1, 2));
    assertThat(at.overall().score()).isEqualTo(BigFraction.of(75));
    assertThat(at.overall().status()).isEqualTo(Status.SCORED);
    assertThat(at.overall().level()).isNotNull();
  }

  @Test
  void allNotApplicableGivesNoScoreAnywhere() {
    Map<String, String> all = new LinkedHashMap<>();
    QUESTIONNAIRE.questions().forEach(q -> all.put(q.id(), q.scale().equals("five") ? "na" : "x"));
    Findings report = score(List.of(self("R", all)));

    assertThat(report.domains()).allSatisfy(d -> assertThat(d.score()).isNull());
    assertThat(report.overall().score()).isNull();
    assertThat(report.overall().level()).isNull();
    assertThat(report.overall().status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    // alpha.3 has no n/a option, so its don't-know keeps it answerable: 0 scored of 1 answerable.
    assertThat(report.overall().coverage()).isEqualTo(BigFraction.ZERO);
    // Insufficient evidence everywhere: ordered by id (a domain before an area of the same id).
    assertThat(report.developmentNeeds())
        .extracting(n -> n.item().kind().id() + ":" + n.item().id())
        .containsExactly(
            "domain:alpha",
            "domain:beta",
            "area:finance",
            "domain:gamma",
            "area:negotiating",
            "area:partnership");
    assertThat(report.developmentNeeds())
        .allSatisfy(n -> assertThat(n.priority()).isEqualTo(Priority.UNKNOWN));
  }

  @Test
  void equalGapsAreBrokenByIdThenDomainsBeforeAreas() {
    // Everyone answers 3 (s = 50) everywhere; alpha.3 answered d (3 of 1-7: s = 100/3, reversed
    // 200/3).
    Map<String, String> answers = new LinkedHashMap<>();
    QUESTIONNAIRE
        .questions()
        .forEach(q -> answers.put(q.id(), q.scale().equals("five") ? "3" : "d"));
    Findings report = score(List.of(self("R", answers)));

    // Gaps: beta 30 (target 80); gamma, finance, negotiating 20; partnership 10; alpha
    // 70 - (2*50 + 0.5*50 + 200/3)/3.5 = 70 - 1150/21 = 320/21 = 15.2.
    assertThat(report.developmentNeeds())
        .extracting(n -> n.item().kind().id() + ":" + n.item().id())
        .containsExactly(
            "domain:beta",
            "area:finance",
            "domain:gamma",
            "area:negotiating",
            "domain:alpha",
            "area:partnership");
  }

  @Test
  void aDomainComesBeforeAnAreaWithTheSameIdAndGap() {
    Questionnaire shared = load("shared-id.yaml");
    Answers answers =
        new Answers(
            QuestionnaireRef.of(shared),
            "NHS Test CCG",
            new Respondent("R", null, Respondent.SELF),
            null,
            null,
            false,
            Map.of("f.1", new Answer("y", null), "f.2", new Answer("x", null)));

    Findings report = Scorer.score(Tally.of(shared, answers));

    // Both score (100 + 0) / 2 = 50: gap 20, high.
    assertThat(report.developmentNeeds())
        .extracting(
            n ->
                n.item().kind().id()
                    + ":"
                    + n.item().id()
                    + " "
                    + Rounding.score(n.item().gap())
                    + " "
                    + n.priority().id())
        .containsExactly("domain:finance 20.0 high", "area:finance 20.0 high");
  }

  @Test
  void onlyTheLeadershipIsScoredAndStakeholderGroupsUnderThreeArePooled() {
    List<Answers> files = new java.util.ArrayList<>(workshop());
    Map<String, String> low = new LinkedHashMap<>();
    QUESTIONNAIRE.questions().forEach(q -> low.put(q.id(), q.scale().equals("five") ? "1" : "h"));
    files.add(as("member-practice", low));
    files.add(as("member-practice", low));
    files.add(as("health-and-wellbeing-board", low));
    Findings report = score(files);

    assertThat(report.respondents()).isEqualTo(3);
    assertThat(item(report.domains(), "alpha").score()).isEqualTo(BigFraction.of(1300, 21));
    assertThat(report.perspectives())
        .extracting(Findings.PerspectiveResult::id, Findings.PerspectiveResult::respondents)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("other-stakeholders", 3));
    // Stakeholders score 0 everywhere: alpha (61.9) and beta (50) are blind spots.
    assertThat(report.blindSpots())
        .extracting(Findings.Difference::domain, Findings.Difference::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alpha", BigFraction.of(1300, 21)),
            org.assertj.core.groups.Tuple.tuple("beta", BigFraction.of(50)));
    assertThat(report.hiddenStrengths()).isEmpty();
    assertThat(report.notes()).isEmpty();
  }

  @Test
  void aGroupNamedOtherStakeholdersJoinsThePoolInsteadOfBeingShownTwice() {
    List<Answers> files = new java.util.ArrayList<>(workshop());
    for (int i = 0; i < 3; i++) {
      files.add(as("other-stakeholders", Map.of("alpha.1", "5")));
    }
    files.add(as("member-practice", Map.of("alpha.1", "1")));

    Findings report = score(files);

    assertThat(report.perspectives())
        .extracting(Findings.PerspectiveResult::id, Findings.PerspectiveResult::respondents)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("other-stakeholders", 4));
    // alpha: (3 x 100 + 0) / 4 = 75 from alpha.1, their only scored question.
    assertThat(report.perspectives().get(0).domains().get(0).score()).isEqualTo(BigFraction.of(75));
  }

  @Test
  void aLoneSmallStakeholderGroupIsNotShown() {
    List<Answers> files = new java.util.ArrayList<>(workshop());
    files.add(as("member-practice", Map.of("alpha.1", "5")));
    files.add(as("member-practice", Map.of("alpha.1", "5")));

    Findings report = score(files);

    assertThat(report.perspectives()).isEmpty();
    assertThat(report.blindSpots()).isEmpty();
    assertThat(report.hiddenStrengths()).isEmpty();
  }

  @Test
  void roundingIsHalfUpOnlyWhenPrinting() {
    assertThat(Rounding.score(BigFraction.of(249, 4))).isEqualByComparingTo("62.3"); // 62.25
    assertThat(Rounding.score(BigFraction.of(1, 3))).isEqualByComparingTo("0.3");
    assertThat(Rounding.coverage(BigFraction.of(1333, 2000)))
        .isEqualByComparingTo("0.667"); // 0.6665
    assertThat(Rounding.score(null)).isNull();
    assertThat(Rounding.score(BigFraction.of(70)).toPlainString()).isEqualTo("70.0");
  }

  @Test
  void addingRespondentsInAnyOrderGivesTheSameReport() {
    List<Answers> files = workshop();
    Tally forwards = new Tally(QUESTIONNAIRE);
    Tally backwards = new Tally(QUESTIONNAIRE);
    for (int i = 0; i < files.size(); i++) {
      forwards.add(files.get(i), i);
      backwards.add(files.get(files.size() - 1 - i), files.size() - 1 - i);
    }
    assertThat(Scorer.score(backwards)).isEqualTo(Scorer.score(forwards));
  }

  @Test
  void notesAreKeptInFileOrderWithTheRespondentsName() {
    Answers first =
        self("Dr A", Map.of("alpha.1", "4"))
            .with("alpha.1", new Answer("4", "Monthly meetings"), Instant.EPOCH);
    Answers second =
        self("Dr B", Map.of()).with("beta.2", new Answer(null, "Ask the board"), Instant.EPOCH);
    Tally tally = new Tally(QUESTIONNAIRE);
    tally.add(second, 1);
    tally.add(first, 0);

    assertThat(Scorer.score(tally).notes())
        .containsExactly(
            new Note("alpha.1", "Dr A", "Monthly meetings"),
            new Note("beta.2", "Dr B", "Ask the board"));
  }

  // ---- helpers ----

  @Test
  void aScorerScoresOnlyTalliesOfItsOwnQuestionnaire() {
    Questionnaire other = BundledQuestionnaires.load("ccg-authorisation").orElseThrow();
    assertThatThrownBy(() -> Scorer.of(other).report(new Tally(QUESTIONNAIRE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Scorer.of(QUESTIONNAIRE).report(new Tally(QUESTIONNAIRE)).respondents()).isZero();
  }

  static Findings score(List<Answers> files) {
    Tally tally = new Tally(QUESTIONNAIRE);
    for (int i = 0; i < files.size(); i++) {
      tally.add(files.get(i), i);
    }
    return Scorer.score(tally);
  }

  static Answers self(String name, Map<String, String> keys) {
    return answers(new Respondent(name, null, Respondent.SELF), keys);
  }

  /** A stakeholder's answers; each call is another person (identical files would count once). */
  static Answers as(String perspective, Map<String, String> keys) {
    return answers(new Respondent("Stakeholder " + (++stakeholders), null, perspective), keys);
  }

  private static int stakeholders;

  private static Answers answers(Respondent respondent, Map<String, String> keys) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    keys.forEach((id, key) -> answers.put(id, new Answer(key, null)));
    return new Answers(
        QuestionnaireRef.of(QUESTIONNAIRE),
        "NHS Test CCG",
        respondent,
        Instant.EPOCH,
        Instant.EPOCH,
        false,
        answers);
  }

  static QuestionResult question(Findings report, String id) {
    return report.questions().stream()
        .filter(q -> q.question().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static ItemResult item(List<ItemResult> items, String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  static Questionnaire load(String name) {
    try {
      Path path = Path.of(ScorerTest.class.getResource(name).toURI());
      Problems problems = new Problems(name);
      return QuestionnaireReader.read(path, problems)
          .orElseThrow(
              () -> new AssertionError("test questionnaire invalid: " + problems.sorted()));
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
