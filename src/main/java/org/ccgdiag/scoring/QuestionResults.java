package org.ccgdiag.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;

/**
 * The questions' results of one group of respondents, and each one's score and spread as an Exact
 * (null when it has none), from which the means, the coverage and the divergence list are worked
 * out without going through the report's fractions.
 */
record QuestionResults(List<QuestionResult> questions, Exact[] scores, Exact[] spreads) {

  private static final Exact DIVERGENCE_EXACT = Exact.of(Scorer.DIVERGENCE);

  /**
   * The questions' results; {@code roles} (null for stakeholders, who are never broken down) gives
   * the team's roles.
   */
  static QuestionResults of(ScoringTables tables, List<Question> all, Counts counts, Tally roles) {
    QuestionResult[] questions = new QuestionResult[all.size()];
    Exact[] scores = new Exact[all.size()];
    Exact[] spreads = new Exact[all.size()];
    for (int i = 0; i < questions.length; i++) {
      questions[i] = questionResult(tables, all.get(i), i, counts, roles, scores, spreads);
    }
    return new QuestionResults(List.of(questions), scores, spreads);
  }

  private static QuestionResult questionResult(
      ScoringTables tables,
      Question question,
      int index,
      Counts counts,
      Tally roles,
      Exact[] questionScores,
      Exact[] spreads) {
    Exact sum = Exact.ZERO;
    int min = -1; // the options at either end: their fractions are worked out already
    int max = -1;
    int scored = 0;
    int dontKnow = 0;
    int notApplicable = 0;
    List<Option> scale = tables.options.get(index);
    Exact[] scores = tables.optionScores[index];
    List<QuestionResult.Choice> choices = new ArrayList<>(scale.size());
    for (int j = 0; j < scale.size(); j++) {
      int chosen = counts.chosen(index, j);
      int voted = counts.voted(index, j);
      Option option = scale.get(j);
      choices.add(
          new QuestionResult.Choice(
              option,
              tables.optionFractions[index][j],
              chosen,
              roles == null || chosen == 0 ? Map.of() : roles.roles(index, j),
              voted));
      // The room's votes widen the spread (brief section 4, divergence) but are no score.
      if (voted > 0 && option.kind() == Option.Kind.SCORED) {
        min = min < 0 || scores[j].compareTo(scores[min]) < 0 ? j : min;
        max = max < 0 || scores[j].compareTo(scores[max]) > 0 ? j : max;
      }
      switch (option.kind()) {
        case DONT_KNOW -> dontKnow += chosen;
        case NOT_APPLICABLE -> notApplicable += chosen;
        case SCORED -> {
          if (chosen > 0) {
            sum = sum.plus(scores[j].times(Exact.of(chosen)));
            scored += chosen;
            min = min < 0 || scores[j].compareTo(scores[min]) < 0 ? j : min;
            max = max < 0 || scores[j].compareTo(scores[max]) > 0 ? j : max;
          }
        }
      }
    }
    int unanswered = counts.respondents() - scored - dontKnow - notApplicable;
    Exact score = scored == 0 ? null : sum.dividedBy(Exact.of(scored));
    questionScores[index] = score;
    spreads[index] = min < 0 ? null : scores[max].minus(scores[min]);
    return new QuestionResult(
        question,
        score == null ? null : score.toFraction(),
        min < 0 ? null : tables.optionFractions[index][min],
        max < 0 ? null : tables.optionFractions[index][max],
        min < 0 ? null : tables.spreadFractions[index][min][max],
        scored,
        dontKnow,
        notApplicable,
        unanswered,
        choices);
  }

  /** sum(weight * q) / sum(weight) over the questions that have a score; null when none has. */
  BigFraction weightedMean(ScoringTables tables, int[] questions) {
    Exact weighted = Exact.ZERO;
    Exact weights = Exact.ZERO;
    for (int i : questions) {
      Exact score = scores[i];
      if (score != null) {
        weighted = weighted.plus(tables.weights[i].times(score));
        weights = weights.plus(tables.weights[i]);
      }
    }
    return weights.isZero() ? null : weighted.dividedBy(weights).toFraction();
  }

  /**
   * Scored answers / (respondents x questions - not-applicable answers) over the given questions.
   * When nothing could be answered (no respondents, or every answer not applicable) there is no
   * evidence: coverage 0.
   */
  BigFraction coverage(int[] questions, int respondents) {
    long scored = 0;
    long notApplicable = 0;
    for (int i : questions) {
      QuestionResult q = this.questions.get(i);
      scored += q.scored();
      notApplicable += q.notApplicable();
    }
    long answerable = (long) respondents * questions.length - notApplicable;
    return answerable <= 0 ? BigFraction.ZERO : BigFraction.of(scored, answerable);
  }

  /** The questions whose spread reaches the divergence threshold, widest first. */
  List<Findings.Divergence> divergence() {
    List<Integer> divergent = new ArrayList<>();
    for (int i = 0; i < spreads.length; i++) {
      if (spreads[i] != null && spreads[i].compareTo(DIVERGENCE_EXACT) >= 0) {
        divergent.add(i);
      }
    }
    divergent.sort(
        Comparator.<Integer, Exact>comparing(i -> spreads[i])
            .reversed()
            .thenComparing(i -> questions.get(i).question().id()));
    List<Findings.Divergence> rows = new ArrayList<>(divergent.size());
    for (int i : divergent) {
      QuestionResult q = questions.get(i);
      rows.add(
          new Findings.Divergence(q.question().id(), spreads[i].toFraction(), q.min(), q.max()));
    }
    return List.copyOf(rows);
  }
}
