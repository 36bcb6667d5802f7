package org.ccgdiag.answers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccgdiag.answers.SpreadsheetColumns.Field;
import org.ccgdiag.files.CsvCells;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The blank spreadsheet of a questionnaire: the header row a survey tool or Excel starts from, and
 * {@link SpreadsheetReader} reads back. Who answered first (organisation, respondent, role,
 * perspective, round, date), then one column per question by its full text, in asking order; with
 * notes, a {@code <id> note} column after each question.
 */
public final class SpreadsheetTemplate {
  /** The columns a blank sheet starts with; consensus is left out, as a survey asks one person. */
  private static final List<Field> FIELDS =
      List.of(Field.ORGANISATION, Field.RESPONDENT, Field.ROLE, Field.PERSPECTIVE, Field.ROUND, Field.DATE);

  private SpreadsheetTemplate() {}

  /** The header row as CSV (CRLF), after a UTF-8 byte-order mark so that Excel reads it as UTF-8. */
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
    Map<String, Integer> texts = new HashMap<>();
    questionnaire.questions().forEach(q -> texts.merge(SpreadsheetCells.normalise(q.text()), 1, Integer::sum));
    for (Question question : questionnaire.questions()) {
      // Two questions with the same text could not be told apart by it: those go by their ids.
      boolean shared = texts.get(SpreadsheetCells.normalise(question.text())) > 1;
      header.add(shared ? question.id() : SpreadsheetCells.oneLine(question.text()));
      if (notes) {
        header.add(question.id() + " note");
      }
    }
    return header;
  }
}
