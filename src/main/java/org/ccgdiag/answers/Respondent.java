package org.ccgdiag.answers;

import java.util.regex.Pattern;

/**
 * Who answered: {@code perspective} is {@link #SELF} for the organisation's own team, or a
 * stakeholder group (e.g. {@code member-practice}) for 360-degree feedback. Name and role may be
 * null. {@code consensus} (null unless set) is the number of people who agreed these answers
 * together in a workshop: the file still counts as one respondent. Name and role are kept as {@link
 * TypedText#line} says.
 */
public record Respondent(String name, String role, String perspective, Integer consensus) {

  public Respondent {
    name = TypedText.line(name);
    role = TypedText.line(role);
  }

  public Respondent(String name, String role, String perspective) {
    this(name, role, perspective, null);
  }

  public boolean isConsensus() {
    return consensus != null;
  }

  public static final String SELF = "self";

  private static final Pattern PERSPECTIVE = Pattern.compile("[a-z0-9-]+");

  /**
   * Whether a perspective is well formed: 'self' or a group id of lower-case letters, digits and
   * hyphens.
   */
  public static boolean isValidPerspective(String perspective) {
    return PERSPECTIVE.matcher(perspective).matches();
  }

  public boolean isSelf() {
    return SELF.equals(perspective);
  }
}
