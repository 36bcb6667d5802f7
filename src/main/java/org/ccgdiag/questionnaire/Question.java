package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** A statement the team rates. {@code guidance} and {@code source} may be null. */
public record Question(
    String id,
    String domain,
    List<String> areas,
    String text,
    String guidance,
    String scale,
    BigDecimal weight,
    boolean reverse,
    String source) {

  public Question {
    areas = List.copyOf(areas);
  }
}
