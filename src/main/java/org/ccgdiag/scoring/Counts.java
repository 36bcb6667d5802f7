package org.ccgdiag.scoring;

import java.util.List;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * How many respondents of one group chose each option of each question. Counts are all scoring
 * needs, and adding them up in any order gives the same result, so parallel scoring is exact.
 * Not thread-safe: callers synchronise.
 */
final class Counts {
  private int respondents;
  private final List<Question> questions;
  /** The options of each question's scale, looked up once rather than for every file. */
  private final List<List<Option>> options;
  /** [question index][option index of its scale]. */
  private final int[][] chosen;

  Counts(Questionnaire questionnaire) {
    questions = questionnaire.questions();
    options = questions.stream().map(q -> questionnaire.scaleOf(q).options()).toList();
    chosen = new int[questions.size()][];
    for (int i = 0; i < questions.size(); i++) {
      chosen[i] = new int[options.get(i).size()];
    }
  }

  void add(Answers answers) {
    respondents++;
    for (int i = 0; i < questions.size(); i++) {
      Answer answer = answers.answer(questions.get(i).id());
      if (answer.isAnswered()) {
        List<Option> scale = options.get(i);
        for (int j = 0; j < scale.size(); j++) {
          if (scale.get(j).key().equals(answer.key())) {
            chosen[i][j]++;
          }
        }
      }
    }
  }

  void addAll(Counts other) {
    respondents += other.respondents;
    for (int i = 0; i < chosen.length; i++) {
      for (int j = 0; j < chosen[i].length; j++) {
        chosen[i][j] += other.chosen[i][j];
      }
    }
  }

  int respondents() {
    return respondents;
  }

  int chosen(int question, int option) {
    return chosen[question][option];
  }
}
