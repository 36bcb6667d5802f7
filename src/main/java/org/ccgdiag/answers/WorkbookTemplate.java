package org.ccgdiag.answers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.files.CsvCells;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;
import org.ccgdiag.questionnaire.Terms;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The blank workbook of a questionnaire (brief section 7): a sheet <i>Answers</i> with the columns
 * of {@link SpreadsheetTemplate} (statements headed by number and text, each header's comment
 * giving the id and the answers), one row per respondent, each answer cell a dropdown of its
 * scale's labels; a sheet <i>How to fill in</i> in plain words; and a hidden sheet holding the
 * dropdowns' lists. {@link SpreadsheetReader} reads it back as it is written.
 */
public final class WorkbookTemplate {
  /** Rows offered with dropdowns: more respondents than any one sheet is sent to. */
  static final int ROWS = 1_000;

  private static final String LISTS = "Lists";
  private static final String HOW = "How to fill in";
  private static final String HEADER_FILL = "DDEBF7";

  private WorkbookTemplate() {}

  /** The workbook's bytes. */
  public static byte[] render(Questionnaire questionnaire, boolean notes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "ccg-diag", null);
      Worksheet answers = workbook.newWorksheet(WorkbookRows.SHEET);
      Worksheet how = workbook.newWorksheet(HOW);
      Worksheet lists = workbook.newWorksheet(LISTS);
      lists.setVisibilityState(VisibilityState.HIDDEN);
      Map<String, Integer> listColumns = lists(lists, questionnaire);
      answers(answers, lists, listColumns, questionnaire, notes);
      howToFillIn(how, questionnaire);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /** Each scale's labels down a column of the hidden sheet; the column of each scale. */
  private static Map<String, Integer> lists(Worksheet lists, Questionnaire questionnaire) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (Scale scale : questionnaire.scales()) {
      int column = columns.size();
      columns.put(scale.id(), column);
      lists.value(0, column, scale.id());
      for (int i = 0; i < scale.options().size(); i++) {
        lists.value(i + 1, column, CsvCells.text(scale.options().get(i).label()));
      }
    }
    return columns;
  }

  private static void answers(
      Worksheet sheet,
      Worksheet lists,
      Map<String, Integer> listColumns,
      Questionnaire questionnaire,
      boolean notes) {
    List<String> header = SpreadsheetTemplate.header(questionnaire, notes);
    List<Question> questions = questionnaire.questions();
    int fields = header.size() - questions.size() * (notes ? 2 : 1);
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, CsvCells.text(header.get(c)));
      sheet.width(c, c < fields ? 18 : 28);
    }
    sheet
        .range(0, 0, 0, header.size() - 1)
        .style()
        .bold()
        .wrapText(true)
        .verticalAlignment("top")
        .fillColor(HEADER_FILL)
        .set();
    sheet.rowHeight(0, 96);
    sheet.freezePane(1, 1);
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      int column = fields + i * (notes ? 2 : 1);
      Scale scale = questionnaire.scaleOf(question);
      sheet.comment(
          0,
          column,
          question.id()
              + ": "
              + questionnaire.domainOf(question).title()
              + ". Answers: "
              + SpreadsheetReader.choices(scale));
      int list = listColumns.get(scale.id());
      sheet
          .range(1, column, ROWS, column)
          .validateWithList(lists.range(1, list, scale.options().size(), list))
          .errorStyle(DataValidationErrorStyle.WARNING)
          .showErrorMessage(true)
          .errorTitle("Not one of the answers")
          .error("Choose an answer from the list, or type its key");
      if (notes) {
        sheet.width(column + 1, 24);
      }
    }
  }

  /** The second sheet: what to put where, in plain words. */
  private static void howToFillIn(Worksheet sheet, Questionnaire questionnaire) {
    Terms terms = questionnaire.terms();
    String statements = terms.statement().many();
    List<String> lines =
        new ArrayList<>(
            List.of(
                questionnaire.title()
                    + " ("
                    + questionnaire.id()
                    + " "
                    + questionnaire.version()
                    + ")",
                "",
                "Fill in the sheet '"
                    + WorkbookRows.SHEET
                    + "': one row for each person answering, starting on row 2.",
                "organisation: the "
                    + terms.organisation().one()
                    + " the answers are about (needed on every row).",
                "respondent, role: who answered (a row without a name is counted on its own, never merged with another).",
                "perspective: leave empty (or write self) for the "
                    + terms.team().one()
                    + "; otherwise the group the person speaks for, such as member-practice.",
                "round: a label for this round of assessment, such as 2012-03 (optional).",
                "date: when the answers were given (optional).",
                "Then one column for each "
                    + terms.statement().one()
                    + ", numbered as the session numbers them: pick the answer from the"
                    + " cell's list, or type its key. Leave a cell empty when the "
                    + terms.statement().one()
                    + " was not answered.",
                "Each header's comment gives the "
                    + terms.statement().one()
                    + "'s id and its answers. Keep the header row as it is.",
                "",
                "The answers:"));
    for (Scale scale : questionnaire.scales()) {
      lines.add(scale.id() + ": " + SpreadsheetReader.choices(scale));
    }
    lines.addAll(
        List.of(
            "",
            "When the sheet is filled in, save it as .xlsx and score it: ccg-diag score FILE.xlsx",
            "or check it first: ccg-diag validate FILE.xlsx (every problem is named by its cell, such as "
                + WorkbookRows.SHEET
                + "!H3).",
            "There are " + questionnaire.questions().size() + " " + statements + " in all."));
    sheet.width(0, 120);
    for (int r = 0; r < lines.size(); r++) {
      sheet.value(r, 0, CsvCells.text(lines.get(r)));
    }
    sheet.style(0, 0).bold().fontSize(14).set();
  }
}
