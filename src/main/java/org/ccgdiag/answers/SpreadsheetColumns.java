package org.ccgdiag.answers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Position;
import org.ccgdiag.load.Problems;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Term;
import org.ccgdiag.questionnaire.Terms;

/**
 * The header row of a spreadsheet of answers (brief section 3b): what each column holds. Names
 * match case-insensitively after trimming; a question's column is named by its id or its full text
 * (the stakeholders' wording too, as a survey for them shows it), a note's by {@code <id> note}.
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

  private SpreadsheetColumns(List<Column> columns, Map<Field, Integer> fields) {
    this.columns = List.copyOf(columns);
    this.fields = fields;
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

  /** Reads the header row; every unknown, doubled or missing column is a problem located on row 1. */
  static SpreadsheetColumns of(List<String> header, Questionnaire questionnaire, Problems problems) {
    Names names = new Names(questionnaire);
    List<Column> columns = new ArrayList<>();
    Map<Field, Integer> fields = new EnumMap<>(Field.class);
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Position at = new Position(1, i + 1);
      String name = SpreadsheetCells.normalise(header.get(i));
      Column column = name.isEmpty() ? new Unnamed() : names.column(name).orElse(null);
      if (column == null) {
        column = new Ignored();
        unknown(header.get(i), name, names, at, problems);
      } else if (column instanceof Ignored) {
        problems.warning(
            at,
            "'" + header.get(i).strip() + "' is not asked in version " + questionnaire.version() + " of '"
                + questionnaire.id() + "' (it was retired); this column is ignored");
      }
      Object what = what(column);
      Integer first = what == null ? null : seen.putIfAbsent(what, i);
      if (first != null) {
        problems.error(
            at, "two columns for " + describe(column, questionnaire) + ": column " + (first + 1) + " and column " + (i + 1)
                + "; keep one");
      }
      if (column instanceof Describes d) {
        fields.putIfAbsent(d.field(), i);
      }
      columns.add(column);
    }
    if (!fields.containsKey(Field.ORGANISATION)) {
      problems.error(
          new Position(1, 1),
          "the header row has no 'organisation' column; add one giving each row's " + questionnaire.terms().organisation()
              + separatorHint(header));
    }
    return new SpreadsheetColumns(columns, fields);
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

  private static String describe(Column column, Questionnaire questionnaire) {
    String statement = questionnaire.terms().statement();
    if (column instanceof AnswerTo a) {
      return statement + " '" + a.question().id() + "'";
    }
    if (column instanceof NoteOn n) {
      return "the note on " + statement + " '" + n.question().id() + "'";
    }
    return "'" + ((Describes) column).field().id() + "'";
  }

  private static void unknown(String raw, String name, Names names, Position at, Problems problems) {
    String statement = names.questionnaire.terms().statement();
    List<String> sharing = names.shared.get(withoutNote(name));
    if (sharing != null) {
      problems.error(
          at, "'" + Fields.quoted(raw.strip()) + "' is the text of " + Terms.plural(statement) + " " + String.join(" and ", sharing)
              + ": name the column by the id instead");
      return;
    }
    String hint =
        Fields.closest(name, names.suggestions.keySet(), problems)
            .map(c -> "; did you mean '" + names.suggestions.get(c) + "'?")
            .orElse(
                "; the columns are organisation, respondent, role, perspective, round, date, consensus, one per "
                    + statement + " (its id or full text) and '<id> note'");
    problems.error(
        at, "unknown column '" + Fields.quoted(raw.strip()) + "': questionnaire '" + names.questionnaire.id() + "' "
            + names.questionnaire.version() + " has no such " + statement + hint);
  }

  /** A note column's name without its " note": the question's id or text. */
  private static String withoutNote(String name) {
    return name.endsWith(NOTE) ? name.substring(0, name.length() - NOTE.length()).strip() : name;
  }

  /** A header read as one column is usually a sheet saved with semicolons or tabs between cells. */
  private static String separatorHint(List<String> header) {
    boolean oneCell = header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"));
    return oneCell ? " (the header is one cell: save the sheet as CSV with commas between cells)" : "";
  }

  /** Every name a column may have, normalised, and what it means. */
  private static final class Names {
    private final Questionnaire questionnaire;
    private final Map<String, Column> byName = new HashMap<>();
    /** Texts two questions share: they name neither, and the id must be used. */
    private final Map<String, List<String>> shared = new HashMap<>();
    /** Normalised name -> as shown in a "did you mean" hint. */
    private final Map<String, String> suggestions = new LinkedHashMap<>();

    Names(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
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
        shared.computeIfAbsent(name, n -> new ArrayList<>(List.of(other.question().id()))).add(question.id());
      }
      add(name, new AnswerTo(question), text.strip());
      add(name + NOTE, new NoteOn(question), text.strip() + NOTE);
    }

    private void add(String name, Column column, String shown) {
      String key = SpreadsheetCells.normalise(name);
      byName.putIfAbsent(key, column);
      suggestions.putIfAbsent(key, shown);
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
