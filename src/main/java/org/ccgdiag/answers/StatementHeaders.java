package org.ccgdiag.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * Statements by number, as the session numbers them (position in the questionnaire, from 1): a
 * spreadsheet header may name a statement as {@code 15}, {@code 15. text} or {@code 15
 * (clinical-focus.18) text} (what the blank sheets write), and messages name it as "statement 15
 * (clinical-focus.18)" in the questionnaire's word for a statement.
 */
final class StatementHeaders {
  /**
   * A number, then "." or an id in brackets, then the text: each part after the number optional.
   */
  private static final Pattern NUMBERED =
      Pattern.compile("(\\d{1,6})(?:\\s*\\.|\\s*\\(([^()]*)\\))?(?:\\s+(.*))?");

  private final Questionnaire questionnaire;

  StatementHeaders(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** "statement 15 (clinical-focus.18)". */
  String name(Question question) {
    return name(question.id());
  }

  /** The same, from the statement's id. */
  String name(String id) {
    return questionnaire.statementName(id);
  }

  /** A header in a numbered form: its number, id and text as written (id and text may be null). */
  record Numbered(int number, String id, String text) {}

  /** The numbered form of a normalised header (without any " note"), if it has one. */
  static Optional<Numbered> parse(String name) {
    Matcher m = NUMBERED.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(2) == null ? null : m.group(2).strip();
    String text = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
    return Optional.of(new Numbered(Integer.parseInt(m.group(1)), id, text));
  }

  /**
   * The statement a numbered header names, or empty with the problem recorded. An id decides (ids
   * outlive renumbering between versions; a number that disagrees is a warning); without one, the
   * number does, and a text given with it must be that statement's.
   */
  Optional<Question> resolve(Numbered header, String raw, Position at, Problems problems) {
    List<Question> questions = questionnaire.questions();
    if (header.id() != null) {
      Optional<Question> byId =
          questions.stream().filter(q -> q.id().equalsIgnoreCase(header.id())).findFirst();
      if (byId.isEmpty()) {
        problems.error(
            at,
            "'"
                + raw
                + "' names "
                + questionnaire.terms().statement().one()
                + " '"
                + header.id()
                + "', which questionnaire '"
                + questionnaire.id()
                + "' "
                + questionnaire.version()
                + " does not have");
      } else if (questionnaire.questionNumber(byId.get().id()) != header.number()) {
        problems.warning(
            at,
            "'"
                + raw
                + "' is numbered "
                + header.number()
                + " but is "
                + name(byId.get())
                + " in version "
                + questionnaire.version()
                + "; it is read by its id");
      }
      return byId;
    }
    if (header.number() < 1 || header.number() > questions.size()) {
      problems.error(
          at,
          "'"
              + raw
              + "': there is no "
              + questionnaire.terms().statement().one()
              + " "
              + header.number()
              + "; questionnaire '"
              + questionnaire.id()
              + "' "
              + questionnaire.version()
              + " numbers them 1 to "
              + questions.size());
      return Optional.empty();
    }
    Question question = questions.get(header.number() - 1);
    if (header.text() != null && !isTextOf(header.text(), question)) {
      String other =
          questions.stream()
              .filter(q -> isTextOf(header.text(), q))
              .findFirst()
              .map(q -> "; its text is that of " + name(q))
              .orElse("");
      problems.error(
          at,
          "'"
              + raw
              + "': the number and the text disagree: "
              + name(question)
              + " reads '"
              + SpreadsheetCells.oneLine(question.text())
              + "'"
              + other
              + "; correct the number or the text (or head the column by the id)");
      return Optional.empty();
    }
    return Optional.of(question);
  }

  private static boolean isTextOf(String text, Question question) {
    return text.equals(SpreadsheetCells.normalise(question.text()))
        || (question.stakeholderText() != null
            && text.equals(SpreadsheetCells.normalise(question.stakeholderText())));
  }
}
