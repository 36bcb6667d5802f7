package org.ccgdiag.questionnaire;

import java.math.BigDecimal;

/** One answer option; {@code score} is set only for scored options. */
public record Option(String key, String label, Kind kind, BigDecimal score) {

  public enum Kind {
    SCORED("scored"),
    DONT_KNOW("dont-know"),
    NOT_APPLICABLE("not-applicable");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}
