package org.ccgdiag.answers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccgdiag.answers.SpreadsheetColumns.AnswerTo;
import org.ccgdiag.answers.SpreadsheetColumns.Column;
import org.ccgdiag.answers.SpreadsheetColumns.Describes;
import org.ccgdiag.answers.SpreadsheetColumns.Field;
import org.ccgdiag.answers.SpreadsheetColumns.NoteOn;
import org.ccgdiag.answers.SpreadsheetColumns.Unnamed;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;

/**
 * Reads a spreadsheet of answers (brief section 3b: CSV or a workbook, a header row, one row per
 * respondent) into the same {@link Answers} an answers file gives, one per row, so every later step
 * treats them alike. Problems are located as row (1 is the header) and column, or as a workbook's
 * cell. A spreadsheet with any error gives no answers at all, as an answers file with an error
 * does.
 */
public final class SpreadsheetReader {
  private SpreadsheetReader() {}

  /** Whether a file is read as a spreadsheet (by its extension, .csv or .xlsx). */
  public static boolean isSpreadsheet(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || isWorkbook(path);
  }

  /**
   * Whether a file is read as a workbook (by its extension, .xlsx); here, so that asking loads no
   * workbook code.
   */
  private static boolean isWorkbook(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  public static List<Answers> read(Path path, Questionnaire questionnaire, Problems problems) {
    if (isWorkbook(path)) {
      try (SheetRows rows = WorkbookRows.open(path)) {
        return read(rows, questionnaire, problems);
      } catch (SheetRows.Unreadable e) {
        problems.error(e.at, e.getMessage());
        return List.of();
      }
    }
    String text = Documents.readText(path, problems);
    return text == null ? List.of() : read(text, questionnaire, problems);
  }

  /** The answer sets of a CSV text, in row order; empty when it has any error. */
  public static List<Answers> read(String text, Questionnaire questionnaire, Problems problems) {
    try (SheetRows rows = new CsvRows(text)) {
      return read(rows, questionnaire, problems);
    }
  }

  /** The answer sets of a spreadsheet's rows, from either source; empty when it has any error. */
  private static List<Answers> read(
      SheetRows rows, Questionnaire questionnaire, Problems problems) {
    List<Answers> sets = new ArrayList<>();
    SpreadsheetColumns columns = null;
    try {
      for (SheetRows.Row row = rows.next(); row != null; row = rows.next()) {
        if (columns == null) {
          columns = SpreadsheetColumns.of(row, rows, questionnaire, problems);
        } else if (!row.cells().stream()
            .allMatch(cell -> cell == null || SpreadsheetCells.clean(cell.text()).isEmpty())) {
          sets.add(new Row(row, rows, columns, questionnaire, problems).answers());
        }
      }
    } catch (SheetRows.Unreadable e) {
      problems.error(e.at, e.getMessage());
      return List.of();
    }
    if (columns == null) {
      problems.error(
          null,
          "the file is empty; a spreadsheet of answers has a header row, then one row per respondent");
    } else if (sets.isEmpty()) {
      problems.error(
          null, "the spreadsheet has a header row but no answers (one row per respondent)");
    }
    return problems.hasErrors() ? List.of() : List.copyOf(sets);
  }

  /** One row: its cells, read into one respondent's answers. */
  private static final class Row {
    private final int number;
    private final SheetRows rows;
    private final SpreadsheetColumns columns;
    private final Questionnaire questionnaire;
    private final Problems problems;
    private final Map<Field, String> fields = new EnumMap<>(Field.class);
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    Row(
        SheetRows.Row row,
        SheetRows rows,
        SpreadsheetColumns columns,
        Questionnaire questionnaire,
        Problems problems) {
      this.number = row.number();
      this.rows = rows;
      this.columns = columns;
      this.questionnaire = questionnaire;
      this.problems = problems;
      for (int i = 0; i < row.cells().size(); i++) {
        SheetRows.Cell cell = row.cells().get(i);
        String text = cell == null ? "" : SpreadsheetCells.clean(cell.text());
        if (!text.isEmpty()) {
          Column column = columns.at(i);
          // A workbook's number in the date column is a date as Excel stores it.
          boolean date =
              column instanceof Describes d && d.field() == Field.DATE && cell.date() != null;
          read(date ? cell.date() : text, column, at(i));
        }
      }
    }

    private Position at(int index) {
      return rows.at(number, index);
    }

    private void read(String cell, Column column, Position at) {
      if (column == null) {
        problems.error(
            at,
            "this row has more cells than the header has columns ("
                + columns.size()
                + "); give the column a header or empty the cell");
      } else if (column instanceof Unnamed) {
        problems.error(
            at, "column " + at.columnName() + " has no header; name it or empty its cells");
      } else if (column instanceof Describes d) {
        fields.put(d.field(), cell);
      } else if (column instanceof AnswerTo a) {
        optionKey(cell, a.question(), at).ifPresent(key -> keys.put(a.question().id(), key));
      } else if (column instanceof NoteOn n) {
        notes.put(n.question().id(), cell);
      }
    }

    Answers answers() {
      String organisation = fields.get(Field.ORGANISATION);
      // A header without the column is reported once, not once per row.
      if (organisation == null && columns.indexOf(Field.ORGANISATION).isPresent()) {
        problems.error(
            fieldPosition(Field.ORGANISATION),
            "this row has no "
                + questionnaire.terms().organisation().one()
                + ": its 'organisation' cell is empty");
      }
      OrganisationName.check(organisation, fieldPosition(Field.ORGANISATION), problems);
      String perspective =
          Optional.ofNullable(fields.get(Field.PERSPECTIVE))
              .map(p -> p.toLowerCase(Locale.ROOT))
              .orElse(Respondent.SELF);
      if (!Respondent.isValidPerspective(perspective)) {
        problems.error(
            fieldPosition(Field.PERSPECTIVE), AnswersReader.invalidPerspective(perspective));
      }
      Integer consensus =
          Optional.ofNullable(fields.get(Field.CONSENSUS))
              .map(AnswersReader::headCount)
              .orElse(null);
      if (fields.containsKey(Field.CONSENSUS) && consensus == null) {
        problems.error(fieldPosition(Field.CONSENSUS), AnswersReader.CONSENSUS_RULE);
      }
      Instant date = Optional.ofNullable(fields.get(Field.DATE)).flatMap(this::date).orElse(null);
      Respondent respondent =
          new Respondent(
              fields.get(Field.RESPONDENT), fields.get(Field.ROLE), perspective, consensus);
      Map<String, Answer> answers = new LinkedHashMap<>();
      // Questionnaire order, whatever the columns' order, as the answers-file reader keeps it.
      for (Question question : questionnaire.questions()) {
        Answer answer = new Answer(keys.get(question.id()), notes.get(question.id()));
        if (!answer.isEmpty()) {
          answers.put(question.id(), answer);
        }
      }
      boolean complete = keys.size() == questionnaire.questions().size();
      return new Answers(
          QuestionnaireRef.of(questionnaire),
          organisation,
          respondent,
          date,
          date,
          complete,
          answers,
          fields.get(Field.ROUND));
    }

    private Optional<Instant> date(String cell) {
      Optional<Instant> date = SpreadsheetCells.date(cell);
      if (date.isEmpty()) {
        problems.error(
            fieldPosition(Field.DATE),
            "'date' must be a date such as "
                + SpreadsheetCells.DATE_FORMS
                + ", not '"
                + cell
                + "'");
      }
      return date;
    }

    private Position fieldPosition(Field field) {
      return at(columns.indexOf(field).orElse(0));
    }

    /** The key of the option a cell names by key or by label, both ignoring case. */
    private Optional<String> optionKey(String cell, Question question, Position at) {
      Scale scale = questionnaire.scaleOf(question);
      String wanted = SpreadsheetCells.normalise(cell);
      Optional<Option> option =
          scale
              .option(cell)
              .or(
                  () ->
                      scale.options().stream()
                          .filter(o -> SpreadsheetCells.normalise(o.label()).equals(wanted))
                          .findFirst());
      if (option.isEmpty()) {
        Map<String, String> labels = new LinkedHashMap<>();
        scale.options().forEach(o -> labels.put(SpreadsheetCells.normalise(o.label()), o.label()));
        problems.error(
            at,
            "'"
                + Fields.quoted(cell)
                + "' is not an answer to "
                + columns.name(question)
                + ": its answers are "
                + choices(scale)
                + Fields.closest(wanted, labels.keySet(), problems)
                    .map(l -> "; did you mean '" + labels.get(l) + "'?")
                    .orElse(""));
      }
      return option.map(Option::key);
    }
  }

  /** "1 (Strongly disagree), 2 (Disagree), ..., dk (Don't know)": what a cell may hold. */
  static String choices(Scale scale) {
    return String.join(
        ", ", scale.options().stream().map(o -> o.key() + " (" + o.label() + ")").toList());
  }
}
