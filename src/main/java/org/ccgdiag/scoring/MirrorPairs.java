package org.ccgdiag.scoring;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The statements paired with a reverse-worded mirror, and which answer sets contradict themselves
 * on a pair: the team's contradictions in a report.
 */
final class MirrorPairs {
  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final List<List<Option>> options;

  /** [question index, mirrored question index]. */
  private final List<int[]> pairs = new ArrayList<>();

  MirrorPairs(Questionnaire questionnaire, List<Question> questions, List<List<Option>> options) {
    this.questionnaire = questionnaire;
    this.questions = questions;
    this.options = options;
    for (int i = 0; i < questions.size(); i++) {
      String mirrored = questions.get(i).mirrors();
      for (int j = 0; mirrored != null && j < questions.size(); j++) {
        if (questions.get(j).id().equals(mirrored)) {
          pairs.add(new int[] {i, j});
        }
      }
    }
  }

  int size() {
    return pairs.size();
  }

  /**
   * A respondent who agrees with a statement and with its reverse-worded mirror (or disagrees with
   * both) gives the pair scores far apart once the mirror is reversed: as far as a divergence.
   */
  boolean contradicts(AnswerSet set, int pair) {
    BigFraction a = normalised(set, pairs.get(pair)[0]);
    BigFraction b = normalised(set, pairs.get(pair)[1]);
    return a != null && b != null && a.subtract(b).abs().compareTo(Scorer.DIVERGENCE) >= 0;
  }

  private BigFraction normalised(AnswerSet set, int question) {
    int choice = set.choice(question);
    if (choice < 0 || options.get(question).get(choice).kind() != Option.Kind.SCORED) {
      return null;
    }
    Question q = questions.get(question);
    return Scorer.normalised(
        questionnaire.scaleOf(q), options.get(question).get(choice), q.reverse());
  }

  /** The pairs some set contradicts, given how many sets contradict each pair. */
  List<Findings.Contradiction> contradictions(int[] counts) {
    List<Findings.Contradiction> found = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      if (counts[p] > 0) {
        found.add(
            new Findings.Contradiction(
                questions.get(pairs.get(p)[0]).id(),
                questions.get(pairs.get(p)[1]).id(),
                counts[p]));
      }
    }
    return found;
  }
}
