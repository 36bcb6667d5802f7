package org.ccgdiag.scoring;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Term;

/**
 * The result for one domain or one area. Numbers are exact; round them only when printing. {@code
 * score} and {@code level} are null where there is none, {@code gap} is null unless scored, and
 * {@code dimension} is null for domains.
 */
public record ItemResult(
    Kind kind,
    String id,
    String title,
    Dimension dimension,
    BigFraction score,
    Level level,
    Status status,
    BigFraction coverage,
    int dontKnow,
    BigFraction target,
    BigFraction gap,
    List<String> questions,
    List<String> resources) {

  public enum Kind implements Term {
    DOMAIN,
    AREA
  }

  public ItemResult {
    questions = List.copyOf(questions);
    resources = List.copyOf(resources);
  }
}
