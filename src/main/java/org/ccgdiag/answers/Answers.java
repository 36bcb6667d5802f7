package org.ccgdiag.answers;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One respondent's answers to one questionnaire, as kept in an answers file. {@code answers} is in
 * questionnaire order and maps a question id to its answer; {@code started} and {@code updated} may
 * be null in files written by other tools. {@code round} labels one assessment round of the
 * organisation (e.g. 2012-01); null when the file has none. Organisation and round are kept as
 * {@link TypedText#line} says, and empty answers are not kept, so what is saved reads back equal.
 */
public record Answers(
    QuestionnaireRef questionnaire,
    String organisation,
    Respondent respondent,
    Instant started,
    Instant updated,
    boolean complete,
    Map<String, Answer> answers,
    String round) {

  public static final String FORMAT = "ccg-diag/answers@1";

  public Answers(
      QuestionnaireRef questionnaire,
      String organisation,
      Respondent respondent,
      Instant started,
      Instant updated,
      boolean complete,
      Map<String, Answer> answers) {
    this(questionnaire, organisation, respondent, started, updated, complete, answers, null);
  }

  public Answers {
    organisation = TypedText.line(organisation);
    round = TypedText.line(round);
    Map<String, Answer> kept = new LinkedHashMap<>(answers);
    kept.values().removeIf(Answer::isEmpty);
    answers = Collections.unmodifiableMap(kept);
  }

  /**
   * How answer sets are grouped by organisation (brief section 4): names that differ only in case
   * or surrounding spaces are one organisation. A set with no organisation has the key "".
   */
  public static String organisationKey(String organisation) {
    return organisation == null ? "" : organisation.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** A fresh, empty set of answers. */
  public static Answers start(
      QuestionnaireRef questionnaire, String organisation, Respondent respondent, Instant now) {
    return new Answers(questionnaire, organisation, respondent, now, now, false, Map.of());
  }

  public Answer answer(String questionId) {
    return answers.getOrDefault(questionId, Answer.NONE);
  }

  /** A copy with this question's answer replaced; an empty answer removes the entry. */
  public Answers with(String questionId, Answer answer, Instant now) {
    Map<String, Answer> copy = new LinkedHashMap<>(answers);
    if (answer.isEmpty()) {
      copy.remove(questionId);
    } else {
      copy.put(questionId, answer);
    }
    return new Answers(
        questionnaire, organisation, respondent, started, now, complete, copy, round);
  }

  public Answers withRespondent(Respondent newRespondent) {
    return new Answers(
        questionnaire, organisation, newRespondent, started, updated, complete, answers, round);
  }

  public Answers withComplete(boolean isComplete) {
    return new Answers(
        questionnaire, organisation, respondent, started, updated, isComplete, answers, round);
  }
}
