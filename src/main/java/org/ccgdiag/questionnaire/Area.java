package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** An item of the knowledge / skills / mindsets framework. */
public record Area(
    String id, Dimension dimension, String title, BigDecimal target, List<String> resources) {

  public Area {
    resources = List.copyOf(resources);
  }
}
