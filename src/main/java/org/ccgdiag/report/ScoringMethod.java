package org.ccgdiag.report;

import static org.ccgdiag.report.Numbers.count;
import static org.ccgdiag.report.Numbers.percent;
import static org.ccgdiag.report.ReportViews.threshold;
import static org.ccgdiag.report.Words.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Scorer;

/**
 * How the scores are worked out, as the end of a report says it: the sentences follow this
 * questionnaire's scales, weights, levels and coverage and the scorer's thresholds, so they stay
 * true whatever questionnaire scored the answers.
 */
final class ScoringMethod {
  private final Findings report;
  private final Questionnaire questionnaire;
  private final Words words;

  ScoringMethod(Findings report, Words words) {
    this.report = report;
    this.questionnaire = report.questionnaire();
    this.words = words;
  }

  /**
   * @param run the {@code score -o} run writing the report, named last (null: none): at the end,
   *     not in the title block, which must leave the first screen to the scores
   */
  List<String> sentences(Run run) {
    List<String> method = new ArrayList<>();
    method.add(
        "Each answer becomes a score from 0 to 100. The lowest option of a scale scores 0, the highest 100, and"
            + (questionnaire.scales().stream().allMatch(ScoringMethod::evenlySpaced)
                ? " the others are evenly spaced in between"
                : " the others in proportion to the scale's own scores")
            + scaleExample()
            + ".");
    long reversed = questionnaire.questions().stream().filter(Question::reverse).count();
    if (reversed > 0) {
      method.add(
          "Negatively worded "
              + words.statements()
              + " are reversed, so that agreeing lowers the score ("
              + count(reversed, words.statement().one(), words.statements())
              + " in this questionnaire).");
    }
    long weighted =
        questionnaire.questions().stream()
            .filter(q -> q.weight().compareTo(BigDecimal.ONE) != 0)
            .count();
    method.add(
        capital(words.aStatement())
            + "'s score is the average of the answers' scores. "
            + capital(eitherItem())
            + "'s score is the average of its "
            + words.statement().manyPossessive()
            + " scores"
            + (weighted > 0
                ? ", weighted (a weight of 2 counts double; "
                    + count(
                        weighted, words.statement().one() + " has", words.statements() + " have")
                    + " a weight other than 1)"
                : " (every " + words.statement().one() + " of this questionnaire counts the same)")
            + ". The overall score is the plain average of the "
            + words.domain().one()
            + " scores.");
    method.add(
        "\"Don't know\", \"not applicable\" and unanswered "
            + words.statements()
            + " carry no score, so they"
            + " neither raise nor lower it; they do reduce the evidence behind it.");
    method.add(
        "Coverage is the share of possible answers (answer sets times "
            + words.statements()
            + ", less the \"not"
            + " applicable\" ones) that were scored. Below "
            + percent(questionnaire.minCoverage())
            + ", this"
            + " questionnaire's minimum, "
            + anyItem()
            + " has not enough evidence: it gets no level and no gap, and"
            + " is listed as a need of unknown priority.");
    method.add("Levels: " + levels() + ".");
    method.add(
        "Each "
            + words.domainAndArea(!questionnaire.areas().isEmpty())
            + " has a target ("
            + Numbers.number(questionnaire.target())
            + " unless the questionnaire"
            + " sets another); the gap is how far the score falls short of it. Priority is high for a gap of "
            + threshold(Scorer.HIGH)
            + " or more, medium for "
            + threshold(Scorer.MEDIUM)
            + " or more, low below.");
    method.add(
        "Disagreement on "
            + words.aStatement()
            + " is the highest score given minus the lowest; "
            + threshold(Scorer.DIVERGENCE)
            + " or more is listed as a prompt for discussion.");
    if (!report.perspectives().isEmpty()) {
      method.add(
          "Stakeholder views are scored the same way; groups of fewer than "
              + Scorer.ANONYMITY
              + " are pooled and"
              + " nobody is named. "
              + capital(words.domain().a())
              + " is a blind spot when the score of the "
              + words.team().one()
              + " exceeds"
              + " the stakeholders' by "
              + threshold(Scorer.PERCEPTION_GAP)
              + " or more, a hidden strength when it is the"
              + " other way round.");
    }
    method.add(
        "The scores come from the answers of the "
            + words.team().one()
            + " only"
            + (report.perspectives().isEmpty()
                ? "."
                : "; stakeholders' answers are used only in their own section.")
            + " Numbers are rounded to one decimal place for display only, so a score and its gap can add up to 0.1"
            + " more or less than the target.");
    if (run != null) {
      method.add(
          "Written by the score run "
              + run.id()
              + ": the summary beside this report that names the same run"
              + " was written with it; one that names another run was not, and its figures may differ.");
    }
    return method;
  }

  /** "a domain's or area's", "a business function's". */
  private String eitherItem() {
    return questionnaire.areas().isEmpty()
        ? words.domain().a()
        : words.domain().a() + "'s or " + words.area().one();
  }

  /** "a domain or area", "a business function". */
  private String anyItem() {
    return questionnaire.areas().isEmpty()
        ? words.domain().a()
        : words.domain().a() + " or " + words.area().one();
  }

  /**
   * Whether a scale's distinct scored values are equally far apart, as the method text may then
   * say.
   */
  private static boolean evenlySpaced(Scale scale) {
    List<BigDecimal> scores =
        scale.options().stream()
            .filter(o -> o.kind() == Option.Kind.SCORED)
            .map(o -> o.score().stripTrailingZeros())
            .distinct()
            .sorted()
            .toList();
    for (int i = 2; i < scores.size(); i++) {
      if (scores.get(i).subtract(scores.get(i - 1)).compareTo(scores.get(1).subtract(scores.get(0)))
          != 0) {
        return false;
      }
    }
    return true;
  }

  private String scaleExample() {
    if (questionnaire.scales().size() != 1) {
      return "";
    }
    Scale scale = questionnaire.scales().get(0);
    List<String> labels = new ArrayList<>();
    for (Option option : scale.options()) {
      if (option.kind() == Option.Kind.SCORED) {
        labels.add(
            option.label()
                + " "
                + Numbers.plain(Numbers.rounded(Scorer.normalised(scale, option, false))));
      }
    }
    return ": " + String.join(", ", labels);
  }

  private String levels() {
    List<Level> levels = questionnaire.levels();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i);
      parts.add(
          level.label()
              + " "
              + (i + 1 < levels.size()
                  ? "from "
                      + Numbers.number(level.min())
                      + " to below "
                      + Numbers.number(levels.get(i + 1).min())
                  : Numbers.number(level.min()) + " and above"));
    }
    return String.join("; ", parts);
  }
}
