package org.ccgdiag.questionnaire;

import java.util.List;

/**
 * A column of the framework the areas are sorted into: by default knowledge, skills and mindsets; a
 * questionnaire may declare its own (e.g. people, process, technology).
 */
public record Dimension(String id, String title) {

  public static final Dimension KNOWLEDGE = new Dimension("knowledge", "Knowledge");
  public static final Dimension SKILLS = new Dimension("skills", "Skills");
  public static final Dimension MINDSETS = new Dimension("mindsets", "Mindsets");

  /** The dimensions of a questionnaire that declares none. */
  public static final List<Dimension> DEFAULTS = List.of(KNOWLEDGE, SKILLS, MINDSETS);
}
