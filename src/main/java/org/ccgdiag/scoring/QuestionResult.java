package org.ccgdiag.scoring;

import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;

/**
 * One question across the leadership respondents: its score (mean of normalised scores; null if
 * nobody gave a scored answer), the lowest and highest normalised score given, the spread between
 * them (max - min, over the answers and the room's votes for scored options; null without either),
 * and answer counts; {@code choices} has, for every option of its scale in order, how many chose
 * it, and by role.
 */
public record QuestionResult(
    Question question,
    BigFraction score,
    BigFraction min,
    BigFraction max,
    BigFraction spread,
    int scored,
    int dontKnow,
    int notApplicable,
    int unanswered,
    List<Choice> choices) {

  public QuestionResult {
    choices = List.copyOf(choices);
  }

  /** Whether the room voted on it. */
  public boolean hasVotes() {
    return choices.stream().anyMatch(c -> c.votes() > 0);
  }

  /**
   * How many of the team chose an option, and its normalised score s (null unless scored). {@code
   * roles} maps each role ("" for none given) to how many with that role chose it: never names.
   * {@code votes}: how many people in the room voted for it before the team agreed (0 when no
   * vote).
   */
  public record Choice(
      Option option, BigFraction score, int count, Map<String, Integer> roles, int votes) {
    public Choice {
      roles = Map.copyOf(roles);
    }
  }
}
