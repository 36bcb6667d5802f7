package org.ccgdiag.scoring;

import java.util.List;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * How many respondents of one group chose each option of each question. Counts are all scoring
 * needs, and adding them up in any order gives the same result, so parallel scoring is exact. Not
 * thread-safe: callers synchronise.
 */
final class Counts {
  private int respondents;

  /** The options of each question's scale, looked up once rather than for every file. */
  private final List<List<Option>> options;

  /** [question index][option index of its scale]. */
  private final int[][] chosen;

  /** The room's votes, the same way; null until a set with votes is added. */
  private int[][] voted;

  Counts(Questionnaire questionnaire) {
    this(questionnaire.questions().stream().map(q -> questionnaire.scaleOf(q).options()).toList());
  }

  Counts(List<List<Option>> options) {
    this.options = options;
    chosen = new int[options.size()][];
    for (int i = 0; i < options.size(); i++) {
      chosen[i] = new int[options.get(i).size()];
    }
  }

  void add(AnswerSet answers) {
    respondents++;
    for (int i = 0; i < chosen.length; i++) {
      int choice = answers.choice(i);
      if (choice >= 0) {
        chosen[i][choice]++;
      }
      int[] votes = answers.votes(i);
      if (votes != null) {
        addVotes(i, votes);
      }
    }
  }

  private void addVotes(int question, int[] votes) {
    if (voted == null) {
      voted = new int[chosen.length][];
    }
    if (voted[question] == null) {
      voted[question] = new int[chosen[question].length];
    }
    for (int j = 0; j < votes.length; j++) {
      voted[question][j] += votes[j];
    }
  }

  void addAll(Counts other) {
    respondents += other.respondents;
    for (int i = 0; i < chosen.length; i++) {
      for (int j = 0; j < chosen[i].length; j++) {
        chosen[i][j] += other.chosen[i][j];
      }
      if (other.voted != null && other.voted[i] != null) {
        addVotes(i, other.voted[i]);
      }
    }
  }

  int respondents() {
    return respondents;
  }

  int chosen(int question, int option) {
    return chosen[question][option];
  }

  /** The room's votes for an option; 0 when none were taken. */
  int voted(int question, int option) {
    return voted == null || voted[question] == null ? 0 : voted[question][option];
  }
}
