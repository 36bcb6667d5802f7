package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;

/**
 * Headers that name statements by their number, as the session numbers them and the blank sheets
 * write them.
 */
class StatementHeadersTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();

  private static List<String> problems(String text, List<Answers> into) {
    Problems problems = new Problems("survey.csv");
    into.addAll(SpreadsheetReader.read(text, SMALL, problems));
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void aStatementIsNamedByItsNumberAloneWithItsTextOrWithItsIdAndText() {
    List<Answers> sets = new java.util.ArrayList<>();
    List<String> lines =
        problems(
            "organisation,1,2. We rarely hear from our member practices.,3 (leadership.1) Our leaders work in partnership.,"
                + "1 note,3 (leadership.1) Our leaders work in partnership. note\n"
                + "A,2,1,dk,first note,third note\n",
            sets);

    assertThat(lines).isEmpty();
    assertThat(sets.get(0).answers())
        .containsExactly(
            Map.entry("clinical-focus.1", new Answer("2", "first note")),
            Map.entry("clinical-focus.2", new Answer("1", null)),
            Map.entry("leadership.1", new Answer("dk", "third note")));
  }

  @Test
  void theBlankSheetsHeadersReadBack() {
    List<String> header = SpreadsheetTemplate.header(SMALL, true);
    assertThat(header.subList(6, 8))
        .containsExactly(
            "1. Clinicians lead our commissioning decisions.", "clinical-focus.1 note");
    List<Answers> sets = new java.util.ArrayList<>();
    String row = "A" + ",".repeat(header.size() - 1);
    assertThat(problems(String.join(",", header) + "\n" + row + "\n", sets)).isEmpty();
    assertThat(sets).hasSize(1);
  }

  @Test
  void aNumberThatDisagreesWithItsTextOrIsOutOfRangeIsAnErrorAndWithAnIdAWarning() {
    List<String> lines =
        problems(
            "organisation,2. Our leaders work in partnership.,4,1. Clinicians lead our comissioning decisions.,"
                + "2 (leadership.1) Whatever,1 (leadership.7) x\n"
                + "A,,,,1,\n",
            new java.util.ArrayList<>());

    assertThat(lines)
        .containsExactly(
            "survey.csv:1:2: '2. Our leaders work in partnership.': the number and the text disagree: question 2"
                + " (clinical-focus.2) reads 'We rarely hear from our member practices.'; its text is that of question 3"
                + " (leadership.1); correct the number or the text (or head the column by the id)",
            "survey.csv:1:3: '4': there is no question 4; questionnaire 'small-test' 1.0.0 numbers them 1 to 3",
            "survey.csv:1:4: '1. Clinicians lead our comissioning decisions.': the number and the text disagree: question 1"
                + " (clinical-focus.1) reads 'Clinicians lead our commissioning decisions.'; correct the number or the"
                + " text (or head the column by the id)",
            "survey.csv:1:5: warning: '2 (leadership.1) Whatever' is numbered 2 but is question 3 (leadership.1) in"
                + " version 1.0.0; it is read by its id",
            "survey.csv:1:6: '1 (leadership.7) x' names question 'leadership.7', which questionnaire 'small-test' 1.0.0"
                + " does not have");
  }

  @Test
  void aTextThatStartsWithANumberIsStillReadAsText() {
    Questionnaire numbered =
        SmallQuestionnaire.read(
                SmallQuestionnaire.edited(
                    "text: Our leaders work in partnership.",
                    "text: 2 or more leaders work in partnership."))
            .valid();
    Problems problems = new Problems("survey.csv");
    List<Answers> sets =
        SpreadsheetReader.read(
            "organisation,2 or more leaders work in partnership.\nA,1\n", numbered, problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(sets.get(0).answers()).containsOnlyKeys("leadership.1");
  }

  @Test
  void aTextTwoStatementsShareNamesBothByNumberAndId() {
    Questionnaire shared =
        SmallQuestionnaire.read(
                SmallQuestionnaire.edited(
                    "text: Our leaders work in partnership.",
                    "text: We rarely hear from our member practices."))
            .valid();
    Problems problems = new Problems("survey.csv");
    SpreadsheetReader.read(
        "organisation,We rarely hear from our member practices.\nA,1\n", shared, problems);
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "survey.csv:1:2: 'We rarely hear from our member practices.' is the text of question 2"
                + " (clinical-focus.2) and question 3 (leadership.1): name the column by the number or the id instead");

    // By number, each reads back: the text agrees with both.
    Problems numbered = new Problems("survey.csv");
    List<Answers> sets =
        SpreadsheetReader.read(
            "organisation,2. We rarely hear from our member practices.,3. We rarely hear from our member practices.\nA,1,2\n",
            shared,
            numbered);
    assertThat(numbered.sorted()).isEmpty();
    assertThat(sets.get(0).answers()).containsOnlyKeys("clinical-focus.2", "leadership.1");
  }
}
