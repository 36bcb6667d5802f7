package org.ccgdiag.answers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccgdiag.load.Fields;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Term;

/**
 * The header row of a spreadsheet of answers (brief section 3b): what each column holds. Names
 * match case-insensitively after trimming; a question's column is named by its id or its full text
 * (the stakeholders' wording too, as a survey for them shows it) or its number in the numbered
 * forms of {@link StatementHeaders}, a note's by any of those and {@code note}.
 */
final class SpreadsheetColumns {

  /** The columns that say who answered, rather than answering a question. */
  enum Field implements Term {
    ORGANISATION,
    RESPONDENT,
    ROLE,
    PERSPECTIVE,
    ROUND,
    DATE,
    CONSENSUS
  }

  /** What one column holds. */
  sealed interface Column {}

  record Describes(Field field) implements Column {}

  record AnswerTo(Question question) implements Column {}

  record NoteOn(Question question) implements Column {}

  /** A column of a retired question: its cells are ignored (with a warning about the header). */
  record Ignored() implements Column {}

  /** A column with an empty header: fine while its cells are empty too (a trailing comma). */
  record Unnamed() implements Column {}

  private static final String NOTE = " note";

  private final List<Column> columns;
  private final Map<Field, Integer> fields;
  private final StatementHeaders statements;

  private SpreadsheetColumns(
      List<Column> columns, Map<Field, Integer> fields, StatementHeaders statements) {
    this.columns = List.copyOf(columns);
    this.fields = fields;
    this.statements = statements;
  }

  /** A statement as messages name it: "statement 15 (clinical-focus.18)". */
  String name(Question question) {
    return statements.name(question);
  }

  /** What column {@code index} (0-based) holds; null for a cell beyond the header. */
  Column at(int index) {
    return index < columns.size() ? columns.get(index) : null;
  }

  int size() {
    return columns.size();
  }

  /** The 0-based index of a field's column, if the header has one. */
  Optional<Integer> indexOf(Field field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * Reads the header row; every unknown, doubled or missing column is a problem located on row 1.
   */
  static SpreadsheetColumns of(
      SheetRows.Row row, SheetRows rows, Questionnaire questionnaire, Problems problems) {
    Names names = new Names(questionnaire);
    List<String> header =
        row.cells().stream().map(cell -> cell == null ? "" : cell.text()).toList();
    List<Column> columns = new ArrayList<>();
    Map<Field, Integer> fields = new EnumMap<>(Field.class);
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Position at = rows.at(row.number(), i);
      String name = SpreadsheetCells.normalise(header.get(i));
      Column column = name.isEmpty() ? new Unnamed() : names.column(name).orElse(null);
      Optional<StatementHeaders.Numbered> numbered =
          column == null ? StatementHeaders.parse(withoutNote(name)) : Optional.empty();
      if (numbered.isPresent()) {
        column =
            names.numbered(
                numbered.get(), name.endsWith(NOTE), header.get(i).strip(), at, problems);
      } else if (column == null) {
        column = new Ignored();
        unknown(header.get(i), name, names, at, problems);
      } else if (column instanceof Ignored) {
        problems.warning(
            at,
            "'"
                + header.get(i).strip()
                + "' is not asked in version "
                + questionnaire.version()
                + " of '"
                + questionnaire.id()
                + "' (it was retired); this column is ignored");
      }
      Object what = what(column);
      Integer first = what == null ? null : seen.putIfAbsent(what, i);
      if (first != null) {
        problems.error(
            at,
            "two columns for "
                + describe(column, names)
                + ": column "
                + rows.at(row.number(), first).columnName()
                + " and column "
                + at.columnName()
                + "; keep one");
      }
      if (column instanceof Describes d) {
        fields.putIfAbsent(d.field(), i);
      }
      columns.add(column);
    }
    if (!fields.containsKey(Field.ORGANISATION)) {
      problems.error(
          rows.at(row.number(), 0),
          "the header row has no 'organisation' column; add one giving each row's "
              + questionnaire.terms().organisation().one()
              + separatorHint(header));
    }
    return new SpreadsheetColumns(columns, fields, names.statements);
  }

  /** What two columns must not both hold: a field, a question's answer, or its note. */
  private static Object what(Column column) {
    if (column instanceof Describes d) {
      return d.field();
    }
    if (column instanceof AnswerTo a) {
      return a;
    }
    return column instanceof NoteOn n ? n : null;
  }

  private static String describe(Column column, Names names) {
    if (column instanceof AnswerTo a) {
      return names.statements.name(a.question());
    }
    if (column instanceof NoteOn n) {
      return "the note on " + names.statements.name(n.question());
    }
    return "'" + ((Describes) column).field().id() + "'";
  }

