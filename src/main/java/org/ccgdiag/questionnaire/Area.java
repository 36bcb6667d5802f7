package org.ccgdiag.questionnaire;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/** An item of the knowledge / skills / mindsets framework. */
public record Area(
    String id, Dimension dimension, String title, BigFraction target, List<String> resources) {

  public Area {
    resources = List.copyOf(resources);
  }
}
