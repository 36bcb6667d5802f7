package org.ccgdiag.questionnaire;

import org.apache.commons.numbers.fraction.BigFraction;
import java.util.List;

/** An item of the knowledge / skills / mindsets framework. */
public record Area(
    String id, Dimension dimension, String title, BigFraction target, List<String> resources) {

  public Area {
    resources = List.copyOf(resources);
  }
}