  private static void unknown(
      String raw, String name, Names names, Position at, Problems problems) {
    String statement = names.questionnaire.terms().statement().one();
    List<String> sharing = names.shared.get(withoutNote(name));
    if (sharing != null) {
      problems.error(
          at,
          "'"
              + Fields.quoted(raw.strip())
              + "' is the text of "
              + String.join(" and ", sharing.stream().map(names.statements::name).toList())
              + ": name the column by the number or the id instead");
      return;
    }
    String hint =
        Fields.closest(name, names.suggestions.keySet(), problems)
            .map(c -> "; did you mean '" + names.suggestions.get(c) + "'?")
            .orElse(
                "; the columns are organisation, respondent, role, perspective, round, date, consensus, one per "
                    + statement
                    + " (its number, id or full text) and '<id> note'");
    problems.error(
        at,
        "unknown column '"
            + Fields.quoted(raw.strip())
            + "': questionnaire '"
            + names.questionnaire.id()
            + "' "
            + names.questionnaire.version()
            + " has no such "
            + statement
            + hint);
  }

  /** A note column's name without its " note": the question's id or text. */
  private static String withoutNote(String name) {
    return name.endsWith(NOTE) ? name.substring(0, name.length() - NOTE.length()).strip() : name;
  }

  /** A header read as one column is usually a sheet saved with semicolons or tabs between cells. */
  private static String separatorHint(List<String> header) {
    boolean oneCell =
        header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"));
    return oneCell
        ? " (the header is one cell: save the sheet as CSV with commas between cells)"
        : "";
  }

  /** Every name a column may have, normalised, and what it means. */
  private static final class Names {
    private final Questionnaire questionnaire;
    private final StatementHeaders statements;
    private final Map<String, Column> byName = new HashMap<>();

    /** Texts two questions share: they name neither, and the id must be used. */
    private final Map<String, List<String>> shared = new HashMap<>();

    /** Normalised name -> as shown in a "did you mean" hint. */
    private final Map<String, String> suggestions = new LinkedHashMap<>();

    Names(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
      this.statements = new StatementHeaders(questionnaire);
      for (Field field : Field.values()) {
        add(field.id(), new Describes(field), field.id());
      }
      for (String retired : questionnaire.retired()) {
        byName.put(SpreadsheetCells.normalise(retired), new Ignored());
        byName.put(SpreadsheetCells.normalise(retired) + NOTE, new Ignored());
      }
      for (Question question : questionnaire.questions()) {
        add(question.id(), new AnswerTo(question), question.id());
        add(question.id() + NOTE, new NoteOn(question), question.id() + NOTE);
        addText(question.text(), question);
        if (question.stakeholderText() != null) {
          addText(question.stakeholderText(), question);
        }
      }
    }

    private void addText(String text, Question question) {
      String name = SpreadsheetCells.normalise(text);
      Column existing = byName.get(name);
      if (existing instanceof AnswerTo other && !other.question().equals(question)) {
        shared
            .computeIfAbsent(name, n -> new ArrayList<>(List.of(other.question().id())))
            .add(question.id());
      }
      add(name, new AnswerTo(question), text.strip());
      add(name + NOTE, new NoteOn(question), text.strip() + NOTE);
    }

    private void add(String name, Column column, String shown) {
      String key = SpreadsheetCells.normalise(name);
      byName.putIfAbsent(key, column);
      suggestions.putIfAbsent(key, shown);
    }

    /**
     * The column a numbered header names: a statement's answer or note, a retired one's (ignored),
     * or null after an error.
     */
    Column numbered(
        StatementHeaders.Numbered header,
        boolean note,
        String raw,
        Position at,
        Problems problems) {
      if (header.id() != null
          && byName.get(SpreadsheetCells.normalise(header.id())) instanceof Ignored) {
        problems.warning(
            at,
            "'"
                + raw
                + "' is not asked in version "
                + questionnaire.version()
                + " of '"
                + questionnaire.id()
                + "' (it was retired); this column is ignored");
        return new Ignored();
      }
      return statements
          .resolve(header, raw, at, problems)
          .<Column>map(q -> note ? new NoteOn(q) : new AnswerTo(q))
          .orElse(new Ignored());
    }

    Optional<Column> column(String name) {
      String text = withoutNote(name);
      if (shared.containsKey(text)) {
        return Optional.empty();
      }
      return Optional.ofNullable(byName.get(name));
    }
  }
}
