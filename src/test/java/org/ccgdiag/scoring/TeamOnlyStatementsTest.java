package org.ccgdiag.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.QuestionnaireRef;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.junit.jupiter.api.Test;

/**
 * Brief section 2: in a questionnaire that words some statements for stakeholders, the others are
 * asked only of the team, and stakeholders' answers to them (from a spreadsheet, say) are ignored,
 * counted in a warning. The workshop questionnaire words clinical.1 only.
 */
class TeamOnlyStatementsTest {
  private static final Questionnaire WORKSHOP = WorkshopQuestionnaire.load();

  private static Answers everything(String name, String perspective) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    WORKSHOP.questions().forEach(q -> answers.put(q.id(), new Answer("5", null)));
    Instant at = Instant.parse("2012-01-01T10:00:00Z");
    return new Answers(
        QuestionnaireRef.of(WORKSHOP),
        "NHS Example CCG",
        new Respondent(name, null, perspective),
        at,
        at,
        true,
        answers);
  }

  @Test
  void stakeholdersAnswersToStatementsAskedOnlyOfTheTeamAreIgnoredAndCounted() {
    Tally tally = new Tally(WORKSHOP);
    tally.add(everything("Ann", "self"), 0);
    for (int i = 0; i < 3; i++) {
      tally.add(everything("Practice " + i, "member-practice"), i + 1);
    }
    Findings report = Scorer.score(tally);

    // Three stakeholders, each with 4 answers to the 4 statements worded for the team only.
    assertThat(report.warnings())
        .contains(
            "12 answers from stakeholders to statements asked only of the leadership team were ignored: people outside the"
                + " CCG cannot see what they ask");
    // The stakeholders' view of clinical (clinical.1 alone, all 5 = 100) has a score; plans
    // (team-only) has none.
    Findings.PerspectiveResult practices = report.perspectives().get(0);
    assertThat(practices.respondents()).isEqualTo(3);
    assertThat(practices.domains())
        .extracting(Findings.DomainScore::score)
        .containsExactly(org.apache.commons.numbers.fraction.BigFraction.of(100), null);
    // The team's own answers all count.
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.respondents()).isEqualTo(1);
  }
}
