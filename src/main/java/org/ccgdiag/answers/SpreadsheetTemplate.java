package org.ccgdiag.answers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccgdiag.answers.SpreadsheetColumns.Field;
import org.ccgdiag.files.CsvCells;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The blank spreadsheet of a questionnaire: the header row a survey tool or Excel starts from, and
 * {@link SpreadsheetReader} reads back. Who answered first (organisation, respondent, role,
 * perspective, round, date), then one column per question by its number and full text, in asking
 * order; with notes, a {@code <id> note} column after each question.
 */
public final class SpreadsheetTemplate {
  /** The columns a blank sheet starts with; consensus is left out, as a survey asks one person. */
  private static final List<Field> FIELDS =
      List.of(
          Field.ORGANISATION,
          Field.RESPONDENT,
          Field.ROLE,
          Field.PERSPECTIVE,
          Field.ROUND,
          Field.DATE);

  private SpreadsheetTemplate() {}

  /**
   * The header row as CSV (CRLF), after a UTF-8 byte-order mark so that Excel reads it as UTF-8.
   */
  public static String render(Questionnaire questionnaire, boolean notes) {
    StringWriter text = new StringWriter().append(CsvCells.BYTE_ORDER_MARK);
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
      csv.printRecord(header(questionnaire, notes).stream().map(CsvCells::text).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  static List<String> header(Questionnaire questionnaire, boolean notes) {
    List<String> header = new ArrayList<>();
    FIELDS.forEach(field -> header.add(field.id()));
    List<Question> questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      header.add(statementHeader(i + 1, questions.get(i)));
      if (notes) {
        header.add(questions.get(i).id() + " note");
      }
    }
    return header;
  }

  /**
   * "15. text": the number the session shows, then the text (see {@link StatementHeaders}); the
   * number tells apart two statements with the same text, and the reader checks it against the
   * text.
   */
  static String statementHeader(int number, Question question) {
    return number + ". " + SpreadsheetCells.oneLine(question.text());
  }
}
