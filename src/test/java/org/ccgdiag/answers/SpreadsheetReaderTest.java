package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spreadsheets of answers (brief section 3b), read against the small test questionnaire. */
class SpreadsheetReaderTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();
  private static final String FILE = "survey.csv";

  /** What reading a spreadsheet gave: the answer sets and every problem as printed. */
  private record Read(List<Answers> sets, List<String> lines) {}

  private static Read read(Questionnaire questionnaire, String text) {
    Problems problems = new Problems(FILE);
    List<Answers> sets = SpreadsheetReader.read(text, questionnaire, problems);
    return new Read(sets, problems.sorted().stream().map(Problem::toString).toList());
  }

  private static Read read(String text) {
    return read(SMALL, text);
  }

  /**
   * What a web survey exports: a byte-order mark, CRLF line ends, headers in any case with spaces
   * around, the statements by their full text (one with a non-breaking space and Excel's curly
   * apostrophe), labels in any case, quoted cells holding commas, quotes and line breaks, a note
   * column, a blank row and a trailing empty column.
   */
  @Test
  void aSurveyExportWithEveryQuirkGivesOneAnswerSetPerRow() {
    String text =
        "\uFEFF Organisation ,RESPONDENT,Role,perspective,Round,Date,"
            + "Clinicians lead our commissioning decisions.,clinical-focus.1 Note,"
            + "\"We rarely hear from our member\u00a0practices.\",LEADERSHIP.1,\r\n"
            + "NHS Example CCG,\"Smith, Dr A\",Clinical lead,,2012-01,14/03/2012 11:05,"
            + "agree,\"Minutes say \"\"yes\"\",\r\nsee p. 4\",  DON\u2019T KNOW ,1,\r\n"
            + ",,,,,,,,,,\r\n"
            + "NHS Example CCG,Practice 7,,Member-Practice,2012-01,2012-03-15,2,,na,,\r\n";
    Read read = read(text);

    assertThat(read.lines()).isEmpty();
    assertThat(read.sets()).hasSize(2);
    Answers first = read.sets().get(0);
    assertThat(first.organisation()).isEqualTo("NHS Example CCG");
    assertThat(first.respondent())
        .isEqualTo(new Respondent("Smith, Dr A", "Clinical lead", "self"));
    assertThat(first.round()).isEqualTo("2012-01");
    assertThat(first.started())
        .isEqualTo(Instant.parse("2012-03-14T11:05:00Z"))
        .isEqualTo(first.updated());
    assertThat(first.questionnaire()).isEqualTo(new QuestionnaireRef("small-test", "1.0.0"));
    assertThat(first.answers())
        .containsExactly(
            Map.entry("clinical-focus.1", new Answer("2", "Minutes say \"yes\",\r\nsee p. 4")),
            Map.entry("clinical-focus.2", new Answer("dk", null)),
            Map.entry("leadership.1", new Answer("1", null)));
    assertThat(first.complete()).isTrue();
    Answers second = read.sets().get(1);
    assertThat(second.respondent().perspective()).isEqualTo("member-practice");
    assertThat(second.started()).isEqualTo(Instant.parse("2012-03-15T00:00:00Z"));
    assertThat(second.answers()).containsOnlyKeys("clinical-focus.1", "clinical-focus.2");
    assertThat(second.complete()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2012-03-14T11:05:00Z | 2012-03-14T11:05:00Z",
        "2012-03-14T11:05:00+01:00 | 2012-03-14T10:05:00Z",
        "2012-03-14 11:05 | 2012-03-14T11:05:00Z",
        "2012-03-14T11:05:30 | 2012-03-14T11:05:30Z",
        "2012-03-14 | 2012-03-14T00:00:00Z",
        "14/03/2012 | 2012-03-14T00:00:00Z",
        "4/3/2012 9:05 | 2012-03-04T09:05:00Z",
        "14/03/2012 11:05:07 | 2012-03-14T11:05:07Z"
      })
  void datesAreReadInTheFormsSurveyToolsAndExcelWrite(String cell, String expected) {
    Read read = read("organisation,date\nA,\"" + cell + "\"\n");
    assertThat(read.lines()).isEmpty();
    assertThat(read.sets().get(0).started()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void everyBadCellIsNamedByRowAndColumnAndNoRowIsKept() {
    String text =
        "organisation,respondent,perspective,date,consensus,clinical-focus.1,leadership.1\n"
            + "A,x,Member practice,yesterday,0,Agre,7\n"
            + ",y,,31/02/2012,3,2,\n"
            + "B,z,,,,1,2,extra\n";
    Read read = read(text);

    assertThat(read.sets()).isEmpty();
    assertThat(read.lines())
        .containsExactly(
            "survey.csv:2:3: perspective 'member practice' is not valid: use 'self' or a stakeholder group id such as"
                + " member-practice (lower-case letters, digits and hyphens)",
            "survey.csv:2:4: 'date' must be a date such as 2012-03-14, 14/03/2012, 14/03/2012 11:05, 2012-03-14 11:05:00"
                + " or 2012-03-14T11:05:00Z, not 'yesterday'",
            "survey.csv:2:5: 'consensus' is the number of people who agreed these answers together: a whole number from 1"
                + " to 1000",
            "survey.csv:2:6: 'Agre' is not an answer to question 1 (clinical-focus.1): its answers are 1 (Disagree),"
                + " 2 (Agree), dk (Don't know), na (Not applicable); did you mean 'Agree'?",
            "survey.csv:2:7: '7' is not an answer to question 3 (leadership.1): its answers are 1 (Disagree), 2 (Agree),"
                + " dk (Don't know), na (Not applicable)",
            "survey.csv:3:1: this row has no organisation: its 'organisation' cell is empty",
            "survey.csv:3:4: 'date' must be a date such as 2012-03-14, 14/03/2012, 14/03/2012 11:05, 2012-03-14 11:05:00"
                + " or 2012-03-14T11:05:00Z, not '31/02/2012'",
            "survey.csv:4:8: this row has more cells than the header has columns (7); give the column a header or empty"
                + " the cell");
  }

  @Test
  void everyBadHeaderIsNamedByItsColumnWithTheNearestName() {
    String text =
        "organisaton,Clinicians lead our comissioning decisions.,clinical-focus.2,We rarely hear from our member practices.,"
            + "leadership.1 note,Leadership.1 Note,Timestamp,,leadership.9\n"
            + "A,1,1,1,,,,,\n";
    Read read = read(text);

    assertThat(read.sets()).isEmpty();
    assertThat(read.lines())
        .containsExactly(
            "survey.csv:1:1: unknown column 'organisaton': questionnaire 'small-test' 1.0.0 has no such question;"
                + " did you mean 'organisation'?",
            "survey.csv:1:1: the header row has no 'organisation' column; add one giving each row's organisation",
            "survey.csv:1:2: unknown column 'Clinicians lead our comissioning decisions.': questionnaire 'small-test'"
                + " 1.0.0 has no such question; did you mean 'Clinicians lead our commissioning decisions.'?",
            "survey.csv:1:4: two columns for question 2 (clinical-focus.2): column 3 and column 4; keep one",
            "survey.csv:1:6: two columns for the note on question 3 (leadership.1): column 5 and column 6; keep one",
            "survey.csv:1:7: unknown column 'Timestamp': questionnaire 'small-test' 1.0.0 has no such question; the"
                + " columns are organisation, respondent, role, perspective, round, date, consensus, one per question"
                + " (its number, id or full text) and '<id> note'",
            "survey.csv:1:9: unknown column 'leadership.9': questionnaire 'small-test' 1.0.0 has no such question;"
                + " did you mean 'leadership.1'?");
  }

  @Test
  void aRetiredQuestionsColumnIsIgnoredWithAWarning() {
    Questionnaire withRetired =
        SmallQuestionnaire.read(SmallQuestionnaire.text() + "retired: [leadership.0]\n").valid();
    Read read =
        read(
            withRetired,
            "organisation,leadership.0,leadership.0 note,leadership.1\nA,5,old note,2\n");

    assertThat(read.lines())
        .containsExactly(
            "survey.csv:1:2: warning: 'leadership.0' is not asked in version 1.0.0 of 'small-test' (it was retired);"
                + " this column is ignored",
            "survey.csv:1:3: warning: 'leadership.0 note' is not asked in version 1.0.0 of 'small-test' (it was"
                + " retired); this column is ignored");
    assertThat(read.sets().get(0).answers()).containsOnlyKeys("leadership.1");
  }

  @Test
  void brokenQuotingIsNamedByRow() {
    assertThat(read("organisation,leadership.1\nA,\"2\nB,1\n").lines())
        .containsExactly(
            "survey.csv:2:1: a quoted cell is never closed: its opening quote (\") is in this row or a cell of it");
    assertThat(read("organisation,leadership.1\nA,1\nB,\"2\"x\n").lines())
        .containsExactly(
            "survey.csv:3:1: a quoted cell has text after its closing quote: quote the whole cell and double every"
                + " quote inside it");
  }

  @Test
  void aSheetWithoutRowsOrSavedWithSemicolonsIsExplained() {
    assertThat(read("").lines())
        .containsExactly(
            "survey.csv: the file is empty; a spreadsheet of answers has a header row, then one row per respondent");
    assertThat(read("organisation,leadership.1\r\n").lines())
        .containsExactly(
            "survey.csv: the spreadsheet has a header row but no answers (one row per respondent)");
    assertThat(read("organisation;leadership.1\nA;1\n").lines())
        .contains(
            "survey.csv:1:1: the header row has no 'organisation' column; add one giving each row's organisation (the"
                + " header is one cell: save the sheet as CSV with commas between cells)");
  }

  @Test
  void aCellUnderAColumnWithNoHeaderIsAnError() {
    assertThat(read("organisation,,leadership.1\nA,,1\nB,oops,2\n").lines())
        .containsExactly("survey.csv:3:2: column 2 has no header; name it or empty its cells");
  }
}
