package org.ccgdiag.answers;

import java.util.regex.Pattern;

/**
 * Who answered: {@code perspective} is {@link #SELF} for the CCG's own leadership, or a stakeholder
 * group (e.g. {@code member-practice}) for 360-degree feedback. Name and role may be null.
 */
public record Respondent(String name, String role, String perspective) {

  public static final String SELF = "self";

  private static final Pattern PERSPECTIVE = Pattern.compile("[a-z0-9-]+");

  /** Whether a perspective is well formed: 'self' or a group id of lower-case letters, digits and hyphens. */
  public static boolean isValidPerspective(String perspective) {
    return PERSPECTIVE.matcher(perspective).matches();
  }

  public boolean isSelf() {
    return SELF.equals(perspective);
  }
}
