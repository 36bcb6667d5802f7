package org.ccgdiag.scoring;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;

/**
 * What scoring a questionnaire needs, worked out once rather than for every organisation: each
 * option's normalised score, the weights, targets and level minimums as exact fractions, and which
 * questions belong to each domain, area and dimension (indexes into the questionnaire's questions).
 */
final class ScoringTables {
  final List<List<Option>> options;

  /**
   * [question][option]: the option's normalised score, reversed for a reverse question; null when
   * unscored.
   */
  final Exact[][] optionScores;

  /** The same scores as the report's records hold them, shared by every report. */
  final BigFraction[][] optionFractions;

  /**
   * [question][lowest option][highest option]: the spread between two scored options' scores, as
   * the report holds it.
   */
  final BigFraction[][][] spreadFractions;

  final Exact[] weights;

  /** Every question's index, in order. */
  final int[] allQuestions;

  final int[][] domainQuestions;
  final int[][] areaQuestions;
  final int[][] dimensionQuestions;
  final BigFraction[] domainTargets;
  final BigFraction[] areaTargets;
  final BigFraction[] levelMins;
  final BigFraction minCoverage;

  ScoringTables(Questionnaire questionnaire) {
    List<Question> questions = questionnaire.questions();
    int count = questions.size();
    options = questions.stream().map(q -> questionnaire.scaleOf(q).options()).toList();
    optionScores = new Exact[count][];
    optionFractions = new BigFraction[count][];
    spreadFractions = new BigFraction[count][][];
    weights = new Exact[count];
    for (int i = 0; i < count; i++) {
      Question question = questions.get(i);
      Scale scale = questionnaire.scaleOf(question);
      Exact lo = Exact.of(scale.lowest());
      Exact range = Exact.of(scale.highest()).minus(lo);
      List<Option> scaleOptions = options.get(i);
      optionScores[i] = new Exact[scaleOptions.size()];
      optionFractions[i] = new BigFraction[scaleOptions.size()];
      for (int j = 0; j < scaleOptions.size(); j++) {
        Option option = scaleOptions.get(j);
        if (option.kind() == Option.Kind.SCORED) {
          optionScores[i][j] = normalised(option, lo, range, question.reverse());
          optionFractions[i][j] = optionScores[i][j].toFraction();
        }
      }
      spreadFractions[i] = spreads(optionScores[i]);
      weights[i] = Exact.of(question.weight());
    }
    allQuestions = IntStream.range(0, count).toArray();
    List<Domain> domains = questionnaire.domains();
    List<Area> areas = questionnaire.areas();
    Map<String, Area> areasById = questionnaire.areasById();
    domainQuestions = new int[domains.size()][];
    domainTargets = new BigFraction[domains.size()];
    for (int d = 0; d < domains.size(); d++) {
      String id = domains.get(d).id();
      domainQuestions[d] = indexes(questions, q -> q.domain().equals(id));
      domainTargets[d] = domains.get(d).target();
    }
    areaQuestions = new int[areas.size()][];
    areaTargets = new BigFraction[areas.size()];
    for (int a = 0; a < areas.size(); a++) {
      String id = areas.get(a).id();
      areaQuestions[a] = indexes(questions, q -> q.areas().contains(id));
      areaTargets[a] = areas.get(a).target();
    }
    List<Dimension> all = questionnaire.framework().dimensions();
    dimensionQuestions = new int[all.size()][];
    for (int d = 0; d < all.size(); d++) {
      Dimension dimension = all.get(d);
      dimensionQuestions[d] =
          indexes(
              questions,
              q ->
                  q.areas().stream().anyMatch(a -> dimension.equals(areasById.get(a).dimension())));
    }
    levelMins = questionnaire.levels().stream().map(Level::min).toArray(BigFraction[]::new);
    minCoverage = Scorer.fraction(questionnaire.minCoverage());
  }

  /** An option's normalised score s on its scale, reversed for a reverse-worded question. */
  static Exact normalised(Scale scale, Option option, boolean reverse) {
    Exact lo = Exact.of(scale.lowest());
    return normalised(option, lo, Exact.of(scale.highest()).minus(lo), reverse);
  }

  private static Exact normalised(Option option, Exact lo, Exact range, boolean reverse) {
    Exact s = Exact.HUNDRED.times(Exact.of(option.score()).minus(lo)).dividedBy(range);
    return reverse ? Exact.HUNDRED.minus(s) : s;
  }

  /** Every scored option's score minus every other's (only the ones at or above are used). */
  private static BigFraction[][] spreads(Exact[] scores) {
    BigFraction[][] spreads = new BigFraction[scores.length][scores.length];
    for (int lo = 0; lo < scores.length; lo++) {
      for (int hi = 0; hi < scores.length; hi++) {
        if (scores[lo] != null && scores[hi] != null) {
          spreads[lo][hi] = scores[hi].minus(scores[lo]).toFraction();
        }
      }
    }
    return spreads;
  }

  private static int[] indexes(List<Question> questions, Predicate<Question> belongs) {
    return IntStream.range(0, questions.size())
        .filter(i -> belongs.test(questions.get(i)))
        .toArray();
  }
}
