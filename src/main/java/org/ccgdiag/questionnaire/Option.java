package org.ccgdiag.questionnaire;

import java.math.BigDecimal;

/** One answer option; {@code score} is set only for scored options. */
public record Option(String key, String label, Kind kind, BigDecimal score) {

  public enum Kind implements Term {
    SCORED,
    DONT_KNOW,
    NOT_APPLICABLE
  }
}
