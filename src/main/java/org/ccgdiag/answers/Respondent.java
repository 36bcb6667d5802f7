package org.ccgdiag.answers;

/**
 * Who answered: {@code perspective} is {@link #SELF} for the CCG's own leadership, or a stakeholder
 * group (e.g. {@code member-practice}) for 360-degree feedback. Name and role may be null.
 */
public record Respondent(String name, String role, String perspective) {

  public static final String SELF = "self";

  public boolean isSelf() {
    return SELF.equals(perspective);
  }
}
