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
  /** [question index][option index of its scale]. */
  private final int[][] chosen;

  Counts(Questionnaire questionnaire) {
    List<Question> questions = questionnaire.questions();
    chosen = new int[questions.size()][];
    for (int i = 0; i < questions.size(); i++) {
      chosen[i] = new int[questionnaire.scaleOf(questions.get(i)).options().size()];
    }
  }

  void add(Questionnaire questionnaire, Answers answers) {
    respondents++;
    List<Question> questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      Answer answer = answers.answer(questions.get(i).id());
      if (answer.isAnswered()) {
        List<Option> options = questionnaire.scaleOf(questions.get(i)).options();
        for (int j = 0; j < options.size(); j++) {
          if (options.get(j).key().equals(answer.key())) {
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
