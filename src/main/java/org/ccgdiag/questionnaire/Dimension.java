package org.ccgdiag.questionnaire;

import java.util.Optional;

/** The three columns of the development framework. */
public enum Dimension implements Term {
  KNOWLEDGE,
  SKILLS,
  MINDSETS;

  public String title() {
    return name().charAt(0) + id().substring(1);
  }

  public static Optional<Dimension> of(String id) {
    for (Dimension d : values()) {
      if (d.id().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
