package org.ccgdiag.scoring;

import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Question;

/**
 * One question across the leadership respondents: its score (mean of normalised scores; null if
 * nobody gave a scored answer), the lowest and highest normalised score given, and answer counts.
 */
public record QuestionResult(
    Question question,
    BigFraction score,
    BigFraction min,
    BigFraction max,
    int scored,
    int dontKnow,
    int notApplicable,
    int unanswered) {

  /** The spread between respondents (max - min), or null without a scored answer. */
  public BigFraction spread() {
    return score == null ? null : max.subtract(min);
  }
}
