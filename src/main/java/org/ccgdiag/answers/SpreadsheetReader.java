package org.ccgdiag.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccgdiag.answers.SpreadsheetColumns.AnswerTo;
import org.ccgdiag.answers.SpreadsheetColumns.Column;
import org.ccgdiag.answers.SpreadsheetColumns.Describes;
import org.ccgdiag.answers.SpreadsheetColumns.Field;
import org.ccgdiag.answers.SpreadsheetColumns.NoteOn;
import org.ccgdiag.answers.SpreadsheetColumns.Unnamed;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Position;
import org.ccgdiag.load.Problems;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;

/**
 * Reads a spreadsheet of answers (brief section 3b: CSV, a header row, one row per respondent)
 * into the same {@link Answers} an answers file gives, one per row, so every later step treats
 * them alike. Problems are located as row (1 is the header) and column number. A spreadsheet with
 * any error gives no answers at all, as an answers file with an error does.
 */
public final class SpreadsheetReader {
  /**
   * RFC 4180 with every record kept, so that row numbers count blank rows as a spreadsheet does. In a
   * holder, so that {@link #isSpreadsheet} (asked of every file) does not set up commons-csv.
   */
  private static final class Csv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
  }

  private SpreadsheetReader() {}

  /** Whether a file is read as a spreadsheet (by its extension, .csv). */
  public static boolean isSpreadsheet(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  public static List<Answers> read(Path path, Questionnaire questionnaire, Problems problems) {
    String text = Documents.readText(path, problems);
    return text == null ? List.of() : read(text, questionnaire, problems);
  }

  /** The answer sets of a spreadsheet's text, in row order; empty when it has any error. */
  public static List<Answers> read(String text, Questionnaire questionnaire, Problems problems) {
    List<Answers> sets = new ArrayList<>();
    SpreadsheetColumns columns = null;
    long row = 0;
    // A byte-order mark (Excel writes one) is not part of the first header.
    try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, Csv.FORMAT)) {
      for (CSVRecord record : parser) {
        row = record.getRecordNumber();
        if (columns == null) {
          columns = SpreadsheetColumns.of(record.toList(), questionnaire, problems);
        } else if (!record.stream().allMatch(cell -> SpreadsheetCells.clean(cell).isEmpty())) {
          sets.add(new Row(record, columns, questionnaire, problems).answers());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      String what = String.valueOf(e.getMessage());
      problems.error(
          new Position((int) row + 1, 1),
          what.contains("EOF")
              ? "a quoted cell is never closed: its opening quote (\") is in this row or a cell of it"
              : "a quoted cell has text after its closing quote: quote the whole cell and double every quote inside it");
      return List.of();
    }
    if (columns == null) {
      problems.error(null, "the file is empty; a spreadsheet of answers has a header row, then one row per respondent");
    } else if (sets.isEmpty()) {
      problems.error(null, "the spreadsheet has a header row but no answers (one row per respondent)");
    }
    return problems.hasErrors() ? List.of() : List.copyOf(sets);
  }

  /** One row: its cells, read into one respondent's answers. */
  private static final class Row {
    private final int number;
    private final SpreadsheetColumns columns;
    private final Questionnaire questionnaire;
    private final Problems problems;
    private final Map<Field, String> fields = new EnumMap<>(Field.class);
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    Row(CSVRecord record, SpreadsheetColumns columns, Questionnaire questionnaire, Problems problems) {
      this.number = (int) record.getRecordNumber();
      this.columns = columns;
      this.questionnaire = questionnaire;
      this.problems = problems;
      for (int i = 0; i < record.size(); i++) {
        String cell = SpreadsheetCells.clean(record.get(i));
        if (!cell.isEmpty()) {
          read(cell, columns.at(i), at(i));
        }
      }
    }

    private Position at(int index) {
      return new Position(number, index + 1);
    }

    private void read(String cell, Column column, Position at) {
      if (column == null) {
        problems.error(
            at, "this row has more cells than the header has columns (" + columns.size()
                + "); give the column a header or empty the cell");
      } else if (column instanceof Unnamed) {
        problems.error(at, "column " + at.column() + " has no header; name it or empty its cells");
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
            "this row has no " + questionnaire.terms().organisation() + ": its 'organisation' cell is empty");
      }
      OrganisationName.check(organisation, fieldPosition(Field.ORGANISATION), problems);
      String perspective = Optional.ofNullable(fields.get(Field.PERSPECTIVE)).map(p -> p.toLowerCase(Locale.ROOT)).orElse(Respondent.SELF);
      if (!Respondent.isValidPerspective(perspective)) {
        problems.error(fieldPosition(Field.PERSPECTIVE), AnswersReader.invalidPerspective(perspective));
      }
      Integer consensus = Optional.ofNullable(fields.get(Field.CONSENSUS)).map(AnswersReader::headCount).orElse(null);
      if (fields.containsKey(Field.CONSENSUS) && consensus == null) {
        problems.error(fieldPosition(Field.CONSENSUS), AnswersReader.CONSENSUS_RULE);
      }
      Instant date = Optional.ofNullable(fields.get(Field.DATE)).flatMap(this::date).orElse(null);
      Respondent respondent = new Respondent(fields.get(Field.RESPONDENT), fields.get(Field.ROLE), perspective, consensus);
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
          QuestionnaireRef.of(questionnaire), organisation, respondent, date, date, complete, answers, fields.get(Field.ROUND));
    }

    private Optional<Instant> date(String cell) {
      Optional<Instant> date = SpreadsheetCells.date(cell);
      if (date.isEmpty()) {
        problems.error(
            fieldPosition(Field.DATE), "'date' must be a date such as " + SpreadsheetCells.DATE_FORMS + ", not '" + cell + "'");
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
          scale.option(cell).or(() -> scale.options().stream().filter(o -> SpreadsheetCells.normalise(o.label()).equals(wanted)).findFirst());
      if (option.isEmpty()) {
        Map<String, String> labels = new LinkedHashMap<>();
        scale.options().forEach(o -> labels.put(SpreadsheetCells.normalise(o.label()), o.label()));
        problems.error(
            at, "'" + Fields.quoted(cell) + "' is not an answer to " + questionnaire.terms().statement() + " '" + question.id()
                + "': its answers are " + choices(scale)
                + Fields.closest(wanted, labels.keySet(), problems).map(l -> "; did you mean '" + labels.get(l) + "'?").orElse(""));
      }
      return option.map(Option::key);
    }

    /** "1 (Strongly disagree), 2 (Disagree), ..., dk (Don't know)": what a cell may hold. */
    private static String choices(Scale scale) {
      return String.join(", ", scale.options().stream().map(o -> o.key() + " (" + o.label() + ")").toList());
    }
  }
}
