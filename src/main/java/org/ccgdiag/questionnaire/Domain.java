package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** One of the authorisation domains; {@code beyond} (may be null) is its "beyond authorisation" vision. */
public record Domain(
    String id, String title, String description, String beyond, BigDecimal target, List<String> resources) {

  public Domain {
    resources = List.copyOf(resources);
  }
}
